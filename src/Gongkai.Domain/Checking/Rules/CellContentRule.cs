// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Cells;
using Gongkai.Documents;

namespace Gongkai.Checking.Rules;

/// <summary><c>cell.blank</c> and <c>cell.invalid</c>: every present value cell holds a valid number.</summary>
/// <remarks>A blank is not a zero: it is reported and never coerced. Counts must be non-negative integers
/// (the 2019 format's 本年增/减 may be negative); amounts are non-negative decimals.</remarks>
internal sealed class CellContentRule : IReportRule
{
    public IReadOnlyList<string> Ids { get; } = [RuleIds.CellBlank, RuleIds.CellInvalid];

    public void Check(AnnualReport report, List<Finding> findings)
    {
        foreach (var (cell, value) in report.Cells.Present())
        {
            switch (value.State)
            {
                case CellState.Blank:
                    findings.Add(RuleHelpers.CellFinding(RuleIds.CellBlank, Severity.Warning, cell, value,
                        $"{cell.DisplayName}为空白。空白不等于 0：没有数量请填写 0。", expected: "数字", actual: "空白"));
                    break;
                case CellState.Invalid:
                    findings.Add(RuleHelpers.CellFinding(RuleIds.CellInvalid, Severity.Error, cell, value,
                        $"{cell.DisplayName}填写了「{value.Raw?.Trim()}」，不是{Expected(cell.Kind)}。", expected: Expected(cell.Kind), actual: value.Raw?.Trim()));
                    break;
                case CellState.Number when value.Number < 0 && cell.Kind != CellKind.SignedCount:
                    findings.Add(RuleHelpers.CellFinding(RuleIds.CellInvalid, Severity.Error, cell, value,
                        $"{cell.DisplayName}为负数 {RuleHelpers.N(value.Number)}，数量不能为负。", expected: Expected(cell.Kind), actual: RuleHelpers.N(value.Number)));
                    break;
            }
        }
    }

    private static string Expected(CellKind kind) => kind switch
    {
        CellKind.Amount => "非负数（金额，可有小数）",
        CellKind.SignedCount => "整数（可为负数）",
        _ => "非负整数",
    };
}
