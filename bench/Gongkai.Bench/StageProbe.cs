// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Diagnostics;
using Gongkai.Checking;
using Gongkai.Formats;
using Gongkai.Formats.Text;

namespace Gongkai.Bench;

/// <summary>`dotnet run -c Release -- stages`: allocation and time per stage, to find where to optimise (not a measurement of record).</summary>
internal static class StageProbe
{
    public static void Run()
    {
        foreach (var file in Directory.EnumerateFiles(Paths.Samples, "*.txt").Order(StringComparer.Ordinal))
        {
            var data = File.ReadAllBytes(file);
            for (var warm = 0; warm < 200; warm++)
            {
                ReportChecker.Check(ReportReader.Read(data, file).Report!);
            }

            const int N = 500;
            long a0 = GC.GetAllocatedBytesForCurrentThread(), decode = 0, content = 0, assemble = 0, check = 0;
            var sw = new long[4];
            for (var i = 0; i < N; i++)
            {
                var t = Stopwatch.GetTimestamp();
                var b = GC.GetAllocatedBytesForCurrentThread();
                var text = TextDecoding.Decode(data, out _);
                decode += GC.GetAllocatedBytesForCurrentThread() - b;
                sw[0] += Stopwatch.GetTimestamp() - t;
                t = Stopwatch.GetTimestamp();
                b = GC.GetAllocatedBytesForCurrentThread();
                var c = TextContentReader.ReadText(text);
                content += GC.GetAllocatedBytesForCurrentThread() - b;
                sw[1] += Stopwatch.GetTimestamp() - t;
                t = Stopwatch.GetTimestamp();
                b = GC.GetAllocatedBytesForCurrentThread();
                var r = ReportAssembler.Assemble(c, file);
                assemble += GC.GetAllocatedBytesForCurrentThread() - b;
                sw[2] += Stopwatch.GetTimestamp() - t;
                t = Stopwatch.GetTimestamp();
                b = GC.GetAllocatedBytesForCurrentThread();
                ReportChecker.Check(r);
                check += GC.GetAllocatedBytesForCurrentThread() - b;
                sw[3] += Stopwatch.GetTimestamp() - t;
            }

            double Us(long ticks) => ticks * 1e6 / Stopwatch.Frequency / N;
            var report = ReportReader.Read(data, file).Report!;
            var perRule = new List<string>();
            foreach (var rule in ReportChecker.Rules)
            {
                var list = new List<Finding>();
                var t0 = Stopwatch.GetTimestamp();
                var b0 = GC.GetAllocatedBytesForCurrentThread();
                for (var i = 0; i < N; i++)
                {
                    list.Clear();
                    rule.Check(report, list);
                }

                perRule.Add($"{rule.GetType().Name.Replace("Rule", string.Empty, StringComparison.Ordinal)} {Us(Stopwatch.GetTimestamp() - t0):F0}us/{(GC.GetAllocatedBytesForCurrentThread() - b0) / N / 1024}KB");
            }

            Console.WriteLine("   " + string.Join(", ", perRule));
            Console.WriteLine($"{Path.GetFileName(file)[..3]}: decode {decode / N / 1024}KB {Us(sw[0]):F0}us | content {content / N / 1024}KB {Us(sw[1]):F0}us | assemble {assemble / N / 1024}KB {Us(sw[2]):F0}us | check {check / N / 1024}KB {Us(sw[3]):F0}us | total {(GC.GetAllocatedBytesForCurrentThread() - a0) / N / 1024}KB");
        }
    }
}
