// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Documents;
using Gongkai.Text;

namespace Gongkai.Checking.Rules;

/// <summary><c>doc.feeStatement</c>: section 六 must state the 信息处理费 collected, even when none (国办函〔2020〕109号).</summary>
/// <remarks>The 《政府信息公开信息处理费管理办法》 took effect on 2021-01-01: reports for 2020 and earlier years are not asked for the statement.</remarks>
internal sealed class FeeStatementRule : IReportRule
{
    /// <summary>The first report year the statement is required for.</summary>
    internal const int FirstYear = 2021;

    private static readonly string[] Mentions = ["处理费", "收费", "收取", "费用"];

    public IReadOnlyList<string> Ids { get; } = [RuleIds.FeeStatement];

    public void Check(AnnualReport report, List<Finding> findings)
    {
        if (!report.HasNarrative || report.Year < FirstYear)
        {
            return;
        }

        if (report.Section(6) is not { } section)
        {
            return;
        }

        var text = TextFold.Fold(section.Text);
        if (Mentions.Any(m => text.Contains(m, StringComparison.Ordinal)))
        {
            return;
        }

        findings.Add(new Finding
        {
            Rule = RuleIds.FeeStatement,
            Severity = Severity.Warning,
            Message = "第六部分「其他需要报告的事项」没有说明信息处理费的收取情况。即使未收取，也应写明（如「本年度未收取信息处理费」）。",
            Section = 6,
            Quote = TextUnits.Quote(section.Text.Length == 0 ? section.Heading : section.Text),
            Expected = "说明信息处理费收取情况",
            Actual = section.Text.Length == 0 ? "（无内容）" : TextUnits.Quote(section.Text, 0, 30),
            Location = section.Paragraphs.Count > 0 ? section.Paragraphs[0].Location : section.Location,
        });
    }
}
