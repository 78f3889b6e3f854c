// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Buffers;
using System.Text;
using Gongkai.Formats.Batch;
using Gongkai.Formats.Json;

namespace Gongkai.Cli;

/// <summary>JSON Lines, one <see cref="FindingsJson"/> object per entry as it finishes (completion order), then one
/// <c>"status":"crossFile"</c> object per file with findings that need several files. The summary goes to standard error.</summary>
internal sealed class JsonLinesOutput : IBatchOutput
{
    private readonly ArrayBufferWriter<byte> _buffer = new(4096);
    private readonly TextWriter _output;
    private readonly TextWriter _summary;
    private readonly bool _verbose;

    public JsonLinesOutput(TextWriter output, TextWriter summary, bool verbose)
    {
        _output = output;
        _summary = summary;
        _verbose = verbose;
    }

    public FindingCounts Counts { get; } = new();

    public void Add(FileCheckResult result)
    {
        Counts.Add(result);
        _buffer.ResetWrittenCount();
        FindingsJson.Write(_buffer, result, _verbose);
        _output.WriteLine(Encoding.UTF8.GetString(_buffer.WrittenSpan));
    }

    public void Finish(BatchSummary summary)
    {
        if (summary.Interrupted)
        {
            _summary.WriteLine($"已中断：已完成 {summary.Total - summary.NotDone} 个，未完成 {summary.NotDone} 个（共 {summary.Total} 个）；多份报告之间的检查未进行。");
        }

        _summary.WriteLine(Counts.Summary(summary));
    }
}
