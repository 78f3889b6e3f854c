// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Cells;
using Gongkai.Documents;
using static Gongkai.Checking.Rules.RuleHelpers;

namespace Gongkai.Checking.Rules;

/// <summary><c>T3.columnSum</c>: per row, 总计 = the sum of the six applicant columns.</summary>
/// <remarks>Where a likely cause is visible (two adjacent single digits that would fix the sum if joined,
/// or the total written one column early), the message says so (<c>domain.md</c> §3).</remarks>
internal sealed class Table3ColumnSumRule : IReportRule
{
    public IReadOnlyList<string> Ids { get; } = [RuleIds.T3ColumnSum];

    public void Check(AnnualReport report, List<Finding> findings)
    {
        var cells = report.Cells;
        foreach (var rowTotal in ReportSums.Table3RowTotals)
        {
            var target = rowTotal.Total;
            var row = ReportCatalog.GetRow(ReportTable.Table3, target.RowKey);
            var total = Number(cells, target);
            var sum = Sum(cells, rowTotal.Parts);
            if (total is null || sum is null || total == sum)
            {
                continue;
            }

            var values = rowTotal.Parts.Append(target).Select(c => Number(cells, c)!.Value).ToArray();
            findings.Add(CellFinding(RuleIds.T3ColumnSum, Severity.Error, target, cells[target],
                $"表三「{row.FullLabel}」行：六类申请人之和为 {N(sum.Value)}（{string.Join(" + ", values[..6].Select(N))}），但总计填写 {N(total.Value)}。{Hint(values)}",
                expected: N(sum.Value), actual: N(total.Value)));
        }
    }

    /// <summary>Explains a likely cause, or returns an empty string.</summary>
    /// <param name="v">The seven values of the row, total last.</param>
    /// <returns>The hint.</returns>
    internal static string Hint(decimal[] v)
    {
        var total = v[6];
        var sum = v[..6].Sum();

        // Two adjacent single digits that were one number: "1" "2" for "12".
        for (var i = 0; i < 6; i++)
        {
            if (v[i] is < 0 or > 9 || v[i + 1] is < 0 or > 9)
            {
                continue;
            }

            var joined = (v[i] * 10) + v[i + 1];
            if (i + 1 < 6 && sum - v[i] - v[i + 1] + joined == total)
            {
                return $"可能原因：「{N(v[i])}」「{N(v[i + 1])}」两个单元格本应是一个数「{N(joined)}」（数字被拆到了相邻两列）。";
            }

            if (i + 1 == 6 && v[..5].Sum() == joined)
            {
                return $"可能原因：「{N(v[i])}」「{N(v[i + 1])}」本应是总计「{N(joined)}」（数字被拆到了相邻两列）。";
            }
        }

        // The row written one column early: the total sits under 其他 and the 总计 cell holds something else.
        if (v[5] != 0 && v[..5].Sum() == v[5])
        {
            return "可能原因：该行数值错位了一列（「其他」列的数恰好等于前五列之和，像是总计）。";
        }

        return string.Empty;
    }
}
