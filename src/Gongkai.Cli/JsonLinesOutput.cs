// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Gongkai.Checking;
using Gongkai.Formats.Batch;

namespace Gongkai.Cli;

/// <summary>JSON Lines, one object per entry as it finishes (completion order):
/// <c>{"file","status","unit","year","format","findings":[…],"error","errorKind"}</c>, then one <c>"status":"crossFile"</c>
/// object per file with findings that need several files. The summary goes to standard error.</summary>
internal sealed class JsonLinesOutput : IBatchOutput
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
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
        using (var w = new Utf8JsonWriter(_buffer, Options))
        {
            WriteResult(w, result, _verbose);
        }

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

    internal static void WriteResult(Utf8JsonWriter w, FileCheckResult result, bool verbose = false)
    {
        w.WriteStartObject();
        w.WriteString("file", result.File);
        w.WriteString("status", result.Status switch
        {
            FileCheckStatus.Checked => "checked",
            FileCheckStatus.Unreadable => "unreadable",
            FileCheckStatus.Skipped => "skipped",
            _ => "crossFile",
        });
        Nullable(w, "unit", result.Unit);
        if (result.Year is { } year)
        {
            w.WriteNumber("year", year);
        }
        else
        {
            w.WriteNull("year");
        }

        Nullable(w, "format", result.Format == ReportFormat.Unknown ? null : ((int)result.Format).ToString(CultureInfo.InvariantCulture));
        w.WriteStartArray("findings");
        foreach (var f in result.Findings)
        {
            w.WriteStartObject();
            w.WriteString("rule", f.Rule);
            w.WriteString("severity", f.Severity switch { Severity.Error => "error", Severity.Warning => "warning", _ => "info" });
            if (f.Cell is not null)
            {
                w.WriteString("cell", f.Cell);
            }

            if (f.Section is { } s)
            {
                w.WriteNumber("section", s);
            }

            Nullable(w, "quote", f.Quote);
            Nullable(w, "expected", f.Expected);
            Nullable(w, "actual", f.Actual);
            w.WriteString("message", f.Message);
            if (!f.Location.IsUnknown)
            {
                w.WriteStartObject("location");
                Positive(w, "line", f.Location.Line);
                Positive(w, "column", f.Location.Column);
                Positive(w, "page", f.Location.Page);
                Positive(w, "table", f.Location.Table);
                Positive(w, "row", f.Location.Row);
                Positive(w, "cell", f.Location.Cell);
                w.WriteEndObject();
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        Nullable(w, "error", result.Status == FileCheckStatus.Unreadable ? result.Error : null);
        if (result.Status == FileCheckStatus.Skipped)
        {
            w.WriteString("skipped", result.Error);
        }

        if (result.ErrorKind != Formats.ReadErrorKind.None)
        {
            w.WriteString("errorKind", JsonNamingPolicy.CamelCase.ConvertName(result.ErrorKind.ToString()));
        }

        if (verbose && result.Detail is not null)
        {
            w.WriteString("detail", result.Detail);
        }

        w.WriteEndObject();
    }

    private static void Positive(Utf8JsonWriter w, string name, int value)
    {
        if (value > 0)
        {
            w.WriteNumber(name, value);
        }
    }

    private static void Nullable(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }
}
