// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Text.RegularExpressions;
using Gongkai.Documents;
using Gongkai.Text;

namespace Gongkai.Checking.Rules;

/// <summary><c>doc.period</c>: a stated statistics period must be 1 January – 31 December of the report year.</summary>
internal sealed partial class PeriodRule : IReportRule
{
    public IReadOnlyList<string> Ids { get; } = [RuleIds.Period];

    public void Check(AnnualReport report, List<Finding> findings)
    {
        if (report.Year is not { } year)
        {
            return;
        }

        foreach (var (section, paragraph) in TextUnits.Paragraphs(report))
        {
            var text = paragraph.Text.Replace(" ", string.Empty, StringComparison.Ordinal);
            foreach (Match m in Period().Matches(text))
            {
                var y1 = Digits.ParseInt(m.Groups["y1"].ValueSpan);
                var m1 = Digits.ParseInt(m.Groups["m1"].ValueSpan);
                var d1 = Digits.ParseInt(m.Groups["d1"].ValueSpan);
                var y2 = m.Groups["y2"].Success ? Digits.ParseInt(m.Groups["y2"].ValueSpan) : y1;
                var m2 = Digits.ParseInt(m.Groups["m2"].ValueSpan);
                var d2 = Digits.ParseInt(m.Groups["d2"].ValueSpan);
                if (y1 == year && m1 == 1 && d1 == 1 && y2 == year && m2 == 12 && d2 == 31)
                {
                    continue;
                }

                findings.Add(RuleHelpers.TextFinding(RuleIds.Period, Severity.Warning, section, paragraph, m.Value,
                    $"统计期限应为 {year}年1月1日至{year}年12月31日，报告写的是 {y1}年{m1}月{d1}日至{y2}年{m2}月{d2}日。",
                    $"{year}年1月1日至{year}年12月31日", $"{y1}年{m1}月{d1}日至{y2}年{m2}月{d2}日"));
            }
        }
    }

    [GeneratedRegex(@"统计(?:期限|期间|时限|时间)[^。；\d]{0,6}(?<y1>(?:19|20)\d{2})年(?<m1>\d{1,2})月(?<d1>\d{1,2})日起?(?:至|到|—|-|－|~|～)(?:(?<y2>(?:19|20)\d{2})年)?(?<m2>\d{1,2})月(?<d2>\d{1,2})日")]
    private static partial Regex Period();
}
