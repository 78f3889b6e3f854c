// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Documents;
using Gongkai.Text;

namespace Gongkai.Checking.Rules;

/// <summary><c>doc.partMissing</c>: section 一「总体情况」covers its five parts (条例 第五十条; the 2021 format).</summary>
/// <remarks>
/// The parts are 主动公开, 依申请公开, 政府信息管理, 政府信息公开平台建设 and 监督保障. The rule looks only at
/// the section's numbered sub-headings (「（二）依申请公开情况」, 「一、主动公开」, or a numbered lead-in
/// such as 「（三）依申请公开情况。2024年…」); a section without at least three of them is not judged,
/// because the parts may then be woven into prose.
/// </remarks>
internal sealed class OverviewPartsRule : IReportRule
{
    private const int MaxTitleLength = 20;
    private const int MaxSubHeadings = 8;

    private static readonly (string Name, string[] Keys)[] Parts =
    [
        ("主动公开", ["主动公开"]),
        ("依申请公开", ["依申请", "申请公开", "收到和处理", "公开申请", "申请办理", "申请处理", "办理申请", "受理申请"]),
        ("政府信息管理", ["信息管理", "管理"]),
        ("政府信息公开平台建设", ["平台"]),
        ("监督保障", ["监督", "保障", "考核"]),
    ];

    public IReadOnlyList<string> Ids { get; } = [RuleIds.PartMissing];

    public void Check(AnnualReport report, List<Finding> findings)
    {
        if (!report.HasNarrative)
        {
            return;
        }

        if (report.Section(1) is not { } section)
        {
            return;
        }

        var titles = new List<string>();
        foreach (var paragraph in section.Paragraphs)
        {
            if (SubHeading(paragraph.Text) is { } title)
            {
                titles.Add(title);
            }
        }

        // Judge only reports that follow the five-part structure: a handful of sub-headings, most of them
        // naming the parts. A long list of topical headings (「强化组织协调」「推进权责清单公开」…) is another
        // structure, and the parts may be woven into it.
        var named = Parts.Count(p => titles.Any(t => p.Keys.Any(k => t.Contains(k, StringComparison.Ordinal))));
        if (titles.Count is < 3 or > MaxSubHeadings || named < 3)
        {
            return;
        }

        foreach (var (name, keys) in Parts)
        {
            if (titles.Any(t => keys.Any(k => t.Contains(k, StringComparison.Ordinal))))
            {
                continue;
            }

            findings.Add(new Finding
            {
                Rule = RuleIds.PartMissing,
                Severity = Severity.Warning,
                Message = $"第一部分「总体情况」应包括主动公开、依申请公开、政府信息管理、政府信息公开平台建设、监督保障五个方面，未找到「{name}」部分（现有小标题：{string.Join("、", titles)}）。",
                Section = 1,
                Expected = name,
                Actual = "缺失",
                Location = section.Location,
            });
        }
    }

    // 「（二）依申请公开情况」 / 「一、主动公开」 / 「### （一）主动公开情况。」 / 「（三）依申请公开情况。2024年…」
    private static string? SubHeading(string text)
    {
        var folded = TextFold.Fold(text.AsSpan(0, Math.Min(text.Length, MaxTitleLength * 3))).AsSpan().TrimStart("#*-");
        var rest = Numbering.Strip(folded, out var number, out _);
        if (number == 0 || rest.IsEmpty)
        {
            return null;
        }

        var end = rest.IndexOfAny('。', ':', ',');
        var title = end >= 0 ? rest[..end] : rest;
        return title.Length is > 0 and <= MaxTitleLength && (end >= 0 || rest.Length <= MaxTitleLength) ? title.ToString() : null;
    }
}
