// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Cells;
using Gongkai.Comparing;

namespace Gongkai.Tests.Comparing;

/// <summary>Cells and text compared between two reports (the editor's history, the supervisors' side-by-side compare).</summary>
public sealed class ReportDiffTests
{
    [Fact]
    public void Compare_SameReport_IsEmpty_AndTheTextIsIdentical()
    {
        var report = TestReports.Valid();
        var diff = ReportDiff.Compare(report, report with { });
        Assert.True(diff.IsEmpty);
        Assert.Empty(diff.Cells);
        Assert.Equal(1.0, diff.TextSimilarity);
        Assert.All(diff.Sections, s => Assert.False(s.HasChanges));
    }

    [Fact]
    public void Compare_OneCellChanged_ListsThatCellWithBothValues()
    {
        var before = TestReports.Valid();
        var after = TestReports.Valid(change: b => TestReports.Set(b, "table3.received.naturalPerson", 11));
        var diff = ReportDiff.Compare(before, after);
        var change = Assert.Single(diff.Cells);
        Assert.Equal("table3.received.naturalPerson", change.Cell.Path);
        Assert.Equal(10m, change.Before.Number);
        Assert.Equal(11m, change.After.Number);
        Assert.False(diff.IsEmpty);
    }

    [Fact]
    public void Compare_SameNumberWrittenDifferently_IsNoChange_ButBlankAbsentAndInvalidTextAre()
    {
        var before = TestReports.Valid(change: b =>
        {
            b["table2.fees.amount"] = CellValue.Of(12.5m, "12.5");
            b["table3.received.otherOrganization"] = CellValue.Invalid("十", default);
        });
        var after = TestReports.Valid(change: b =>
        {
            b["table2.fees.amount"] = CellValue.Of(12.5m, "12.50");
            b["table3.received.otherOrganization"] = CellValue.Invalid("十件", default);
            b["table3.received.researchInstitution"] = CellValue.Blank(string.Empty, default);
            b["table4.reconsideration.pending"] = CellValue.Absent;
        });
        var diff = ReportDiff.Compare(before, after);
        Assert.Equal(
            ["table3.received.researchInstitution", "table3.received.otherOrganization", "table4.reconsideration.pending"],
            diff.Cells.Select(c => c.Cell.Path));
        Assert.Equal(CellState.Absent, diff.Cells.Single(c => c.Cell.Path == "table4.reconsideration.pending").After.State);
    }

    [Fact]
    public void Compare_SentenceInserted_ShowsOnlyThatLineAdded_AndTheRestSame()
    {
        var before = TestReports.Valid();
        var after = TestReports.Valid(sections: TestReports.Sections(section6: "本年度未收取信息处理费。\n本年度无其他需要报告的事项。"));
        var diff = ReportDiff.Compare(before, after);
        var six = diff.Sections.Single(s => s.Number == 6);
        Assert.Equal([new LineChange(LineChangeKind.Same, "本年度未收取信息处理费。"), new LineChange(LineChangeKind.Added, "本年度无其他需要报告的事项。")], six.Lines);
        Assert.All(diff.Sections.Where(s => s.Number != 6), s => Assert.False(s.HasChanges));
        Assert.Empty(diff.Cells);
        Assert.InRange(diff.TextSimilarity, 0.5, 0.99);
    }

    [Fact]
    public void Lines_Replacement_InTheMiddle_IsRemovedThenAdded_BetweenCommonStartAndEnd()
    {
        var lines = ReportDiff.Lines(["甲", "乙", "丙", "丁"], ["甲", "戊", "丙", "丁", "己"]);
        Assert.Equal(
            [
                new LineChange(LineChangeKind.Same, "甲"),
                new LineChange(LineChangeKind.Removed, "乙"),
                new LineChange(LineChangeKind.Added, "戊"),
                new LineChange(LineChangeKind.Same, "丙"),
                new LineChange(LineChangeKind.Same, "丁"),
                new LineChange(LineChangeKind.Added, "己"),
            ],
            lines);
    }

    [Fact]
    public void Lines_EveryLineOfBothSidesAppearsOnce_InOrder()
    {
        string[] a = ["一", "二", "三", "四", "五", "二", "七"];
        string[] b = ["二", "三", "八", "五", "一", "七", "七"];
        var lines = ReportDiff.Lines(a, b);
        Assert.Equal(a, lines.Where(l => l.Kind != LineChangeKind.Added).Select(l => l.Text));
        Assert.Equal(b, lines.Where(l => l.Kind != LineChangeKind.Removed).Select(l => l.Text));

        // 二 三 五 七 is a longest common subsequence: four lines kept.
        Assert.Equal(4, lines.Count(l => l.Kind == LineChangeKind.Same));
    }

    [Fact]
    public void Compare_TitleChanged_IsReported()
    {
        var before = TestReports.Valid();
        var after = before with { Title = "某乡2024年政府信息公开工作年度报告" };
        var diff = ReportDiff.Compare(before, after);
        Assert.True(diff.TitleChanged);
        Assert.False(diff.IsEmpty);
    }

    [Fact]
    public void Compare_CopiedTextFromAnotherUnit_IsNearlyIdentical_ADifferentTextIsNot()
    {
        var mine = TestReports.Valid();
        var copied = TestReports.Valid(unit: "武陟县大封镇人民政府");
        var other = TestReports.Valid(sections: [TestReports.Section(1, "一、总体情况", "完全不同的一段话。"), TestReports.Section(5, "五、存在的主要问题及改进情况", "另外一段。")]);
        Assert.Equal(1.0, ReportDiff.Compare(mine, copied).TextSimilarity);
        Assert.InRange(ReportDiff.Compare(mine, other).TextSimilarity, 0, 0.2);
    }
}
