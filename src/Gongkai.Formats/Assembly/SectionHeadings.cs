// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Text;

namespace Gongkai.Formats.Assembly;

/// <summary>Recognises the headings of the six statutory sections by their titles, not their numbers.</summary>
/// <remarks>
/// A heading is a short line whose text after any 「一、」-style numbering is a section title (or a
/// common variant). Parenthesised or Arabic numbering (「（一）」「1.」) marks a sub-part and is never
/// a section heading; neither is a line with sentence punctuation inside.
/// </remarks>
internal static class SectionHeadings
{
    private const int MaxHeadingLength = 32;

    /// <summary>Returns the statutory section (1–6) the line heads, or 0.</summary>
    /// <param name="raw">The line.</param>
    /// <param name="writtenNumber">The numeral written before the title (0 when none).</param>
    /// <returns>The section number, or 0.</returns>
    public static int Match(string raw, out int writtenNumber)
    {
        writtenNumber = 0;
        var folded = LabelText.FoldHeading(raw);
        if (folded.Length is 0 or > MaxHeadingLength || folded.Contains(',', StringComparison.Ordinal) || folded.Contains('。', StringComparison.Ordinal))
        {
            return 0;
        }

        var rest = Numbering.Strip(folded, out var number, out var style);
        if (style is 'p' or 'd')
        {
            return 0;
        }

        var title = rest.TrimStart(":、.").ToString();
        var section = Title(title);
        if (section > 0)
        {
            writtenNumber = number;
        }

        return section;
    }

    private static int Title(string t)
    {
        if (t is "总体情况" or "概述" or "基本情况" or "总体情况概述" or "工作总体情况" or "总体工作情况" or "总体概况")
        {
            return 1;
        }

        if (t.StartsWith("主动公开政府信息", StringComparison.Ordinal) && t.Length <= 12)
        {
            return 2;
        }

        if (t.Contains("收到和处理政府信息公开申请", StringComparison.Ordinal) || t is "收到和处理申请情况" or "依申请公开政府信息情况")
        {
            return 3;
        }

        if (t.Contains("行政复议", StringComparison.Ordinal) && t.Contains("行政诉讼", StringComparison.Ordinal))
        {
            return 4;
        }

        if (t.StartsWith("存在的主要问题", StringComparison.Ordinal) || t.StartsWith("存在主要问题", StringComparison.Ordinal) || t.StartsWith("主要问题及改进", StringComparison.Ordinal))
        {
            return 5;
        }

        if (t.StartsWith("其他需要报告", StringComparison.Ordinal))
        {
            return 6;
        }

        return 0;
    }
}
