// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Cells;
using Gongkai.Documents;
using static Gongkai.Checking.Rules.RuleHelpers;

namespace Gongkai.Checking.Rules;

/// <summary><c>hierarchy.sum</c>: each cell of a summary report equals the sum of its units' cells.</summary>
/// <remarks>Only cells that are numbers in the summary and in every unit are compared; amounts are compared exactly.
/// 本年增/减 and 上一年项目数量 of the 2019 format are sums too.</remarks>
internal static class HierarchyRule
{
    public static void Check(AnnualReport summary, IReadOnlyList<AnnualReport> units, List<Finding> findings)
    {
        if (units.Count == 0)
        {
            return;
        }

        foreach (var cell in ReportCatalog.Cells)
        {
            var total = Number(summary.Cells, cell);
            if (total is null)
            {
                continue;
            }

            decimal sum = 0;
            var complete = true;
            foreach (var unit in units)
            {
                if (Number(unit.Cells, cell) is { } v)
                {
                    sum += v;
                }
                else
                {
                    complete = false;
                    break;
                }
            }

            if (complete && sum != total)
            {
                findings.Add(CellFinding(RuleIds.HierarchySum, Severity.Warning, cell, summary.Cells[cell],
                    $"汇总报告{cell.DisplayName}为 {N(total.Value)}，但 {units.Count} 个下级单位之和为 {N(sum)}，相差 {N(total.Value - sum)}。",
                    expected: N(sum), actual: N(total.Value)) with { SourceName = summary.SourceName });
            }
        }
    }
}
