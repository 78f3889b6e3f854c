// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using BenchmarkDotNet.Attributes;
using Gongkai.Checking;
using Gongkai.Formats;

namespace Gongkai.Bench;

/// <summary>Issue #12 target: reading (extract + check) a report as a crawler delivers it — a metadata header, then the
/// whole report on one line with its cells glued (<c>tests/data/converted/crawler-glued</c>) or partly spaced
/// (<c>crawler-spaced</c>) — costs at most 2× reading the same report's ordinary text (<c>samples/</c>).</summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 3, iterationCount: 12)]
public class CrawledTextBenchmark
{
    private byte[] _ordinary = [];
    private byte[] _glued = [];
    private byte[] _spaced = [];

    /// <summary>Gets or sets the seed (its file name in <c>samples/</c> without extension).</summary>
    [Params("000_be3ab72ab8a45f0e", "004_5381253050f8893c")]
    public string Seed { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        var converted = Path.GetFullPath(Path.Combine(Paths.Samples, "..", "tests", "data", "converted"));
        _ordinary = File.ReadAllBytes(Path.Combine(Paths.Samples, Seed + ".txt"));
        _glued = File.ReadAllBytes(Path.Combine(converted, "crawler-glued", "seed-" + Seed + ".txt"));
        _spaced = File.ReadAllBytes(Path.Combine(converted, "crawler-spaced", "seed-" + Seed + ".txt"));
    }

    [Benchmark(Baseline = true, Description = "ordinary text")]
    public int Ordinary() => Read(_ordinary);

    [Benchmark(Description = "crawler-glued")]
    public int Glued() => Read(_glued);

    [Benchmark(Description = "crawler-spaced")]
    public int Spaced() => Read(_spaced);

    private int Read(byte[] data)
    {
        var report = ReportReader.Read(data, Seed).Report!;
        return ReportChecker.Check(report).Count;
    }
}
