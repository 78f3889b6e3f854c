// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using BenchmarkDotNet.Attributes;
using Gongkai.Formats;

namespace Gongkai.Bench;

/// <summary>Issue #3 targets per core: .docx ≥ 300 reports/s, .html ≥ 500/s, .pdf ≥ 25/s (typical 5–10 page reports); memory per report.</summary>
/// <remarks>Reads the corpus documents (in <c>tests/data/corpus</c>) through the public front door, extraction only.</remarks>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 3, iterationCount: 10)]
public class FormatReadBenchmark
{
    private byte[] _data = [];

    [Params("blank-template-2021/source.docx", "pingtan-2023/source.html", "pingtan-2020/source.html", "huaian-2024/source.pdf", "hongze-2024/source.pdf")]
    public string Document { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup() => _data = File.ReadAllBytes(Path.Combine(Paths.Corpus, Document));

    [Benchmark]
    public object Read() => ReportReader.Read(_data, Document).Report ?? throw new InvalidOperationException("unreadable");
}
