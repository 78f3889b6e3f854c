// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Text.RegularExpressions;
using Gongkai.Documents;
using Gongkai.Text;

namespace Gongkai.Checking.Rules;

/// <summary><c>text.typo</c>: doubled punctuation (。。), doubled 的的, stray fragments, broken enumerations (一是…三是).</summary>
internal sealed partial class TypoRule : IReportRule
{
    private static readonly HashSet<string> ShortAnswers = ["无", "暂无", "没有", "略", "无无", "否"];

    public IReadOnlyList<string> Ids { get; } = [RuleIds.TextTypo];

    public void Check(AnnualReport report, List<Finding> findings)
    {
        // An enumeration (一是…二是…) runs on across the lines of a section: a paragraph broken into lines, or one
        // item per line, continues the count; 「一是」 starts a new one.
        var enumeration = 1;
        var enumerationSection = -1;
        foreach (var (section, paragraph) in TextUnits.Paragraphs(report))
        {
            if (section != enumerationSection)
            {
                enumeration = 1;
                enumerationSection = section;
            }

            var text = paragraph.Text;
            foreach (Match m in Doubled().Matches(text))
            {
                findings.Add(Typo(section, paragraph, m.Index, $"标点或字重复「{m.Value}」。", m.Value, m.Value[..(m.Value.Length / 2)]));
            }

            var folded = text.Length <= 8 ? TextFold.Fold(text).Trim('-', '*', '#') : string.Empty;
            if (folded.Length is > 0 and <= 2 && folded.All(c => c is >= '\u4E00' and <= '\u9FFF') && !ShortAnswers.Contains(folded))
            {
                findings.Add(Typo(section, paragraph, 0, $"孤立的文字片段「{folded}」，像是排版时残留的断行或多余字符。", folded, "（删除）"));
            }

            enumeration = CheckEnumeration(section, paragraph, enumeration, findings);
        }
    }

    /// <summary>Checks the 「一是…二是…」 ordinals of a paragraph, continuing a count from the lines before.</summary>
    /// <returns>The ordinal expected next.</returns>
    private static int CheckEnumeration(int section, TextParagraph paragraph, int expected, List<Finding> findings)
    {
        if (!paragraph.Text.Contains('是', StringComparison.Ordinal))
        {
            return expected;
        }

        var reported = false;
        var counting = expected > 1;
        foreach (Match m in Ordinal().Matches(paragraph.Text))
        {
            var n = Numbering.NumeralValue(m.Groups[1].ValueSpan);

            // A lone 「三是」 with no count before it cannot be judged; within a count, a skipped ordinal is reported once.
            if (n != expected && n != 1 && !reported && counting)
            {
                var want = SectionTitles.Numerals[Math.Min(expected, 10) - 1] + "是";
                findings.Add(Typo(section, paragraph, m.Index, $"列举序号不连续：应为「{want}」，写成了「{m.Groups[1].Value}是」。", m.Groups[1].Value + "是", want));
                reported = true;
            }

            expected = n + 1;
            counting = true;
        }

        return expected;
    }

    private static Finding Typo(int section, TextParagraph paragraph, int index, string message, string actual, string expected) =>
        RuleHelpers.TextFinding(RuleIds.TextTypo, Severity.Info, section, paragraph, TextUnits.Quote(paragraph.Text, index, 40), message, expected, actual);

    [GeneratedRegex(@"([。，、；：！？])\1+|的的")]
    private static partial Regex Doubled();

    // 「一是」 opening an item: at the start or after punctuation, not inside a word (统一是).
    [GeneratedRegex(@"(?:^|(?<=[，。；：、\s）)]))([一二三四五六七八九十])是")]
    private static partial Regex Ordinal();
}
