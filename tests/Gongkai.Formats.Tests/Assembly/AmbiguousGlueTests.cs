// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Text;
using Gongkai.Cells;
using Gongkai.Checking;
using Gongkai.Documents;
using Gongkai.Formats;
using Gongkai.Formats.Assembly;
using Gongkai.Tests.Support;

namespace Gongkai.Tests.Assembly;

/// <summary>
/// A glued digit run that splits several ways: left unread with one <c>extract.ambiguous</c> finding listing the
/// candidates, unless a count in the narrative picks exactly one (then read, with an <c>extract.assumption</c> quoting it).
/// </summary>
public sealed class AmbiguousGlueTests
{
    private const string Glued = "行政规范性文件693665";

    private static string Seed000(string? sentence = null)
    {
        var text = File.ReadAllText(TestPaths.SeedFiles().First(f => Path.GetFileName(f).StartsWith("000", StringComparison.Ordinal)))
            .Replace("行政规范性文件\t0\t0\t0", Glued, StringComparison.Ordinal);
        return sentence is null ? text : text.Replace("本年度收到政府信息公开申请 4 件", sentence + "\n本年度收到政府信息公开申请 4 件", StringComparison.Ordinal);
    }

    private static AnnualReport Read(string text)
    {
        var result = ReportReader.Read(Encoding.UTF8.GetBytes(text), "glued.txt");
        Assert.True(result.Success, result.Error);
        return result.Report;
    }

    private static void AssertUnread(AnnualReport report)
    {
        foreach (var column in (string[])["issued", "repealed", "inForce"])
        {
            Assert.Equal(CellState.Absent, report[$"table2.normativeDocuments.{column}"].State);
        }
    }

    [Fact]
    public void SeveralSplits_NothingDecides_CellsUnread_OneAmbiguousFindingListingTheCandidates()
    {
        var report = Read(Seed000());

        AssertUnread(report);
        var finding = Assert.Single(report.ImportFindings, f => f.Quote == "693665");
        Assert.Equal(RuleIds.ExtractAmbiguous, finding.Rule);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("table2.normativeDocuments.issued", finding.Cell);
        Assert.Contains("有 10 种", finding.Message, StringComparison.Ordinal);
        Assert.Contains("候选：6/9/3665；6/93/665；", finding.Message, StringComparison.Ordinal);
        Assert.Contains("69/366/5", finding.Message, StringComparison.Ordinal);
        Assert.Contains("693/66/5", finding.Message, StringComparison.Ordinal);
        Assert.EndsWith("693/6/65；693/66/5；6936/6/5", finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(ReportChecker.Check(report), f => f.Rule == RuleIds.CellInvalid);
    }

    [Fact]
    public void NarrativeCounts_PickOneSplit_CellsRead_AssumptionQuotesTheSentence()
    {
        const string Sentence = "本年度制发的规范性文件69件，现行有效行政规范性文件5件。";
        var report = Read(Seed000(Sentence));

        Assert.Equal(69m, report["table2.normativeDocuments.issued"].Number);
        Assert.Equal(366m, report["table2.normativeDocuments.repealed"].Number);
        Assert.Equal(5m, report["table2.normativeDocuments.inForce"].Number);
        var finding = Assert.Single(report.ImportFindings, f => f.Quote == "693665");
        Assert.Equal(RuleIds.ExtractAssumption, finding.Rule);
        Assert.Contains($"按正文「{Sentence}」只有一种相符：69 | 366 | 5", finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(ReportChecker.Check(report), f => f.Rule == RuleIds.NarrativeMismatch && f.Quote is { } q && q.Contains("规范性文件", StringComparison.Ordinal));
    }

    [Fact]
    public void NarrativeCount_ThatNarrowsButDoesNotDecide_ListsOnlyTheAgreeingCandidates()
    {
        var report = Read(Seed000("现行有效行政规范性文件5件。"));

        AssertUnread(report);
        var finding = Assert.Single(report.ImportFindings, f => f.Quote == "693665");
        Assert.Equal(RuleIds.ExtractAmbiguous, finding.Rule);
        Assert.Contains("仍有 4 种相符", finding.Message, StringComparison.Ordinal);
        Assert.EndsWith("候选：6/9366/5；69/366/5；693/66/5；6936/6/5", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NarrativeCount_ThatFitsNoSplit_DecidesNothing()
    {
        var report = Read(Seed000("现行有效行政规范性文件7件。"));

        AssertUnread(report);
        var finding = Assert.Single(report.ImportFindings, f => f.Quote == "693665");
        Assert.Equal(RuleIds.ExtractAmbiguous, finding.Rule);
        Assert.Contains("与其中任何一种都不相符", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NarrativeCount_AboutAnotherYear_IsNotUsed()
    {
        var report = Read(Seed000("2023年制发的规范性文件69件，现行有效行政规范性文件5件。"));

        AssertUnread(report);
        Assert.Equal(RuleIds.ExtractAmbiguous, Assert.Single(report.ImportFindings, f => f.Quote == "693665").Rule);
    }

    [Theory]
    [InlineData("现行有效行政规范性文件698件。", "table2.normativeDocuments.inForce", 698)]
    [InlineData("本年度制发的规范性文件88件。", "table2.normativeDocuments.issued", 88)]
    [InlineData("全年废止规章2件。", "table2.regulations.repealed", 2)]
    [InlineData("新收政府信息公开申请713件，办结700件。", "table3.received.total", 713)]
    [InlineData("上年结转政府信息公开申请3件。", "table3.carriedOver.total", 3)]
    [InlineData("收到行政复议申请2件。", "table4.reconsideration.total", 2)]
    [InlineData("行政复议351件，其中结果维持72件，结果纠正64件，其他结果178件，尚未审结37件。", "table4.reconsideration.upheld", 72)]
    [InlineData("行政复议351件，其中结果维持72件，结果纠正64件，其他结果178件，尚未审结37件。", "table4.reconsideration.pending", 37)]
    [InlineData("行政复议351件；行政诉讼46件，其中结果维持25件，结果纠正5件。", "table4.litigation.upheld", 25)]
    [InlineData("行政复议351件；行政诉讼46件，其中结果维持25件，结果纠正5件。", "table4.litigation.total", 46)]
    [InlineData("新增公开市政府规章1件。", "table2.regulations.issued", 1)]
    public void NarrativeFacts_ReadTheCountsTheyKnow(string sentence, string cell, int value)
    {
        var facts = NarrativeFacts.Read([(1, new TextParagraph(sentence, default))], 2024);

        Assert.Equal(value, facts.Stated(cell)?.Value);
    }

    [Theory]
    [InlineData("现行有效规章和规范性文件698件。")]
    [InlineData("现行有效行政规范性文件约698件。")]
    [InlineData("现行有效行政规范性文件698余件。")]
    public void NarrativeFacts_SayNothingWhenUnsure(string sentence)
    {
        var facts = NarrativeFacts.Read([(1, new TextParagraph(sentence, default))], 2024);

        Assert.Null(facts.Stated("table2.normativeDocuments.inForce"));
        Assert.Null(facts.Stated("table2.regulations.inForce"));
    }

    [Fact]
    public void NarrativeFacts_TwoDifferentCountsForOneCell_AreNotUsed()
    {
        var facts = NarrativeFacts.Read([(1, new TextParagraph("现行有效行政规范性文件698件。", default)), (6, new TextParagraph("现行有效行政规范性文件699件。", default))], 2024);

        Assert.Null(facts.Stated("table2.normativeDocuments.inForce"));
    }

    // Huaian 2024 crawled: table 四's fifteen cells glued into one run that three splits fit; the narrative's
    // reconsideration and litigation counts (the latter both litigation blocks together) leave one.
    private static string WithTable4(string text, string? sentence)
    {
        var replaced = text.Replace(string.Join('\t', Enumerable.Repeat("0", 15)) + "\n", "72641783735113481261211620\n", StringComparison.Ordinal);
        Assert.NotEqual(text, replaced);
        return sentence is null ? replaced : replaced.Replace("本年度收到政府信息公开申请 4 件", sentence + "\n本年度收到政府信息公开申请 4 件", StringComparison.Ordinal);
    }

    [Fact]
    public void GluedTable4_DecidedByTheLitigationCountsOfBothBlocks()
    {
        var report = Read(WithTable4(Seed000(), "政府信息公开行政复议351件，其中结果维持72件，结果纠正64件，其他结果178件，尚未审结37件；政府信息公开行政诉讼46件，其中结果维持25件，结果纠正5件，其他结果9件，尚未审结7件。"));

        Assert.Equal(351m, report["table4.reconsideration.total"].Number);
        Assert.Equal(26m, report["table4.litigationDirect.total"].Number);
        Assert.Equal(12m, report["table4.litigationAfterReconsideration.upheld"].Number);
        Assert.Equal(6m, report["table4.litigationAfterReconsideration.pending"].Number);
        Assert.Contains(report.ImportFindings, f => f.Rule == RuleIds.ExtractAssumption && f.Quote == "72641783735113481261211620" && f.Message.Contains("行政诉讼46件", StringComparison.Ordinal));
    }

    [Fact]
    public void GluedTable4_WithoutNarrative_IsAmbiguous_AndNotReportedMissing()
    {
        var report = Read(WithTable4(Seed000(), null));

        Assert.All(ReportCatalog.Table4Blocks.SelectMany(b => b.Cells), c => Assert.Equal(CellState.Absent, report[c.Path].State));
        var finding = Assert.Single(report.ImportFindings, f => f.Quote == "72641783735113481261211620");
        Assert.Equal(RuleIds.ExtractAmbiguous, finding.Rule);
        Assert.Contains("12/1/1/6/20", finding.Message, StringComparison.Ordinal);
        var check = ReportChecker.Check(report);
        Assert.DoesNotContain(check, f => f.Rule is RuleIds.TableMissing or RuleIds.RowMissing);
    }

    [Fact]
    public void AmbiguousRow_IsNotReportedMissing_ButAnotherMissingRowStillIs()
    {
        var text = Seed000().Replace("规章\t0\t0\t0\n", string.Empty, StringComparison.Ordinal);
        var report = Read(text);

        var check = ReportChecker.Check(report);
        Assert.DoesNotContain(check, f => f.Rule == RuleIds.RowMissing && f.Cell!.StartsWith("table2.normativeDocuments", StringComparison.Ordinal));
        Assert.Contains(check, f => f.Rule == RuleIds.RowMissing && f.Cell == "table2.regulations");
    }

    // Pingtan 2023 crawled: 「（一）予以公开220000022」 is 22/0/…/22 or 2/20/…/22, 「（二）部分公开…191000020」 is 19/1/…/20 or
    // 1/9/10/…/20; neither can be checked alone, but only one pair makes each column's outcomes add up to （七）总计.
    private static string GluedOutcomes(bool withTotal) =>
        "某某县某某镇人民政府2024年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n申请人情况\t自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计\n" +
        "一、本年新收政府信息公开申请数量\t41\t1\t0\t0\t0\t0\t42\n二、上年结转政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0\n" +
        "（一）予以公开\t220000022\n（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t191000020\n" +
        (withTotal ? "（七）总计\t41\t1\t0\t0\t0\t0\t42\n" : string.Empty) + "四、结转下年度继续办理\t0\t0\t0\t0\t0\t0\t0\n";

    [Fact]
    public void TwoGluedOutcomeRows_ThatOnlyTogetherFitTheOutcomeSum_AreReadTogether()
    {
        var report = Read(GluedOutcomes(withTotal: true));

        Assert.Equal(22m, report["table3.granted.naturalPerson"].Number);
        Assert.Equal(0m, report["table3.granted.commercialEnterprise"].Number);
        Assert.Equal(19m, report["table3.partiallyGranted.naturalPerson"].Number);
        Assert.Equal(1m, report["table3.partiallyGranted.commercialEnterprise"].Number);
        Assert.Contains(report.ImportFindings, f => f.Rule == RuleIds.ExtractAssumption && f.Quote == "191000020" && f.Message.Contains("只有一种组合成立", StringComparison.Ordinal));
        Assert.DoesNotContain(report.ImportFindings, f => f.Rule == RuleIds.ExtractAmbiguous);
    }

    [Fact]
    public void TwoGluedOutcomeRows_WithoutTheTotalRow_StayAmbiguous_AndNoSumRuleFires()
    {
        var report = Read(GluedOutcomes(withTotal: false));

        Assert.Equal(CellState.Absent, report["table3.granted.naturalPerson"].State);
        Assert.Equal(CellState.Absent, report["table3.partiallyGranted.naturalPerson"].State);
        Assert.Equal(2, report.ImportFindings.Count(f => f.Rule == RuleIds.ExtractAmbiguous));
        Assert.DoesNotContain(ReportChecker.Check(report), f => f.Rule is RuleIds.T3OutcomeSum or RuleIds.T3Balance or RuleIds.CellInvalid);
    }
}
