// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Cells;

namespace Gongkai.Formats.Assembly;

/// <summary>Assigns table 三 value rows that lost their labels to the official rows that are missing, when the arithmetic proves it.</summary>
/// <remarks>
/// <para>PDF-to-Markdown converters and LLM pipelines detach row labels from their value rows: the labels become loose
/// lines between two pipe tables, or vanish. When exactly as many official rows are missing as there are value rows
/// without a label, the value rows are taken in the official order — but only if table 三's arithmetic then holds in
/// every row and column (总计 = 六类申请人之和, the outcome rows summing to （七）总计, and 勾稽关系: 一 + 二 = 三（七） + 四),
/// and the assignment is reported (<c>extract.assumption</c>). Otherwise nothing is guessed: one finding says the rows
/// could not be identified, and their cells stay unread.</para>
/// <para>The arithmetic cannot tell two unlabelled outcome rows apart (a sum does not depend on order); the official order
/// is the assumption the finding states.</para>
/// </remarks>
internal static class UnlabelledRows
{
    private const int Columns = 7;

    /// <summary>Resolves the value rows without a label, after every labelled row of table 三 has been read.</summary>
    /// <param name="lines">The value rows without a label, in document order.</param>
    /// <param name="context">The assembly so far.</param>
    public static void Resolve(IReadOnlyList<TableLine> lines, AssemblyContext context)
    {
        if (lines.Count == 0)
        {
            return;
        }

        var values = lines.Select(static l => ValueWindow.Select(l.Candidates, Columns, out var ambiguity) is var v && ambiguity is null && v.All(static c => c is { Kind: CellTextKind.Value }) ? v : null).ToList();
        var missing = MissingRows(context, lines.Count);
        if (missing is not null && values.All(static v => v is not null))
        {
            var numbers = new List<decimal[]>(lines.Count);
            for (var i = 0; i < lines.Count && numbers.Count == i; i++)
            {
                var row = new decimal[Columns];
                var c = 0;
                for (; c < Columns && values[i]![c]!.Value.ToValue(missing[i].Cells[c].Kind) is { HasNumber: true } value; c++)
                {
                    row[c] = value.Number;
                }

                if (c == Columns)
                {
                    numbers.Add(row);
                }
            }

            if (numbers.Count == lines.Count && Holds(context, missing, numbers))
            {
                for (var i = 0; i < lines.Count; i++)
                {
                    context.Store(missing[i].Cells, values[i]!);
                }

                context.Assume(
                    $"表三中有 {lines.Count} 行数值没有行标题，恰缺少 {missing.Count} 个官方行，按官方顺序识别为「{string.Join("」「", missing.Select(static r => r.FullLabel))}」（表三各行各列的合计与勾稽关系据此成立）：{string.Join("；", lines.Select(Show))}",
                    lines[0].Location, missing[0].Cells[0].Path, quote: Show(lines[0]));
                return;
            }
        }

        context.Assume(
            lines.Count == 1
                ? $"表三中有一行数值没有行标题，无法确定属于哪一行，未读入：{Show(lines[0])}"
                : $"表三中有 {lines.Count} 行数值没有行标题，{(missing is null ? "与缺少的官方行数不符" : "按官方顺序填入后表三的合计或勾稽关系不成立")}，无法确定属于哪些行，未读入：{string.Join("；", lines.Select(Show))}",
            lines[0].Location, quote: Show(lines[0]));
    }

    /// <summary>The official rows of table 三 not read, in official order, when there are exactly <paramref name="count"/> of
    /// them (the 2021 and 2019 forms of （六）其他处理 tried each where the rows read do not decide); otherwise null.</summary>
    private static List<RowDefinition>? MissingRows(AssemblyContext context, int count)
    {
        bool Present(RowDefinition row) => context.Cells[row.Cells[0]].IsPresent;
        var uses2021 = Table3Keys.OtherRows2021.Any(k => Present(ReportCatalog.GetRow(ReportTable.Table3, k)));
        var uses2019 = Present(ReportCatalog.GetRow(ReportTable.Table3, "otherDisposal"));
        List<RowDefinition> Missing(bool form2021) => [.. ReportCatalog.Table3Rows.Where(r => !Present(r)
            && (form2021 ? r.Key != "otherDisposal" : !Table3Keys.OtherRows2021.Contains(r.Key)))];

        var forms = uses2021 && uses2019 ? [] : uses2021 ? [true] : uses2019 ? [false] : new[] { true, false };
        var candidates = forms.Select(Missing).Where(m => m.Count == count).ToList();
        return candidates.Count == 1 ? candidates[0] : null;
    }

    /// <summary>Whether table 三, with <paramref name="rows"/> filled from <paramref name="numbers"/>, is complete and its
    /// row sums, outcome sums and 勾稽关系 all hold.</summary>
    private static bool Holds(AssemblyContext context, List<RowDefinition> rows, List<decimal[]> numbers)
    {
        var form2021 = !rows.Any(static r => r.Key == "otherDisposal")
            && !context.Cells[ReportCatalog.GetRow(ReportTable.Table3, "otherDisposal").Cells[0]].IsPresent;
        var grid = new Dictionary<string, decimal[]>(StringComparer.Ordinal);
        foreach (var row in ReportCatalog.Table3Rows)
        {
            if (form2021 ? row.Key == "otherDisposal" : Table3Keys.OtherRows2021.Contains(row.Key))
            {
                continue;
            }

            var index = rows.IndexOf(row);
            if (index >= 0)
            {
                grid[row.Key] = numbers[index];
                continue;
            }

            var read = new decimal[Columns];
            for (var c = 0; c < Columns; c++)
            {
                var value = context.Cells[row.Cells[c]];
                if (!value.HasNumber)
                {
                    return false;
                }

                read[c] = value.Number;
            }

            grid[row.Key] = read;
        }

        foreach (var row in grid.Values)
        {
            if (row[0] + row[1] + row[2] + row[3] + row[4] + row[5] != row[6])
            {
                return false;
            }
        }

        var outcomes = ReportCatalog.Table3OutcomeRows.Where(r => grid.ContainsKey(r.Key)).ToList();
        for (var c = 0; c < Columns; c++)
        {
            if (outcomes.Sum(r => grid[r.Key][c]) != grid["totalProcessed"][c]
                || grid["received"][c] + grid["carriedOver"][c] != grid["totalProcessed"][c] + grid["carriedForward"][c])
            {
                return false;
            }
        }

        return true;
    }

    private static string Show(TableLine line) => string.Join(" ", line.Candidates.Where(static c => c.Kind != CellTextKind.Empty).Select(static c => c.Trimmed));
}
