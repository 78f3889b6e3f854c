// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Globalization;
using Gongkai.Cells;
using Gongkai.Formats;

namespace Gongkai.Tests;

/// <summary>End to end: a corpus PDF through <see cref="ReportReader"/> (reader and assembler) against its truth.json.</summary>
public sealed class PdfTruthTests
{
    public static TheoryData<string> CorpusFiles => new() { "huaian-2024", "hongze-2024" };

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public void ReadFile_CorpusPdf_EveryCellMatchesTruth(string name)
    {
        var result = ReportReader.ReadFile(PdfTestFiles.Corpus(name));
        Assert.True(result.Success, result.Error);
        Assert.Equal("pdf", result.Kind);
        AssertCellsMatchTruth(name, result.Report.Cells);
    }

    /// <summary>The same with the ruling lines ignored: the tables rebuilt from text alignment alone.</summary>
    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public void Assemble_CorpusPdfWithoutRulings_EveryCellMatchesTruth(string name)
    {
        var content = PdfTestFiles.ReadContent(PdfTestFiles.Corpus(name), useRulings: false);
        AssertCellsMatchTruth(name, ReportAssembler.Assemble(content, name).Cells);
    }

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public void ReadFile_CorpusPdf_UnitYearAndSections(string name)
    {
        var truth = PdfTestFiles.Truth(name);
        var result = ReportReader.ReadFile(PdfTestFiles.Corpus(name));
        Assert.True(result.Success, result.Error);
        Assert.Equal(truth.GetProperty("unit").GetString(), result.Report.Unit);
        Assert.Equal(truth.GetProperty("year").GetInt32(), result.Report.Year);
        Assert.Equal([1, 2, 3, 4, 5, 6], result.Report.Sections.Select(static s => s.Number));
    }

    private static void AssertCellsMatchTruth(string name, ReportCells cells)
    {
        var expected = PdfTestFiles.FlattenTruth(PdfTestFiles.Truth(name));

        var mismatches = new List<string>();
        foreach (var (path, value) in expected)
        {
            var actual = cells[path];
            var ok = value is null
                ? actual.State == CellState.Blank
                : actual.HasNumber && actual.Number == decimal.Parse(value, CultureInfo.InvariantCulture);
            if (!ok)
            {
                mismatches.Add($"{path}: expected {value ?? "blank"}, got {actual}");
            }
        }

        foreach (var (cell, value) in cells.Present())
        {
            if (cell.Path.StartsWith("table", StringComparison.Ordinal) && !expected.ContainsKey(cell.Path))
            {
                mismatches.Add($"{cell.Path}: expected absent, got {value}");
            }
        }

        Assert.True(mismatches.Count == 0, $"{mismatches.Count} mismatches ({expected.Count} truth cells):\n" + string.Join('\n', mismatches));
    }
}
