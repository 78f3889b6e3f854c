// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using CsCheck;
using Gongkai.Documents;
using Gongkai.Formats;
using Gongkai.Formats.Render;
using Gongkai.Tests.Support;
using Gongkai.Text;

namespace Gongkai.Tests.Render;

/// <summary>Acceptance of issue 4: whatever is rendered reads back to the same cells and section texts, in every format.</summary>
public sealed class RoundTripTests
{
    /// <summary>Random valid reports per in-process format (json, md, html, docx, xlsx).</summary>
    private const int RandomReports = 500;

    /// <summary>Random valid reports printed to PDF (each print takes Chromium a few tenths of a second).</summary>
    private const int RandomPdfReports = 40;

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
        RoundTrip.Check(read.Report, format, seed, KnownPdfLimit(seed, format));
    }

    [Theory]
    [MemberData(nameof(CorpusCases))]
    public void CorpusTruth_RendersAndReadsBackTheSameData(string document, RenderFormat format)
    {
        var read = ReportReader.ReadFile(Path.Combine(TestPaths.Corpus, document, "truth.json"));
        Assert.True(read.Success, read.Error);
        RoundTrip.Check(read.Report, format, document + "/truth.json", KnownPdfLimit(document, format));
    }

    [Theory]
    [MemberData(nameof(CorpusCases))]
    public void CorpusDocument_AsExtracted_RendersAndReadsBackTheSameData(string document, RenderFormat format)
    {
        var source = Directory.EnumerateFiles(Path.Combine(TestPaths.Corpus, document), "source.*").Single();
        var read = ReportReader.ReadFile(source);
        Assert.True(read.Success, read.Error);
        RoundTrip.Check(read.Report, format, Path.GetFileName(document) + "/" + Path.GetFileName(source), KnownPdfLimit(document, format));
    }

    [Theory]
    [InlineData(RenderFormat.Json)]
    [InlineData(RenderFormat.Markdown)]
    [InlineData(RenderFormat.Html)]
    [InlineData(RenderFormat.Docx)]
    [InlineData(RenderFormat.Xlsx)]
    public void RandomValidReports_RenderAndReadBackTheSameData(RenderFormat format) =>
        Gen.Int[0, int.MaxValue].Sample(seed => RoundTrip.Check(NarrativeReports.Create(new Random(seed)), format, $"random report (seed {seed})"), iter: RandomReports);

    /// <remarks>
    /// One PDF reader defect is tolerated, exactly: on a page whose text lines are all indented (a table page with a
    /// heading and a short paragraph below it), the reader joins a section heading with the next line, so section N
    /// comes back glued behind 「N、heading」 at the end of section N−1 (src/Gongkai.Formats/Pdf, reported).
    /// </remarks>
    [Fact]
    public void RandomValidReports_PrintToPdfAndReadBackTheSameData() =>
        Gen.Int[0, int.MaxValue].Sample(seed => RoundTrip.Check(NarrativeReports.Create(new Random(seed)), RenderFormat.Pdf, $"random report (seed {seed})", GluedHeading), iter: RandomPdfReports, threads: 1);

    private static List<string> GluedHeading(List<string> problems)
    {
        // Section n empty, and section n−1 ending in 「n、heading」 followed by section n's text: one defect, both lines go.
        var rest = new List<string>(problems);
        for (var n = 2; n <= 6; n++)
        {
            var heading = TextFold.Fold(SectionTitles.Heading(n));
            var empty = rest.FindIndex(p => p.StartsWith($"section {n}: expected «", StringComparison.Ordinal) && p.EndsWith("», got «»", StringComparison.Ordinal));
            var glued = rest.FindIndex(p => p.StartsWith($"section {n - 1}: ", StringComparison.Ordinal) && p.Contains("», got «", StringComparison.Ordinal)
                && p[(p.IndexOf("», got «", StringComparison.Ordinal) + 8)..].Contains(heading, StringComparison.Ordinal));
            if (empty >= 0 && glued >= 0)
            {
                var expected = rest[empty][(rest[empty].IndexOf('«') + 1)..rest[empty].IndexOf("», got", StringComparison.Ordinal)];
                var before = rest[glued][(rest[glued].IndexOf('«') + 1)..rest[glued].IndexOf("», got", StringComparison.Ordinal)];
                var got = rest[glued][(rest[glued].IndexOf("», got «", StringComparison.Ordinal) + 8)..^1];
                if (got == before + heading + expected || got == before + "\n" + heading + expected || got.Replace("\n", string.Empty, StringComparison.Ordinal) == (before + heading + expected).Replace("\n", string.Empty, StringComparison.Ordinal))
                {
                    rest.RemoveAll(p => p == rest[empty] || p == rest[glued]);
                }
            }
        }

        return rest;
    }

    /// <summary>
    /// What the PDF reader (src/Gongkai.Formats/Pdf, not the renderer) cannot get back from a correct PDF, listed
    /// exactly so that nothing else hides behind it: a row of value cells that are all blank and have no label
    /// prints no glyph, so the blank template's table 四 reads back absent; a paragraph that is only a placeholder
    /// (seed 002's 「无」 under 六) reads as an unruled table row. Everything else of these documents is compared.
    /// </summary>
    private static Func<List<string>, List<string>>? KnownPdfLimit(string document, RenderFormat format) => (document, format) switch
    {
        ("blank-template-2021", RenderFormat.Pdf) => l => [.. l.Where(p => !(p.StartsWith("table4.", StringComparison.Ordinal) && p.EndsWith("expected blank, got absent", StringComparison.Ordinal)))],
        ("002_0b5f7dfbc2c1884c.txt", RenderFormat.Pdf) => l => [.. l.Where(p => p != "section 6: expected «无», got «»")],
        _ => null,
    };

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
