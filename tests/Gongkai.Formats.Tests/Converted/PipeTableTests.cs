// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Text;
using Gongkai.Cells;
using Gongkai.Checking;
using Gongkai.Documents;
using Gongkai.Formats;

namespace Gongkai.Tests.Converted;

/// <summary>
/// Markdown pipe tables as PDF-to-Markdown converters and LLM pipelines break them (issue 10): the fixtures under
/// <c>tests/data/converted/pipe/</c> (<c>scripts/make-pipe.py</c>: the seeds and corpus rendered to Markdown, then mutated
/// per class) read exactly against the truth, and where the input does not decide, nothing is guessed.
/// </summary>
public sealed class PipeTableTests
{
    /// <summary>The classes every fixture of which reads every cell right with no false error.</summary>
    private static readonly string[] ExactClasses = ["plain", "split", "split-header", "midsep", "swallow", "header-rows", "group-split", "group-lines", "loose-labels", "no-labels"];

    // pingtan-2020's own table 三 does not add up (its golden findings hold T3.outcomeSum), so its unlabelled rows cannot
    // be proved and stay unread: that is the "does not guess" case of a real document.
    private const string Unprovable = "pingtan-2020";

    public static TheoryData<string> ExactFixtures() =>
        [.. ConvertedFixture.All().Where(f => f.Converter == "pipe" && ExactClasses.Contains(Class(f)) && !(f.Source == Unprovable && Class(f).EndsWith("labels", StringComparison.Ordinal))).Select(f => f.Id)];

    public static TheoryData<string> ParenFixtures() => [.. ConvertedFixture.All().Where(f => f.Converter == "pipe" && Class(f) == "paren").Select(f => f.Id)];

    [Theory]
    [MemberData(nameof(ExactFixtures))]
    public void Fixture_ReadsEveryCellRight_WithNoFalseError(string id)
    {
        var score = ConvertedFixture.Get(id).Measure();
        Assert.True(score.Wrong + score.Unread + score.FalseErrors.Count == 0, score.Report());
    }

    /// <summary>A broken table that still reads exactly assumes nothing the unbroken rendering does not: no extraction
    /// finding of its own (the unlabelled rows excepted, which must say what was assumed).</summary>
    [Theory]
    [MemberData(nameof(ExactFixtures))]
    public void Fixture_AssumesNothing_ThePlainRenderingDoesNot(string id)
    {
        var fixture = ConvertedFixture.Get(id);
        static IEnumerable<string> Findings(ConvertedFixture f) =>
            Read(File.ReadAllText(f.Path)).ImportFindings.Select(x => $"{x.Rule} {x.Cell}");
        var plain = Findings(ConvertedFixture.Get($"pipe/{fixture.Source}.plain")).ToHashSet(StringComparer.Ordinal);
        var own = Findings(fixture).Where(f => !plain.Contains(f)).ToList();
        Assert.True(own.Count <= (Class(fixture).EndsWith("labels", StringComparison.Ordinal) ? 1 : 0), string.Join("\n", own));
    }

    [Fact]
    public void EveryClass_HasFixtures_ForSeedsAndCorpus()
    {
        foreach (var cls in ExactClasses.Append("paren"))
        {
            var sources = ConvertedFixture.All().Where(f => f.Converter == "pipe" && Class(f) == cls).Select(f => f.Source).ToList();
            Assert.Contains(sources, s => s.StartsWith("seed-", StringComparison.Ordinal));
            Assert.Contains(sources, s => !s.StartsWith("seed-", StringComparison.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(ParenFixtures))]
    public void PulledOutParenthetical_ReadsNothingWrong_AndAnUndecidableRowIsOneFindingNotCellValues(string id)
    {
        var fixture = ConvertedFixture.Get(id);
        var score = fixture.Measure();
        Assert.True(score.Wrong == 0, score.Report());

        // Only the row whose two last cells ran together may stay unread, and then with one finding quoting its digits.
        var report = Read(File.ReadAllText(fixture.Path));
        Assert.All(score.Differences, d => Assert.StartsWith("table2.normativeDocuments.", d, StringComparison.Ordinal));
        Assert.DoesNotContain(ReportChecker.Check(report), f => f.Rule == RuleIds.CellInvalid);
        if (score.Unread > 0)
        {
            Assert.Single(report.ImportFindings, f => f.Cell == "table2.normativeDocuments.issued");
        }
    }

    [Fact]
    public void NoteInsideACell_IsNoPartOfTheNumber()
    {
        var report = Read(Table2("| 规章 | 22（其中修订16件） | 2 | 35 |"));

        Assert.Equal(22m, report["table2.regulations.issued"].Number);
        Assert.Equal("22（其中修订16件）", report["table2.regulations.issued"].Raw);
        Assert.Equal(2m, report["table2.regulations.repealed"].Number);
        Assert.Equal(35m, report["table2.regulations.inForce"].Number);
    }

    [Fact]
    public void NoteSplitIntoItsOwnCell_IsNoColumn()
    {
        var report = Read(Table2("| 规章 | 22 | （其中修订16件） | 2 | 35 |"));

        Assert.Equal([22m, 2m, 35m], ((string[])["issued", "repealed", "inForce"]).Select(c => report[$"table2.regulations.{c}"].Number));
    }

    [Fact]
    public void SpacedDigitsBeforeANote_StayInvalid()
    {
        var report = Read(Table2("| 规章 | 2 2（其中修订16件） | 2 | 35 |"));

        Assert.Equal(CellState.Invalid, report["table2.regulations.issued"].State);
    }

    [Theory]
    [InlineData("| 规章 | 22 | 235 |")]
    [InlineData("| 规章 | 22 235 |")]
    [InlineData("| 规章 | 22235 |")]
    public void UnresolvedRun_IsNeverStoredAsCellValues_ButOneFindingWithTheRawText(string row)
    {
        var report = Read("（其中修订16件）\n\n" + Table2(row));

        foreach (var column in (string[])["issued", "repealed", "inForce"])
        {
            var value = report[$"table2.regulations.{column}"];
            Assert.Equal(CellState.Absent, value.State);
            Assert.NotEqual("22235", value.Raw);
        }

        Assert.Single(report.ImportFindings, f => f.Cell == "table2.regulations.issued" && f.Quote is { } q && q.Contains("22235", StringComparison.Ordinal));

        // That one finding is all: no cell.invalid, and the row is not called missing.
        Assert.DoesNotContain(ReportChecker.Check(report), f => f.Rule is RuleIds.CellInvalid || (f.Rule == RuleIds.RowMissing && f.Cell is { } c && c.StartsWith("table2.regulations", StringComparison.Ordinal)));
    }

    [Fact]
    public void UnlabelledRows_WhoseArithmeticHolds_AreAssignedInOfficialOrder_AndSaidSo()
    {
        var report = Read(File.ReadAllText(ConvertedFixture.Get("pipe/huaian-2024.no-labels").Path));

        Assert.Equal(56m, report["table3.notHandledPetition.naturalPerson"].Number);
        Assert.Equal(25m, report["table3.notHandledDuplicate.naturalPerson"].Number);
        Assert.Equal(1m, report["table3.notHandledConfirmation.total"].Number);
        var finding = Assert.Single(report.ImportFindings, f => f.Message.Contains("没有行标题", StringComparison.Ordinal));
        Assert.Equal(RuleIds.ExtractAssumption, finding.Rule);
        Assert.Contains("按官方顺序", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("|  | 25 | 0 | 0 | 0 | 0 | 0 | 25 |", "|  | 26 | 0 | 0 | 0 | 0 | 0 | 26 |")] // the column sums no longer hold
    [InlineData("|  | 25 | 0 | 0 | 0 | 0 | 0 | 25 |\n", "")] // one unlabelled row fewer than the rows missing
    public void UnlabelledRows_WhoseArithmeticDoesNotHold_StayUnread_WithOneFinding(string from, string to)
    {
        var text = File.ReadAllText(ConvertedFixture.Get("pipe/huaian-2024.no-labels").Path);
        Assert.Contains(from, text, StringComparison.Ordinal);
        var report = Read(text.Replace(from, to, StringComparison.Ordinal));

        foreach (var key in (string[])["notHandledPetition", "notHandledDuplicate", "notHandledPublication", "notHandledExcessive", "notHandledConfirmation"])
        {
            Assert.False(report.Cells.HasRow(ReportCatalog.GetRow(ReportTable.Table3, key)), key);
        }

        var finding = Assert.Single(report.ImportFindings, f => f.Message.Contains("没有行标题", StringComparison.Ordinal));
        Assert.Contains("无法确定", finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(ReportChecker.Check(report), f => f.Rule == RuleIds.CellInvalid);
    }

    [Fact]
    public void UnlabelledRows_OfASourceThatDoesNotAddUp_StayUnread()
    {
        var report = Read(File.ReadAllText(ConvertedFixture.Get($"pipe/{Unprovable}.no-labels").Path));

        Assert.False(report.Cells.HasRow(ReportCatalog.GetRow(ReportTable.Table3, "notHandledDuplicate")));
        Assert.Single(report.ImportFindings, f => f.Message.Contains("没有行标题", StringComparison.Ordinal));
    }

    [Fact]
    public void SeparatorRowInTheBody_IsNoRow()
    {
        var report = Read(Table2("| 规章 | 1 | 0 | 11 |\n| --- | --- | --- | --- |\n| 行政规范性文件 | 8 | 26 | 66 |"));

        Assert.Equal(66m, report["table2.normativeDocuments.inForce"].Number);
        Assert.DoesNotContain(report.ImportFindings, f => f.Message.Contains("没有行标题", StringComparison.Ordinal));
    }

    private static string Class(ConvertedFixture fixture) => fixture.Name[(fixture.Name.IndexOf('.', StringComparison.Ordinal) + 1)..];

    private static string Table2(string regulations) =>
        "# 某某县人民政府2024年政府信息公开工作年度报告\n\n## 二、主动公开政府信息情况\n\n"
        + "| 第二十条第（一）项 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n| --- | ---: | ---: | ---: |\n"
        + regulations + "\n";

    private static AnnualReport Read(string text)
    {
        var result = ReportReader.Read(Encoding.UTF8.GetBytes(text), "pipe.md");
        Assert.True(result.Success, result.Error);
        return result.Report;
    }
}
