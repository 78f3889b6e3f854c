// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Checking;
using Gongkai.Documents;
using Gongkai.Formats;
using Gongkai.Formats.Render;
using Gongkai.Tests.Support;

namespace Gongkai.Tests.Render;

/// <summary>Render never changes a heading silently: as written by default, official only on request and then noted.</summary>
public sealed class HeadingsAsWrittenTests
{
    private static AnnualReport Seed(string prefix) =>
        ReportReader.ReadFile(TestPaths.SeedFiles().Single(f => Path.GetFileName(f).StartsWith(prefix, StringComparison.Ordinal))).Report!;

    private static List<Finding> SectionFindings(AnnualReport report) =>
        [.. ReportChecker.Check(report).Where(f => f.Rule is RuleIds.SectionOrder or RuleIds.SectionMissing)];

    public static TheoryData<RenderFormat> Formats() => [RenderFormat.Html, RenderFormat.Docx, RenderFormat.Markdown, RenderFormat.Json];

    [Theory]
    [MemberData(nameof(Formats))]
    public void Seed004_KeepsItsUnnumberedHeadings_SoTheReCheckFindsTheSameWarnings(RenderFormat format)
    {
        var report = Seed("004");
        var before = SectionFindings(report);
        Assert.Equal(2, before.Count(f => f.Rule == RuleIds.SectionOrder));

        var result = ReportWriter.Render(report, format, new RenderOptions { CheckReport = false });
        Assert.True(result.Success, result.Error);
        Assert.Empty(result.Notes);
        var reread = ReportReader.Read(result.Content, "r." + ReportWriter.Extension(format));
        Assert.True(reread.Success, reread.Error);

        Assert.Equal(before.Select(f => (f.Rule, f.Section, f.Expected)), SectionFindings(reread.Report).Select(f => (f.Rule, f.Section, f.Expected)));
        Assert.Equal("主动公开政府信息情况", reread.Report.Section(2)!.Heading.Trim().TrimStart('#', ' '));
    }

    [Fact]
    public void NormalizedHeadings_AreListedInTheNotes_AndInTheFile()
    {
        var report = Seed("004");
        var result = ReportWriter.Render(report, RenderFormat.Html, new RenderOptions { CheckReport = false, NormalizeHeadings = true });
        Assert.True(result.Success, result.Error);

        Assert.Equal(2, result.Notes.Count);
        Assert.Contains(result.Notes, n => n.Contains("「主动公开政府信息情况」，按官方格式改为「二、主动公开政府信息情况」", StringComparison.Ordinal));
        var html = System.Text.Encoding.UTF8.GetString(result.Content);
        Assert.Contains(result.Notes[0], html, StringComparison.Ordinal);
        Assert.Contains("二、主动公开政府信息情况", html, StringComparison.Ordinal);

        var reread = ReportReader.Read(result.Content, "r.html").Report!;
        Assert.Empty(SectionFindings(reread));
    }

    [Fact]
    public void AMissingSectionWithATable_GetsTheOfficialHeading_AndANote()
    {
        var report = Seed("001");
        report = report with { Sections = [.. report.Sections.Where(s => s.Number != 4)] };

        var result = ReportWriter.Render(report, RenderFormat.Markdown, new RenderOptions { CheckReport = false });
        Assert.True(result.Success, result.Error);
        var note = Assert.Single(result.Notes);
        Assert.Contains("补写「四、政府信息公开行政复议、行政诉讼情况」", note, StringComparison.Ordinal);
    }

    [Fact]
    public void AMissingSectionWithoutATable_IsNotInvented()
    {
        var report = Seed("001");
        report = report with { Sections = [.. report.Sections.Where(s => s.Number != 6)] };

        var result = ReportWriter.Render(report, RenderFormat.Markdown, new RenderOptions { CheckReport = false });
        Assert.True(result.Success, result.Error);
        Assert.Empty(result.Notes);
        Assert.DoesNotContain("其他需要报告的事项", System.Text.Encoding.UTF8.GetString(result.Content), StringComparison.Ordinal);
    }
}
