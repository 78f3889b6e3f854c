// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Text;
using System.Text.RegularExpressions;
using Gongkai.Documents;
using Gongkai.Text;

namespace Gongkai.Formats.Assembly;

/// <summary>Finds the title among the lines before the first section, and the unit and year in it.</summary>
/// <remarks>
/// Titles are split by spaces or line breaks (「涿河区涿河港镇人民政府 2024 年政府信息公开工作 年度报告」,
/// 「北京市大兴区西红门镇人民政府」/「2024年政府信息公开工作年度报告」); the unit is what precedes the year, or, when
/// the title starts with the year (「2024年上海市科委政府信息公开工作年度报告」), what stands between the year and 「政府信息公开」.
/// </remarks>
internal static partial class TitleParser
{
    private const int MaxTitleLineLength = 60;

    public static (string? Title, string? Unit, int? Year, int TitleEnd) Parse(IReadOnlyList<TextParagraph> lines)
    {
        var at = -1;
        for (var i = 0; i < lines.Count && i < 8; i++)
        {
            var folded = TextFold.Fold(lines[i].Text);
            if (folded.Length <= MaxTitleLineLength && folded.Contains("报告", StringComparison.Ordinal) && !folded.Contains('。', StringComparison.Ordinal))
            {
                at = i;
                break;
            }
        }

        if (at < 0)
        {
            return (null, null, null, 0);
        }

        var start = at;
        while (start > 0 && NeedsMore(lines, start, at) && IsTitleFragment(lines[start - 1].Text))
        {
            start--;
        }

        var title = new StringBuilder();
        for (var i = start; i <= at; i++)
        {
            title.Append(Clean(lines[i].Text));
        }

        var text = title.ToString();
        var compact = Compact(text);
        var match = YearPattern().Match(compact);
        int? year = null;
        string? unit;
        if (match.Success)
        {
            year = Digits.ParseInt(match.Groups[1].ValueSpan);
            unit = compact[..match.Index];
            if (unit.Trim('"', '“', '”', '《', '》', ' ').Length == 0)
            {
                // The title starts with the year: 「2024年上海市科委政府信息公开工作年度报告」 — the unit follows it.
                var after = match.Index + match.Length;
                if (after < compact.Length && compact[after] == '度')
                {
                    after++;
                }

                var k = compact.IndexOf("政府信息公开", after, StringComparison.Ordinal);
                unit = k > after ? compact[after..k] : null;
            }
        }
        else
        {
            var k = TextFold.FoldKeepLength(compact).IndexOf("政府信息公开", StringComparison.Ordinal);
            unit = k > 0 ? compact[..k] : null;
        }

        unit = unit?.Trim('"', '“', '”', '《', '》', ' ');
        if (unit is not null && unit.StartsWith("关于", StringComparison.Ordinal))
        {
            unit = unit[2..];
        }

        return (text.Trim(), string.IsNullOrEmpty(unit) ? null : unit, year, at + 1);
    }

    /// <summary>Finds a report year in free text (「统计期限自2024年1月1日…」); used when the title has none.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The year, or null.</returns>
    public static int? FindPeriodYear(string text)
    {
        var m = PeriodPattern().Match(Compact(text));
        return m.Success ? Digits.ParseInt(m.Groups[1].ValueSpan) : null;
    }

    private static bool NeedsMore(IReadOnlyList<TextParagraph> lines, int start, int at)
    {
        // The title lacks a unit when it starts with the year or with 政府信息公开 (the unit is on the line above).
        var first = TextFold.Fold(Clean(lines[start].Text));
        return start == at && (first.Length == 0 || char.IsAsciiDigit(first[0]) || first.StartsWith("政府信息公开", StringComparison.Ordinal) || first.StartsWith("年度", StringComparison.Ordinal) || first.Length < 10);
    }

    private static bool IsTitleFragment(string text)
    {
        var folded = TextFold.Fold(Clean(text));
        return folded.Length is > 0 and <= 40 && !folded.Contains('。', StringComparison.Ordinal) && !folded.Contains(',', StringComparison.Ordinal);
    }

    // A line break inside the title paragraph (Word's w:br after the unit, GB/T 9704 §7.3.1) joins like two title lines.
    // A field label copied with the title (「标题：」, a metadata line the header reader did not take) is not part of it.
    private static string Clean(string text)
    {
        var clean = text.Replace("\r", string.Empty, StringComparison.Ordinal).Replace("\n", string.Empty, StringComparison.Ordinal).Trim().TrimStart('#').Trim();
        var label = TitleLabel().Match(clean);
        return label.Success ? clean[label.Length..] : clean;
    }

    private static string Compact(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!TextFold.IsSpace(c))
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    [GeneratedRegex(@"^(?:文章标题|标\s*题|题\s*目)\s*[:：]\s*")]
    private static partial Regex TitleLabel();

    [GeneratedRegex(@"((?:19|20)\d{2})年")]
    private static partial Regex YearPattern();

    [GeneratedRegex(@"统计期限?(?:为|是|自|从)?((?:19|20)\d{2})年1月1日")]
    private static partial Regex PeriodPattern();
}
