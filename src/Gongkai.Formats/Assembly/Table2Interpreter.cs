// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Text;
using Gongkai.Cells;

namespace Gongkai.Formats.Assembly;

/// <summary>Reads table 二 (主动公开政府信息情况): four (2021) or five (2019) stacked sub-tables.</summary>
/// <remarks>
/// Each sub-table has a caption (第二十条第（X）项), a header row naming its columns and one or more
/// data rows. Columns are taken from the header by meaning, so the 2019 and 2021 layouts need no
/// separate code; the columns seen decide the format.
/// </remarks>
internal static class Table2Interpreter
{
    private static readonly (string Label, string Row)[] RowLabels =
    [
        ("规章", "regulations"),
        ("行政规范性文件", "normativeDocuments"),
        ("规范性文件", "normativeDocuments"),
        ("行政许可", "licensing"),
        ("其他对外管理服务事项", "otherServices"),
        ("行政处罚", "punishment"),
        ("行政强制", "enforcement"),
        ("行政事业性收费", "fees"),
        ("政府集中采购", "procurement"),
    ];

    // Checked in order: the more specific phrase first.
    private static readonly (string Token, string Column)[] ColumnTokens =
    [
        ("制发", "issued"),
        ("废止", "repealed"),
        ("现行有效", "inForce"),
        ("新制作", "created"),
        ("新公开", "published"),
        ("对外公开总数", "totalPublic"),
        ("上一年项目数", "previousYear"),
        ("增/减", "change"),
        ("增减", "change"),
        ("处理决定数", "decisions"),
        ("收费金额", "amount"),
        ("采购项目数", "projects"),
        ("采购总金额", "amount"),
    ];

    private static readonly HashSet<string> Columns2019 = ["created", "published", "totalPublic", "previousYear", "change", "projects"];
    private static readonly HashSet<string> Columns2021 = ["issued", "repealed", "inForce"];

    public static bool IsDefinite(TableLine line)
    {
        if (!line.HasLabel)
        {
            return false;
        }

        return line.FoldedLabel.Contains("第二十条", StringComparison.Ordinal) || MatchRow(line) is not null ||
            (!line.HasValue && HeaderColumns(string.Concat(line.FoldedLabelCells)) is { Count: > 0 });
    }

    /// <summary>Returns whether the label-only line is a sub-table caption (第二十条第（X）项) or a header naming columns.</summary>
    /// <param name="line">The line.</param>
    /// <returns>Whether it is.</returns>
    public static bool IsHeader(TableLine line) =>
        line.HasLabel && !line.HasValue &&
        (line.FoldedLabel.StartsWith("第二十条", StringComparison.Ordinal) || HeaderColumns(string.Concat(line.FoldedLabelCells)).Count > 1);

    /// <summary>Returns whether the line is exactly one of the table's row labels (「行政强制」).</summary>
    /// <param name="line">The line.</param>
    /// <returns>Whether it is.</returns>
    public static bool IsRowLabel(TableLine line) => line.HasLabel && MatchRow(line) is not null;

    /// <summary>Interprets the rows and returns the format the columns indicate.</summary>
    /// <param name="lines">The rows of table 二.</param>
    /// <param name="context">The assembly.</param>
    /// <returns>The format evidence, or <see cref="ReportFormat.Unknown"/>.</returns>
    public static ReportFormat Interpret(List<TableLine> lines, AssemblyContext context)
    {
        List<string>? columns = null;
        var saw2019 = false;
        var saw2021 = false;
        var seen = new HashSet<string>(StringComparer.Ordinal);

        // A header broken over lines (「信息内容 本年新」/「制作数量」/「本年新」/「公开数量」/「对外公开总数量」) is read
        // from its label-only lines together.
        var header = new System.Text.StringBuilder();
        for (var index = 0; index < lines.Count; index++)
        {
            var line = lines[index];

            // A row label alone on its line: its numbers are on the next line (a row without a label), or its cells
            // were blank and the converter dropped them.
            var labelOnly = line.HasLabel && line.Candidates.Count == 0 && !line.GluedLabel && MatchRow(line) is not null;
            if (labelOnly && index + 1 < lines.Count && lines[index + 1] is { HasLabel: false, HasValue: true } valueLine)
            {
                line = TableLine.Combine(line, valueLine);
                labelOnly = false;
                index++;
            }

            if (!line.HasLabel)
            {
                if (line.HasValue)
                {
                    context.Assume($"表二中有一行数值没有行标题，无法确定属于哪一项，未读入", line.Location);
                }

                continue;
            }

            var row = MatchRow(line);
            if (row is null)
            {
                if (line.FoldedLabel.Contains("第二十条", StringComparison.Ordinal) || line.HasValue)
                {
                    // Each sub-table has its own header (sometimes in the caption's row): the last one's columns do
                    // not carry over.
                    header.Clear();
                    columns = line.HasValue ? columns : null;
                }

                if (!line.HasValue)
                {
                    header.AppendJoin(string.Empty, line.FoldedLabelCells);
                }

                var found = HeaderColumns(line.HasValue ? string.Concat(line.FoldedLabelCells) : header.ToString());
                if (found.Count > 0)
                {
                    columns = found;
                    saw2019 |= found.Any(Columns2019.Contains);
                    saw2021 |= found.Any(Columns2021.Contains);
                }
                else if (line.HasValue)
                {
                    context.Assume($"表二中无法识别的行「{line.Label}」，其数值未读入", line.Location, quote: line.Label);
                }

                continue;
            }

            header.Clear();

            if (!seen.Add(row.Key))
            {
                context.Assume($"表二「{row.Label}」行重复出现，只读取第一次出现的数值", line.Location, row.Cells[0].Path);
                continue;
            }

            var rowColumns = columns ?? DefaultColumns(row, saw2019 && !saw2021);
            if (columns is null)
            {
                context.Assume($"表二「{row.Label}」行之前没有列标题，按官方格式的列读取", line.Location, row.Cells[0].Path);
            }

            var cells = new List<CellDefinition>(rowColumns.Count);
            foreach (var column in rowColumns)
            {
                var cell = ReportCatalog.FindCell(row, column);
                if (cell is null)
                {
                    context.Assume($"表二「{row.Label}」行不应有「{column}」列，该列数值未读入", line.Location, row.Cells[0].Path);
                }

                cells.Add(cell!);
            }

            var firstCell = cells.FirstOrDefault(c => c is not null) ?? row.Cells[0];
            if (labelOnly)
            {
                foreach (var cell in cells.OfType<CellDefinition>())
                {
                    context.Cells[cell] = CellValue.Blank(string.Empty, line.Location);
                }

                context.Assume($"表二「{row.Label}」行只有行标题、没有数值，按空白单元格读取", line.Location, firstCell.Path, Checking.Severity.Info, line.Label);
                continue;
            }

            if (line.GluedLabel)
            {
                context.Assume($"表二「{row.Label}」行标题与数字之间缺少分隔，已将标题后的数字作为数值读取", line.Location, firstCell.Path, quote: line.Label + line.Candidates[0].Trimmed);
            }

            if (GluedValues.ExpandSpaced(line.Candidates, rowColumns.Count) is { } spaced)
            {
                context.Assume($"表二「{row.Label}」行的数字只以空格分隔，已按空格拆分为 {spaced.Count} 个数值", line.Location, firstCell.Path, Checking.Severity.Info, string.Join(" ", spaced.Select(c => c.Trimmed)));
                line = TableLine.WithCandidates(line, spaced);
            }

            if (GluedValues.Applies(line.Candidates, rowColumns.Count, out var digits, out var boundaries))
            {
                var cellsToFill = cells.OfType<CellDefinition>().ToList();
                var splits = DigitSegmenter.Split(digits, rowColumns.Count, null, out var complete, limit: 128, boundaries);
                var whole = cellsToFill.Count == rowColumns.Count;
                if (splits.Count == 1 && whole)
                {
                    GluedValues.Store(context, cellsToFill, splits[0], line.Location);
                    context.Assume($"表二「{row.Label}」行的数字「{digits}」之间缺少分隔，只有一种拆分方式：{GluedValues.Show(splits[0])}", line.Location, firstCell.Path, quote: digits);
                }
                else if (whole && GluedValues.TryDecideByNarrative(context, cellsToFill, splits, complete, out var chosen, out var sentence))
                {
                    GluedValues.Store(context, cellsToFill, chosen, line.Location);
                    context.Assume($"表二「{row.Label}」行的数字「{digits}」之间缺少分隔，可拆分为 {rowColumns.Count} 个数的方式有 {GluedValues.HowMany(splits, complete)}，按正文「{sentence}」只有一种相符：{GluedValues.Show(chosen)}", line.Location, firstCell.Path, quote: digits);
                }
                else if (splits.Count > 1)
                {
                    // Table 二 has no arithmetic inside a row: every split fits, and only the narrative could decide.
                    context.Ambiguous($"表二「{row.Label}」行的数字「{digits}」之间缺少分隔，可拆分为 {rowColumns.Count} 个数的方式有 {GluedValues.HowMany(splits, complete)}，{GluedValues.Undecided(context, whole ? cellsToFill : [], splits, complete)}", line.Location, firstCell.Path, digits);
                }
                else
                {
                    context.Assume($"表二「{row.Label}」行的数字「{digits}」之间缺少分隔，无法拆分为 {rowColumns.Count} 个数，未读入数值", line.Location, firstCell.Path, quote: digits);
                }

                continue;
            }

            if (GluedValues.AppliesUnresolvable(line.Candidates, rowColumns.Count, out var glued)
                && cells.TrueForAll(static c => c is not null) && SignedSplits(glued, cells) is { } signed)
            {
                // 「35-15」, 「2648-18538」: a sign starts a value, and only 本年增/减 may be negative.
                if (signed.Count == 1)
                {
                    GluedValues.Store(context, cells, signed[0], line.Location);
                    context.Assume($"表二「{row.Label}」行的数字「{glued}」之间缺少分隔，正负号只能在「本年增/减」之前，只有一种拆分方式：{GluedValues.Show(signed[0])}", line.Location, firstCell.Path, quote: glued);
                }
                else if (GluedValues.TryDecideByNarrative(context, cells, signed, complete: true, out var chosen, out var sentence))
                {
                    GluedValues.Store(context, cells, chosen, line.Location);
                    context.Assume($"表二「{row.Label}」行的数字「{glued}」之间缺少分隔，可拆分为 {rowColumns.Count} 个数的方式有 {signed.Count} 种，按正文「{sentence}」只有一种相符：{GluedValues.Show(chosen)}", line.Location, firstCell.Path, quote: glued);
                }
                else
                {
                    context.Ambiguous($"表二「{row.Label}」行的数字「{glued}」之间缺少分隔，可拆分为 {rowColumns.Count} 个数的方式有 {signed.Count} 种，{GluedValues.Undecided(context, cells, signed, complete: true)}", line.Location, firstCell.Path, glued);
                }

                continue;
            }

            if (GluedValues.AppliesUnresolvable(line.Candidates, rowColumns.Count, out glued))
            {
                context.Assume($"表二「{row.Label}」行的数字「{glued}」之间缺少分隔（含正负号或小数），无法确定如何拆分为 {rowColumns.Count} 个数，未读入数值", line.Location, firstCell.Path, quote: glued);
                continue;
            }

            var values = ValueWindow.Select(line.Candidates, rowColumns.Count, out var ambiguity);
            if (ambiguity is not null)
            {
                context.Assume($"表二「{row.Label}」行：{ambiguity}", line.Location, row.Cells[0].Path);
            }

            for (var i = 0; i < cells.Count; i++)
            {
                if (cells[i] is { } cell && values[i] is { } value)
                {
                    context.Cells[cell] = value.ToValue(cell.Kind);
                }
            }
        }

        return saw2021 ? ReportFormat.Format2021 : saw2019 ? ReportFormat.Format2019 : ReportFormat.Unknown;
    }

    private static RowDefinition? MatchRow(TableLine line)
    {
        var core = Numbering.Strip(line.FoldedLabel, out _, out _).ToString();
        foreach (var (label, key) in RowLabels)
        {
            if (core == label)
            {
                return ReportCatalog.GetRow(ReportTable.Table2, key);
            }
        }

        return null;
    }

    // The columns a header names, in the order of their words in the header's folded text.
    private static List<string> HeaderColumns(string header)
    {
        var columns = new List<string>(4);
        var text = header.AsSpan();
        for (var at = 0; at < text.Length; at++)
        {
            foreach (var (token, column) in ColumnTokens)
            {
                if (text[at..].StartsWith(token, StringComparison.Ordinal))
                {
                    columns.Add(column);
                    at += token.Length - 1;
                    break;
                }
            }
        }

        return columns;
    }

    private static List<string> DefaultColumns(RowDefinition row, bool format2019) =>
        [.. row.Cells.Where(c => c.IsIn(format2019 ? ReportFormat.Format2019 : ReportFormat.Format2021)).Select(c => c.ColumnKey)];

    // The splits of digits glued with signs (no decimals) into one value per cell: a sign starts a value, a negative value
    // only in a signed column (本年增/减). Null when the text holds anything else or no split fits.
    private static List<long[]>? SignedSplits(string glued, List<CellDefinition> cells)
    {
        var digits = new System.Text.StringBuilder(glued.Length);
        var boundaries = new HashSet<int>();
        var negativeAt = new HashSet<int>();
        foreach (var c in glued)
        {
            if (c is '-' or '+')
            {
                if (digits.Length == 0 || !boundaries.Add(digits.Length))
                {
                    return null;
                }

                if (c == '-')
                {
                    negativeAt.Add(digits.Length);
                }
            }
            else if (char.IsAsciiDigit(c))
            {
                digits.Append(c);
            }
            else
            {
                return null;
            }
        }

        if (boundaries.Count == 0)
        {
            return null;
        }

        var text = digits.ToString();
        var splits = DigitSegmenter.Split(text, cells.Count, null, out var complete, limit: 128, boundaries);
        if (!complete)
        {
            return null;
        }

        var result = new List<long[]>();
        foreach (var split in splits)
        {
            var start = 0;
            var fits = true;
            for (var i = 0; i < split.Length && fits; i++)
            {
                // Every sign must start a value; a negative one only in a signed column.
                var length = split[i].ToString(System.Globalization.CultureInfo.InvariantCulture).Length;
                if (negativeAt.Contains(start))
                {
                    split[i] = -split[i];
                    fits = cells[i].Kind == CellKind.SignedCount;
                }

                start += length;
            }

            if (fits)
            {
                result.Add(split);
            }
        }

        return result.Count > 0 ? result : null;
    }
}
