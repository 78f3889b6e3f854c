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

        head = head.TrimStart((ReadOnlySpan<byte>)" \t\r\n"u8);
        return head.Length > 0 && head[0] == (byte)'{' && data.IndexOf("gongkai.report/"u8) >= 0;
    }

    /// <summary>Reads a canonical JSON report.</summary>
    /// <param name="data">The JSON bytes.</param>
    /// <param name="sourceName">The source name.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ReportReadException">The JSON is malformed or not a report.</exception>
    public static AnnualReport Read(ReadOnlySpan<byte> data, string sourceName)
    {
        if (data.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            data = data[3..];
        }

        try
        {
            var reader = new Utf8JsonReader(data, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            using var doc = JsonDocument.ParseValue(ref reader);
            return FromElement(doc.RootElement, sourceName);
        }
        catch (JsonException ex)
        {
            throw new ReportReadException(IO.SystemErrorText.Describe(ex).Reason + "。", ex);
        }
    }

    private static AnnualReport FromElement(JsonElement root, string sourceName)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("schema", out var schema) || schema.GetString() is not { } id || !id.StartsWith("gongkai.report/", StringComparison.Ordinal))
        {
            throw new ReportReadException("JSON 不是 Gongkai 年度报告数据（缺少 \"schema\": \"gongkai.report/1\"）。") { Kind = ReadErrorKind.NotAReport };
        }

        var cells = new ReportCells.Builder();
        foreach (var table in new[] { ReportTable.Table2, ReportTable.Table3, ReportTable.Table4 })
        {
            if (!root.TryGetProperty($"table{(int)table}", out var t) || t.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            foreach (var rowProperty in t.EnumerateObject())
            {
                var row = ReportCatalog.FindRow(table, rowProperty.Name)
                    ?? throw new ReportReadException($"JSON 中表{CellDefinition.TableNumeral(table)}有未知的行「{rowProperty.Name}」。");
                foreach (var cellProperty in rowProperty.Value.EnumerateObject())
                {
                    var cell = ReportCatalog.FindCell(row, cellProperty.Name)
                        ?? throw new ReportReadException($"JSON 中「{row}」行有未知的列「{cellProperty.Name}」。");
                    cells[cell] = ReadCell(cellProperty.Value, cell);
                }
            }
        }

        var format = root.TryGetProperty("format", out var f) && f.ValueKind == JsonValueKind.String
            ? f.GetString() switch
            {
                "2021" => ReportFormat.Format2021,
                "2019" => ReportFormat.Format2019,
                _ => ReportFormat.Unknown,
            }
            : ReportFormat.Unknown;

        var sections = new List<ReportSection>();
        if (root.TryGetProperty("sections", out var s) && s.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in s.EnumerateArray())
            {
                var number = item.GetProperty("number").GetInt32();
                if (number is < 1 or > 6)
                {
                    throw new ReportReadException($"JSON 中章节编号 {number} 无效（应为 1–6）。");
                }

                sections.Add(new ReportSection
                {
                    Number = number,
                    Heading = item.TryGetProperty("heading", out var h) && h.GetString() is { } heading ? heading : SectionTitles.Heading(number),
                    WrittenNumber = number,
                    Paragraphs = Paragraphs(item, "paragraphs"),
                });
            }
        }

        return new AnnualReport
        {
            SourceName = sourceName,
            Unit = root.TryGetProperty("unit", out var u) && u.ValueKind == JsonValueKind.String ? u.GetString() : null,
            Year = root.TryGetProperty("year", out var y) && y.ValueKind == JsonValueKind.Number ? y.GetInt32() : null,
            Format = format,
            Title = root.TryGetProperty("title", out var ti) && ti.ValueKind == JsonValueKind.String ? ti.GetString() : null,
            Preamble = Paragraphs(root, "preamble"),
            Sections = sections,
            HasNarrative = root.TryGetProperty("sections", out _),
            Cells = cells.Build(),
        };
    }

    private static List<TextParagraph> Paragraphs(JsonElement element, string name)
    {
        var list = new List<TextParagraph>();
        if (element.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array)
        {
            foreach (var p in array.EnumerateArray())
            {
                list.Add(new TextParagraph(p.GetString() ?? string.Empty, default));
            }
        }

        return list;
    }

    private static CellValue ReadCell(JsonElement value, CellDefinition cell) => value.ValueKind switch
    {
        JsonValueKind.Null => CellValue.Blank(string.Empty, default),
        JsonValueKind.Number when value.TryGetDecimal(out var d) && (cell.Kind == CellKind.Amount || decimal.Truncate(d) == d) => CellValue.Of(d, value.GetRawText()),
        JsonValueKind.String when cell.Kind == CellKind.Amount && decimal.TryParse(value.GetString(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var a) => CellValue.Of(a, value.GetString()),
        _ => CellValue.Invalid(value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText(), default),
    };

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
