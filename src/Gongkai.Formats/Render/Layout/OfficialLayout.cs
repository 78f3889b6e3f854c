// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Globalization;
using Gongkai.Cells;

namespace Gongkai.Formats.Render.Layout;

/// <summary>Lays tables 二, 三 and 四 out as the official templates do: header structure, merged cells and labels.</summary>
/// <remarks>
/// <para>The 2021 layout follows the blank template of 国办公开办函〔2021〕30号 (<c>shared/corpus/blank-template-2021</c>);
/// the 2019 layout follows the trial format of 国办公开办函〔2019〕60号 (table 二 with five sub-tables and the
/// 2019 columns, table 三 with the single row （六）其他处理). Row and column labels come from
/// <see cref="ReportCatalog"/>; only the labels that are not cells (captions, 信息内容, 申请人情况, 法人或其他组织,
/// the 勾稽关系 note, 行政诉讼) and the two labels the 2019 format words differently are defined here.</para>
/// <para>Nothing is invented: a row absent from the report is left out (an absent table is not laid out at
/// all); a blank cell is an empty cell. An absent cell inside a present row is printed empty, because the
/// grid has no way to leave a hole.</para>
/// </remarks>
internal static class OfficialLayout
{
    /// <summary>The top-left note of table 三 (the official 勾稽关系).</summary>
    public const string BalanceNote = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";

    /// <summary>The header over the seven applicant columns of table 三.</summary>
    public const string Applicants = "申请人情况";

    /// <summary>The header over the five organisation columns of table 三.</summary>
    public const string Organisations = "法人或其他组织";

    /// <summary>The header of the label column of each sub-table of table 二.</summary>
    public const string InformationContent = "信息内容";

    /// <summary>The light grey of the shaded sub-header rows of table 二 (RGB hex, Word's 「白色，背景 1，深色 15%」).</summary>
    public const string ShadeColor = "D9D9D9";

    /// <summary>Separates the two levels of a table 四 block label in the catalog (「行政诉讼·未经复议直接起诉」).</summary>
    public const char BlockSeparator = '·';

    // GB/T 9704-2012 §5.2.1: the type area is 156 mm wide = 8844 twentieths of a point.
    private const int TypeAreaWidth = 8844;

    // 国办公开办函〔2019〕60号 words two labels of table 二 differently from the 2021 format.
    private static readonly Dictionary<string, string> RowLabels2019 = new(StringComparer.Ordinal) { ["normativeDocuments"] = "规范性文件" };
    private static readonly Dictionary<string, string> ColumnLabels2019 = new(StringComparer.Ordinal) { ["decisions"] = "处理决定数量" };

    private static readonly (string Caption, string[] Rows, FormatMask Formats)[] Table2SubTables =
    [
        ("第二十条第（一）项", ["regulations", "normativeDocuments"], FormatMask.Both),
        ("第二十条第（五）项", ["licensing", "otherServices"], FormatMask.Both),
        ("第二十条第（六）项", ["punishment", "enforcement"], FormatMask.Both),
        ("第二十条第（八）项", ["fees"], FormatMask.Both),
        ("第二十条第（九）项", ["procurement"], FormatMask.Format2019),
    ];

    /// <summary>Gets the sub-table captions of table 二 with their rows, for renderers that print table 二 as separate tables.</summary>
    public static IReadOnlyList<(string Caption, string[] Rows, FormatMask Formats)> Table2Parts => Table2SubTables;

    /// <summary>Decides the layout to print: the report's format, else the one its year calls for.</summary>
    /// <param name="format">The report's format.</param>
    /// <param name="year">The report year.</param>
    /// <returns>The format to lay out.</returns>
    public static ReportFormat LayoutFormat(ReportFormat format, int? year) =>
        format != ReportFormat.Unknown ? format : year is <= 2020 ? ReportFormat.Format2019 : ReportFormat.Format2021;

    /// <summary>Gets the label a row carries in <paramref name="format"/>.</summary>
    /// <param name="row">The row.</param>
    /// <param name="format">The layout format.</param>
    /// <returns>The label.</returns>
    public static string RowLabel(RowDefinition row, ReportFormat format) =>
        format == ReportFormat.Format2019 && row.Table == ReportTable.Table2 && RowLabels2019.TryGetValue(row.Key, out var label) ? label : row.Label;

    /// <summary>Gets the label a column carries in <paramref name="format"/>.</summary>
    /// <param name="cell">A cell of the column.</param>
    /// <param name="format">The layout format.</param>
    /// <returns>The label.</returns>
    public static string ColumnLabel(CellDefinition cell, ReportFormat format) =>
        format == ReportFormat.Format2019 && cell.Table == ReportTable.Table2 && ColumnLabels2019.TryGetValue(cell.ColumnKey, out var label) ? label : cell.ColumnLabel;

    /// <summary>Formats a cell value for printing: the number as written (counts without a fraction, amounts with their scale), the text of an invalid cell, or nothing.</summary>
    /// <param name="value">The value.</param>
    /// <param name="cell">The cell.</param>
    /// <returns>The text; empty for blank and absent cells.</returns>
    public static string ValueText(CellValue value, CellDefinition cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        switch (value.State)
        {
            case CellState.Number when cell.Kind == CellKind.Amount:
                return value.Number.ToString(CultureInfo.InvariantCulture);
            case CellState.Number:
                var n = value.Number;
                return n == decimal.Truncate(n) ? decimal.Truncate(n).ToString(CultureInfo.InvariantCulture) : n.ToString(CultureInfo.InvariantCulture);
            case CellState.Invalid:
                return value.Raw ?? string.Empty;
            default:
                return string.Empty;
        }
    }

    /// <summary>Lays out the tables of a report that has them.</summary>
    /// <param name="cells">The report's cells.</param>
    /// <param name="format">The layout format (see <see cref="LayoutFormat"/>).</param>
    /// <param name="table">Which table.</param>
    /// <returns>The table, or null when the report has none of its cells.</returns>
    public static LayoutTable? Build(ReportCells cells, ReportFormat format, ReportTable table)
    {
        ArgumentNullException.ThrowIfNull(cells);
        if (!cells.HasTable(table))
        {
            return null;
        }

        return table switch
        {
            ReportTable.Table2 => Table2(cells, format),
            ReportTable.Table3 => Table3(cells),
            _ => Table4(cells),
        };
    }

    /// <summary>Lays out the blank official tables of <paramref name="format"/>: every cell of the format, blank.</summary>
    /// <param name="format">The format.</param>
    /// <returns>The cells of a blank report.</returns>
    public static ReportCells BlankCells(ReportFormat format)
    {
        var builder = new ReportCells.Builder();
        foreach (var cell in ReportCatalog.Cells)
        {
            if (cell.IsIn(format))
            {
                builder[cell] = CellValue.Blank(string.Empty, default);
            }
        }

        return builder.Build();
    }

    private static LayoutCell Value(ReportCells cells, CellDefinition cell, int column, int span = 1, int rowSpan = 1)
    {
        var value = cells[cell];
        return new LayoutCell(column, span, rowSpan, LayoutRole.Value, ValueText(value, cell), cell) { IsNumber = value.HasNumber };
    }

    private static LayoutTable Table2(ReportCells cells, ReportFormat format)
    {
        // Template: four equal columns; a caption row spanning all four, a header row 「信息内容」 + the
        // column labels, then one row per item. One column spans three grid columns, two columns take 1 + 2.
        const int Columns = 4;
        var rows = new List<LayoutRow>();
        var mask = format == ReportFormat.Format2019 ? FormatMask.Format2019 : FormatMask.Format2021;
        foreach (var (caption, keys, formats) in Table2SubTables)
        {
            // Rows absent from the report are left out; a sub-table of the format keeps its caption and header.
            var items = keys.Select(k => ReportCatalog.GetRow(ReportTable.Table2, k)).Where(cells.HasRow).ToList();
            if ((formats & mask) == 0 && items.Count == 0)
            {
                continue;
            }

            // The columns: those of the format for the sub-table's first row, plus any the report fills.
            var first = ReportCatalog.GetRow(ReportTable.Table2, keys[0]);
            var columns = first.Cells.Where(c => c.IsIn(format) || items.Any(r => ReportCatalog.FindCell(r, c.ColumnKey) is { } x && cells[x].IsPresent)).ToList();
            if (columns.Count == 0)
            {
                columns = [.. first.Cells];
            }

            var spans = Spans(columns.Count, Columns - 1);
            rows.Add(new LayoutRow([new LayoutCell(0, Columns, 1, LayoutRole.Caption, caption)], IsHeader: false));
            // Template: the sub-header row is shaded and the item labels under 「信息内容」 are centred.
            var header = new List<LayoutCell> { new(0, 1, 1, LayoutRole.Header, InformationContent) { IsShaded = true } };
            for (int i = 0, column = 1; i < columns.Count; column += spans[i], i++)
            {
                header.Add(new LayoutCell(column, spans[i], 1, LayoutRole.Header, ColumnLabel(columns[i], format)) { IsShaded = true });
            }

            rows.Add(new LayoutRow(header, IsHeader: false));
            foreach (var row in items)
            {
                var line = new List<LayoutCell> { new(0, 1, 1, LayoutRole.Label, RowLabel(row, format)) { IsCentred = true } };
                for (int i = 0, column = 1; i < columns.Count; column += spans[i], i++)
                {
                    var cell = ReportCatalog.FindCell(row, columns[i].ColumnKey);
                    line.Add(cell is null
                        ? new LayoutCell(column, spans[i], 1, LayoutRole.Value, string.Empty)
                        : Value(cells, cell, column, spans[i]));
                }

                rows.Add(new LayoutRow(line, IsHeader: false));
            }
        }

        var width = TypeAreaWidth / Columns;
        return new LayoutTable(ReportTable.Table2, [width, width, width, TypeAreaWidth - (3 * width)], rows);
    }

    private static int[] Spans(int count, int width) => count switch
    {
        1 => [width],
        2 => [1, width - 1],
        _ => [.. Enumerable.Repeat(1, count)],
    };

    private static LayoutTable Table3(ReportCells cells)
    {
        // Template (blank-template-2021): three label columns (group of groups, group, item) and seven value
        // columns; a three-row header whose top-left cell holds the 勾稽关系 note.
        var applicantCells = ReportCatalog.GetRow(ReportTable.Table3, Table3Keys.Received).Cells;
        var rows = new List<LayoutRow>
        {
            new([new(0, 3, 3, LayoutRole.Header, BalanceNote), new(3, 7, 1, LayoutRole.Header, Applicants)], IsHeader: true),
            new(
            [
                new(3, 1, 2, LayoutRole.Header, applicantCells[0].ColumnLabel),
                new(4, 5, 1, LayoutRole.Header, Organisations),
                new(9, 1, 2, LayoutRole.Header, applicantCells[6].ColumnLabel),
            ], IsHeader: true),
            new([.. Enumerable.Range(1, 5).Select(i => new LayoutCell(3 + i, 1, 1, LayoutRole.Header, applicantCells[i].ColumnLabel))], IsHeader: true),
        };

        var present = ReportCatalog.Table3Rows.Where(cells.HasRow).ToList();
        var outcomeGroup = ReportCatalog.GetRow(ReportTable.Table3, "granted").Group!;

        // Rows under 「三、本年度办理结果」: the outcome rows and （七）总计.
        bool UnderResults(RowDefinition r) => r.IsOutcome || r.Key == Table3Keys.TotalProcessed;

        for (var i = 0; i < present.Count; i++)
        {
            var row = present[i];
            var line = new List<LayoutCell>(10);
            if (!UnderResults(row))
            {
                line.Add(new LayoutCell(0, 3, 1, LayoutRole.Label, row.Label));
            }
            else
            {
                if (i == 0 || !UnderResults(present[i - 1]))
                {
                    var span = present.Skip(i).TakeWhile(UnderResults).Count();
                    line.Add(new LayoutCell(0, 1, span, LayoutRole.Label, outcomeGroup));
                }

                if (row.Group is null || row.Group == outcomeGroup)
                {
                    line.Add(new LayoutCell(1, 2, 1, LayoutRole.Label, row.Label));
                }
                else
                {
                    if (i == 0 || present[i - 1].Group != row.Group)
                    {
                        var span = present.Skip(i).TakeWhile(r => r.Group == row.Group).Count();
                        line.Add(new LayoutCell(1, 1, span, LayoutRole.Label, row.Group));
                    }

                    line.Add(new LayoutCell(2, 1, 1, LayoutRole.Label, row.Label));
                }
            }

            for (var c = 0; c < row.Cells.Count; c++)
            {
                line.Add(Value(cells, row.Cells[c], 3 + c));
            }

            rows.Add(new LayoutRow(line, IsHeader: false));
        }

        // Template widths 754 / 921 / 3271 / 7 × 685, scaled to the type area.
        const int ValueWidth = 622;
        int[] widths = [684, 836, TypeAreaWidth - 684 - 836 - (7 * ValueWidth), .. Enumerable.Repeat(ValueWidth, 7)];
        return new LayoutTable(ReportTable.Table3, widths, rows);
    }

    private static LayoutTable Table4(ReportCells cells)
    {
        // Template: 行政复议 over five columns, 行政诉讼 over ten split into 未经复议直接起诉 and 复议后起诉,
        // the five leaf labels (merged down two rows under 行政复议), then one row of fifteen values.
        var blocks = ReportCatalog.Table4Blocks;
        var leaves = blocks[0].Cells;
        var litigation = blocks[1].Label.Split(BlockSeparator);
        var after = blocks[2].Label.Split(BlockSeparator);
        var rows = new List<LayoutRow>
        {
            new([new(0, 5, 1, LayoutRole.Header, blocks[0].Label), new(5, 10, 1, LayoutRole.Header, litigation[0])], IsHeader: true),
            new(
            [
                .. leaves.Select((c, i) => new LayoutCell(i, 1, 2, LayoutRole.Header, c.ColumnLabel)),
                new(5, 5, 1, LayoutRole.Header, litigation[^1]),
                new(10, 5, 1, LayoutRole.Header, after[^1]),
            ], IsHeader: true),
            new([.. Enumerable.Range(0, 10).Select(i => new LayoutCell(5 + i, 1, 1, LayoutRole.Header, leaves[i % 5].ColumnLabel))], IsHeader: true),
            new([.. blocks.SelectMany(b => b.Cells).Select((c, i) => Value(cells, c, i))], IsHeader: false),
        };
        const int Width = 590;
        return new LayoutTable(ReportTable.Table4, [.. Enumerable.Repeat(Width, 14), TypeAreaWidth - (14 * Width)], rows);
    }
}
