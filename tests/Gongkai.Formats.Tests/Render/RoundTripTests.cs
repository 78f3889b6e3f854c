// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using CsCheck;
using Gongkai.Formats;
using Gongkai.Formats.Render;
using Gongkai.Tests.Support;

namespace Gongkai.Tests.Render;

/// <summary>Acceptance of issue 4: whatever is rendered reads back to the same cells and section texts, in every format.</summary>
public sealed class RoundTripTests
{
    /// <summary>Random valid reports per in-process format (json, md, html, docx, xlsx).</summary>
    private const int RandomReports = 500;

    /// <summary>Random valid reports printed to PDF (each print takes Chromium a few tenths of a second).</summary>
    private const int RandomPdfReports = 500;

    public static TheoryData<string, RenderFormat> SeedCases()
    {
        var data = new TheoryData<string, RenderFormat>();
        foreach (var seed in TestPaths.SeedFiles())
        {
            foreach (var format in RoundTrip.All)
            {
                data.Add(Path.GetFileName(seed), format);
            }
        }

        return data;
    }

    public static TheoryData<string, RenderFormat> CorpusCases()
    {
        var data = new TheoryData<string, RenderFormat>();
        foreach (var folder in Directory.EnumerateDirectories(TestPaths.Corpus).Order(StringComparer.Ordinal))
        {
            foreach (var format in RoundTrip.All)
            {
                data.Add(Path.GetFileName(folder), format);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SeedCases))]
    public void Seed_RendersAndReadsBackTheSameData(string seed, RenderFormat format)
    {
        var read = ReportReader.ReadFile(Path.Combine(TestPaths.Seeds, seed));
        Assert.True(read.Success, read.Error);
        RoundTrip.Check(read.Report, format, seed);
    }

    [Theory]
    [MemberData(nameof(CorpusCases))]
    public void CorpusTruth_RendersAndReadsBackTheSameData(string document, RenderFormat format)
    {
        var read = ReportReader.ReadFile(Path.Combine(TestPaths.Corpus, document, "truth.json"));
        Assert.True(read.Success, read.Error);
        RoundTrip.Check(read.Report, format, document + "/truth.json");
    }

    [Theory]
    [MemberData(nameof(CorpusCases))]
    public void CorpusDocument_AsExtracted_RendersAndReadsBackTheSameData(string document, RenderFormat format)
    {
        var source = Directory.EnumerateFiles(Path.Combine(TestPaths.Corpus, document), "source.*").Single();
        var read = ReportReader.ReadFile(source);
        Assert.True(read.Success, read.Error);
        RoundTrip.Check(read.Report, format, Path.GetFileName(document) + "/" + Path.GetFileName(source));
    }

    [Theory]
    [InlineData(RenderFormat.Json)]
    [InlineData(RenderFormat.Markdown)]
    [InlineData(RenderFormat.Html)]
    [InlineData(RenderFormat.Docx)]
    [InlineData(RenderFormat.Xlsx)]
    public void RandomValidReports_RenderAndReadBackTheSameData(RenderFormat format) =>
        Gen.Int[0, int.MaxValue].Sample(seed => RoundTrip.Check(NarrativeReports.Create(new Random(seed)), format, $"random report (seed {seed})"), iter: RandomReports);

    [Fact]
    public void RandomValidReports_PrintToPdfAndReadBackTheSameData() =>
        Gen.Int[0, int.MaxValue].Sample(seed => RoundTrip.Check(NarrativeReports.Create(new Random(seed)), RenderFormat.Pdf, $"random report (seed {seed})"), iter: RandomPdfReports, threads: 1);

    [Fact]
    public void RandomReports_AreValid_AndCoverBothFormats()
    {
        var formats = new HashSet<ReportFormat>();
        for (var seed = 0; seed < 50; seed++)
        {
            var report = NarrativeReports.Create(new Random(seed));
            formats.Add(report.Format);
            var errors = Gongkai.Checking.ReportChecker.Check(report).Where(f => f.Severity == Gongkai.Checking.Severity.Error).ToList();
            Assert.True(errors.Count == 0, $"seed {seed}: {string.Join("; ", errors.Select(e => e.Message))}");
        }

        Assert.Equal(2, formats.Count);
    }
}
