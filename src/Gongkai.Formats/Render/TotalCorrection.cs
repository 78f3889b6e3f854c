// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Globalization;
using Gongkai.Cells;

namespace Gongkai.Formats.Render;

/// <summary>A computed total that replaced the stated one in a <see cref="RenderOptions.RecomputeTotals"/> draft.</summary>
/// <param name="Cell">The total cell.</param>
/// <param name="Stated">The value the report stated (a number, or blank).</param>
/// <param name="Computed">The sum of its parts, written instead.</param>
/// <param name="Rule">The rule whose sum it is (<c>T3.columnSum</c>, <c>T3.outcomeSum</c>, <c>T4.blockSum</c>).</param>
public sealed record TotalCorrection(CellDefinition Cell, CellValue Stated, decimal Computed, string Rule)
{
    /// <summary>Describes the correction for a clerk, e.g. 「表三「（七）总计」行「自然人」列：原填 20，按各项之和改为 21（T3.outcomeSum）」.</summary>
    /// <returns>The Chinese description.</returns>
    public override string ToString() =>
        $"{Cell.DisplayName}：原填 {StatedText}，按各项之和改为 {Computed.ToString(CultureInfo.InvariantCulture)}（{Rule}）";

    /// <summary>Describes the total when a draft left it as stated (<see cref="RenderResult.HeldBack"/>), e.g.
    /// 「表三「（七）总计」行「自然人」列：原填 20，各项之和为 26；改为 26 会使原本成立的勾稽关系不成立，保留原值（T3.outcomeSum 未核平）」.</summary>
    /// <returns>The Chinese description.</returns>
    public string DescribeHeldBack()
    {
        var sum = Computed.ToString(CultureInfo.InvariantCulture);
        return $"{Cell.DisplayName}：原填 {StatedText}，各项之和为 {sum}；改为 {sum} 会使原本成立的勾稽关系不成立，保留原值（{Rule} 未核平）";
    }

    private string StatedText => Stated.State switch
    {
        CellState.Number => Stated.Number.ToString(CultureInfo.InvariantCulture),
        CellState.Blank => "空白",
        _ => $"「{Stated.Raw}」",
    };
}
