// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Cells;
using Gongkai.Documents;
using static Gongkai.Checking.Rules.RuleHelpers;

namespace Gongkai.Checking.Rules;

/// <summary><c>T3.balance</c>: per column, 新收 + 上年结转 = 办理结果总计 + 结转下年度 (the official 勾稽关系).</summary>
internal sealed class Table3BalanceRule : IReportRule
{
    public IReadOnlyList<string> Ids { get; } = [RuleIds.T3Balance];

    public void Check(AnnualReport report, List<Finding> findings)
    {
        var cells = report.Cells;
        foreach (var balance in ReportSums.Table3Balances)
        {
            var column = balance.Column;
            var received = Number(cells, balance.Left[0]);
            var carried = Number(cells, balance.Left[1]);
            var processed = Number(cells, balance.Right[0]);
            var forward = Number(cells, balance.Right[1]);
            if (received is null || carried is null || processed is null || forward is null)
            {
                continue;
            }

            var left = received.Value + carried.Value;
            var right = processed.Value + forward.Value;
            if (left != right)
            {
                var target = balance.Right[0];
                findings.Add(CellFinding(RuleIds.T3Balance, Severity.Error, target, cells[target],
                    $"表三「{ColumnLabel(column)}」列不满足勾稽关系：一、新收 {N(received.Value)} + 二、上年结转 {N(carried.Value)} = {N(left)}，" +
                    $"但三、（七）总计 {N(processed.Value)} + 四、结转下年度 {N(forward.Value)} = {N(right)}，相差 {N(left - right)}。",
                    expected: N(left), actual: N(right)));
            }
        }
    }
}
