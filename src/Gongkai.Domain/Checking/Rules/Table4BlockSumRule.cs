// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Cells;
using Gongkai.Documents;
using static Gongkai.Checking.Rules.RuleHelpers;

namespace Gongkai.Checking.Rules;

/// <summary><c>T4.blockSum</c>: per block of table 四, 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结.</summary>
internal sealed class Table4BlockSumRule : IReportRule
{
    private static readonly string[] Parts = ["upheld", "corrected", "other", "pending"];

    public IReadOnlyList<string> Ids { get; } = [RuleIds.T4BlockSum];

    public void Check(AnnualReport report, List<Finding> findings)
    {
        var cells = report.Cells;
        foreach (var block in ReportCatalog.Table4Blocks)
        {
            var target = ReportCatalog.FindCell(block, "total")!;
            var total = Number(cells, target);
            var sum = Sum(cells, Parts.Select(p => ReportCatalog.FindCell(block, p)!));
            if (total is null || sum is null || total == sum)
            {
                continue;
            }

            var values = Parts.Select(p => N(Number(cells, ReportCatalog.FindCell(block, p)!)!.Value));
            findings.Add(CellFinding(RuleIds.T4BlockSum, Severity.Error, target, cells[target],
                $"表四「{block.Label}」：结果维持、结果纠正、其他结果、尚未审结之和为 {N(sum.Value)}（{string.Join(" + ", values)}），但总计填写 {N(total.Value)}。",
                expected: N(sum.Value), actual: N(total.Value)));
        }
    }
}
