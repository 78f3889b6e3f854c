// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Formats;
using Gongkai.Formats.Content;

namespace Gongkai.Tests;

/// <summary>End to end: the Word and HTML corpus files read through <see cref="ReportReader"/> match their truth.json cell by cell.</summary>
public class CorpusTruthTests
{
    // Regression: the blank template's all-blank rows after （二）部分公开 were once taken as fragments of
    // that row's label and dropped (147 cells absent).
    [Theory]
    [InlineData("blank-template-2021", "docx")]
    [InlineData("pingtan-2023", "html")]
    [InlineData("pingtan-2020", "html")]
    public void ReadFile_EveryCellOfTables2To4_MatchesTruth(string folder, string kind)
    {
        var result = ReportReader.ReadFile(TestCorpus.PathOf(folder));

        Assert.True(result.Success, result.Error);
        Assert.Equal(kind, result.Kind);
        var truth = TruthFile.Load(folder);
        var differences = truth.Compare(result.Report, out var compared);
        Assert.True(differences.Count == 0, $"{differences.Count} of {compared} cells differ:\n" + string.Join('\n', differences));
        Assert.Equal(truth.Cells.Count, compared);
    }

    [Fact]
    public void BlankTemplate_WithZerosInBlankCells_AssemblesEveryCell()
    {
        var content = TestCorpus.Content("blank-template-2021", out _);
        var filled = new DocumentContent([.. content.Blocks.Select(b => b is ContentTable table ? Zeroed(table) : b)]);

        var report = ReportAssembler.Assemble(filled, "blank-template-2021");

        var truth = TruthFile.Load("blank-template-2021");
        Assert.Equal(truth.Cells.Keys.Order(StringComparer.Ordinal), report.Cells.Present().Select(p => p.Cell.Path).Order(StringComparer.Ordinal));
        Assert.All(report.Cells.Present(), p => Assert.Equal(0m, p.Value.Number));
    }

    [Theory]
    [InlineData("blank-template-2021")]
    [InlineData("pingtan-2023")]
    [InlineData("pingtan-2020")]
    public void ReadFile_UnitYearAndFormat_MatchTruth(string folder)
    {
        var result = ReportReader.ReadFile(TestCorpus.PathOf(folder));

        Assert.True(result.Success, result.Error);
        var truth = TruthFile.Load(folder);
        Assert.Equal(truth.Unit, result.Report.Unit);
        Assert.Equal(truth.Year, result.Report.Year);
        Assert.Equal(truth.Format, result.Report.Format switch
        {
            Gongkai.ReportFormat.Format2019 => "2019",
            Gongkai.ReportFormat.Format2021 => "2021",
            _ => null,
        });
    }

    private static ContentTable Zeroed(ContentTable table) =>
        table with { Rows = [.. table.Rows.Select(r => r with { Cells = [.. r.Cells.Select(c => !c.Merged && string.IsNullOrWhiteSpace(c.Text) ? c with { Text = "0" } : c)] })] };
}
