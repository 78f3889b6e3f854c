// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Checking;
using Gongkai.Formats;

namespace Gongkai.Bench;

/// <summary>
/// `dotnet run -c Release -- crawled-cpu [N]`: extract + check of each seed's ordinary text and of its crawler forms
/// (<c>tests/data/converted/crawler-glued</c>, <c>crawler-spaced</c>), as thread CPU time, and the ratio crawled / ordinary.
/// Issue #12 target: at most 2×; exits with 1 when a ratio misses it.
/// </summary>
internal static class CrawledCpuProbe
{
    private const double Target = 2.0;

    public static int Run(int iterations)
    {
        var converted = Path.GetFullPath(Path.Combine(Paths.Samples, "..", "tests", "data", "converted"));
        var cases = Directory.EnumerateFiles(Paths.Samples, "*.txt").Order(StringComparer.Ordinal)
            .Select(f => (Name: Path.GetFileNameWithoutExtension(f), Ordinary: File.ReadAllBytes(f),
                Glued: File.ReadAllBytes(Path.Combine(converted, "crawler-glued", "seed-" + Path.GetFileName(f))),
                Spaced: File.ReadAllBytes(Path.Combine(converted, "crawler-spaced", "seed-" + Path.GetFileName(f)))))
            .ToList();

        // Warm every form for a few seconds so that tiered compilation has promoted the hot paths.
        var warmUntil = DateTime.UtcNow.AddSeconds(4);
        while (DateTime.UtcNow < warmUntil)
        {
            foreach (var c in cases)
            {
                Read(c.Ordinary);
                Read(c.Glued);
                Read(c.Spaced);
            }
        }

        var missed = false;
        foreach (var c in cases)
        {
            // The three forms interleaved, call by call, so that a burst of load elsewhere hits them alike.
            var times = new double[3][];
            byte[][] forms = [c.Ordinary, c.Glued, c.Spaced];
            for (var f = 0; f < 3; f++)
            {
                times[f] = new double[iterations];
            }

            for (var i = 0; i < iterations; i++)
            {
                for (var f = 0; f < 3; f++)
                {
                    var t = PdfProbe.ThreadCpuMs();
                    Read(forms[f]);
                    times[f][i] = (PdfProbe.ThreadCpuMs() - t) * 1000;
                }
            }

            var (ordinary, glued, spaced) = (Median(times[0]), Median(times[1]), Median(times[2]));
            var worst = Math.Max(glued, spaced) / ordinary;
            missed |= worst > Target;
            Console.WriteLine($"{c.Name}: ordinary {ordinary:F0} µs, crawler-glued {glued:F0} µs ({glued / ordinary:F2}×), crawler-spaced {spaced:F0} µs ({spaced / ordinary:F2}×) {(worst > Target ? "MISSED" : "met")} (≤ {Target}×)");
        }

        return missed ? 1 : 0;
    }

    private static void Read(byte[] data) => ReportChecker.Check(ReportReader.Read(data, "crawled").Report!);

    private static double Median(double[] values)
    {
        Array.Sort(values);
        return values[values.Length / 2];
    }
}
