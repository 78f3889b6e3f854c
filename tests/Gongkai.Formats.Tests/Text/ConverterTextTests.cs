// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Text;
using Gongkai.Cells;
using Gongkai.Checking;
using Gongkai.Formats;

namespace Gongkai.Tests.Text;

/// <summary>
/// Text as PDF converters write it: every line an ATX heading (pdf2md), a blank line after every line, labels and
/// headers broken over lines before their numbers, Kangxi radicals from the PDF text layer.
/// </summary>
public sealed class ConverterTextTests
{
    private const string Title = "某某县某某镇人民政府2024年政府信息公开工作年度报告\n\n";

    private static Documents.AnnualReport Read(string text)
    {
        var result = ReportReader.Read(Encoding.UTF8.GetBytes(text), "converted.md");
        Assert.True(result.Success, result.Error);
        return result.Report;
    }

    private static decimal? Number(Documents.AnnualReport report, string path) =>
        report.Cells[ReportCatalog.Cells.Single(c => c.Path == path)] is { HasNumber: true } value ? value.Number : null;

    private static string Table3(string rows) =>
        "三、收到和处理政府信息公开申请情况\n\n申请人情况 自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计\n\n" + rows;

    [Fact]
    public void HeadingMarkers_AreNotPartOfLabels()
    {
        var report = Read(Title + "## 二、主动公开政府信息情况\n\n### 第二十条第（一）项\n\n### 信息内容 本年制发件数 本年废止件数 现行有效件数\n\n### 规章 1 2 3\n\n### 行政规范性文件 4 5 6\n");

        Assert.Equal(1m, Number(report, "table2.regulations.issued"));
        Assert.Equal(3m, Number(report, "table2.regulations.inForce"));
        Assert.Equal(6m, Number(report, "table2.normativeDocuments.inForce"));
        Assert.Equal("二、主动公开政府信息情况", report.Sections.Single(s => s.Number == 2).Heading);
        Assert.DoesNotContain(report.ImportFindings, f => f.Message.Contains("###", StringComparison.Ordinal));
    }

    [Fact]
    public void ATextLine_StartingWithAHash_WithoutASpace_IsLeftAsItIs()
    {
        var report = Read(Title + "一、总体情况\n\n#话题 本单位开展政务公开宣传。\n");

        Assert.Contains(report.Sections.Single(s => s.Number == 1).Paragraphs, p => p.Text == "#话题 本单位开展政务公开宣传。");
    }

    [Fact]
    public void ALabelBrokenOverLines_WithBlankLinesBetween_IsJoinedToItsNumbers()
    {
        var report = Read(Title + Table3(
            "一、本年新收政府信息公开申请数量 4 0 0 0 0 0 4\n\n二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0\n\n三、\n\n本年\n\n度办\n\n理结\n\n果\n\n（一）予以公开 3 0 0 0 0 0 3\n\n" +
            "（二）部分公开（区分处理的，只计这一\n\n情形，不计其他情形） 1 0 0 0 0 0 1\n\n（六）\n\n其他处\n\n理\n\n1.申请人无正当理由逾期不补\n\n正、行政机关不再处理其政府信\n\n息公开申请\n\n0 2 0 0 0 0 2\n"));

        Assert.Equal(3m, Number(report, "table3.granted.total"));
        Assert.Equal(1m, Number(report, "table3.partiallyGranted.naturalPerson"));
        Assert.Equal(2m, Number(report, "table3.otherNoCorrection.commercialEnterprise"));
        Assert.Equal(2m, Number(report, "table3.otherNoCorrection.total"));
        Assert.DoesNotContain(report.ImportFindings, f => f.Message.Contains("无法识别", StringComparison.Ordinal) || f.Message.Contains("没有行标题", StringComparison.Ordinal));
    }

    [Fact]
    public void AHeaderBrokenOverLines_NamesTheColumns_OfThe2019Format()
    {
        var report = Read("某某县人民政府2020年政府信息公开工作年度报告\n二、主动公开政府信息情况\n第二十条第（一）项\n信息内容 本年新\n制作数量\n本年新\n公开数量\n对外公开总数量\n规章 0 0 7\n规范性文件 77 77 166\n"
            + "第二十条第（五）项\n信息内容 上一年项目数量 本年增/减 处理决定数量\n行政许可 396 442 278\n");

        Assert.Equal(77m, Number(report, "table2.normativeDocuments.created"));
        Assert.Equal(166m, Number(report, "table2.normativeDocuments.totalPublic"));
        Assert.Equal(7m, Number(report, "table2.regulations.totalPublic"));
        Assert.Null(Number(report, "table2.regulations.inForce"));
        Assert.Equal(278m, Number(report, "table2.licensing.decisions"));
        Assert.Equal(ReportFormat.Format2019, report.Format);
    }

    [Fact]
    public void EachSubTable_ReadsByItsOwnHeader_NotTheLastOne()
    {
        // The first header is in the table, the second a separate paragraph (a single number after a single space).
        var report = Read(Title + "二、主动公开政府信息情况\n第二十条第（一）项\n信息内容 本年制发件数 本年废止件数 现行有效件数\n规章 0 0 0\n行政规范性文件 0 0 5\n"
            + "第二十条第（五）项\n信息内容 本年处理决定数量\n行政许可 9\n第二十条第（八）项\n信息内容 本年收费金额（单位：万元）\n行政事业性收费 0\n");

        Assert.Equal(5m, Number(report, "table2.normativeDocuments.inForce"));
        Assert.Equal(9m, Number(report, "table2.licensing.decisions"));
        Assert.Equal(0m, Number(report, "table2.fees.amount"));
        Assert.DoesNotContain(ReportChecker.Check(report), f => f.Rule == RuleIds.RowMissing && f.Cell is { } cell
            && (cell.StartsWith("table2.regulations", StringComparison.Ordinal) || cell.StartsWith("table2.normativeDocuments", StringComparison.Ordinal)
                || cell.StartsWith("table2.licensing", StringComparison.Ordinal) || cell.StartsWith("table2.fees", StringComparison.Ordinal)));
    }

    [Fact]
    public void AnUnnumberedSectionTitle_BeforeItsTable_StaysAHeading()
    {
        var report = Read(Title + "主动公开政府信息情况\n第二十条第（一）项\n信息内容 本年制发件数 本年废止件数 现行有效件数\n规章 0 0 0\n");

        Assert.Contains(report.Sections, s => s.Number == 2 && s.Heading == "主动公开政府信息情况");
    }

    [Fact]
    public void KangxiRadicals_FromThePdfTextLayer_ReadAsOrdinaryCharacters()
    {
        var report = Read("涿河区涿河港镇⼈⺠政府2024年政府信息公开⼯作年度报告\n\n" + Table3("⼀、本年新收政府信息公开申请数量 4 0 0 0 0 0 4\n（四）⽆法提供1.本机关不掌握相关政府信息 1 0 0 0 0 0 1\n"));

        Assert.Equal("涿河区涿河港镇人民政府", report.Unit);
        Assert.Equal(4m, Number(report, "table3.received.total"));
        Assert.Equal(1m, Number(report, "table3.unableNotHeld.total"));
    }

    [Fact]
    public void ARowLabel_WithoutNumbers_IsABlankCell_AndNumbersOnTheNextLine_AreItsValues()
    {
        var report = Read(Title + "二、主动公开政府信息情况\n第二十条第（六）项\n信息内容 本年处理决定数量\n行政处罚\n12\n行政强制\n第二十条第（八）项\n信息内容 本年收费金额（单位：万元）\n行政事业性收费 0\n");

        Assert.Equal(12m, Number(report, "table2.punishment.decisions"));
        Assert.Equal(CellState.Blank, report.Cells[ReportCatalog.Cells.Single(c => c.Path == "table2.enforcement.decisions")].State);
        Assert.Contains(ReportChecker.Check(report), f => f.Rule == RuleIds.CellBlank && f.Cell == "table2.enforcement.decisions");
        Assert.DoesNotContain(ReportChecker.Check(report), f => f.Rule == RuleIds.RowMissing && f.Cell is "table2.enforcement.decisions" or "table2.punishment.decisions");
    }

    [Fact]
    public void SeveralRowsOnOneLine_AreSplit_AndLocatedAtThatLine()
    {
        var report = Read(Title + "二、主动公开政府信息情况\n第二十条第（一）项\n信息内容 本年制发件数 本年废止件数 现行有效件数\n规章 (^1 0 11) 行政规范性文件 (^8 26 66)\n"
            + Table3("一、本年新收政府信息公开申请数量 (^3001 53 0 0 61 4 3119) 二、上年结转政府信息公开申请数量 (^34 0 0 0 0 0 34)\n（四）无 1.本机关不掌握相关政府信息^746 12 0 0 10 1 769\n"));

        Assert.Equal(11m, Number(report, "table2.regulations.inForce"));
        Assert.Equal(8m, Number(report, "table2.normativeDocuments.issued"));
        Assert.Equal(66m, Number(report, "table2.normativeDocuments.inForce"));
        Assert.Equal(3119m, Number(report, "table3.received.total"));
        Assert.Equal(34m, Number(report, "table3.carriedOver.naturalPerson"));
        Assert.Equal(769m, Number(report, "table3.unableNotHeld.total"));
        var normative = report.Cells[ReportCatalog.Cells.Single(c => c.Path == "table2.normativeDocuments.issued")];
        Assert.Equal(6, normative.Source.Line);
    }

    [Fact]
    public void ASentenceWithNumbers_IsNotSplitIntoRows()
    {
        var report = Read(Title + "一、总体情况\n本年共收到申请 4 件，办结 3 件，结转 1 件，其中 2 0 1 件为电子邮件。\n");

        Assert.Contains(report.Sections.Single(s => s.Number == 1).Paragraphs, p => p.Text.StartsWith("本年共收到申请 4 件", StringComparison.Ordinal));
    }

    [Fact]
    public void ARowWhoseNumbersAreSplitOverLines_WithItsLabelPiecesBetween_IsReadAsOneRow()
    {
        // pdftotext -layout of cells whose label wraps: the first number on the label's first line, the item number
        // alone, the rest on the third line; a group label's pieces interleaved.
        var report = Read(Title + Table3(
            "        1.属于国家秘密       0    0   0   0   0   0   0\n\n"
            + "         其他法律行政法规禁 2\n        2.\n        止公开                 0   0   0   0   0   2\n\n"
            + "           申请人无正当理由逾\n          1.\n          期不补正、行政机关不 1\n          再处理其政府信息公开       0   0   0   0   0   1\n\n          申请\n"
            + "    （六）\n    其他处 2.申请人逾期未按收费\n    理   通知要求缴纳费用、行 3\n        政机关不再处理其政府         0   0   0   0   0   3\n\n        信息公开申请\n"
            + "          3.其他        1    0   0   0   0   0   1\n"));

        Assert.Equal(2m, Number(report, "table3.deniedProhibitedByLaw.naturalPerson"));
        Assert.Equal(2m, Number(report, "table3.deniedProhibitedByLaw.total"));
        Assert.Equal(1m, Number(report, "table3.otherNoCorrection.naturalPerson"));
        Assert.Equal(1m, Number(report, "table3.otherNoCorrection.total"));
        Assert.Equal(3m, Number(report, "table3.otherUnpaidFee.naturalPerson"));
        Assert.Equal(3m, Number(report, "table3.otherUnpaidFee.total"));
        Assert.Equal(1m, Number(report, "table3.otherOther.total"));
        Assert.Contains(report.ImportFindings, f => f.Cell == "table3.deniedProhibitedByLaw.naturalPerson" && f.Message.Contains("分在 3 行", StringComparison.Ordinal));
    }

    [Fact]
    public void NumbersSplitOverLines_ThatDoNotMakeARow_AreNotJoined()
    {
        // Three numbers then five: eight, not seven; nothing is merged, and no cell is guessed.
        var report = Read(Title + Table3("         其他法律行政法规禁 2 0 0\n        2.\n        止公开                 0   0   0   0   2\n"));

        Assert.Null(Number(report, "table3.deniedProhibitedByLaw.total"));
        Assert.DoesNotContain(report.ImportFindings, f => f.Message.Contains("已合并为一行读取", StringComparison.Ordinal));
    }

    private const string BlankTable3Labels =
        "三、收到和处理政府信息公开申请情况\n（本列数据的勾稽关系为：第一项加第二项之\n和，等于第三项加第四项之和）\n申请人情况\n自然\n人\n法人或其他组织\n总计\n" +
        "一、本年新收政府信息公开申请数量\n二、上年结转政府信息公开申请数量\n三、\n本年\n度办\n理结\n果\n（一）予以公开\n（二）部分公开（区分处理的，只计这一\n情形，不计其他情形）\n" +
        "（三）\n不予公\n开\n1.属于国家秘密\n2.其他法律行政法规禁止公开\n3.危及“三安全一稳定”\n4.保护第三方合法权益\n5.属于三类内部事务信息\n6.属于四类过程性信息\n7.属于行政执法案卷\n8.属于行政查询事项\n" +
        "（四）\n无法提\n供\n1.本机关不掌握相关政府信息\n2.没有现成信息需要另行制作\n3.补正后申请内容仍不明确\n" +
        "（五）\n不予处\n理\n1.信访举报投诉类申请\n2.重复申请\n3.要求提供公开出版物\n4.无正当理由大量反复申请\n5.要求行政机关确认或重新出具\n已获取信息\n" +
        "（六）\n其他处\n理\n1.申请人无正当理由逾期不补\n正、行政机关不再处理其政府信\n息公开申请\n2.申请人逾期未按收费通知要求\n缴纳费用、行政机关不再处理其\n政府信息公开申请\n3.其他\n（七）总计\n四、结转下年度继续办理\n";

    private const string BlankTable4Header =
        "四、政府信息公开行政复议、行政诉讼情况\n     行政复议                  行政诉讼\n结果 结果 其他 尚未 总计 结果 未经复议直接起诉\n                  结果 其他 尚未\n" +
        "                                  复议后起诉\n                              结果 结果 其他 尚未\n维持 纠正 结果 审结    维持 纠正 结果 审结 总计 维持 纠正 结果 审结 总计\n";

    [Fact]
    public void Tables3And4_WithLabelsOnly_AndNoNumber_AreBlank()
    {
        var report = Read(Title + BlankTable3Labels + BlankTable4Header + "五、存在的主要问题及改进情况\n（文字描述）\n");

        var table3 = ReportCatalog.Table3Rows.Where(r => r.IsIn(ReportFormat.Format2021)).SelectMany(r => r.Cells).ToList();
        Assert.Equal(175, table3.Count);
        Assert.All(table3, c => Assert.Equal(CellState.Blank, report.Cells[c].State));
        Assert.All(ReportCatalog.Table4Blocks.SelectMany(b => b.Cells), c => Assert.Equal(CellState.Blank, report.Cells[c].State));
        Assert.Contains(report.ImportFindings, f => f.Severity == Severity.Info && f.Message.StartsWith("表三只有行标题", StringComparison.Ordinal));
        Assert.Contains(report.ImportFindings, f => f.Severity == Severity.Info && f.Message.StartsWith("表四只有表头", StringComparison.Ordinal));
        Assert.DoesNotContain(ReportChecker.Check(report), f => f.Rule == RuleIds.TableMissing && !f.Message.Contains("表二", StringComparison.Ordinal));

        // The labels are the table's, not the section's text.
        Assert.DoesNotContain(report.Sections.Single(s => s.Number == 3).Paragraphs, p => p.Text.Contains("予以公开", StringComparison.Ordinal));
        Assert.DoesNotContain(report.Sections.Single(s => s.Number == 4).Paragraphs, p => p.Text.Contains("复议后起诉", StringComparison.Ordinal));
    }

    [Fact]
    public void LabelsOnly_WithOneNumberAmongThem_AreNotABlankTable()
    {
        var withNumber = BlankTable3Labels.Replace("（七）总计\n", "（七）总计 3\n", StringComparison.Ordinal);
        var report = Read(Title + withNumber + "四、政府信息公开行政复议、行政诉讼情况\n行政复议 行政诉讼\n结果维持 结果纠正 其他结果 尚未审结 总计 2 未经复议直接起诉 复议后起诉\n");

        Assert.DoesNotContain(ReportCatalog.Table3Rows.SelectMany(r => r.Cells), c => report.Cells[c].State == CellState.Blank);
        Assert.DoesNotContain(ReportCatalog.Table4Blocks.SelectMany(b => b.Cells), c => report.Cells[c].State == CellState.Blank);
        Assert.DoesNotContain(report.ImportFindings, f => f.Message.Contains("按空白表读取", StringComparison.Ordinal));
    }

    [Fact]
    public void AFewTableLabels_InASectionsText_AreNotABlankTable()
    {
        var report = Read(Title + "三、收到和处理政府信息公开申请情况\n本年新收政府信息公开申请数量较上年减少。\n予以公开的申请均按时答复。\n");

        Assert.DoesNotContain(ReportCatalog.Table3Rows.SelectMany(r => r.Cells), c => report.Cells[c].IsPresent);
        Assert.Contains(report.Sections.Single(s => s.Number == 3).Paragraphs, p => p.Text.Contains("予以公开", StringComparison.Ordinal));
    }

    [Fact]
    public void HeaderPieces_BeforeARowLabelBrokenBeforeItsEnd_AreNotPartOfTheLabel()
    {
        // pdftotext -raw: the header's words one per line, then 「一、本年新收政府信息公开申请数」/「量 20 0 0 0 0 1 21」.
        var report = Read(Title + "三、收到和处理政府信息公开申请情况\n申请人情况\n自然\n人\n法人或其他组织\n总计\n商业\n企业\n科研\n机构\n社会\n公益\n组织\n法律\n服务\n机构 其他\n" +
            "一、本年新收政府信息公开申请数\n量 20 0 0 0 0 1 21\n二、上年结转政府信息公开申请数\n量 0 0 0 0 0 0 0\n");

        Assert.Equal(20m, Number(report, "table3.received.naturalPerson"));
        Assert.Equal(21m, Number(report, "table3.received.total"));
        Assert.Equal(0m, Number(report, "table3.carriedOver.total"));
    }

    [Fact]
    public void RowLabels_WithTheirCharactersOutOfOrder_AreMatchedByTheirCharacters()
    {
        // pdf2md over a PDF printed from a web page: each label's text runs rotated or interleaved.
        var report = Read(Title + Table3(
            "一量、本年新收政府信息公开申请数 20 0 0 0 0 1 21\n二量、上年结转政府信息公开申请数 0 0 0 0 0 0 0\n1.密属于国家秘 0 0 0 0 0 0 0\n" +
            "2. 政法规禁其他法律止行公 开 5 0 0 0 0 0 5\n1.诉类申请信访举报投 2 0 0 0 0 0 2\n"));

        Assert.Equal(21m, Number(report, "table3.received.total"));
        Assert.Equal(0m, Number(report, "table3.carriedOver.total"));
        Assert.Equal(0m, Number(report, "table3.deniedStateSecret.total"));
        Assert.Equal(5m, Number(report, "table3.deniedProhibitedByLaw.naturalPerson"));
        Assert.Equal(2m, Number(report, "table3.notHandledPetition.total"));
        Assert.Contains(report.ImportFindings, f => f.Severity == Severity.Info && f.Cell == "table3.deniedStateSecret.naturalPerson" && f.Message.Contains("文字顺序错乱", StringComparison.Ordinal));
    }

    [Fact]
    public void ALabel_WithOneCharacterMoreOrLess_IsNotMatchedAsScrambled()
    {
        // 「于国家秘属」 lacks 密, 「密属于国家秘秘」 has one too many: not the official label's characters. (A label that is
        // only similar may still be read, but then with a warning that it differs, never as the official one.)
        var report = Read(Title + Table3("一、本年新收政府信息公开申请数量 1 0 0 0 0 0 1\n1.于国家秘属 4 0 0 0 0 0 4\n1.密属于国家秘秘 4 0 0 0 0 0 4\n"));

        Assert.DoesNotContain(report.ImportFindings, f => f.Message.Contains("文字顺序错乱", StringComparison.Ordinal));
        if (Number(report, "table3.deniedStateSecret.total") is not null)
        {
            Assert.Contains(report.ImportFindings, f => f.Severity == Severity.Warning && f.Cell == "table3.deniedStateSecret.naturalPerson" && f.Message.Contains("不一致", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void ASectionTitle_RunTogetherWithItsFirstSentence_IsAHeading()
    {
        var report = Read(Title + "一、总体情况 2024年，本镇深入推进政务公开。\n\n三、收到和处理政府信息公开申请情况 （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\n" +
            "申请人情况 自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计\n一、本年新收政府信息公开申请数量 4 0 0 0 0 0 4\n");

        var overview = report.Sections.Single(s => s.Number == 1);
        Assert.Equal("一、总体情况", overview.Heading);
        Assert.Contains(overview.Paragraphs, p => p.Text.StartsWith("2024年，本镇", StringComparison.Ordinal));
        Assert.Equal("三、收到和处理政府信息公开申请情况", report.Sections.Single(s => s.Number == 3).Heading);
        Assert.Equal(4m, Number(report, "table3.received.total"));
    }

    [Fact]
    public void ANumberedLine_ThatIsNotAnExactTitle_IsNotSplitIntoAHeading()
    {
        var report = Read(Title + "一、总体情况\n一、总体来看 本年度工作平稳。\n");

        var overview = report.Sections.Single(s => s.Number == 1);
        Assert.Contains(overview.Paragraphs, p => p.Text == "一、总体来看 本年度工作平稳。");
    }

    [Fact]
    public void NonBreakingSpaces_FromAWebPage_SeparateCellsAsSpacesDo()
    {
        var report = Read(Title + Table3("一、本年新收政府信息公开申请数量 20\u00A0\u00A0\u00A0\u00A00\u00A00\u20020 0 1 21\n"));

        Assert.Equal(20m, Number(report, "table3.received.naturalPerson"));
        Assert.Equal(1m, Number(report, "table3.received.otherOrganization"));
        Assert.Equal(21m, Number(report, "table3.received.total"));
    }

    [Fact]
    public void AnItemNumberOnItsOwnLine_IsPartOfTheLabel_NotAValue()
    {
        // pdftotext -layout: 「属于行政执」/「7.」/「法案卷 0 0 0 0 0 0 0」.
        var report = Read(Title + Table3("一、本年新收政府信息公开申请数量 1 0 0 0 0 0 1\n           属于行政执\n          7.\n          法案卷      0        0   0   0   0   0   0\n"));

        Assert.Equal(0m, Number(report, "table3.deniedEnforcementFile.naturalPerson"));
        Assert.Equal(0m, Number(report, "table3.deniedEnforcementFile.total"));
        Assert.DoesNotContain(ReportChecker.Check(report), f => f.Rule == RuleIds.CellInvalid);
    }

    [Fact]
    public void TheEndOfTheRowBefore_AmongTheNextRowsLabelPieces_IsLeftOut()
    {
        // 「形，不计其他情形）」 ends 「（二）部分公开…」 (whose start ran into the group label 「理结果」); then the pieces of
        // 「（三）不予公开」 and 「1.属于国家秘密」 interleaved, then the values.
        var report = Read(Title + Table3("一、本年新收政府信息公开申请数量 6 0 0 0 0 0 6\n理结果 （二）部分公开（区分\n    处理的，只计这一情      6        0   0   0   0   0   6\n    形，不计其他情形）\n    （三） 1.属于国家秘\n    不予公开 密\n                   2        0   0   0   0   0   2\n"));

        Assert.Equal(6m, Number(report, "table3.partiallyGranted.total"));
        Assert.Equal(2m, Number(report, "table3.deniedStateSecret.naturalPerson"));
        Assert.Equal(2m, Number(report, "table3.deniedStateSecret.total"));
    }

    [Fact]
    public void GluedRuns_OnConsecutiveLines_AreNotJoinedAsOneRowSplitOverLines()
    {
        // 「000 0 00 0」 (four glued runs of 其他法律行政止公开) and 「100 000 1」 (危及…) are seven tokens together, but a
        // token with a leading zero is a run of glued cells: each line is segmented on its own.
        var report = Read(Title + Table3("1.属于国家秘密\t0\t00\t000\t0\n其他法律行政止公开\t000\t0\t00\t0\n3.危及“三安全一稳定”\t100\t000\t1\n"));

        Assert.Equal(1m, Number(report, "table3.deniedThreeSafetiesOneStability.naturalPerson"));
        Assert.Equal(0m, Number(report, "table3.deniedThreeSafetiesOneStability.legalServiceInstitution"));
        Assert.Equal(1m, Number(report, "table3.deniedThreeSafetiesOneStability.total"));
        Assert.DoesNotContain(report.ImportFindings, f => f.Message.Contains("已合并为一行读取", StringComparison.Ordinal));
    }

    [Fact]
    public void GluedNumbersWithASign_SplitBeforeTheSign_AndOnlyTheSignedColumnIsNegative()
    {
        var report = Read(Title + "二、主动公开政府信息情况\n第二十条第（六）项\n信息内容\t上一年项目数量\t本年增/减\t处理决定数量\n行政处罚\t2648-18538\n" +
            "第二十条第（八）项\n信息内容\t上一年项目数量\t本年增/减\n行政事业性收费\t35-15\n");

        Assert.Equal(35m, Number(report, "table2.fees.previousYear"));
        Assert.Equal(-15m, Number(report, "table2.fees.change"));
        var ambiguous = Assert.Single(report.ImportFindings, f => f.Quote == "2648-18538");
        Assert.Equal(RuleIds.ExtractAmbiguous, ambiguous.Rule);
        Assert.Contains("2648/-18/538", ambiguous.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("26/48", ambiguous.Message, StringComparison.Ordinal);
    }
}
