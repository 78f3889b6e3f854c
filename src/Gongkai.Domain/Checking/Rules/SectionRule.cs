// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Documents;
using Gongkai.Text;

namespace Gongkai.Checking.Rules;

/// <summary><c>doc.sectionMissing</c>, <c>doc.sectionOrder</c>: the six statutory sections, their order and numbering.</summary>
/// <remarks>
/// Numbering problems are warnings: a section heading without its numeral or with the wrong one, and
/// sub-parts inside a section numbered 「一、二、」 like the sections themselves (they should be 「（一）」).
/// </remarks>
internal sealed class SectionRule : IReportRule
{
    private const int MaxSubHeadingLength = 24;

    // The official labels of the tables' rows and row groups that carry 「一、」 numbering (table 三's
    // 「一、本年新收政府信息公开申请数量」…): written as lines or Markdown headings they are table labels, not sub-headings.
    private static readonly HashSet<string> TableLabels = BuildTableLabels();

    public IReadOnlyList<string> Ids { get; } = [RuleIds.SectionMissing, RuleIds.SectionOrder];

    public void Check(AnnualReport report, List<Finding> findings)
    {
        if (!report.HasNarrative)
        {
            return;
        }

        for (var n = 1; n <= 6; n++)
        {
            if (report.Section(n) is null)
            {
                findings.Add(new Finding
                {
                    Rule = RuleIds.SectionMissing,
                    Severity = Severity.Error,
                    Message = $"缺少第{SectionTitles.Numerals[n - 1]}部分「{SectionTitles.Heading(n)}」。",
                    Section = n,
                    Expected = SectionTitles.Heading(n),
                    Actual = "缺失",
                });
            }
        }

        var last = 0;
        foreach (var section in report.Sections)
        {
            var expected = SectionTitles.Heading(section.Number);
            if (section.Number < last)
            {
                findings.Add(Order(section, $"「{section.Heading}」出现在第{SectionTitles.Numerals[last - 1]}部分之后，六个部分的顺序不对。", expected));
            }

            last = Math.Max(last, section.Number);
            if (section.WrittenNumber == 0)
            {
                findings.Add(Order(section, $"部分标题「{section.Heading}」缺少序号，应为「{expected}」。", expected));
            }
            else if (section.WrittenNumber != section.Number)
            {
                findings.Add(Order(section, $"部分标题「{section.Heading}」的序号有误，应为「{expected}」。", expected));
            }

            var subHeadings = section.Paragraphs.Where(IsSectionStyleSubHeading).ToList();
            if (subHeadings.Count > 0)
            {
                var quoted = string.Join("」「", subHeadings.Take(5).Select(p => p.Text.Trim().TrimStart('#', ' ')));
                findings.Add(new Finding
                {
                    Rule = RuleIds.SectionOrder,
                    Severity = Severity.Warning,
                    Message = $"第{SectionTitles.Numerals[section.Number - 1]}部分「{section.Title}」内的小标题「{quoted}」使用了与部分标题相同的「一、」式序号，容易与六个部分混淆，应改为「（一）」「（二）」。",
                    Section = section.Number,
                    Quote = subHeadings[0].Text.Trim(),
                    Expected = "（一）",
                    Actual = "一、",
                    Location = subHeadings[0].Location,
                });
            }
        }
    }

    private static Finding Order(ReportSection section, string message, string expected) => new()
    {
        Rule = RuleIds.SectionOrder,
        Severity = Severity.Warning,
        Message = message,
        Section = section.Number,
        Quote = section.Heading,
        Expected = expected,
        Actual = section.Heading,
        Location = section.Location,
    };

    private static bool IsSectionStyleSubHeading(TextParagraph paragraph)
    {
        // Only a heading-length prefix matters; folding whole paragraphs would be wasted work.
        var text = paragraph.Text.AsSpan();
        var folded = TextFold.Fold(text[..Math.Min(text.Length, MaxSubHeadingLength * 2)]).AsSpan().TrimStart("#*-");
        if (folded.Length > MaxSubHeadingLength || folded.ContainsAny('。', ',', ';'))
        {
            return false;
        }

        Numbering.Strip(folded, out var number, out var style);
        return style == 'c' && number > 0 && !TableLabels.Contains(folded.ToString());
    }

    private static HashSet<string> BuildTableLabels()
    {
        var labels = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in Cells.ReportCatalog.Rows)
        {
            foreach (var label in (ReadOnlySpan<string?>)[row.Label, row.Group])
            {
                if (label is not null)
                {
                    var folded = TextFold.Fold(label);
                    Numbering.Strip(folded, out var number, out var style);
                    if (style == 'c' && number > 0)
                    {
                        labels.Add(folded);
                    }
                }
            }
        }

        return labels;
    }
}
