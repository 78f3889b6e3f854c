// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using BenchmarkDotNet.Attributes;
using Gongkai.Documents;
using Gongkai.Formats;
using Gongkai.Formats.Render;

namespace Gongkai.Bench;

/// <summary>Issue #4 targets per core: .docx ≥ 300 reports/s, .html ≥ 1,000/s; .pdf reported (Chromium, one shared browser).</summary>
/// <remarks>
/// Renders a seed report (samples/, a 2024 township report: six sections of narrative, the three tables) already read
/// into memory; the rule check that lists failures is off, as it is measured by <see cref="ExtractAndCheckBenchmark"/>.
/// </remarks>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 3, iterationCount: 10)]
public class RenderBenchmark
{
    private static readonly RenderOptions Options = new() { CheckReport = false };
    private AnnualReport _report = new();

    [Params(RenderFormat.Docx, RenderFormat.Html, RenderFormat.Xlsx, RenderFormat.Markdown, RenderFormat.Json, RenderFormat.Pdf)]
    public RenderFormat Format { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var seed = Directory.EnumerateFiles(Paths.Samples, "004_*.txt").Single();
        _report = ReportReader.ReadFile(seed).Report ?? throw new InvalidOperationException("unreadable seed");
        _ = Render();
    }

    [Benchmark]
    public int Render() => ReportWriter.Render(_report, Format, Options).Content?.Length ?? throw new InvalidOperationException("render failed");
}
