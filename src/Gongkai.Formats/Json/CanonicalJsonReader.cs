// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Globalization;
using System.Text.Json;
using Gongkai.Cells;
using Gongkai.Documents;

namespace Gongkai.Formats.Json;

/// <summary>Reads a canonical JSON document into a report, checking the type of every field of the schema.</summary>
/// <remarks>
/// <para>Every field is read through <see cref="JsonField"/>, whose typed accessors throw a
/// <see cref="ReportReadException"/> naming the field's path (<c>sections[2].number</c>,
/// <c>table3.received.total</c>) when the type is wrong, so a malformed document is a read error, never an
/// exception of another kind. Members the schema does not know are ignored at the top level (so that a later
/// schema version reads) and refused inside the tables (an unknown row or column is a mistake).</para>
/// <para>The report year must be an integer from <see cref="MinYear"/> (the year the 条例 took effect) to the
/// current year + 1.</para>
/// </remarks>
internal static class CanonicalJsonReader
{
    /// <summary>The first year with annual reports: the 政府信息公开条例 took effect on 1 May 2008.</summary>
    public const int MinYear = 2008;

    private static readonly JsonReaderOptions ReaderOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>Gets the latest accepted report year: next year (a draft written in advance).</summary>
    public static int MaxYear => DateTime.Now.Year + 1;

    /// <summary>Reads the document.</summary>
    /// <param name="data">The JSON bytes (without a byte order mark).</param>
    /// <param name="sourceName">The source name.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ReportReadException">The JSON is malformed, not a report, or a field has the wrong type.</exception>
    public static AnnualReport Read(ReadOnlySpan<byte> data, string sourceName)
    {
        JsonDocument document;
        try
        {
            var reader = new Utf8JsonReader(data, ReaderOptions);
            document = JsonDocument.ParseValue(ref reader);
        }
        catch (JsonException ex)
        {
            throw new ReportReadException(IO.SystemErrorText.Describe(ex).Reason + "。", ex) { Kind = ReadErrorKind.Damaged };
        }

        using (document)
        {
            return Report(new JsonField(document.RootElement, string.Empty), sourceName);
        }
    }

    private static AnnualReport Report(JsonField root, string sourceName)
    {
        if (root.Kind != JsonValueKind.Object || root.Member("schema") is not { } schema)
        {
            throw new ReportReadException("JSON 不是 Gongkai 年度报告数据（缺少 \"schema\": \"gongkai.report/1\"）。") { Kind = ReadErrorKind.NotAReport };
        }

        if (!schema.String().StartsWith("gongkai.report/", StringComparison.Ordinal))
        {
            throw new ReportReadException($"JSON 不是 Gongkai 年度报告数据（schema 为 {schema.Preview}，应为 \"gongkai.report/1\"）。") { Kind = ReadErrorKind.NotAReport };
        }

        var cells = new ReportCells.Builder();
        foreach (var table in (ReadOnlySpan<ReportTable>)[ReportTable.Table2, ReportTable.Table3, ReportTable.Table4])
        {
            if (root.Member(string.Create(CultureInfo.InvariantCulture, $"table{(int)table}")) is { } rows)
            {
                ReadTable(rows, table, cells);
            }
        }

        var sections = root.Member("sections");
        return new AnnualReport
        {
            SourceName = sourceName,
            Unit = root.Member("unit")?.StringOrNull(),
            Year = root.Member("year")?.Int32OrNull(MinYear, MaxYear, "报告年度"),
            Format = Format(root.Member("format")),
            Title = root.Member("title")?.StringOrNull(),
            PublicationDate = Published(root.Member("published")),
            Preamble = Paragraphs(root.Member("preamble")),
            Sections = sections is { } s ? [.. s.ArrayOrNull().Select(Section)] : [],
            HasNarrative = sections is { IsNull: false },
            Cells = cells.Build(),
        };
    }

    private static DateOnly? Published(JsonField? field)
    {
        if (field?.StringOrNull() is not { } text)
        {
            return null;
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw JsonField.Error($"JSON 字段 {field.Value.Path} 的值「{text}」不是有效的发布日期（应为 yyyy-MM-dd）。");
    }

    private static ReportFormat Format(JsonField? field)
    {
        if (field?.StringOrNull() is not { } format)
        {
            return ReportFormat.Unknown;
        }

        return format switch
        {
            "2021" => ReportFormat.Format2021,
            "2019" => ReportFormat.Format2019,
            _ => throw JsonField.Error($"JSON 字段 format 的值 {field.Value.Preview} 无效（应为 \"2021\"、\"2019\" 或 null）。"),
        };
    }

    private static void ReadTable(JsonField rows, ReportTable table, ReportCells.Builder cells)
    {
        foreach (var (rowKey, rowCells) in rows.ObjectOrNull())
        {
            var row = ReportCatalog.FindRow(table, rowKey)
                ?? throw JsonField.Error($"JSON 字段 {rowCells.Path} 无效：表{CellDefinition.TableNumeral(table)}没有「{rowKey}」这一行。");
            foreach (var (columnKey, value) in rowCells.Object())
            {
                var cell = ReportCatalog.FindCell(row, columnKey)
                    ?? throw JsonField.Error($"JSON 字段 {value.Path} 无效：「{row}」行没有「{columnKey}」这一列。");
                cells[cell] = Cell(value, cell);
            }
        }
    }

    /// <summary>Reads a cell: a number, a string (an amount's digits, or text that is not a number), or null for a blank.</summary>
    /// <remarks>A number that is no count (a fraction in a count cell, or too large for a decimal) is an invalid cell, reported by the checker like any other invalid value: the document is well-formed.</remarks>
    private static CellValue Cell(JsonField value, CellDefinition cell)
    {
        switch (value.Kind)
        {
            case JsonValueKind.Null:
                return CellValue.Blank(string.Empty, default);
            case JsonValueKind.Number:
                return value.Decimal() is { } d && (cell.Kind == CellKind.Amount || decimal.Truncate(d) == d)
                    ? CellValue.Of(d, value.RawText)
                    : CellValue.Invalid(value.RawText, default);
            case JsonValueKind.String:
                var text = value.String();
                return cell.Kind == CellKind.Amount && decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount)
                    ? CellValue.Of(amount, text)
                    : CellValue.Invalid(text, default);
            default:
                throw value.WrongType("数字、字符串或 null");
        }
    }

    private static ReportSection Section(JsonField item)
    {
        _ = item.Object();
        var number = item.Required("number", "每个章节须有编号 1–6").Int32(1, 6, "章节编号");
        _ = item.Member("title")?.StringOrNull();
        var heading = item.Member("heading")?.StringOrNull() ?? SectionTitles.Heading(number);
        return new ReportSection
        {
            Number = number,
            Heading = heading,
            WrittenNumber = WrittenNumber(heading),
            Paragraphs = Paragraphs(item.Member("paragraphs")),
        };
    }

    /// <summary>The numeral the heading was written with (「二、…」 → 2; 0 for an unnumbered heading), as the text readers record it.</summary>
    private static int WrittenNumber(string heading)
    {
        Gongkai.Text.Numbering.Strip(Assembly.LabelText.FoldHeading(heading), out var written, out var style);
        return style == 'c' ? written : 0;
    }

    private static List<TextParagraph> Paragraphs(JsonField? array) =>
        array is { } a ? [.. a.ArrayOrNull().Select(p => new TextParagraph(p.String(), default))] : [];
}
