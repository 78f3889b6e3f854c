// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using BenchmarkDotNet.Attributes;
using Gongkai.Formats;
using UglyToad.PdfPig;

namespace Gongkai.Bench;

/// <summary>Issue #3, .pdf ≥ 25 reports/s per core: the whole read against PdfPig's share of it.</summary>
/// <remarks>
/// <c>PdfPigOnly</c> does what the reader asks of PdfPig and nothing else: open the document, parse every page,
/// enumerate its letters and paths. The difference to <c>Read</c> is the reader's own geometry plus the assembler.
/// </remarks>
[MemoryDiagnoser]
[MedianColumn]
[MinColumn]
[SimpleJob(warmupCount: 3, iterationCount: 15)]
public class PdfReadBenchmark
{
    private byte[] _data = [];

    [Params("hongze-2024/source.pdf", "huaian-2024/source.pdf")]
    public string Document { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup() => _data = File.ReadAllBytes(Path.Combine(Paths.Corpus, Document));

    [Benchmark(Baseline = true)]
    public object Read() => ReportReader.Read(_data, Document).Report ?? throw new InvalidOperationException("unreadable");

    /// <summary>Opens the document as the reader does (from memory, same options) and enumerates what the reader uses.</summary>
    [Benchmark]
    public int PdfPigOnly()
    {
        using var document = PdfDocument.Open((ReadOnlyMemory<byte>)_data, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
        return Enumerate(document);
    }

    private static int Enumerate(PdfDocument document)
    {
        var n = 0;
        for (var p = 1; p <= document.NumberOfPages; p++)
        {
            var page = document.GetPage(p);
            foreach (var letter in page.Letters)
            {
                n += letter.Value.Length;
            }

            foreach (var path in page.Paths)
            {
                n += path.Count;
            }
        }

        return n;
    }
}
