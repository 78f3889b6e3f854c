// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Diagnostics;
using System.Runtime.InteropServices;
using Gongkai.Formats;
using Gongkai.Formats.Pdf;
using UglyToad.PdfPig;

namespace Gongkai.Bench;

/// <summary>Probes of the PDF reader (quick iteration; confirm with <see cref="PdfReadBenchmark"/>).</summary>
/// <remarks>
/// <para><c>dotnet run -c Release -- pdf [N]</c>: per corpus PDF, PdfPig alone against the whole read, N runs each.
/// Besides wall time it reports the thread's own CPU time, which other processes on a shared machine do not inflate,
/// and the process CPU time (background GC included).</para>
/// <para><c>pdf stages N</c>: the reader's own stages on pages PdfPig has already parsed.
/// <c>pdf analyze N</c> and <c>pdf loop N</c>: page analysis alone, or the whole read, N times over, for a sampling
/// profiler (<c>perf record -g</c> with <c>DOTNET_PerfMapEnabled=1</c>).
/// <c>pdf alloc N</c>: sampled allocations by type (<see cref="AllocProbe"/>).
/// <c>pdf dump OUT FILE...</c>: the reader's output per file, to diff two versions (<see cref="PdfDump"/>).</para>
/// </remarks>
internal static partial class PdfProbe
{
    private static readonly string[] Documents = ["hongze-2024/source.pdf", "huaian-2024/source.pdf"];

    public static void Dispatch(string[] args)
    {
        static int Count(string[] a, int i, int fallback) => a.Length > i ? int.Parse(a[i], System.Globalization.CultureInfo.InvariantCulture) : fallback;
        switch (args)
        {
            case ["stages", ..]:
                Stages(Count(args, 1, 200));
                break;
            case ["analyze", ..]:
                Stages(Count(args, 1, 5000), analyzeOnly: true);
                break;
            case ["loop", ..]:
                Loop(Count(args, 1, 1000));
                break;
            case ["alloc", ..]:
                AllocProbe.Run(Count(args, 1, 200));
                break;
            case ["dump", var output, .. var files]:
                PdfDump.Run(output, files);
                break;
            default:
                Run(Count(args, 0, 100));
                break;
        }
    }

    public static void Run(int iterations)
    {
        foreach (var name in Documents)
        {
            var data = File.ReadAllBytes(Path.Combine(Paths.Corpus, name));
            var options = new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true };
            Console.WriteLine(name);
            Measure("open", iterations, () =>
            {
                using var d = PdfDocument.Open((ReadOnlyMemory<byte>)data, options);
                return d.NumberOfPages;
            });
            Measure("open+pages (letters)", iterations, () =>
            {
                using var d = PdfDocument.Open((ReadOnlyMemory<byte>)data, options);
                var n = 0;
                for (var p = 1; p <= d.NumberOfPages; p++)
                {
                    n += d.GetPage(p).Letters.Count;
                }

                return n;
            });
            Measure("open+pages+paths", iterations, () =>
            {
                using var d = PdfDocument.Open((ReadOnlyMemory<byte>)data, options);
                var n = 0;
                for (var p = 1; p <= d.NumberOfPages; p++)
                {
                    var page = d.GetPage(p);
                    n += page.Letters.Count;
                    foreach (var path in page.Paths)
                    {
                        n += path.Count;
                    }
                }

                return n;
            });
            Measure("content (PdfContentReader)", iterations, () => ReportReader.ReadContent(data).Content.Blocks.Count);
            Measure("full (ReportReader.Read)", iterations, () => ReportReader.Read(data, name).Report is null ? 0 : 1);
        }
    }

    /// <summary>Reads both PDFs over and over, for a sampling profiler (perf with DOTNET_PerfMapEnabled=1).</summary>
    public static void Loop(int iterations)
    {
        var data = Documents.Select(static d => File.ReadAllBytes(Path.Combine(Paths.Corpus, d))).ToArray();
        var n = 0;
        for (var i = 0; i < iterations; i++)
        {
            foreach (var d in data)
            {
                n += ReportReader.ReadContent(d).Content.Blocks.Count;
            }
        }

        Console.WriteLine(n);
    }

    /// <summary>Splits our own per-page work into stages, on pages PdfPig has already parsed.</summary>
    public static void Stages(int iterations, bool analyzeOnly = false)
    {
        foreach (var name in Documents)
        {
            var data = File.ReadAllBytes(Path.Combine(Paths.Corpus, name));
            using var document = PdfDocument.Open(data, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
            var pages = Enumerable.Range(1, document.NumberOfPages).Select(document.GetPage).ToList();
            Console.WriteLine($"{name}: {pages.Sum(static p => p.Letters.Count)} letters, {pages.Sum(static p => p.Paths.Count)} paths");
            if (analyzeOnly)
            {
                AnalyzeInputs(pages, iterations);
                continue;
            }

            Measure("frame+glyphs", iterations, () =>
            {
                var n = 0;
                foreach (var page in pages)
                {
                    var frame = PdfPageFrame.Detect(page.Letters, page.Width, page.Height);
                    foreach (var letter in page.Letters)
                    {
                        if (!string.IsNullOrWhiteSpace(letter.Value))
                        {
                            n += frame.Glyph(letter).Text.Length;
                        }
                    }
                }

                return n;
            });
            Measure("rulings", iterations, () =>
            {
                var n = 0;
                foreach (var page in pages)
                {
                    var frame = PdfPageFrame.Detect(page.Letters, page.Width, page.Height);
                    n += frame.Map(PdfRulings.FromPaths(page.Paths)).Horizontal.Count;
                }

                return n;
            });
            var inputs = pages.Select(static page =>
            {
                var frame = PdfPageFrame.Detect(page.Letters, page.Width, page.Height);
                var glyphs = page.Letters.Where(static l => !string.IsNullOrWhiteSpace(l.Value)).Select(frame.Glyph).ToList();
                return (glyphs, rulings: frame.Map(PdfRulings.FromPaths(page.Paths)), frame.Height);
            }).ToList();
            Measure("cluster lines (all glyphs)", iterations, () => inputs.Sum(static i => PdfText.ClusterLines(i.glyphs).Count));
            Measure("analyze", iterations, () => inputs.Sum(static i => PdfPageAnalyzer.Analyze(i.glyphs, i.rulings, i.Height).Count));
            Measure("analyze+build", iterations, () =>
            {
                var items = inputs.Select(static i => PdfPageAnalyzer.Analyze(i.glyphs, i.rulings, i.Height)).Prepend(null).ToArray();
                PdfPageAnalyzer.RemoveRunningLines(items, inputs.Select(static i => i.Height).Prepend(0).ToArray());
                var builder = new PdfContentBuilder();
                for (var p = 1; p < items.Length; p++)
                {
                    builder.AddPage(p, items[p]!);
                }

                return builder.Build().Count;
            });
        }
    }

    private static void AnalyzeInputs(List<UglyToad.PdfPig.Content.Page> pages, int iterations)
    {
        var inputs = pages.Select(static page =>
        {
            var frame = PdfPageFrame.Detect(page.Letters, page.Width, page.Height);
            var glyphs = page.Letters.Where(static l => !string.IsNullOrWhiteSpace(l.Value)).Select(frame.Glyph).ToList();
            return (glyphs, rulings: frame.Map(PdfRulings.FromPaths(page.Paths)), frame.Height);
        }).ToList();
        var n = 0;
        for (var i = 0; i < iterations; i++)
        {
            n += inputs.Sum(static i => PdfPageAnalyzer.Analyze(i.glyphs, i.rulings, i.Height).Count);
        }

        Console.WriteLine(n);
    }

    private static void Measure(string label, int iterations, Func<int> action)
    {
        for (var i = 0; i < Math.Max(5, iterations / 5); i++)
        {
            action();
        }

        GC.Collect();
        var a0 = GC.GetAllocatedBytesForCurrentThread();
        int g0 = GC.CollectionCount(0), g1 = GC.CollectionCount(1), g2 = GC.CollectionCount(2);
        var times = new double[iterations];
        var cpu = new double[iterations];
        var process = Process.GetCurrentProcess();
        process.Refresh();
        var processCpu = process.TotalProcessorTime;
        for (var i = 0; i < iterations; i++)
        {
            var c = ThreadCpuMs();
            var t = Stopwatch.GetTimestamp();
            action();
            times[i] = Stopwatch.GetElapsedTime(t).TotalMilliseconds;
            cpu[i] = ThreadCpuMs() - c;
        }

        process.Refresh();
        var processMs = (process.TotalProcessorTime - processCpu).TotalMilliseconds / iterations;
        Array.Sort(times);
        Array.Sort(cpu);
        var alloc = (GC.GetAllocatedBytesForCurrentThread() - a0) / iterations / 1024.0 / 1024.0;
        Console.WriteLine($"  {label,-28} wall median {times[iterations / 2],7:F2} min {times[0],7:F2} | thread cpu median {cpu[iterations / 2],7:F2} min {cpu[0],7:F2} | process cpu mean {processMs,7:F2} ms | {alloc,6:F2} MB | GCs per 100: {(GC.CollectionCount(0) - g0) * 100.0 / iterations:F0}/{(GC.CollectionCount(1) - g1) * 100.0 / iterations:F0}/{(GC.CollectionCount(2) - g2) * 100.0 / iterations:F0}");
    }

    // Wall time on a shared machine counts other processes' slices; the thread's own CPU time does not.
    internal static double ThreadCpuMs()
    {
        const int ClockThreadCpuTimeId = 3;
        return ClockGetTime(ClockThreadCpuTimeId, out var ts) == 0 ? (ts.Seconds * 1e3) + (ts.Nanoseconds / 1e6) : double.NaN;
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
