// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Checking;

namespace Gongkai.Tests.Checking;

public class MultiReportRuleTests
{
    [Fact]
    public void CarryOver_Fires_WhenThisYearsCarriedOverDiffersFromLastYearsForward()
    {
        var previous = TestReports.Valid(year: 2023);
        var current = TestReports.Valid(year: 2024, change: b =>
        {
            // Last year's 结转下年度 is 3 (自然人); this year claims 1 … and stays balanced.
            TestReports.Set(b, "table3.carriedOver.naturalPerson", 2);
            TestReports.Set(b, "table3.carriedOver.total", 2);
            TestReports.Set(b, "table3.received.naturalPerson", 9);
            TestReports.Set(b, "table3.received.total", 11);
        });
        var findings = ReportChecker.CheckYears(previous, current);
        Assert.Contains(findings, f => f.Rule == RuleIds.CrossYearCarryOver && f.Cell == "table3.carriedOver.naturalPerson" && f.Expected == "3" && f.Actual == "2");
    }

    [Fact]
    public void CarryOver_DoesNotFire_WhenConsistent()
    {
        var previous = TestReports.Valid(year: 2023, change: b =>
        {
            TestReports.Set(b, "table3.carriedForward.naturalPerson", 1);
            TestReports.Set(b, "table3.carriedForward.total", 1);
            TestReports.Set(b, "table3.received.naturalPerson", 8);
            TestReports.Set(b, "table3.received.total", 10);
        });
        Assert.DoesNotContain(ReportChecker.CheckYears(previous, TestReports.Valid(2024)), f => f.Rule == RuleIds.CrossYearCarryOver);
    }

    [Fact]
    public void CrossYear_IgnoresNonConsecutiveYears() =>
        Assert.Empty(ReportChecker.CheckYears(TestReports.Valid(year: 2021), TestReports.Valid(year: 2024)));

    [Fact]
    public void InForce_Fires_WhenNotLastYearPlusIssuedMinusRepealed()
    {
        // Last year 8 in force; +3 issued −1 repealed = 10, but 8 stated.
        var findings = ReportChecker.CheckYears(TestReports.Valid(year: 2023), TestReports.Valid(year: 2024));
        var f = Assert.Single(findings, f => f.Rule == RuleIds.CrossYearInForce);
        Assert.Equal("table2.normativeDocuments.inForce", f.Cell);
        Assert.Equal("10", f.Expected);
        Assert.Equal("8", f.Actual);
    }

    [Fact]
    public void InForce_DoesNotFire_WhenConsistent()
    {
        var previous = TestReports.Valid(year: 2023, change: b => TestReports.Set(b, "table2.normativeDocuments.inForce", 6));
        Assert.DoesNotContain(ReportChecker.CheckYears(previous, TestReports.Valid(2024)), f => f.Rule == RuleIds.CrossYearInForce);
    }

    [Fact]
    public void Hierarchy_Fires_ForCellsThatAreNotTheSumOfUnits()
    {
        var unit = TestReports.Valid();
        var summary = TestReports.Valid(change: b =>
        {
            foreach (var (cell, value) in unit.Cells.Present())
            {
                b[cell] = Cells.CellValue.Of(value.Number * 2);
            }

            TestReports.Set(b, "table2.licensing.decisions", 239);
        });
        var findings = ReportChecker.CheckHierarchy(summary, [unit, unit]);
        var f = Assert.Single(findings);
        Assert.Equal(RuleIds.HierarchySum, f.Rule);
        Assert.Equal("table2.licensing.decisions", f.Cell);
        Assert.Equal("240", f.Expected);
    }

    [Fact]
    public void Hierarchy_DoesNotFire_WhenSumsMatch()
    {
        var unit = TestReports.Valid();
        var summary = TestReports.Valid(change: b =>
        {
            foreach (var (cell, value) in unit.Cells.Present())
            {
                b[cell] = Cells.CellValue.Of(value.Number * 2);
            }
        });
        Assert.Empty(ReportChecker.CheckHierarchy(summary, [unit, unit]));
    }
}
