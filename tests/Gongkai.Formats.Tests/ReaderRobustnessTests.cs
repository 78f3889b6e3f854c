// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Text;
using Gongkai.Checking;
using Gongkai.Documents;
using Gongkai.Formats;
using Gongkai.Formats.Content;
using Gongkai.Tests.Support;

namespace Gongkai.Tests;

public class ReaderRobustnessTests
{
    public static TheoryData<string> NotReports() =>
    [
        "# Gongkai\n\nA tool for annual reports.\n\n```sh\ndotnet run\n```\n",
        "a",
        "   \n\t\n\u3000\n",
        "\uFEFF",
        "会议纪要\n一、参会人员：张三、李四。\n二、议定事项：下周再议。\n",
    ];

    [Theory]
    [MemberData(nameof(NotReports))]
    public void AFileThatIsNotAReport_GetsOneClearNotAReportError(string text)
    {
        var result = ReportReader.Read(Encoding.UTF8.GetBytes(text), "x.txt");

        Assert.False(result.Success);
        Assert.Equal(ReadErrorKind.NotAReport, result.ErrorKind);
        Assert.StartsWith("x.txt：", result.Error, StringComparison.Ordinal);
        Assert.Contains("不是政府信息公开工作年度报告", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void AWebPageWithoutAReport_IsNotAReport()
    {
        var result = ReportReader.Read(Encoding.UTF8.GetBytes("<html><body><p>页面不存在</p></body></html>"), "p.html");
        Assert.Equal(ReadErrorKind.NotAReport, result.ErrorKind);
        Assert.Contains("未找到年度报告", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void EverySeed_IsStillAReport()
    {
        foreach (var seed in TestPaths.SeedFiles())
        {
            var result = ReportReader.ReadFile(seed);
            Assert.True(result.Success, result.Error);
            Assert.Equal(ReadErrorKind.None, result.ErrorKind);
        }
    }

    [Fact]
    public void AReportWithOnlyATitle_IsARead_NotRefused()
    {
        // A title alone is a (very incomplete) report: the rules, not the reader, say what is missing.
        var result = ReportReader.Read(Encoding.UTF8.GetBytes("某某镇人民政府2024年政府信息公开工作年度报告\n"), "t.txt");
        Assert.True(result.Success, result.Error);
        Assert.Contains(ReportChecker.Check(result.Report), f => f.Rule == RuleIds.SectionMissing);
    }

    [Theory]
    [InlineData(1999)]
    [InlineData(2007)]
    [InlineData(2099)]
    public void AnImplausibleTitleYear_IsNotUsed_AndSaidSo(int year)
    {
        var text = System.Text.RegularExpressions.Regex.Replace(File.ReadAllText(TestPaths.SeedFiles().First()), @"2024\s*年", $"{year}年");
        var result = ReportReader.Read(Encoding.UTF8.GetBytes(text), "y.txt");

        Assert.True(result.Success, result.Error);
        Assert.Null(result.Report.Year);
        Assert.Contains(result.Report.ImportFindings, f => f.Rule == RuleIds.ExtractAssumption && f.Message.Contains($"「{year}」不在合理范围", StringComparison.Ordinal));
    }

    [Fact]
    public void CrossYearRules_DoNotOverflow_OnExtremeYears()
    {
        var a = new AnnualReport { Unit = "某镇人民政府", Year = int.MinValue };
        var b = new AnnualReport { Unit = "某镇人民政府", Year = int.MaxValue };
        Assert.Empty(ReportChecker.CheckYears(a, b));
        Assert.Empty(ReportChecker.CheckYears(b, a));
    }

    [Fact]
    public void Assembler_StopsWhenCancelled()
    {
        var blocks = Enumerable.Range(0, 1000).Select(i => (ContentBlock)new ContentParagraph($"第{i}段。", new SourceLocation { Line = i + 1 })).ToList();
        var content = new DocumentContent(blocks);
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.Throws<OperationCanceledException>(() => ReportAssembler.Assemble(content, "c.txt", cts.Token));
    }
}
