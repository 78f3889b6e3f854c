// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Checking;
using Gongkai.Documents;

namespace Gongkai.Tests.Checking;

public class TextRuleTests
{
    private static List<Finding> Check(AnnualReport report, string rule) => [.. ReportChecker.Check(report).Where(f => f.Rule == rule)];

    private static AnnualReport WithSection1(string text, int year = 2024) =>
        TestReports.Valid(year: year, sections: TestReports.Sections(year, section1: text));

    [Fact]
    public void SectionMissing_Fires_ForEachAbsentSection()
    {
        var report = TestReports.Valid() with { Sections = TestReports.Sections().Where(s => s.Number is not 5 and not 6).ToList() };
        var findings = Check(report, RuleIds.SectionMissing);
        Assert.Equal([5, 6], findings.Select(f => f.Section!.Value));
        Assert.All(findings, f => Assert.Equal(Severity.Error, f.Severity));
    }

    [Fact]
    public void SectionOrder_Fires_ForMissingNumeralAndWrongOrder()
    {
        var sections = TestReports.Sections().ToList();
        sections[1] = sections[1] with { WrittenNumber = 0, Heading = "主动公开政府信息情况" };
        (sections[3], sections[4]) = (sections[4], sections[3]);
        var findings = Check(TestReports.Valid() with { Sections = sections }, RuleIds.SectionOrder);
        Assert.Contains(findings, f => f.Section == 2 && f.Message.Contains("缺少序号", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Section == 4 && f.Message.Contains("顺序", StringComparison.Ordinal));
    }

    [Fact]
    public void SectionOrder_Fires_ForSubPartsNumberedLikeSections()
    {
        var sections = TestReports.Sections().ToList();
        sections[0] = TestReports.Section(1, "一、总体情况", "一、主动公开", "本年度主动公开信息252条。", "二、依申请公开", "本年度收到申请12件。");
        var f = Assert.Single(Check(TestReports.Valid() with { Sections = sections }, RuleIds.SectionOrder));
        Assert.Equal("一、主动公开", f.Quote);
    }

    [Fact]
    public void SectionOrder_DoesNotFire_ForParenthesisedSubParts() => Assert.Empty(Check(TestReports.Valid(), RuleIds.SectionOrder));

    [Theory]
    [InlineData("2023年，本乡主动公开政府信息120条。", true)]
    [InlineData("2024年，本乡主动公开政府信息120条。", false)]
    [InlineData("2023年以来，本乡持续完善公开目录。", false)]
    [InlineData("自2019年起，本乡建立了公开专栏。", false)]
    [InlineData("2025年，本乡将继续完善公开目录。", false)]
    public void YearMismatch_FiresOnlyForSentencesAboutAnotherYearsWork(string sentence, bool fires) =>
        Assert.Equal(fires, Check(WithSection1(sentence), RuleIds.YearMismatch).Count == 1);

    [Theory]
    [InlineData("本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。", true)]
    [InlineData("本报告所列数据的统计期限自2024年1月1日起至2024年12月31日止。", false)]
    [InlineData("本报告统计期限为2024年1月1日至6月30日。", true)]
    public void Period_FiresForAStatedPeriodOtherThanTheReportYear(string sentence, bool fires) =>
        Assert.Equal(fires, Check(WithSection1(sentence), RuleIds.Period).Count == 1);

    [Theory]
    [InlineData("无", true)]
    [InlineData("无其他需要报告的事项。", true)]
    [InlineData("本年度未收取信息处理费。", false)]
    [InlineData("本单位发出收费通知的件数和总金额以及实际收取的总金额均为0。", false)]
    public void FeeStatement_FiresWhenSection6IsSilentOnTheFee(string text, bool fires) =>
        Assert.Equal(fires, Check(TestReports.Valid(sections: TestReports.Sections(section6: text)), RuleIds.FeeStatement).Count == 1);

    [Theory]
    [InlineData(2019, false)]
    [InlineData(2020, false)]
    [InlineData(2021, true)]
    [InlineData(2024, true)]
    public void FeeStatement_IsRequiredFromThe2021Report_WhenTheFeeMeasuresTookEffect(int year, bool fires) =>
        Assert.Equal(fires, Check(TestReports.Valid(year: year, sections: TestReports.Sections(year, section6: "无。")), RuleIds.FeeStatement).Count == 1);

    [Theory]
    [InlineData("2024年，本乡受理依申请公开事项69件。", true)]
    [InlineData("2024年，本乡受理政府信息公开申请12件。", false)]
    [InlineData("2024年，本乡受理政府信息公开申请13件（含上年结转）。", false)]
    [InlineData("本年度收到政府信息公开申请12件，其中6件予以公开。", false)]
    [InlineData("本年度收到政府信息公开申请12件，其中7件予以公开。", true)]
    [InlineData("办结依申请公开10件，结转下年度继续办理3件。", false)]
    [InlineData("答复10件（含上年度结转申请1件，另有3件顺延到下年度答复）。", false)]
    [InlineData("答复10件（含上年度结转申请1件，另有4件顺延到下年度答复）。", true)]
    [InlineData("办结依申请公开11件。", true)]
    [InlineData("因政府信息公开引起的行政复议案件1件、行政诉讼案件0件。", false)]
    [InlineData("因政府信息公开引起的行政复议案件2件。", true)]
    [InlineData("共发布信息120余件，领导信箱办理1件。", false)]
    [InlineData("清理并发布现行有效行政规范性文件9件。", true)]
    [InlineData("全年制发政策性文件11件。", false)]
    [InlineData("2023年共受理申请40件。", false)]
    [InlineData("２０２４年本年度收到政府信息公开申请１２件。", false)]
    [InlineData("本年度收到政府信息公开申请１４件。", true)]
    [InlineData("本年度收到政府信息公开申请14件。", true)]
    [InlineData("本年度收到政府信息公开申请١٢件。", false)]
    [InlineData("本年度收到政府信息公开申请१४件。", true)]
    public void NarrativeMismatch_ComparesNumbersWithTheirScope(string sentence, bool fires)
    {
        var findings = Check(WithSection1(sentence), RuleIds.NarrativeMismatch);
        Assert.Equal(fires, findings.Count == 1);
        if (fires)
        {
            // Quotes come from the paragraph text, whose decimal digits are ASCII.
            Assert.Equal(Gongkai.Text.Digits.ToAscii(sentence), findings[0].Quote);
        }
    }

    [Theory]
    [InlineData("认真编制、及时公布信息公开指南和目录。。", "。。")]
    [InlineData("提高政府信息公开的的质量。", "的的")]
    [InlineData("态", "态")]
    [InlineData("一是加强培训；三是完善制度。", "三是")]
    public void Typo_Fires(string paragraph, string actual)
    {
        var f = Assert.Single(Check(WithSection1(paragraph), RuleIds.TextTypo));
        Assert.Equal(actual, f.Actual);
        Assert.Equal(Severity.Info, f.Severity);
    }

    [Theory]
    [InlineData("一是加强培训；二是完善制度；三是强化监督。")]
    [InlineData("坚持统一是原则。")]
    [InlineData("……持续推进。")]
    public void Typo_DoesNotFire_OnCleanText(string paragraph) => Assert.Empty(Check(WithSection1(paragraph), RuleIds.TextTypo));

    [Fact]
    public void Typo_DoesNotFire_OnSection6ShortAnswer() =>
        Assert.Empty(Check(TestReports.Valid(sections: TestReports.Sections(section6: "无")), RuleIds.TextTypo));
}

public class RegionRuleTests
{
    private static List<Finding> Check(string unit, string sentence) =>
        [.. ReportChecker.Check(TestReports.Valid(unit: unit, sections: TestReports.Sections(section1: sentence))).Where(f => f.Rule == RuleIds.RegionMismatch)];

    [Fact]
    public void Fires_ForAnotherProvincesNameLeftFromATemplate()
    {
        var f = Assert.Single(Check("宝清县小城子镇人民政府", "全面落实习近平总书记对甘肃重要讲话和指示精神。"));
        Assert.Equal("黑龙江省", f.Expected);
        Assert.Equal("甘肃省", f.Actual);
        Assert.Contains("甘肃", f.Quote, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("武陟县小董乡人民政府", "按照焦作市政府的统一部署，全面推进政务公开。")]
    [InlineData("武陟县小董乡人民政府", "认真落实河南省政务公开工作要点。")]
    [InlineData("涿河区涿河港镇人民政府", "全面落实习近平总书记对甘肃重要讲话和指示精神。")]
    [InlineData("武陟县小董乡人民政府", "坚持以公开为常态、不公开为例外。")]
    public void DoesNotFire_ForOwnRegionUnknownUnitOrNoPlace(string unit, string sentence) => Assert.Empty(Check(unit, sentence));
}

public class OverviewPartsRuleTests
{
    private static List<Finding> Check(params string[] paragraphs)
    {
        var sections = TestReports.Sections().ToList();
        sections[0] = TestReports.Section(1, "一、总体情况", paragraphs);
        return [.. ReportChecker.Check(TestReports.Valid() with { Sections = sections }).Where(f => f.Rule == RuleIds.PartMissing)];
    }

    [Theory]
    [InlineData("### （二）政府信息公开申请情况。")]
    [InlineData("### （二）依申请公开情况。")]
    [InlineData("### （二）政府信息公开申请办理情况。")]
    [InlineData("### （二）受理申请情况。")]
    public void CommonWordingsOfTheApplicationsPart_CountAsIt(string heading) =>
        Assert.Empty(Check("### （一）主动公开情况。", heading, "### （三）政府信息管理。", "### （四）政府信息公开平台建设。", "### （五）监督保障。"));

    [Fact]
    public void Fires_WhenASubHeadedPartIsMissing()
    {
        var f = Assert.Single(Check("### （一）主动公开情况。", "本年度主动公开信息120条。", "### （二）政府信息管理。", "### （三）政府信息公开平台建设。", "### （四）监督保障。"));
        Assert.Equal("依申请公开", f.Expected);
    }

    [Fact]
    public void DoesNotFire_WhenAllFivePartsArePresent_AsLeadIns() =>
        Assert.Empty(Check("（一）主动公开情况。本年度主动公开信息120条。", "（二）依申请公开情况。本年度收到申请12件。", "（三）政府信息管理情况。制度健全。", "（四）政府信息公开平台建设情况。网站运行正常。", "（五）监督保障情况。开展考核。"));

    [Fact]
    public void DoesNotFire_ForProseWithoutSubHeadings() => Assert.Empty(Check("本年度主动公开信息120条，收到申请12件，已全部办结。"));
}

public class TitleYearTests
{
    [Theory]
    [InlineData("某某镇人民政府2023年政府信息公开工作年度报告", true)]
    [InlineData("某某镇人民政府2024年政府信息公开工作年度报告", false)]
    [InlineData("某某镇人民政府2024 年度政府信息公开工作年度报告", false)]
    [InlineData("某某镇人民政府政府信息公开工作年度报告", false)]
    public void TheYearMustBeTheTitlesYear(string title, bool fires)
    {
        var report = TestReports.Valid(year: 2024) with { Title = title };
        var findings = ReportChecker.Check(report).Where(f => f.Rule == RuleIds.YearMismatch && f.Severity == Severity.Error).ToList();
        Assert.Equal(fires, findings.Count == 1);
        if (fires)
        {
            Assert.Equal("2023", findings[0].Expected);
            Assert.Equal("2024", findings[0].Actual);
        }
    }
}

public class NarrativeScopeTests
{
    private static List<Finding> Mismatches(string sentence, Action<Cells.ReportCells.Builder>? change = null) =>
        [.. ReportChecker.Check(TestReports.Valid(change: change, sections: TestReports.Sections(2024, section1: sentence))).Where(f => f.Rule == RuleIds.NarrativeMismatch)];

    [Theory]
    [InlineData("同意公开答复 6 件，部分公开答复 1 件。", false)]
    [InlineData("同意公开答复 7 件。", true)]
    [InlineData("部分公开答复 0 件。", true)]
    [InlineData("部分公开答复1件。", false)]
    [InlineData("予以公开答复6件。", false)]
    [InlineData("准予公开6件。", false)]
    public void TheOutcomeWordDecidesTheScope_NotDaFu(string sentence, bool fires) =>
        Assert.Equal(fires, Mismatches(sentence).Count == 1);

    [Theory]
    [InlineData("予以公开及部分公开7件。", false)]
    [InlineData("予以公开及部分公开9件。", true)]
    public void ABlankTotalColumn_IsComparedWithTheSumOfTheApplicantColumns(string sentence, bool fires)
    {
        static void BlankTotals(Cells.ReportCells.Builder b)
        {
            foreach (var row in new[] { "granted", "partiallyGranted" })
            {
                b[$"table3.{row}.total"] = Cells.CellValue.Blank(string.Empty, default);
            }
        }

        var findings = Mismatches(sentence, BlankTotals);
        Assert.Equal(fires, findings.Count == 1);
        if (fires)
        {
            Assert.Equal("7", findings[0].Expected);
        }
    }

    [Theory]
    [InlineData("本年度发生行政复议案件1件，均获维持。", 0, false)]
    [InlineData("本年度发生行政复议案件1件，均获维持。", 1, true)]
    [InlineData("行政复议和行政诉讼案件全部维持。", 1, true)]
    [InlineData("本年度未发生行政诉讼，行政复议决定维持原处理。", 1, false)]
    public void AllUpheld_IsCheckedAgainstTable4(string sentence, int pending, bool fires)
    {
        var findings = Mismatches(sentence, b =>
        {
            TestReports.Set(b, "table4.reconsideration.pending", pending);
            TestReports.Set(b, "table4.reconsideration.total", 1 + pending);
        });
        Assert.Equal(fires, findings.Any(f => f.Expected == "全部为结果维持"));
    }
}

public class EnumerationAcrossLinesTests
{
    private static List<Finding> Typos(params string[] lines)
    {
        var sections = TestReports.Sections().ToList();
        sections[4] = TestReports.Section(5, "五、存在的主要问题及改进情况", lines);
        return [.. ReportChecker.Check(TestReports.Valid() with { Sections = sections }).Where(f => f.Rule == RuleIds.TextTypo)];
    }

    [Fact]
    public void ACountContinuedOnTheNextLine_IsNotBroken() =>
        Assert.Empty(Typos("存在的问题：一是宣传不够；", "二是培训不足；三是制度不全。"));

    [Fact]
    public void OneItemPerLine_IsNotBroken() =>
        Assert.Empty(Typos("一是加强宣传。", "二是加强培训。", "三是完善制度。"));

    [Fact]
    public void ASkippedOrdinalOnTheNextLine_IsFound()
    {
        var f = Assert.Single(Typos("一是加强宣传。", "三是完善制度。"));
        Assert.Equal("三是", f.Actual);
        Assert.Equal("二是", f.Expected);
    }

    [Fact]
    public void ANewCountStartsAtYiShi() =>
        Assert.Empty(Typos("问题：一是宣传不够；二是培训不足。", "措施：一是加强宣传；二是加强培训。"));
}

public class UnicodeDigitTests
{
    [Theory]
    [InlineData("统计期限为２０２４年１月１日至１２月３１日。")]
    [InlineData("２０２４年，本单位认真贯彻《条例》。")]
    [InlineData("2024年受理依申请公开事项１２件，结转下年度３件。")]
    public void EveryRule_ReadsFullWidthDigits_WithoutThrowing(string sentence)
    {
        var findings = ReportChecker.Check(TestReports.Valid(sections: TestReports.Sections(2024, section1: sentence)));
        Assert.DoesNotContain(findings, f => f.Rule == RuleIds.InternalError);
    }

    [Fact]
    public void YearRule_ReadsAFullWidthYear()
    {
        var report = TestReports.Valid(sections: TestReports.Sections(2024, section1: "２０２３年，本单位认真贯彻《条例》。"));
        Assert.Contains(ReportChecker.Check(report), f => f.Rule == RuleIds.YearMismatch && f.Actual == "2023");
    }

    [Fact]
    public void TextFold_FoldsEveryDecimalDigit()
    {
        Assert.Equal("0123456789", Gongkai.Text.TextFold.Fold("０１２３４５６７８９"));
        Assert.Equal("12", Gongkai.Text.TextFold.Fold("١٢"));
        Assert.Equal("39", Gongkai.Text.TextFold.Fold("३९"));
    }
}

public class NarrativeAbsenceTests
{
    [Fact]
    public void DataOnlyReport_GetsNoSectionFindings()
    {
        var report = TestReports.Valid() with { Sections = [], HasNarrative = false };
        Assert.DoesNotContain(ReportChecker.Check(report), f => f.Rule is RuleIds.SectionMissing or RuleIds.FeeStatement or RuleIds.PartMissing);
    }

    [Fact]
    public void Region_DoesNotFire_ForADocumentCitedByTitle()
    {
        var report = TestReports.Valid(unit: "宝清县小城子镇人民政府", sections: TestReports.Sections(section1: "转发《甘肃省政府信息公开申请办理答复规范》，要求各单位认真学习。"));
        Assert.DoesNotContain(ReportChecker.Check(report), f => f.Rule == RuleIds.RegionMismatch);
    }

    [Fact]
    public void Parts_NotJudged_ForALongListOfTopicalHeadings()
    {
        var sections = TestReports.Sections().ToList();
        sections[0] = TestReports.Section(1, "一、总体情况", [.. Enumerable.Range(1, 12).Select(i => $"{i}.推进第{i}项重点工作。本年度完成。"), "13.认真办理依申请公开。", "14.加强平台建设。"]);
        Assert.DoesNotContain(ReportChecker.Check(TestReports.Valid() with { Sections = sections }), f => f.Rule == RuleIds.PartMissing);
    }
}

public class SelfReferenceRuleTests
{
    private static List<Finding> Check(string unit, string sentence) =>
        [.. ReportChecker.Check(TestReports.Valid(unit: unit, sections: TestReports.Sections(section1: sentence))).Where(f => f.Rule == RuleIds.UnitMismatch)];

    [Theory]
    [InlineData("桐柏县安棚镇人民政府", "把政府信息公开贯穿于我处工作的全过程。", "我处")]
    [InlineData("武陟县小董乡人民政府", "我镇进一步规范依申请公开办理程序。", "我镇")]
    [InlineData("焦作市生态环境局", "我镇严格落实保密审查。", "我镇")]
    public void Fires_ForAnotherKindOfBody(string unit, string sentence, string actual) =>
        Assert.Equal(actual, Assert.Single(Check(unit, sentence)).Actual);

    [Theory]
    [InlineData("桐柏县安棚镇人民政府", "我镇及16个行政村全部建设政务公开专区。")]
    [InlineData("桐柏县安棚镇人民政府", "我们将继续深化政务公开，本单位未收取费用。")]
    [InlineData("焦作市生态环境局", "我市生态环境质量持续改善，我局主动公开信息。")]
    [InlineData("淮安市人民政府", "我局、我处等单位积极配合。")]
    public void DoesNotFire_ForOwnKindNeutralWordsOrUnjudgedUnits(string unit, string sentence) => Assert.Empty(Check(unit, sentence));
}
