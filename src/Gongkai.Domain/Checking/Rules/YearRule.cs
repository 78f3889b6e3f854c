// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Globalization;
using System.Text.RegularExpressions;
using Gongkai.Documents;
using Gongkai.Text;

namespace Gongkai.Checking.Rules;

/// <summary><c>doc.yearMismatch</c>: a sentence that reports the year's work under another year (a template left from last year).</summary>
/// <remarks>
/// Only sentences that open with a year (「2023年，我镇…」) outside section 五 are considered: a year
/// inside a sentence is often a legitimate reference (「自2019年起」「2023年度报告指出的问题」), and
/// section 五 talks about last year's problems and next year's plans. Next year is never flagged.
/// </remarks>
internal sealed partial class YearRule : IReportRule
{
    public IReadOnlyList<string> Ids { get; } = [RuleIds.YearMismatch];

    public void Check(AnnualReport report, List<Finding> findings)
    {
        if (report.Year is not { } year)
        {
            return;
        }

        // The year given as data (a JSON's "year", a form field) must be the year its title names.
        if (report.Title is { } title && TitleYear().Match(title.Replace(" ", string.Empty, StringComparison.Ordinal)) is { Success: true } t
            && Digits.ParseInt(t.Groups[1].ValueSpan) is var titled && titled != year)
        {
            findings.Add(new Finding
            {
                Rule = RuleIds.YearMismatch,
                Severity = Severity.Error,
                Message = $"报告年度为 {year} 年，但标题「{TextUnits.Quote(title, 0, 40)}」写的是 {titled} 年度，二者不一致。",
                Quote = title,
                Expected = titled.ToString(CultureInfo.InvariantCulture),
                Actual = year.ToString(CultureInfo.InvariantCulture),
            });
        }

        foreach (var (section, paragraph) in TextUnits.Paragraphs(report))
        {
            if (section == 5)
            {
                continue;
            }

            foreach (var sentence in TextUnits.Sentences(paragraph.Text))
            {
                var m = OpeningYear().Match(sentence);
                if (!m.Success)
                {
                    continue;
                }

                var written = Digits.ParseInt(m.Groups[1].ValueSpan);
                if (written == year || written == year + 1)
                {
                    continue;
                }

                findings.Add(RuleHelpers.TextFinding(RuleIds.YearMismatch, Severity.Warning, section, paragraph, TextUnits.Quote(sentence),
                    $"本报告为 {year} 年度，但这句话写的是 {written} 年的工作，可能是沿用了往年的模板。",
                    year.ToString(CultureInfo.InvariantCulture), written.ToString(CultureInfo.InvariantCulture)));
            }
        }
    }

    [GeneratedRegex(@"((?:19|20)\d{2})\s*年度?(?:政府信息公开|政务公开|信息公开)")]
    private static partial Regex TitleYear();

    // A sentence opening with a year used as the time of the work: not 「2023年以来」「2023年底」「2023年度报告」.
    [GeneratedRegex(@"^[\s\p{P}\d]*?((?:19|20)\d{2})\s*年\s*(?:度\s*)?(?![以起底末初至到中前后\-—－~～和、与及度报]|上半|下半|\d|工作要点|政府信息公开工作年度)")]
    private static partial Regex OpeningYear();
}
