// Copyright (c) Gongkai contributors. Licensed under the MIT License.

namespace Gongkai.Documents;

/// <summary>The official titles of the six statutory sections (条例 第五十条; the 2021 format).</summary>
public static class SectionTitles
{
    /// <summary>Gets the six titles in statutory order.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        "总体情况",
        "主动公开政府信息情况",
        "收到和处理政府信息公开申请情况",
        "政府信息公开行政复议、行政诉讼情况",
        "存在的主要问题及改进情况",
        "其他需要报告的事项",
    ];

    /// <summary>Gets the Chinese numerals used to number sections (一 … 十).</summary>
    public static IReadOnlyList<string> Numerals { get; } = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

    /// <summary>Gets the title of section <paramref name="number"/>.</summary>
    /// <param name="number">The statutory position, 1–6.</param>
    /// <returns>The official title.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="number"/> is not 1–6.</exception>
    public static string Of(int number)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(number, 6);
        return All[number - 1];
    }

    /// <summary>Gets the numbered heading, e.g. 「二、主动公开政府信息情况」.</summary>
    /// <param name="number">The statutory position, 1–6.</param>
    /// <returns>The heading.</returns>
    public static string Heading(int number) => Numerals[number - 1] + "、" + Of(number);
}
