// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Gongkai.Cells;
using Gongkai.Documents;

namespace Gongkai.Formats.Json;

/// <summary>Writes and reads the canonical JSON of a report (<c>report-schema.md</c>, schema <c>gongkai.report/1</c>).</summary>
/// <remarks>
/// <para>Cells: a count is a JSON number, an amount (<see cref="CellKind.Amount"/>) a JSON string keeping
/// every written digit ("59237.2449"), a blank cell <c>null</c>, an absent cell is left out. A cell
/// holding text that is not a number is written as that text (a string), and read back as invalid.</para>
/// <para>Beyond the schema's tables the document carries <c>title</c>, <c>preamble</c> (paragraphs before
/// section 一) and <c>sections</c>: an array of <c>{number, title, heading, paragraphs[]}</c> in source
/// order, so that narrative text round-trips.</para>
/// </remarks>
public static class CanonicalJson
{
    /// <summary>The schema identifier written in every document.</summary>
    public const string Schema = "gongkai.report/1";

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes the report as canonical JSON.</summary>
    /// <param name="report">The report.</param>
    /// <param name="output">The destination.</param>
    public static void Write(AnnualReport report, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var writer = new Utf8JsonWriter(output, WriterOptions);
        writer.WriteStartObject();
        writer.WriteString("schema", Schema);
        WriteNullable(writer, "unit", report.Unit);
        if (report.Year is { } year)
        {
            writer.WriteNumber("year", year);
        }
        else
        {
            writer.WriteNull("year");
        }

        if (report.Format == ReportFormat.Unknown)
        {
            writer.WriteNull("format");
        }
        else
        {
            writer.WriteString("format", ((int)report.Format).ToString(CultureInfo.InvariantCulture));
        }

        WriteTable(writer, report.Cells, ReportTable.Table2);
        WriteTable(writer, report.Cells, ReportTable.Table3);
        WriteTable(writer, report.Cells, ReportTable.Table4);
        WriteNullable(writer, "title", report.Title);
        if (report.PublicationDate is { } published)
        {
            writer.WriteString("published", published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        writer.WriteStartArray("preamble");
        foreach (var p in report.Preamble)
        {
            writer.WriteStringValue(p.Text);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("sections");
        foreach (var section in report.Sections)
        {
            writer.WriteStartObject();
            writer.WriteNumber("number", section.Number);
            writer.WriteString("title", section.Title);
            writer.WriteString("heading", section.Heading);
            writer.WriteStartArray("paragraphs");
            foreach (var p in section.Paragraphs)
            {
                writer.WriteStringValue(p.Text);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>Writes the report as a canonical JSON string.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The JSON text.</returns>
    public static string ToJson(AnnualReport report)
    {
        var buffer = new ArrayBufferWriter<byte>(8192);
        Write(report, buffer);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Returns whether the bytes look like a canonical JSON report.</summary>
    /// <param name="data">The file.</param>
    /// <returns>Whether it is one.</returns>
    internal static bool Sniff(ReadOnlySpan<byte> data)
    {
        var head = data[..Math.Min(data.Length, 512)];
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            head = head[3..];
        }

        // An object naming the schema, or with a "schema" member of any value: a document whose schema is mistyped
        // is a damaged report, not text.
        head = head.TrimStart((ReadOnlySpan<byte>)" \t\r\n"u8);
        return head.Length > 0 && head[0] == (byte)'{' && (data.IndexOf("gongkai.report/"u8) >= 0 || data.IndexOf("\"schema\""u8) >= 0);
    }

    /// <summary>Reads a canonical JSON report.</summary>
    /// <param name="data">The JSON bytes.</param>
    /// <param name="sourceName">The source name.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ReportReadException">The JSON is malformed, not a report, or a field has the wrong type (the message names its path).</exception>
    public static AnnualReport Read(ReadOnlySpan<byte> data, string sourceName)
    {
        if (data.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            data = data[3..];
        }

        return CanonicalJsonReader.Read(data, sourceName);
    }

    private static void WriteTable(Utf8JsonWriter writer, ReportCells cells, ReportTable table)
    {
        writer.WriteStartObject($"table{(int)table}");
        foreach (var row in ReportCatalog.Rows)
        {
            if (row.Table != table || !cells.HasRow(row))
            {
                continue;
            }

            writer.WriteStartObject(row.Key);
            foreach (var cell in row.Cells)
            {
                var value = cells[cell];
                switch (value.State)
                {
                    case CellState.Absent:
                        break;
                    case CellState.Blank:
                        writer.WriteNull(cell.ColumnKey);
                        break;
                    case CellState.Number when cell.Kind == CellKind.Amount:
                        writer.WriteString(cell.ColumnKey, value.Number.ToString(CultureInfo.InvariantCulture));
                        break;
                    case CellState.Number:
                        writer.WriteNumber(cell.ColumnKey, value.Number);
                        break;
                    default:
                        writer.WriteString(cell.ColumnKey, value.Raw);
                        break;
                }
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }
}
