// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using BenchmarkDotNet.Attributes;
using Gongkai.Checking;
using Gongkai.Formats;

namespace Gongkai.Bench;

/// <summary>Issue #2 target: extract + all single-report rules on seed-sized text, ≥ 3,000 reports/s on one core.</summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 3, iterationCount: 12)]
public class ExtractAndCheckBenchmark
{
    private byte[] _data = [];

    [ParamsSource(nameof(Seeds))]
    public string Seed { get; set; } = string.Empty;

    public static IEnumerable<string> Seeds() => Directory.EnumerateFiles(Paths.Samples, "*.txt").Select(Path.GetFileName).Order(StringComparer.Ordinal)!;

    [GlobalSetup]
    public void Setup() => _data = File.ReadAllBytes(Path.Combine(Paths.Samples, Seed));

    [Benchmark(Description = "extract")]
    public object Extract() => ReportReader.Read(_data, Seed).Report!;

    [Benchmark(Description = "extract+check")]
    public int ExtractAndCheck()
    {
        var report = ReportReader.Read(_data, Seed).Report!;
        return ReportChecker.Check(report).Count;
    }
}
