// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Cells;

namespace Gongkai.Formats.Assembly;

/// <summary>Reads table 四 (行政复议、行政诉讼): three blocks of five columns, usually one row of 15 numbers.</summary>
/// <remarks>
/// The header's leaf labels (结果维持 … 总计, three times) are read in order and give each value its
/// column; the block order comes from the block labels (行政复议, 未经复议直接起诉, 复议后起诉).
/// A layout with one labelled row per block is read too.
/// </remarks>
internal static class Table4Interpreter
{
    private static readonly IReadOnlyList<string> BlockKeys = Table4Keys.Blocks;
    private static readonly IReadOnlyList<string> LeafKeys = Table4Keys.Columns;

    public static bool IsDefinite(TableLine line)
    {
        if (!line.HasLabel)
        {
            return false;
        }

        var f = line.FoldedLabel;
        return f.Contains("行政复议", StringComparison.Ordinal) || f.Contains("行政诉讼", StringComparison.Ordinal) ||
            f.Contains("复议后起诉", StringComparison.Ordinal) || f.Contains("结果维持", StringComparison.Ordinal) ||
            f.Contains("尚未审结", StringComparison.Ordinal);
    }

    public static void Interpret(List<TableLine> lines, AssemblyContext context)
    {
        var leaves = new List<string>(15);
        var blockOrder = new List<int>(3);
        var values = new List<TableCell>(15);
        var valuesLocation = default(SourceLocation);
        var labelled = false;
        foreach (var line in lines)
        {
            if (line.HasLabel && !line.HasValue)
            {
                foreach (var cell in line.FoldedLabelCells)
                {
                    var block = Block(cell);
                    if (block >= 0 && !blockOrder.Contains(block))
                    {
                        blockOrder.Add(block);
                    }

                    var leaf = Leaf(cell);
                    if (leaf is not null)
                    {
                        leaves.Add(leaf);
                    }
                }

                continue;
            }

            if (line.HasLabel && line.HasValue)
            {
                // One labelled row per block: 「行政复议 | 0 | 0 | 0 | 0 | 0」.
                var block = Block(line.FoldedLabel);
                if (block < 0)
                {
                    context.Assume($"表四中无法识别的行「{line.Label}」，其数值未读入", line.Location, quote: line.Label);
                    continue;
                }

                var row = ReportCatalog.GetRow(ReportTable.Table4, BlockKeys[block]);
                var selected = ValueWindow.Select(line.Candidates, 5, out var ambiguity);
                if (ambiguity is not null)
                {
                    context.Assume($"表四「{row.Label}」行：{ambiguity}", line.Location, row.Cells[0].Path);
                }

                context.Store(row.Cells, selected);
                labelled = true;
                continue;
            }

            if (values.Count < 15 && (line.HasValue || values.Count > 0 || line.Candidates.Count >= 15))
            {
                if (values.Count == 0)
                {
                    valuesLocation = line.Location;
                }

                values.AddRange(line.Candidates);
            }
        }

        if (labelled || values.Count == 0)
        {
            return;
        }

        var cells = Order(leaves, blockOrder, context, valuesLocation);
        if (GluedValues.ExpandSpaced(values, 15) is { } spaced)
        {
            context.Assume("表四的数字只以空格分隔，已按空格拆分为 15 个数值", valuesLocation, cells[0].Path, Checking.Severity.Info, string.Join(" ", spaced.Select(c => c.Trimmed)));
            values = spaced;
        }

        if (GluedValues.Applies(values, 15, out var digits, out var boundaries))
        {
            var splits = DigitSegmenter.Split(digits, 15, GluedValues.BlockSums, out var complete, limit: 64, boundaries, GluedValues.BlockSumSoFar);
            if (splits.Count == 1)
            {
                GluedValues.Store(context, cells, splits[0], valuesLocation);
                context.Assume($"表四的数字「{digits}」之间缺少分隔，按「总计 = 维持 + 纠正 + 其他 + 尚未审结」只有一种拆分方式：{GluedValues.Show(splits[0])}", valuesLocation, cells[0].Path, quote: digits);
            }
            else if (GluedValues.TryDecideByNarrative(context, cells, splits, complete, out var chosen, out var sentence))
            {
                GluedValues.Store(context, cells, chosen, valuesLocation);
                context.Assume($"表四的数字「{digits}」之间缺少分隔，符合各栏总计的拆分方式有 {GluedValues.HowMany(splits, complete)}，按正文「{sentence}」只有一种相符：{GluedValues.Show(chosen)}", valuesLocation, cells[0].Path, quote: digits);
            }
            else if (splits.Count > 1)
            {
                context.Ambiguous($"表四的数字「{digits}」之间缺少分隔，符合各栏总计的拆分方式有 {GluedValues.HowMany(splits, complete)}，{GluedValues.Undecided(context, cells, splits, complete)}", valuesLocation, cells[0].Path, digits);
            }
            else
            {
                context.Assume($"表四的数字「{digits}」之间缺少分隔，没有符合各栏总计的拆分方式，无法确定，未读入数值", valuesLocation, cells[0].Path, quote: digits);
            }

            return;
        }

        var picked = ValueWindow.Select(values, 15, out var problem);
        if (problem is not null)
        {
            context.Assume($"表四数值行：{problem}", valuesLocation);
        }

        context.Store(cells, picked);
    }

    private static List<CellDefinition> Order(List<string> leaves, List<int> blockOrder, AssemblyContext context, SourceLocation location)
    {
        // The two litigation blocks in the order the header names them; 行政复议 always comes first.
        var litigation = blockOrder.Where(b => b > 0).ToList();
        var blocks = litigation.Count == 2 ? [0, .. litigation] : new List<int> { 0, 1, 2 };
        var official = leaves.Count == 15;
        if (!official)
        {
            context.Assume(leaves.Count == 0
                ? "表四未找到列标题，按官方列序（行政复议、未经复议直接起诉、复议后起诉，各为维持/纠正/其他/尚未审结/总计）读取"
                : $"表四列标题识别出 {leaves.Count} 列（应为 15 列），按官方列序读取", location, severity: leaves.Count == 0 ? Checking.Severity.Info : Checking.Severity.Warning);
        }

        var cells = new List<CellDefinition>(15);
        for (var i = 0; i < 15; i++)
        {
            var block = ReportCatalog.GetRow(ReportTable.Table4, BlockKeys[blocks[i / 5]]);
            var leaf = official ? leaves[i] : LeafKeys[i % 5];
            cells.Add(ReportCatalog.FindCell(block, leaf)!);
        }

        return cells;
    }

    private static int Block(string folded)
    {
        if (folded.Contains("未经复议", StringComparison.Ordinal) || folded.Contains("直接起诉", StringComparison.Ordinal))
        {
            return 1;
        }

        if (folded.Contains("复议后起诉", StringComparison.Ordinal))
        {
            return 2;
        }

        return folded.Contains("行政复议", StringComparison.Ordinal) ? 0 : -1;
    }

    private static string? Leaf(string folded) =>
        folded.Contains("维持", StringComparison.Ordinal) ? Table4Keys.Upheld
        : folded.Contains("纠正", StringComparison.Ordinal) ? Table4Keys.Corrected
        : folded.Contains("尚未", StringComparison.Ordinal) || folded.Contains("审结", StringComparison.Ordinal) ? Table4Keys.Pending
        : folded.Contains("其他", StringComparison.Ordinal) ? Table4Keys.Other
        : folded.Contains("总计", StringComparison.Ordinal) || folded.Contains("合计", StringComparison.Ordinal) ? Table4Keys.Total
        : null;
}
