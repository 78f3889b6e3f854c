// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Cells;
using Gongkai.Documents;
using static Gongkai.Checking.Rules.RuleHelpers;

namespace Gongkai.Checking.Rules;

/// <summary><c>T4.blockSum</c>: per block of table 四, 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结.</summary>
internal sealed class Table4BlockSumRule : IReportRule
{
    public IReadOnlyList<string> Ids { get; } = [RuleIds.T4BlockSum];

    public void Check(AnnualReport report, List<Finding> findings)
    {
        var cells = report.Cells;
        foreach (var blockTotal in ReportSums.Table4BlockTotals)
        {
            var target = blockTotal.Total;
            var block = ReportCatalog.GetRow(ReportTable.Table4, target.RowKey);
            var total = Number(cells, target);
            var sum = Sum(cells, blockTotal.Parts);
            if (total is null || sum is null || total == sum)
            {
                continue;
            }

            var values = blockTotal.Parts.Select(p => N(Number(cells, p)!.Value));
            findings.Add(CellFinding(RuleIds.T4BlockSum, Severity.Error, target, cells[target],
                $"表四「{block.Label}」：结果维持、结果纠正、其他结果、尚未审结之和为 {N(sum.Value)}（{string.Join(" + ", values)}），但总计填写 {N(total.Value)}。",
                expected: N(sum.Value), actual: N(total.Value)));
        }
    }
}
