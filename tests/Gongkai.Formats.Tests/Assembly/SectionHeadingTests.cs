// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Text;
using Gongkai.Checking;
using Gongkai.Formats;
using Gongkai.Formats.Assembly;
using Gongkai.Tests.Support;

namespace Gongkai.Tests.Assembly;

public class SectionHeadingTests
{
    public static TheoryData<int, string> Variants()
    {
        var data = new TheoryData<int, string>();
        foreach (var (section, core) in SectionHeadings.Variants)
        {
            data.Add(section, core);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public void EveryVariant_IsItsSection_NumberedOrNot_WithTheUsualPrefixesAndEndings(int section, string core)
    {
        var numeral = Documents.SectionTitles.Numerals[section - 1];
        foreach (var title in new[] { core, core + "情况", "政府信息公开工作" + core + "情况", "政府信息公开" + core })
        {
            Assert.Equal(section, SectionHeadings.Match($"{numeral}、{title}", out var written, out var fit));
            Assert.Equal(section, written);
            Assert.Equal(HeadingFit.Exact, fit);
            Assert.Equal(section, SectionHeadings.Match($"## {numeral}、{title}", out _));
        }

        Assert.Equal(section, SectionHeadings.Match(core, out var none, out var unnumbered));
        Assert.Equal(0, none);
        Assert.Equal(HeadingFit.Probable, unnumbered);
    }

    [Theory]
    [InlineData("五、政府信息公开工作存在的主要问题及改进情况", 5)]
    [InlineData("五、存在的主要问题和改进措施", 5)]
    [InlineData("五、政府信息公开工作存在的主要问题和改进措施", 5)]
    [InlineData("五、存在的主要问题及改进情况", 5)]
    [InlineData("五、主要问题及改进情况", 5)]
    [InlineData("五、存在问题及改进措施", 5)]
    [InlineData("五、政府信息公开工作中存在的问题和改进措施", 5)]
    [InlineData("一、总体情况", 1)]
    [InlineData("一、政府信息公开工作总体情况", 1)]
    [InlineData("二、主动公开政府信息情况", 2)]
    [InlineData("二、主动公开政府信息的情况", 2)]
    [InlineData("三、收到和处理政府信息公开申请情况", 3)]
    [InlineData("三、收到和处理政府信息公开申请的情况", 3)]
    [InlineData("四、政府信息公开行政复议、行政诉讼情况", 4)]
    [InlineData("四、因政府信息公开申请行政复议、提起行政诉讼的情况", 4)]
    [InlineData("六、其他需要报告的事项", 6)]
    [InlineData("六、其他需要报告事项", 6)]
    [InlineData("第五部分 存在的主要问题及改进情况", 5)]
    public void RealTitles_AreRecognised(string line, int section) =>
        Assert.Equal(section, SectionHeadings.Match(line, out _));

    [Theory]
    [InlineData("一、主动公开")]
    [InlineData("二、依申请公开")]
    [InlineData("依申请公开")]
    [InlineData("四、政府信息公开平台建设")]
    [InlineData("五、监督保障")]
    [InlineData("（五）存在的主要问题及改进情况")]
    [InlineData("1.存在的主要问题")]
    [InlineData("处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况")]
    [InlineData("收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况")]
    [InlineData("本年度存在的主要问题是宣传不够，改进措施是加强培训。")]
    public void SubPartsSentencesAndWrappedLines_AreNotHeadings(string line) =>
        Assert.Equal(0, SectionHeadings.Match(line, out _));

    [Fact]
    public void Section5WithTheWordingOfArticle50_RaisesNoSectionFinding()
    {
        var report = ReadSeed("001", t => t.Replace("五、存在的主要问题及改进情况", "五、政府信息公开工作存在的主要问题及改进情况", StringComparison.Ordinal));
        var findings = ReportChecker.Check(report);
        Assert.NotNull(report.Section(5));
        Assert.DoesNotContain(findings, f => f.Rule is RuleIds.SectionMissing or RuleIds.SectionOrder);
    }

    [Fact]
    public void AWrappedPreambleLineNamingSection4_DoesNotTakeTheHeading_AndTable4IsKept()
    {
        var original = ReadSeed("001", t => t);
        var report = ReadSeed("001", t => t.Replace(
            "一、总体情况",
            "本报告由总体情况、主动公开政府信息情况、收到和\n处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况\n等部分组成。\n\n一、总体情况",
            StringComparison.Ordinal));

        Assert.Equal(original.Section(4)!.Heading, report.Section(4)!.Heading);
        foreach (var cell in Cells.ReportCatalog.Cells.Where(c => c.Path.StartsWith("table4.", StringComparison.Ordinal)))
        {
            Assert.Equal(original.Cells[cell].Number, report.Cells[cell].Number);
        }

        Assert.DoesNotContain(ReportChecker.Check(report), f => f.Rule is RuleIds.SectionMissing or RuleIds.SectionOrder or RuleIds.TableMissing);
    }

    [Fact]
    public void Table3RowLabelsWrittenAsMarkdownHeadings_AreNotSectionStyleSubHeadings()
    {
        var report = ReadSeed("001", t => t
            .Replace("一、本年新收政府信息公开申请数量\t", "### 一、本年新收政府信息公开申请数量\n\t", StringComparison.Ordinal)
            .Replace("二、上年结转政府信息公开申请数量\t", "### 二、上年结转政府信息公开申请数量\n\t", StringComparison.Ordinal));
        Assert.DoesNotContain(ReportChecker.Check(report), f => f.Rule == RuleIds.SectionOrder);
    }

    private static Documents.AnnualReport ReadSeed(string prefix, Func<string, string> change)
    {
        var path = TestPaths.SeedFiles().First(f => Path.GetFileName(f).StartsWith(prefix, StringComparison.Ordinal));
        var text = change(File.ReadAllText(path));
        var result = ReportReader.Read(Encoding.UTF8.GetBytes(text), Path.GetFileName(path));
        Assert.True(result.Success, result.Error);
        return result.Report;
    }
}

public class TitleUnitTests
{
    [Theory]
    [InlineData("2024年上海市科委政府信息公开工作年度报告", "上海市科委", 2024)]
    [InlineData("2019年北京市人民政府办公厅政府信息公开工作年度报告", "北京市人民政府办公厅", 2019)]
    [InlineData("2023年度淮安市洪泽区人民政府政府信息公开工作年度报告", "淮安市洪泽区人民政府", 2023)]
    [InlineData("武陟县小董乡人民政府2024年政府信息公开工作年度报告", "武陟县小董乡人民政府", 2024)]
    [InlineData("2024年政府信息公开工作年度报告", null, 2024)]
    public void TheUnitIsRead_BeforeOrAfterTheYear(string title, string? unit, int year)
    {
        var text = title + "\n\n一、总体情况\n\n本年度工作有序开展。\n";
        var result = Gongkai.Formats.ReportReader.Read(System.Text.Encoding.UTF8.GetBytes(text), "t.txt");
        Assert.True(result.Success, result.Error);
        Assert.Equal(unit, result.Report.Unit);
        Assert.Equal(year, result.Report.Year);
    }
}
