// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Cells;
using Gongkai.Documents;
using static Gongkai.Checking.Rules.RuleHelpers;

namespace Gongkai.Checking.Rules;

/// <summary><c>T3.outcomeSum</c>: per column, （七）总计 = the sum of the outcome rows （一）…（六）.</summary>
internal sealed class Table3OutcomeSumRule : IReportRule
{
    public IReadOnlyList<string> Ids { get; } = [RuleIds.T3OutcomeSum];

    public void Check(AnnualReport report, List<Finding> findings)
    {
        var cells = report.Cells;
        if (Cells.ReportCatalog.Table3OutcomeRows.Any(r => IsAmbiguous(report, r)))
        {
            // An outcome row left unread as ambiguous is not in the sum: comparing would be a false error.
            return;
        }

        foreach (var outcomeTotal in ReportSums.Table3OutcomeTotals(cells))
        {
            var target = outcomeTotal.Total;
            var column = target.ColumnKey;
            var total = Number(cells, target);
            var sum = Sum(cells, outcomeTotal.Parts);
            if (total is null || sum is null || total == sum)
            {
                continue;
            }

            var parts = outcomeTotal.Parts.Select(c => Number(cells, c)!.Value).Where(v => v != 0).Select(N).ToList();
            findings.Add(CellFinding(RuleIds.T3OutcomeSum, Severity.Error, target, cells[target],
                $"表三「{ColumnLabel(column)}」列：各项办理结果之和为 {N(sum.Value)}（{(parts.Count == 0 ? "均为 0" : string.Join(" + ", parts))}），" +
                $"但（七）总计填写 {N(total.Value)}，相差 {N(sum.Value - total.Value)}。",
                expected: N(sum.Value), actual: N(total.Value)));
        }
    }
}
