// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Gongkai.Checking;
using Gongkai.Formats.Batch;

namespace Gongkai.Cli;

/// <summary>One JSON object per file: <c>{"file","unit","year","format","findings":[…],"error"}</c>.</summary>
internal static class JsonLinesOutput
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(IReadOnlyList<FileCheckResult> results, TextWriter output)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        foreach (var result in results)
        {
            buffer.ResetWrittenCount();
            using (var w = new Utf8JsonWriter(buffer, Options))
            {
                WriteResult(w, result);
            }

            output.WriteLine(Encoding.UTF8.GetString(buffer.WrittenSpan));
        }
    }

    internal static void WriteResult(Utf8JsonWriter w, FileCheckResult result)
    {
        w.WriteStartObject();
        w.WriteString("file", result.File);
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
        Nullable(w, "error", result.Error);
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
