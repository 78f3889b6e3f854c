// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Runtime.InteropServices;
using AngleSharp.Html.Parser;
using Gongkai.Formats;
using Gongkai.Formats.Docx;
using Gongkai.Formats.Html;

namespace Gongkai.Bench;

/// <summary>
/// `dotnet run -c Release -- formats`: time and allocation per stage of the Word and HTML readers (not a measurement
/// of record); `loop DOCUMENT SECONDS` and `loopcompact PAGE SECONDS` read one corpus document over and over for a
/// sampling profiler (dotnet-trace).
/// </summary>
/// <remarks>Times are the thread's CPU time, best batch and mean: on a shared machine the wall clock mostly measures the neighbours.</remarks>
internal static class FormatProbe
{
    private const int N = 400;

    /// <summary>Reads one corpus document over and over, for a profiler to sample.</summary>
    /// <param name="name">The document, relative to the corpus.</param>
    /// <param name="seconds">How long to read.</param>
    public static void Loop(string name, double seconds)
    {
        var data = File.ReadAllBytes(Path.Combine(Paths.Corpus, name));
        var until = DateTime.UtcNow.AddSeconds(seconds);
        var count = 0;
        while (DateTime.UtcNow < until)
        {
            _ = ReportReader.Read(data, name);
            count++;
        }

        Console.WriteLine($"{count} reads");
    }

    /// <summary>Compacts one corpus page over and over, for a profiler to sample.</summary>
    /// <param name="name">The page, relative to the corpus.</param>
    /// <param name="seconds">How long to run.</param>
    public static void LoopCompact(string name, double seconds)
    {
        var text = File.ReadAllText(Path.Combine(Paths.Corpus, name));
        var chars = text.ToCharArray();
        var until = DateTime.UtcNow.AddSeconds(seconds);
        while (DateTime.UtcNow < until)
        {
            text.CopyTo(0, chars, 0, text.Length);
            HtmlCompactor.Compact(chars);
        }
    }

    public static void Run()
    {
        foreach (var name in new[] { "blank-template-2021/source.docx", "pingtan-2023/source.html", "pingtan-2020/source.html" })
        {
            var data = File.ReadAllBytes(Path.Combine(Paths.Corpus, name));
            var content = ReportReader.ReadContent(data).Content;
            Measure(name, "assemble", () => ReportAssembler.Assemble(content, name));
            if (name.EndsWith(".docx", StringComparison.Ordinal))
            {
                Measure(name, "guard+parts", () => DocxPackageGuard.Open(data, ReadOptions.Default.MaxUnpackedBytes, CancellationToken.None));
                Measure(name, "zip-entries", () =>
                {
                    using var archive = new System.IO.Compression.ZipArchive(DocxContentReader.AsStream(data));
                    foreach (var e in archive.Entries)
                    {
                        using var s = e.Open();
                        s.CopyTo(Stream.Null);
                    }
                });
                byte[] main;
                using (var archive = new System.IO.Compression.ZipArchive(DocxContentReader.AsStream(data)))
                using (var s = archive.GetEntry("word/document.xml")!.Open())
                using (var ms = new MemoryStream())
                {
                    s.CopyTo(ms);
                    main = ms.ToArray();
                }

                Measure(name, "readbody", () => DocxPartReader.ReadBody(main, false, CancellationToken.None));
                Measure(name, "package", () =>
                {
                    using var package = System.IO.Packaging.Package.Open(DocxContentReader.AsStream(data), FileMode.Open, FileAccess.Read);
                    foreach (var r in package.GetRelationships())
                    {
                        var part = package.GetPart(System.IO.Packaging.PackUriHelper.ResolvePartUri(new Uri("/", UriKind.Relative), r.TargetUri));
                        foreach (var r2 in part.GetRelationships())
                        {
                        }
                    }
                });
                var parts = DocxPackageGuard.Open(data, ReadOptions.Default.MaxUnpackedBytes, CancellationToken.None);
                Measure(name, "walk", () => DocxBodyWalker.Walk(parts.Body!, DocxNumbering.Create(parts.Numbering, parts.Styles), CancellationToken.None));
                Measure(name, "content", () => ReportReader.ReadContent(data));
                Measure(name, "total", () => ReportReader.Read(data, name));
            }
            else
            {
                var declared = HtmlContentReader.PrescanCharset(data.AsSpan(0, 4096));
                var text = HtmlTextDecoding.Decode(data, declared).Text;
                var chars = text.ToCharArray();
                var compacted = new string(chars, 0, HtmlCompactor.Compact(chars));
                Measure(name, "decode", () =>
                {
                    HtmlTextDecoding.DecodeToBuffer(data, HtmlContentReader.PrescanCharset(data.AsSpan(0, 4096)), out var buffer, out _);
                    System.Buffers.ArrayPool<char>.Shared.Return(buffer);
                });
                Measure(name, "compact", () =>
                {
                    text.CopyTo(0, chars, 0, text.Length);
                    HtmlCompactor.Compact(chars.AsSpan(0, text.Length));
                });
                // One parser, as the reader keeps one per thread.
                var parser = new HtmlParser();
                Measure(name, "parse-orig", () => parser.ParseDocument(text));
                Measure(name, "parse-compact", () => parser.ParseDocument(compacted));
                var document = new HtmlParser().ParseDocument(compacted);
                Measure(name, "locate", () => ReportRegionLocator.Locate(document, CancellationToken.None));
                var region = ReportRegionLocator.Locate(document, CancellationToken.None)!;
                Measure(name, "walk", () => HtmlBlockWalker.Walk(region, CancellationToken.None));
                Measure(name, "content", () => ReportReader.ReadContent(data));
                Measure(name, "total", () => ReportReader.Read(data, name));
            }
        }
    }

    // The machine is shared: the thread's own CPU time is steadier than the wall clock under load.
    private static double ThreadCpuMicroseconds()
    {
        _ = ClockGetTime(3, out var spec); // CLOCK_THREAD_CPUTIME_ID
        return (spec.Seconds * 1e6) + (spec.Nanoseconds / 1e3);
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec spec);

    private static void Measure(string name, string stage, Action action)
    {
        // Past tier-0 code: the tier-1 compiles run on a background thread, starved on a loaded machine.
        for (var round = 0; round < 3; round++)
        {
            for (var i = 0; i < 60; i++)
            {
                action();
            }

            Thread.Sleep(150);
        }

        var a = GC.GetAllocatedBytesForCurrentThread();
        int g0 = GC.CollectionCount(0), g1 = GC.CollectionCount(1), g2 = GC.CollectionCount(2);
        var best = double.MaxValue;
        var sum = 0.0;
        for (var b = 0; b < N / 10; b++)
        {
            var t = ThreadCpuMicroseconds();
            for (var i = 0; i < 10; i++)
            {
                action();
            }

            var batch = (ThreadCpuMicroseconds() - t) / 10;
            best = Math.Min(best, batch);
            sum += batch;
        }

        var us = best;
        var mean = sum / (N / 10);
        Console.WriteLine($"{name,-34} {stage,-10} {us,7:F0} us (mean {mean,6:F0}) {(GC.GetAllocatedBytesForCurrentThread() - a) / N / 1024,8} KB  GC/1000 {(GC.CollectionCount(0) - g0) * 1000 / N,4} {(GC.CollectionCount(1) - g1) * 1000 / N,4} {(GC.CollectionCount(2) - g2) * 1000 / N,4}");
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
