// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Cells;
using Gongkai.Checking;

namespace Gongkai.Tests;

/// <summary>The one catalogue of table identities and 勾稽 sums: keys as in report-schema.md, sums over the right cells.</summary>
public sealed class ReportSumsTests
{
    [Fact]
    public void Table3Keys_AreTheSchemaKeys_AndEveryRowHasTheSevenColumnsInOrder()
    {
        Assert.Equal(["naturalPerson", "commercialEnterprise", "researchInstitution", "socialWelfareOrganization", "legalServiceInstitution", "otherOrganization", "total"], Table3Keys.Columns);
        Assert.Equal(Table3Keys.Columns.Take(6), Table3Keys.ApplicantColumns);
        foreach (var row in ReportCatalog.Table3Rows)
        {
            Assert.Equal(Table3Keys.Columns, row.Cells.Select(c => c.ColumnKey));
        }

        foreach (var key in (string[])[Table3Keys.Received, Table3Keys.CarriedOver, Table3Keys.TotalProcessed, Table3Keys.CarriedForward, Table3Keys.OtherDisposal, .. Table3Keys.OtherRows2021])
        {
            Assert.NotNull(ReportCatalog.FindRow(ReportTable.Table3, key));
        }
    }

    [Fact]
    public void Table4Keys_AreTheSchemaKeys_AndEveryBlockHasTheFiveColumnsInOrder()
    {
        Assert.Equal(["upheld", "corrected", "other", "pending", "total"], Table4Keys.Columns);
        Assert.Equal(ReportCatalog.Table4Blocks.Select(b => b.Key), Table4Keys.Blocks);
        foreach (var block in ReportCatalog.Table4Blocks)
        {
            Assert.Equal(Table4Keys.Columns, block.Cells.Select(c => c.ColumnKey));
        }
    }

    [Fact]
    public void Table3RowTotals_OnePerRow_TotalIsTheSumOfTheSixApplicants()
    {
        Assert.Equal(ReportCatalog.Table3Rows.Count, ReportSums.Table3RowTotals.Count);
        foreach (var (sum, row) in ReportSums.Table3RowTotals.Zip(ReportCatalog.Table3Rows))
        {
            Assert.Equal(RuleIds.T3ColumnSum, sum.Rule);
            Assert.Equal($"table3.{row.Key}.total", sum.Total.Path);
            Assert.Equal(Table3Keys.ApplicantColumns.Select(c => $"table3.{row.Key}.{c}"), sum.Parts.Select(p => p.Path));
        }
    }

    [Fact]
    public void Table3Balances_NewPlusCarriedOver_EqualsProcessedPlusCarriedForward_PerColumn()
    {
        Assert.Equal(Table3Keys.Columns, ReportSums.Table3Balances.Select(b => b.Column));
        var natural = ReportSums.Table3Balances[0];
        Assert.Equal(RuleIds.T3Balance, natural.Rule);
        Assert.Equal(["table3.received.naturalPerson", "table3.carriedOver.naturalPerson"], natural.Left.Select(c => c.Path));
        Assert.Equal(["table3.totalProcessed.naturalPerson", "table3.carriedForward.naturalPerson"], natural.Right.Select(c => c.Path));
        Assert.True(natural.Involves(ReportCatalog.Get("table3.carriedForward.naturalPerson")));
        Assert.False(natural.Involves(ReportCatalog.Get("table3.carriedForward.total")));
    }

    [Fact]
    public void Table4BlockTotals_TotalIsTheSumOfTheFourResults()
    {
        Assert.Equal(3, ReportSums.Table4BlockTotals.Count);
        var first = ReportSums.Table4BlockTotals[0];
        Assert.Equal(RuleIds.T4BlockSum, first.Rule);
        Assert.Equal("table4.reconsideration.total", first.Total.Path);
        Assert.Equal(["upheld", "corrected", "other", "pending"], first.Parts.Select(p => p.ColumnKey));
    }

    [Fact]
    public void Table3OutcomeTotals_FollowTheRowsOfOtherDisposalTheReportHas()
    {
        var report2021 = TestReports.Valid();
        var sums2021 = ReportSums.Table3OutcomeTotals(report2021.Cells);
        Assert.Equal(7, sums2021.Count);
        Assert.All(sums2021, s => Assert.Equal(RuleIds.T3OutcomeSum, s.Rule));
        Assert.Equal("table3.totalProcessed.naturalPerson", sums2021[0].Total.Path);
        var rows2021 = sums2021[0].Parts.Select(p => p.RowKey).ToList();
        Assert.Equal(21, rows2021.Count);
        Assert.Contains(Table3Keys.OtherUnpaidFee, rows2021);
        Assert.DoesNotContain(Table3Keys.OtherDisposal, rows2021);

        // The 2019 layout: one row （六）其他处理 instead of three.
        var report2019 = TestReports.Valid(change: b =>
        {
            foreach (var key in Table3Keys.OtherRows2021)
            {
                foreach (var column in Table3Keys.Columns)
                {
                    b[$"table3.{key}.{column}"] = CellValue.Absent;
                }
            }

            foreach (var column in Table3Keys.Columns)
            {
                b[$"table3.otherDisposal.{column}"] = CellValue.Of(0);
            }
        });
        var rows2019 = ReportSums.Table3OutcomeTotals(report2019.Cells)[0].Parts.Select(p => p.RowKey).ToList();
        Assert.Equal(19, rows2019.Count);
        Assert.Equal(Table3Keys.OtherDisposal, rows2019[^1]);

        Assert.Empty(ReportSums.Table3OutcomeTotals(new ReportCells.Builder().Build()));
    }

    [Fact]
    public void EverySum_HoldsOnAConsistentReport()
    {
        var cells = TestReports.Valid().Cells;
        foreach (var sum in ReportSums.All(cells))
        {
            Assert.Equal(cells[sum.Total].Number, sum.Parts.Sum(p => cells[p].Number));
        }

        foreach (var balance in ReportSums.Table3Balances)
        {
            Assert.Equal(balance.Left.Sum(c => cells[c].Number), balance.Right.Sum(c => cells[c].Number));
        }
    }
}
