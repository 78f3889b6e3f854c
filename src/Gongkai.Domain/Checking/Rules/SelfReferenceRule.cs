// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Text.RegularExpressions;
using Gongkai.Documents;

namespace Gongkai.Checking.Rules;

/// <summary><c>doc.unitMismatch</c>: the text calls the unit by another kind of body — 「我处」「我局」 in a
/// 镇 government's report, 「我镇」 in a 局's — left over from another unit's template.</summary>
/// <remarks>
/// Only unambiguous kinds are judged: township governments (镇, 乡, 街道) and departments (局, 委员会, 办公室).
/// Neutral self-references (我们, 本单位, 本机关, 我单位) are always fine; so is 「我市」「我县」「我区」 in a
/// department's report (departments speak of their city or county).
/// </remarks>
internal sealed partial class SelfReferenceRule : IReportRule
{
    public IReadOnlyList<string> Ids { get; } = [RuleIds.UnitMismatch];

    public void Check(AnnualReport report, List<Finding> findings)
    {
        if (report.Unit is not { } unit || Kind(unit) is not { } allowed)
        {
            return;
        }

        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (section, paragraph) in TextUnits.Paragraphs(report))
        {
            foreach (Match m in SelfReference().Matches(paragraph.Text))
            {
                var word = m.Groups[1].Value;
                if (allowed.Contains(word) || !Judged.Contains(word) || !reported.Add(m.Value))
                {
                    continue;
                }

                findings.Add(RuleHelpers.TextFinding(RuleIds.UnitMismatch, Severity.Warning, section, paragraph, RuleHelpers.QuoteSentence(paragraph, m.Value),
                    $"报告机关是「{unit}」，正文却自称「{m.Value}」，可能是沿用了其他单位的模板。", "我" + allowed[0], m.Value));
            }
        }
    }

    private static readonly string[] Judged = ["镇", "乡", "街道", "局", "处", "委", "厅", "署"];

    private static string[]? Kind(string unit)
    {
        var u = unit.Replace(" ", string.Empty, StringComparison.Ordinal);
        if (u.EndsWith("镇人民政府", StringComparison.Ordinal) || u.EndsWith("镇政府", StringComparison.Ordinal))
        {
            return ["镇"];
        }

        if (u.EndsWith("乡人民政府", StringComparison.Ordinal) || u.EndsWith("乡政府", StringComparison.Ordinal))
        {
            return ["乡"];
        }

        if (u.EndsWith("街道办事处", StringComparison.Ordinal))
        {
            return ["街道", "办"];
        }

        if (u.EndsWith('局'))
        {
            return ["局"];
        }

        return u.EndsWith("委员会", StringComparison.Ordinal) ? ["委"] : null;
    }

    [GeneratedRegex(@"(?<![自本])我(镇|乡|街道|局|处|委|厅|署)(?![长书记主任])")]
    private static partial Regex SelfReference();
}
