// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Text;
using System.Text.Json;
using Gongkai.Checking;
using Gongkai.Documents;
using Gongkai.Formats;
using Gongkai.Formats.Json;
using Gongkai.Formats.Text;
using Gongkai.Tests.Converted;
using Gongkai.Tests.Support;

namespace Gongkai.Tests.Text;

/// <summary>
/// A crawler's or a web page's metadata header (「标题：」「发布时间：」「发布机构：」「原文链接：」, a separator) above a
/// report: its fields give the title, the unit and the publication date, and its lines are no part of the report.
/// </summary>
public sealed class MetadataHeaderTests
{
    private const string Body = "一、总体情况\n本年度，我局认真贯彻落实《条例》。\n";

    private static string Seed(string prefix) =>
        File.ReadAllText(TestPaths.SeedFiles().First(f => Path.GetFileName(f).StartsWith(prefix, StringComparison.Ordinal)));

    private static AnnualReport Read(string text)
    {
        var result = ReportReader.Read(Encoding.UTF8.GetBytes(text), "crawled.txt");
        Assert.True(result.Success, result.Error);
        return result.Report;
    }

    public static TheoryData<string> HeaderVariants() =>
    [
        "标题: 某某市某某局2024年政府信息公开工作年度报告\n发布时间: 2025-01-15 09:30\n发布机构: 某某市某某局\n原文链接: https://www.example.gov.cn/a.html\n----------------------------------------\n",
        "标题：某某市某某局2024年政府信息公开工作年度报告\n发布日期：2025年1月15日\n来源：某某市某某局\n==========\n",
        "标题:某某市某某局2024年政府信息公开工作年度报告\n成文日期:2025/01/15\n信息来源:某某市某某局\n索引号:11320800014045017X/2025-00012\n文号：无\n主题分类：政务公开\n",
        "标 题 ： 某某市某某局2024年政府信息公开工作年度报告\n\n发布时间 ： 2025.1.15\n\n－－－－－－\n",
        "【标题】某某市某某局2024年政府信息公开工作年度报告_政府信息公开年报_某某市人民政府网\n发布时间：2025-01-15 来源：某某市某某局\n",
    ];

    [Theory]
    [MemberData(nameof(HeaderVariants))]
    public void Header_GivesTitleUnitYearAndDate_AndIsNotText(string header)
    {
        var report = Read(header + Body);

        Assert.Equal("某某市某某局", report.Unit);
        Assert.Equal(2024, report.Year);
        Assert.Equal("某某市某某局2024年政府信息公开工作年度报告", report.Title);
        Assert.Equal(new DateOnly(2025, 1, 15), report.PublicationDate);
        Assert.Empty(report.Preamble);
        Assert.DoesNotContain(report.Sections.SelectMany(s => s.Paragraphs), p => p.Text.Contains("发布", StringComparison.Ordinal) || p.Text.Contains("标题", StringComparison.Ordinal));
    }

    [Fact]
    public void Header_WithoutTitle_TakesTheUnitFromThePublisher_AndSaysSo()
    {
        var report = Read("发布时间：2025-01-15\n发布机构：某某市某某局\n------\n" + Body);

        Assert.Equal("某某市某某局", report.Unit);
        Assert.Null(report.Year);
        Assert.Equal(new DateOnly(2025, 1, 15), report.PublicationDate);
        Assert.Contains(report.ImportFindings, f => f.Rule == RuleIds.ExtractAssumption && f.Message.Contains("发布机构「某某市某某局」", StringComparison.Ordinal));
    }

    [Fact]
    public void Header_WithoutDate_HasNoPublicationDate_AndABadDateIsSaid()
    {
        Assert.Null(Read("标题：某某市某某局2024年政府信息公开工作年度报告\n原文链接：https://x.gov.cn/1.html\n" + Body).PublicationDate);

        var report = Read("标题：某某市某某局2024年政府信息公开工作年度报告\n发布时间：2025-13-45\n" + Body);
        Assert.Null(report.PublicationDate);
        Assert.Equal("某某市某某局", report.Unit);
        Assert.Contains(report.ImportFindings, f => f.Rule == RuleIds.ExtractAssumption && f.Quote == "2025-13-45");
    }

    [Fact]
    public void OneFieldLine_WithoutSeparator_IsNoHeader_ButATitleLabelNeverJoinsTheUnit()
    {
        Assert.Null(MetadataHeader.Read("日期：2025-01-15\n" + Body, out var body));
        Assert.StartsWith("日期", body, StringComparison.Ordinal);

        var report = Read("标题：某某市某某局2024年政府信息公开工作年度报告\n" + Body);
        Assert.Equal("某某市某某局", report.Unit);
        Assert.Equal(2024, report.Year);
    }

    [Fact]
    public void OneFieldLine_WithSeparator_IsAHeader()
    {
        var metadata = MetadataHeader.Read("标题：某某市某某局2024年政府信息公开工作年度报告\n-----\n" + Body, out var body);

        Assert.NotNull(metadata);
        Assert.Equal("某某市某某局2024年政府信息公开工作年度报告", metadata.Title);
        Assert.Equal("\n\n" + Body, body);
    }

    [Fact]
    public void HeaderLines_AreBlanked_SoLineNumbersStay()
    {
        var text = "标题: T\r\n发布时间: 2025-01-15\r\n----\r\n" + Body;

        MetadataHeader.Read(text, out var body);

        Assert.Equal("\n\n\n" + Body, body);
    }

    [Fact]
    public void TextWithoutHeader_IsLeftAlone()
    {
        var seed = Seed("000");

        Assert.Null(MetadataHeader.Read(seed, out var body));
        Assert.Same(seed, body);
    }

    [Theory]
    [InlineData("2025-01-20 09:30", 2025, 1, 20)]
    [InlineData("2025年1月5日", 2025, 1, 5)]
    [InlineData("2025/1/5", 2025, 1, 5)]
    [InlineData("2025.01.05", 2025, 1, 5)]
    [InlineData("20250105", 2025, 1, 5)]
    public void Dates_AsGovernmentPagesWriteThem(string text, int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), MetadataHeader.ParseDate(text));

    [Theory]
    [InlineData("2025-02-30")]
    [InlineData("明天")]
    public void NotADate_IsNull(string text) => Assert.Null(MetadataHeader.ParseDate(text));

    /// <summary>Ordinary crawled text (the report's own lines, not one line) under a header reads like the report alone.</summary>
    [Fact]
    public void Header_AboveOrdinaryText_ChangesNothingButTheDate()
    {
        var seed = Seed("004");
        var header = "标题：北京市大兴区西红门镇人民政府2024年政府信息公开工作年度报告\n发布时间：2025-01-20 09:30\n发布机构：北京市大兴区西红门镇人民政府\n原文链接：https://www.example.gov.cn/zwgk/004.html\n----------------------------------------\n";
        var plain = Read(seed);
        var crawled = Read(header + seed);

        Assert.Equal(plain.Unit, crawled.Unit);
        Assert.Equal(plain.Year, crawled.Year);
        Assert.Equal(plain.Title, crawled.Title);
        Assert.Equal(new DateOnly(2025, 1, 20), crawled.PublicationDate);
        Assert.Equal(plain.Preamble.Select(p => p.Text), crawled.Preamble.Select(p => p.Text));
        Assert.Equal(plain.Sections.Select(s => s.Text), crawled.Sections.Select(s => s.Text));
        Assert.Equal(Rules(plain), Rules(crawled));

        static string[] Rules(AnnualReport r) => [.. ReportChecker.Check(r).Select(f => $"{f.Rule} {f.Cell} {f.Section} {f.Message}").Order(StringComparer.Ordinal)];
    }

    [Fact]
    public void PublicationDate_RoundTripsThroughCanonicalJson()
    {
        var report = Read("标题：某某市某某局2024年政府信息公开工作年度报告\n发布时间：2025-01-15\n-----\n" + Body);

        var json = CanonicalJson.ToJson(report);
        Assert.Equal("2025-01-15", JsonDocument.Parse(json).RootElement.GetProperty("published").GetString());
        var back = ReportReader.Read(Encoding.UTF8.GetBytes(json), "r.json");
        Assert.True(back.Success, back.Error);
        Assert.Equal(new DateOnly(2025, 1, 15), back.Report.PublicationDate);

        var bad = ReportReader.Read(Encoding.UTF8.GetBytes(json.Replace("2025-01-15", "2025-1-15", StringComparison.Ordinal)), "r.json");
        Assert.False(bad.Success);
        Assert.Contains("published", bad.Error, StringComparison.Ordinal);
    }

    public static TheoryData<string> CrawlerFixtures() =>
        [.. ConvertedFixture.All().Where(f => f.Converter.StartsWith("crawler-", StringComparison.Ordinal)).Select(f => f.Id)];

    /// <summary>Every crawler fixture reads its unit and year as its truth has them, and its header's date; no metadata line is text.</summary>
    [Theory]
    [MemberData(nameof(CrawlerFixtures))]
    public void CrawlerFixture_ReadsUnitYearAndDate_FromItsHeader(string id)
    {
        var fixture = ConvertedFixture.Get(id);
        var truthFile = fixture.Name.StartsWith("seed-", StringComparison.Ordinal)
            ? Path.Combine(TestPaths.TestProject, "Golden", "seeds", fixture.Name["seed-".Length..] + ".json")
            : Path.Combine(TestPaths.Corpus, fixture.Name, "truth.json");
        using var truth = JsonDocument.Parse(File.ReadAllText(truthFile));
        var result = ReportReader.Read(File.ReadAllBytes(fixture.Path), Path.GetFileName(fixture.Path));
        Assert.True(result.Success, result.Error);
        var report = result.Report;

        Assert.Equal(truth.RootElement.GetProperty("unit").GetString(), report.Unit);
        Assert.Equal(truth.RootElement.GetProperty("year").GetInt32(), report.Year);
        Assert.Equal(new DateOnly(report.Year!.Value + 1, 1, 20), report.PublicationDate);
        Assert.DoesNotContain("标题", report.Title, StringComparison.Ordinal);
        var text = report.Preamble.Concat(report.Sections.SelectMany(s => s.Paragraphs)).Select(p => p.Text).ToList();
        Assert.DoesNotContain(text, t => t.StartsWith("标题", StringComparison.Ordinal) || t.StartsWith("发布时间", StringComparison.Ordinal) || t.StartsWith("原文链接", StringComparison.Ordinal) || t.StartsWith("-----", StringComparison.Ordinal));
        Assert.DoesNotContain(ReportChecker.Check(report), f => f.Quote is { } q && (q.Contains("原文链接", StringComparison.Ordinal) || q.Contains("发布时间", StringComparison.Ordinal)));
    }
}
