// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Cells;
using Gongkai.Checking;
using Gongkai.Documents;

namespace Gongkai.Tests.Checking;

public class ReportCheckerTests
{
    private static List<Finding> Check(AnnualReport report, string? rule = null) =>
        [.. ReportChecker.Check(report).Where(f => rule is null || f.Rule == rule)];

    [Fact]
    public void Valid_Report_HasNoFindings()
    {
        var findings = Check(TestReports.Valid());
        Assert.Empty(findings);
    }

    [Fact]
    public void Rules_CoverEveryRuleIdOfDomainTable()
    {
        var ids = ReportChecker.Rules.SelectMany(r => r.Ids).ToHashSet();
        foreach (var id in new[]
        {
            RuleIds.T3Balance, RuleIds.T3OutcomeSum, RuleIds.T3ColumnSum, RuleIds.T4BlockSum, RuleIds.CellBlank, RuleIds.CellInvalid,
            RuleIds.TableMissing, RuleIds.RowMissing, RuleIds.FormatMismatch, RuleIds.SectionMissing, RuleIds.SectionOrder,
            RuleIds.YearMismatch, RuleIds.RegionMismatch, RuleIds.FeeStatement, RuleIds.Period, RuleIds.NarrativeMismatch, RuleIds.TextTypo,
        })
        {
            Assert.Contains(id, ids);
        }
    }

    [Fact]
    public void Balance_Fires_WhenCarriedForwardWrong()
    {
        var report = TestReports.Valid(change: b => TestReports.Set(b, "table3.carriedForward.naturalPerson", 4));
        var f = Assert.Single(Check(report, RuleIds.T3Balance));
        Assert.Equal("table3.totalProcessed.naturalPerson", f.Cell);
        Assert.Equal("11", f.Expected);
        Assert.Equal("12", f.Actual);
        Assert.Equal(Severity.Error, f.Severity);
    }

    [Fact]
    public void Balance_DoesNotFire_WhenAnOperandIsBlank()
    {
        var report = TestReports.Valid(change: b => b["table3.carriedForward.naturalPerson"] = CellValue.Blank("", default));
        Assert.Empty(Check(report, RuleIds.T3Balance));
        Assert.Single(Check(report, RuleIds.CellBlank));
    }

    [Fact]
    public void OutcomeSum_Fires_WhenTotalProcessedDiffersFromOutcomes()
    {
        var report = TestReports.Valid(change: b => TestReports.Set(b, "table3.granted.commercialEnterprise", 2));
        var f = Assert.Single(Check(report, RuleIds.T3OutcomeSum), x => x.Cell == "table3.totalProcessed.commercialEnterprise");
        Assert.Equal("3", f.Expected);
        Assert.Equal("2", f.Actual);
    }

    [Fact]
    public void OutcomeSum_AndRowMissing_DoNotFire_WhenARowWasLeftAmbiguous()
    {
        // The reader left 「（一）予以公开」 unread: its glued digits split several ways (extract.ambiguous).
        var report = TestReports.Valid(change: b =>
        {
            foreach (var c in TestReports.Columns)
            {
                b[$"table3.granted.{c}"] = CellValue.Absent;
            }
        });
        var ambiguous = new Finding { Rule = RuleIds.ExtractAmbiguous, Severity = Severity.Warning, Message = "候选：…", Cell = "table3.granted.naturalPerson" };

        Assert.NotEmpty(Check(report, RuleIds.T3OutcomeSum));
        Assert.NotEmpty(Check(report, RuleIds.RowMissing));
        var withFinding = report with { ImportFindings = [ambiguous] };
        Assert.Empty(Check(withFinding, RuleIds.T3OutcomeSum));
        Assert.Empty(Check(withFinding, RuleIds.RowMissing));
    }

    [Fact]
    public void OutcomeSum_Uses2019SingleOtherRow()
    {
        var report = TestReports.Valid(change: b =>
        {
            foreach (var key in new[] { "otherNoCorrection", "otherUnpaidFee", "otherOther" })
            {
                foreach (var c in TestReports.Columns)
                {
                    b[$"table3.{key}.{c}"] = CellValue.Absent;
                }
            }

            TestReports.Row(b, "otherDisposal", 0, 0);
        });
        Assert.Empty(Check(report, RuleIds.T3OutcomeSum));
        Assert.Empty(Check(report, RuleIds.RowMissing));
        Assert.Single(Check(report, RuleIds.FormatMismatch));
    }

    [Fact]
    public void ColumnSum_Fires_AndHintsJoinedDigits()
    {
        // 自然人 1, 商业企业 2, total 12: the clerk split "12" over two cells.
        var report = TestReports.Valid(change: b =>
        {
            TestReports.Set(b, "table3.received.naturalPerson", 1);
            TestReports.Set(b, "table3.received.commercialEnterprise", 2);
            TestReports.Set(b, "table3.received.total", 12);
        });
        var f = Assert.Single(Check(report, RuleIds.T3ColumnSum));
        Assert.Equal("table3.received.total", f.Cell);
        Assert.Contains("「12」", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ColumnSum_DoesNotFire_OnValidRows() => Assert.Empty(Check(TestReports.Valid(), RuleIds.T3ColumnSum));

    [Fact]
    public void BlockSum_Fires_WhenTable4TotalWrong()
    {
        var report = TestReports.Valid(change: b => TestReports.Set(b, "table4.litigationDirect.total", 2));
        var f = Assert.Single(Check(report, RuleIds.T4BlockSum));
        Assert.Equal("table4.litigationDirect.total", f.Cell);
        Assert.Equal("0", f.Expected);
    }

    [Fact]
    public void CellInvalid_Fires_OnTextInACountCell()
    {
        var report = TestReports.Valid(change: b => b["table2.licensing.decisions"] = CellValue.Invalid("—", SourceLocation.AtLine(5, 3)));
        var f = Assert.Single(Check(report, RuleIds.CellInvalid));
        Assert.Equal("—", f.Actual);
        Assert.Equal(5, f.Location.Line);
    }

    [Fact]
    public void CellInvalid_Fires_OnNegativeCount() =>
        Assert.Single(Check(TestReports.Valid(change: b => TestReports.Set(b, "table2.punishment.decisions", -3)), RuleIds.CellInvalid));

    [Fact]
    public void TableMissing_Fires_Once_WhenTable4Absent()
    {
        var report = TestReports.Valid(change: b =>
        {
            foreach (var cell in ReportCatalog.Cells.Where(c => c.Table == ReportTable.Table4))
            {
                b[cell] = CellValue.Absent;
            }
        });
        var f = Assert.Single(Check(report, RuleIds.TableMissing));
        Assert.Equal("table4", f.Cell);
        Assert.Empty(Check(report, RuleIds.RowMissing));
    }

    [Fact]
    public void RowMissing_Fires_ForAbsentFeeRow()
    {
        var report = TestReports.Valid(change: b => b["table2.fees.amount"] = CellValue.Absent);
        var f = Assert.Single(Check(report, RuleIds.RowMissing));
        Assert.Equal("table2.fees.amount", f.Cell);
    }

    [Fact]
    public void RowMissing_DoesNotFire_ForARowTheImporterFoundButLeftUnread()
    {
        var report = TestReports.Valid(change: b =>
        {
            foreach (var c in new[] { "issued", "repealed", "inForce" })
            {
                b[$"table2.regulations.{c}"] = CellValue.Absent;
            }
        }) with
        {
            ImportFindings =
            [
                new Finding { Rule = RuleIds.ExtractAmbiguous, Severity = Severity.Warning, Message = "表二「规章」行的数字「22235」之间缺少分隔……未读入数值", Cell = "table2.regulations.issued", Quote = "22235" },
            ],
        };

        Assert.Empty(Check(report, RuleIds.RowMissing));
    }

    [Fact]
    public void RowMissing_StillFires_WhenTheImporterSpokeOfAnotherRow()
    {
        var report = TestReports.Valid(change: b => b["table2.fees.amount"] = CellValue.Absent) with
        {
            ImportFindings = [new Finding { Rule = RuleIds.ExtractAmbiguous, Severity = Severity.Warning, Message = "…", Cell = "table2.feesX.amount" }],
        };

        Assert.Equal("table2.fees.amount", Assert.Single(Check(report, RuleIds.RowMissing)).Cell);
    }

    [Fact]
    public void FormatMismatch_Fires_For2021LayoutIn2020()
    {
        var report = TestReports.Valid(year: 2020) with { Sections = TestReports.Sections(2020) };
        Assert.Single(Check(report, RuleIds.FormatMismatch));
        Assert.Empty(Check(TestReports.Valid(), RuleIds.FormatMismatch));
    }
}
