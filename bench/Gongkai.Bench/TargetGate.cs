// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Globalization;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Gongkai.Bench;

/// <summary>
/// `targets`: runs the benchmarks that carry an issue's speed target and fails (exit code 1) when a mean misses it.
/// </summary>
/// <remarks>
/// The targets are per core, and BenchmarkDotNet runs one benchmark process at a time, so a mean of m ns is
/// 1e9 / m reports per second on one core. A loaded machine inflates the means: run it on an idle one.
/// </remarks>
internal static class TargetGate
{
    public static int Run(string[] args)
    {
        var only = args.Length > 0 ? args[0] : null;
        var rows = new List<Row>();
        if (only is null or "read")
        {
            rows.AddRange(Rows(BenchmarkRunner.Run<FormatReadBenchmark>(), "Document", "read", ReadTarget));
        }

        if (only is null or "check")
        {
            rows.AddRange(Rows(BenchmarkRunner.Run<ExtractAndCheckBenchmark>(), "Seed", "extract+check", (_, description) => description == "extract+check" ? 3000 : null));
        }

        if (only is null or "render")
        {
            rows.AddRange(Rows(BenchmarkRunner.Run<RenderBenchmark>(), "Format", "render", RenderTarget));
        }

        Console.WriteLine();
        Console.WriteLine($"{"benchmark",-14} {"case",-40} {"mean",12} {"per core",11} {"allocated",11} {"target",8}  result");
        var failed = 0;
        foreach (var row in rows)
        {
            var verdict = row.Target is not { } target ? "reported" : row.PerSecond >= target ? "met" : "MISSED";
            failed += verdict == "MISSED" ? 1 : 0;
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{row.Benchmark,-14} {row.Case,-40} {row.MeanMicroseconds,9:F0} µs {row.PerSecond,8:F0} /s {row.AllocatedKilobytes,8:F0} KB {(row.Target is { } t ? $"≥ {t}" : "-"),8}  {verdict}"));
        }

        Console.WriteLine(failed == 0 ? "all targets met" : $"{failed} target(s) missed");
        return failed == 0 ? 0 : 1;
    }

    private static int? ReadTarget(string document, string description) => Path.GetExtension(document) switch
    {
        ".docx" => 300,
        ".html" => 500,
        ".pdf" => 25,
        _ => null,
    };

    private static int? RenderTarget(string format, string description) => format switch
    {
        "Docx" => 300,
        "Html" => 1000,
        _ => null,
    };

    private static IEnumerable<Row> Rows(Summary summary, string parameter, string benchmark, Func<string, string, int?> target)
    {
        foreach (var report in summary.Reports)
        {
            var value = report.BenchmarkCase.Parameters[parameter]?.ToString() ?? string.Empty;
            var description = report.BenchmarkCase.Descriptor.WorkloadMethodDisplayInfo;
            if (report.ResultStatistics is not { } statistics)
            {
                // A benchmark that did not run misses its target.
                yield return new Row(benchmark, $"{value} {description}", double.NaN, 0, double.NaN, target(value, description) ?? 1);
                continue;
            }

            var mean = statistics.Mean / 1000.0;
            var allocated = report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase) / 1024.0 ?? double.NaN;
            yield return new Row(benchmark, $"{value} {description}", mean, 1e6 / mean, allocated, target(value, description));
        }
    }

    private sealed record Row(string Benchmark, string Case, double MeanMicroseconds, double PerSecond, double AllocatedKilobytes, int? Target);
}
