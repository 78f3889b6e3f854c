// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Checking;
using Gongkai.Formats;
using Gongkai.Formats.Json;
using Gongkai.Tests.Support;

namespace Gongkai.Tests;

/// <summary>The five seed reports: exact extraction and exactly the genuine defects, kept as golden files.</summary>
public class SeedReportTests
{
    public static TheoryData<string> Seeds() => [.. TestPaths.SeedFiles().Select(f => Path.GetFileNameWithoutExtension(f))];

    private static Documents.AnnualReport Read(string name)
    {
        var result = ReportReader.ReadFile(Path.Combine(TestPaths.Seeds, name + ".txt"));
        Assert.True(result.Success, result.Error);
        return result.Report;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Extract_MatchesGoldenJson(string name) =>
        Golden.AssertMatches($"seeds/{name}.json", CanonicalJson.ToJson(Read(name)) + "\n");

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Check_MatchesGoldenFindings(string name) =>
        Golden.AssertMatches($"seeds/{name}.findings.txt", FindingText.Format(ReportChecker.Check(Read(name))));

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Extract_ReadsEveryCellOfThe2021Format(string name)
    {
        var report = Read(name);
        Assert.Equal(ReportFormat.Format2021, report.Format);
        Assert.Equal(2024, report.Year);
        Assert.Equal(6, report.Sections.Count);
        var expectedAbsent = name.StartsWith("003", StringComparison.Ordinal) ? 1 : 0;
        var absent = Cells.ReportCatalog.Cells.Count(c => c.IsIn(ReportFormat.Format2021) && !report.Cells[c].IsPresent);
        Assert.Equal(expectedAbsent, absent);
        Assert.DoesNotContain(ReportChecker.Check(report), f => f.Rule == RuleIds.ExtractAssumption && f.Severity > Severity.Info);
    }

    [Fact]
    public void Seed000_UnitTitleSplitBySpaces_AndSubPartsNumberedLikeSections()
    {
        var report = Read("000_be3ab72ab8a45f0e");
        Assert.Equal("涿河区涿河港镇人民政府", report.Unit);
        var findings = ReportChecker.Check(report);
        Assert.Contains(findings, f => f.Rule == RuleIds.SectionOrder && f.Section == 1);
        Assert.Contains(findings, f => f.Rule == RuleIds.TextTypo && f.Actual == "。。");
        Assert.Contains(findings, f => f.Rule == RuleIds.TextTypo && f.Actual == "态");
        Assert.DoesNotContain(findings, f => f.Severity == Severity.Error);
    }

    [Fact]
    public void Seed003_BlankEnforcementAndMissingFeeRow()
    {
        var report = Read("003_697df633adc2603b");
        Assert.Equal(Cells.CellState.Blank, report["table2.enforcement.decisions"].State);
        Assert.False(report["table2.fees.amount"].IsPresent);
        var findings = ReportChecker.Check(report);
        Assert.Contains(findings, f => f.Rule == RuleIds.CellBlank && f.Cell == "table2.enforcement.decisions");
        Assert.Contains(findings, f => f.Rule == RuleIds.RowMissing && f.Cell == "table2.fees.amount");
        Assert.Contains(findings, f => f.Rule == RuleIds.FeeStatement);
    }

    [Fact]
    public void Seed004_SplitTitleUnnumberedSectionsAndNarrativeMismatch()
    {
        var report = Read("004_5381253050f8893c");
        Assert.Equal("北京市大兴区西红门镇人民政府", report.Unit);
        Assert.Equal(63m, report["table3.received.total"].Number);
        var findings = ReportChecker.Check(report);
        var narrative = Assert.Single(findings, f => f.Rule == RuleIds.NarrativeMismatch);
        Assert.Equal("69", narrative.Actual);
        Assert.Equal(2, findings.Count(f => f.Rule == RuleIds.SectionOrder));
    }
}
