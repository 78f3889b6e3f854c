// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Documents;
using Gongkai.Regions;

namespace Gongkai.Checking.Rules;

/// <summary><c>doc.regionMismatch</c>: the text names a province or city outside the unit's own province (text copied from another region's template).</summary>
/// <remarks>
/// The unit's place is resolved from its name with the vendored GB/T 2260 table; an unknown place
/// means the rule says nothing. Other cities of the unit's own province are not foreign (a county report
/// may name its provincial capital). One finding per foreign place, quoting its first sentence.
/// </remarks>
internal sealed class RegionRule : IReportRule
{
    public IReadOnlyList<string> Ids { get; } = [RuleIds.RegionMismatch];

    public void Check(AnnualReport report, List<Finding> findings)
    {
        if (report.Unit is not { } unit || AdministrativeDivisions.ResolveUnit(unit) is not { } home)
        {
            return;
        }

        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (section, paragraph) in TextUnits.Paragraphs(report))
        {
            foreach (var mention in AdministrativeDivisions.FindMentions(paragraph.Text))
            {
                // A document cited by title (「转发《江苏省政府信息公开申请办理答复规范》」) is not a template leftover.
                if (!AdministrativeDivisions.IsForeign(mention.Region, home) || InsideTitleMarks(paragraph.Text, mention.Index) || !reported.Add(mention.Region.Code))
                {
                    continue;
                }

                findings.Add(RuleHelpers.TextFinding(RuleIds.RegionMismatch, Severity.Warning, section, paragraph, RuleHelpers.QuoteSentence(paragraph, mention.Text),
                    $"报告机关「{unit}」属于{Place(home)}，但正文提到「{mention.Text}」（{Place(mention.Region)}），可能是套用了其他地区的模板。",
                    home.Province.Name, mention.Region.Name));
            }
        }
    }

    private static bool InsideTitleMarks(string text, int index)
    {
        var open = text.LastIndexOf('《', index);
        return open >= 0 && text.IndexOf('》', open) is var close && close > index && text.LastIndexOf('》', index) < open;
    }

    private static string Place(Region region) => region.Level switch
    {
        RegionLevel.Province => region.Name,
        _ when region.City is { } city && city != region => $"{region.Province.Name}{city.Name}{region.Name}",
        _ => region == region.Province ? region.Name : $"{region.Province.Name}{region.Name}",
    };
}
