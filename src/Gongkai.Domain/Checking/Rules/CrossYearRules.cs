// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Cells;
using Gongkai.Documents;
using static Gongkai.Checking.Rules.RuleHelpers;

namespace Gongkai.Checking.Rules;

/// <summary><c>crossYear.carryOver</c> and <c>crossYear.inForce</c>: two reports of one unit for consecutive years.</summary>
/// <remarks>Reports that are not for consecutive years give no findings.</remarks>
internal static class CrossYearRules
{
    public static void Check(AnnualReport previous, AnnualReport current, List<Finding> findings)
    {
        if (previous.Year is not { } y0 || current.Year is not { } y1 || (long)y1 != (long)y0 + 1)
        {
            return;
        }

        foreach (var column in Table3Keys.Columns)
        {
            var last = Number(previous.Cells, Cell(Table3Keys.CarriedForward, column));
            var target = Cell(Table3Keys.CarriedOver, column);
            var now = Number(current.Cells, target);
            if (last is null || now is null || last == now)
            {
                continue;
            }

            findings.Add(CellFinding(RuleIds.CrossYearCarryOver, Severity.Error, target, current.Cells[target],
                $"表三「{ColumnLabel(column)}」列：{y1} 年「二、上年结转」为 {N(now.Value)}，但 {y0} 年报告「四、结转下年度继续办理」为 {N(last.Value)}，两者应相等。",
                expected: N(last.Value), actual: N(now.Value)) with { SourceName = current.SourceName });
        }

        foreach (var key in new[] { "regulations", "normativeDocuments" })
        {
            var row = ReportCatalog.GetRow(ReportTable.Table2, key);
            var inForce = ReportCatalog.FindCell(row, "inForce")!;
            var before = Number(previous.Cells, inForce);
            var issued = Number(current.Cells, ReportCatalog.FindCell(row, "issued")!);
            var repealed = Number(current.Cells, ReportCatalog.FindCell(row, "repealed")!);
            var now = Number(current.Cells, inForce);
            if (before is null || issued is null || repealed is null || now is null)
            {
                continue;
            }

            var expected = before.Value + issued.Value - repealed.Value;
            if (expected != now)
            {
                findings.Add(CellFinding(RuleIds.CrossYearInForce, Severity.Warning, inForce, current.Cells[inForce],
                    $"表二「{row.Label}」现行有效件数：{y0} 年为 {N(before.Value)}，本年制发 {N(issued.Value)}、废止 {N(repealed.Value)}，应为 {N(expected)}，但填写 {N(now.Value)}。",
                    expected: N(expected), actual: N(now.Value)) with { SourceName = current.SourceName });
            }
        }
    }
}
