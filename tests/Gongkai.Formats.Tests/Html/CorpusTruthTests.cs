// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Formats;

namespace Gongkai.Tests;

/// <summary>End to end: the Word and HTML corpus files read through <see cref="ReportReader"/> match their truth.json cell by cell.</summary>
public class CorpusTruthTests
{
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
}
