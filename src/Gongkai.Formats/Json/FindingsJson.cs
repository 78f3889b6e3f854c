// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Gongkai.Checking;
using Gongkai.Formats.Batch;

namespace Gongkai.Formats.Json;

/// <summary>Writes the findings JSON: one object per checked file (<c>report-schema.md</c>, 「Findings JSON」), the shape
/// the CLI's <c>check --json</c> prints one per line and the web API returns.</summary>
/// <remarks>
/// <para>An object is <c>{"file","status","unit","year","format","findings":[…],"error"}</c>, then <c>"skipped"</c>
/// (a skipped entry's reason), <c>"errorKind"</c> (when not read or skipped; <see cref="ReadErrorKind"/> in camelCase) and
/// <c>"detail"</c> (the system's own text, only when asked for). A finding is <c>{"rule","severity","cell"?,"section"?,
/// "quote","expected","actual","message","location"?}</c>; members shown with <c>?</c> are left out when unknown, the
/// others are <c>null</c>. The members are written in this order and the output is compact UTF-8 with CJK characters
/// unescaped, so the bytes are stable (the CLI's golden file <c>tests/Gongkai.Cli.Tests/Golden/check-json.jsonl</c>).</para>
/// <para><c>file</c> is <see cref="FileCheckResult.File"/> as given: a server passes the upload's own name
/// (<see cref="FromRead"/>), never the path it stored the upload under.</para>
/// </remarks>
public static class FindingsJson
{
    /// <summary>Gets the writer options of the findings JSON: compact, CJK characters unescaped.</summary>
    public static JsonWriterOptions WriterOptions { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes one result as a JSON object.</summary>
    /// <param name="writer">The writer (use <see cref="WriterOptions"/> for the documented bytes).</param>
    /// <param name="result">The result.</param>
    /// <param name="includeDetail">Whether to write <c>detail</c>, the system's own text of an error (it may name server paths).</param>
    public static void Write(Utf8JsonWriter writer, FileCheckResult result, bool includeDetail = false)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        var w = writer;
        w.WriteStartObject();
        w.WriteString("file", result.File);
        w.WriteString("status", StatusName(result.Status));
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
            WriteFinding(w, f);
        }

        w.WriteEndArray();
        Nullable(w, "error", result.Status == FileCheckStatus.Unreadable ? result.Error : null);
        if (result.Status == FileCheckStatus.Skipped)
        {
            w.WriteString("skipped", result.Error);
        }

        if (result.ErrorKind != ReadErrorKind.None)
        {
            w.WriteString("errorKind", ErrorKindName(result.ErrorKind));
        }

        if (includeDetail && result.Detail is not null)
        {
            w.WriteString("detail", result.Detail);
        }

        w.WriteEndObject();
    }

    /// <summary>Writes one finding as a JSON object.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="finding">The finding.</param>
    public static void WriteFinding(Utf8JsonWriter writer, Finding finding)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(finding);
        var w = writer;
        var f = finding;
        w.WriteStartObject();
        w.WriteString("rule", f.Rule);
        w.WriteString("severity", SeverityName(f.Severity));
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

    /// <summary>Writes one result into a buffer as UTF-8 (no line break).</summary>
    /// <param name="output">The buffer.</param>
    /// <param name="result">The result.</param>
    /// <param name="includeDetail">Whether to write <c>detail</c>.</param>
    public static void Write(IBufferWriter<byte> output, FileCheckResult result, bool includeDetail = false)
    {
        using var w = new Utf8JsonWriter(output, WriterOptions);
        Write(w, result, includeDetail);
    }

    /// <summary>Gets one result as a line of JSON Lines (no line break).</summary>
    /// <param name="result">The result.</param>
    /// <param name="includeDetail">Whether to write <c>detail</c>.</param>
    /// <returns>The JSON text.</returns>
    public static string ToJson(FileCheckResult result, bool includeDetail = false)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        Write(buffer, result, includeDetail);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Makes the result of one file read (and checked) outside a batch — a web upload — naming it as the caller shows it.</summary>
    /// <param name="shownName">The name to show (an upload's own file name), written as <c>file</c> and in front of <c>error</c>.</param>
    /// <param name="read">The read result.</param>
    /// <param name="findings">The findings of the report (<see cref="ReportChecker"/>), when read.</param>
    /// <returns>A <see cref="FileCheckStatus.Checked"/> or <see cref="FileCheckStatus.Unreadable"/> result; its error is
    /// <see cref="ReadError.WithFile"/> of <paramref name="shownName"/>, so no path of the reader's own reaches it. It has no
    /// <see cref="FileCheckResult.Detail"/>.</returns>
    public static FileCheckResult FromRead(string shownName, ReadResult read, IReadOnlyList<Finding>? findings = null)
    {
        ArgumentNullException.ThrowIfNull(shownName);
        ArgumentNullException.ThrowIfNull(read);
        if (!read.Success)
        {
            return new FileCheckResult
            {
                File = shownName,
                Status = FileCheckStatus.Unreadable,
                Error = read.ReadError.WithFile(shownName).ToString(),
                ErrorKind = read.ErrorKind,
                ReadError = read.ReadError,
            };
        }

        return new FileCheckResult
        {
            File = shownName,
            Status = FileCheckStatus.Checked,
            Unit = read.Report.Unit,
            Year = read.Report.Year,
            Format = read.Report.Format,
            Findings = findings ?? [],
        };
    }

    /// <summary>Gets the JSON name of a status: <c>checked</c>, <c>unreadable</c>, <c>skipped</c>, <c>crossFile</c>.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The name.</returns>
    public static string StatusName(FileCheckStatus status) => status switch
    {
        FileCheckStatus.Checked => "checked",
        FileCheckStatus.Unreadable => "unreadable",
        FileCheckStatus.Skipped => "skipped",
        _ => "crossFile",
    };

    /// <summary>Gets the JSON name of a severity: <c>error</c>, <c>warning</c>, <c>info</c>.</summary>
    /// <param name="severity">The severity.</param>
    /// <returns>The name.</returns>
    public static string SeverityName(Severity severity) => severity switch { Severity.Error => "error", Severity.Warning => "warning", _ => "info" };

    /// <summary>Gets the JSON name of an error kind: the member's name in camelCase (<c>notFound</c>, <c>tooLarge</c>).</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The name.</returns>
    public static string ErrorKindName(ReadErrorKind kind) => JsonNamingPolicy.CamelCase.ConvertName(kind.ToString());

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
