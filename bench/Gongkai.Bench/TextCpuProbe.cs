// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Checking;
using Gongkai.Formats;

namespace Gongkai.Bench;

/// <summary>
/// `dotnet run -c Release -- text-cpu [N]`: extract + all single-report rules per seed, as thread CPU time
/// (robust on a shared machine, where BenchmarkDotNet's wall-clock means swing with other processes' load).
/// Issue #2 target: ≥ 3,000 reports/s on one core, i.e. ≤ 333 µs per report.
/// </summary>
internal static class TextCpuProbe
{
    public static void Run(int iterations)
    {
        // Warm every seed for a few seconds first so that tiered compilation has promoted the hot paths
        // (a fixed count of warm-up calls on the first file ends before tier-1 code is installed).
        var files = Directory.EnumerateFiles(Paths.Samples, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToList();
        var warmUntil = DateTime.UtcNow.AddSeconds(4);
        while (DateTime.UtcNow < warmUntil)
        {
            foreach (var bytes in files)
            {
                ReportChecker.Check(ReportReader.Read(bytes, "warm").Report!);
            }
        }

        var all = new List<double>();
        foreach (var file in Directory.EnumerateFiles(Paths.Samples, "*.txt").Order(StringComparer.Ordinal))
        {
            var data = File.ReadAllBytes(file);
            for (var warm = 0; warm < 500; warm++)
            {
                ReportChecker.Check(ReportReader.Read(data, file).Report!);
            }

            var cpu = new double[iterations];
            var a0 = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < iterations; i++)
            {
                var c = PdfProbe.ThreadCpuMs();
                ReportChecker.Check(ReportReader.Read(data, file).Report!);
                cpu[i] = (PdfProbe.ThreadCpuMs() - c) * 1000;
            }

            Array.Sort(cpu);
            all.AddRange(cpu);
            var median = cpu[iterations / 2];
            Console.WriteLine($"{Path.GetFileName(file)}: thread cpu median {median:F0} µs (p10 {cpu[iterations / 10]:F0}, p90 {cpu[iterations * 9 / 10]:F0}) → {1e6 / median:F0} reports/s; {(GC.GetAllocatedBytesForCurrentThread() - a0) / iterations / 1024} KB allocated per report");
        }

        all.Sort();
        Console.WriteLine($"all seeds: median {all[all.Count / 2]:F0} µs → {1e6 / all[all.Count / 2]:F0} reports/s per core");
    }
}
