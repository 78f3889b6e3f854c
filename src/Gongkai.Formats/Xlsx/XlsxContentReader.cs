// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Gongkai.Formats.Content;
using Gongkai.Formats.Docx;
using Gongkai.Formats.Html;
using Gongkai.Text;

namespace Gongkai.Formats.Xlsx;

/// <summary>Reads Excel workbooks (.xlsx, ECMA-376 SpreadsheetML) into content blocks.</summary>
/// <remarks>
/// <para>Claimed by content: a ZIP archive (<c>PK\x03\x04</c>) holding <c>xl/workbook.xml</c> — which the Word
/// reader leaves alone.</para>
/// <para>Sheets are read in workbook order, hidden sheets skipped. A sheet whose cells all sit in column A and that
/// has no merged cells is text: each non-empty cell is a paragraph. Any other sheet is cut into blocks at empty
/// rows (rows with no cell at all, or only empty cells not directly under other rows); a block of one row with a
/// single non-empty cell is a paragraph, every other block a table whose grid spans the columns used. Merged ranges (§18.3.1.55) are expanded: the covered positions repeat the origin's text
/// and are flagged <see cref="ContentCell.Merged"/>, as the Word and HTML readers do.</para>
/// <para>A cell's text is its formatted value as stored: shared and inline strings (§18.4), rich text runs joined,
/// numbers as written in <c>&lt;v&gt;</c> (so "73802895.90" keeps its digits), booleans as TRUE/FALSE, errors as
/// written. Formulas give their cached value.</para>
/// </remarks>
internal sealed class XlsxContentReader : IContentReader
{
    /// <inheritdoc/>
    public string Kind => "xlsx";

    /// <inheritdoc/>
    public bool Sniff(ReadOnlySpan<byte> data) =>
        data.StartsWith("PK\x03\x04"u8) && data.IndexOf("xl/workbook.xml"u8) >= 0 && data.IndexOf("word/document.xml"u8) < 0;

    /// <inheritdoc/>
    public DocumentContent Read(ReadOnlyMemory<byte> data, ReadOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var entries = ZipPackageChecks.CountEntries(data.Span, options.MaxArchiveEntries);
        if (entries > options.MaxArchiveEntries)
        {
            throw ReadLimits.TooManyEntries("Excel 文件", entries, options.MaxArchiveEntries);
        }

        CheckPackage(data, options.MaxUnpackedBytes);
        try
        {
            using var stream = MemoryMarshal.TryGetArray(data, out var segment) && segment.Array is not null
                ? new MemoryStream(segment.Array, segment.Offset, segment.Count, writable: false)
                : new MemoryStream(data.ToArray(), writable: false);
            using var document = SpreadsheetDocument.Open(stream, isEditable: false, new OpenSettings { MaxCharactersInPart = options.MaxUnpackedBytes });
            var workbook = document.WorkbookPart ?? throw new ReportReadException(XlsxMessages.NoWorkbook);
            if (workbook.SharedStringTablePart is { } sharedStrings)
            {
                CheckElements(sharedStrings, options.MaxElements, cancellationToken);
            }

            var strings = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(Text).ToArray() ?? [];
            var budget = new TableCellBudget(options.MaxTableCells);
            var blocks = new List<ContentBlock>();
            var tables = 0;
            foreach (var sheet in workbook.Workbook?.Sheets?.Elements<Sheet>() ?? [])
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (sheet.State is { } state && state.Value != SheetStateValues.Visible)
                {
                    continue;
                }

                if (sheet.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart part)
                {
                    continue;
                }

                CheckElements(part, options.MaxElements, cancellationToken);
                tables = ReadSheet(part, strings, blocks, tables, budget, cancellationToken);
            }

            return new DocumentContent(blocks);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or XmlException or InvalidDataException or IOException
            or FileFormatException or InvalidOperationException or ArgumentException or NotSupportedException or KeyNotFoundException)
        {
            throw new ReportReadException(XlsxMessages.Corrupt, ex);
        }
    }

    private static void CheckPackage(ReadOnlyMemory<byte> data, long limit)
    {
        // A zip bomb is refused before any part is inflated: the sizes declared in the central directory add up.
        // A package without content types or package relationships has no workbook to the SDK: say which part is missing.
        try
        {
            using var stream = DocxContentReader.AsStream(data);
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read);
            long total = 0;
            foreach (var entry in zip.Entries)
            {
                total += entry.Length;
                if (total > limit)
                {
                    throw new ReportReadException(XlsxMessages.TooLarge) { Kind = ReadErrorKind.TooLarge };
                }
            }

            if (ZipPackageChecks.MissingRequiredPart(zip) is { } missing)
            {
                throw new ReportReadException(XlsxMessages.MissingPart(missing));
            }
        }
        catch (InvalidDataException ex)
        {
            throw new ReportReadException(XlsxMessages.Corrupt, ex);
        }
    }

    /// <summary>Counts the elements of a part with a forward reader before the SDK builds its object model of them (about 1 KB per cell).</summary>
    private static void CheckElements(OpenXmlPart part, int limit, CancellationToken cancellationToken)
    {
        using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
        using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreWhitespace = true });
        var elements = 0;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && ++elements > limit)
            {
                throw ReadLimits.TooManyElements("Excel 文件", limit);
            }

            if (elements % 4096 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
        }
    }

    private static string Text(OpenXmlElement item)
    {
        // §18.4.8 si / §18.3.1.53 is: plain text or rich-text runs; phonetic runs (rPh) are not part of the text.
        if (item.GetFirstChild<DocumentFormat.OpenXml.Spreadsheet.Text>() is { } plain)
        {
            return plain.Text;
        }

        return string.Concat(item.Elements<Run>().Select(r => r.Text?.Text ?? string.Empty));
    }

    private static int ReadSheet(WorksheetPart part, string[] strings, List<ContentBlock> blocks, int tables, TableCellBudget budget, CancellationToken cancellationToken)
    {
        var cells = new SortedDictionary<int, SortedDictionary<int, string>>();
        var withCells = new HashSet<int>();
        var maxColumn = -1;
        foreach (var row in part.Worksheet?.GetFirstChild<SheetData>()?.Elements<Row>() ?? [])
        {
            cancellationToken.ThrowIfCancellationRequested();
            var rowIndex = (int)(row.RowIndex?.Value ?? (uint)(cells.Count + 1)) - 1;
            var column = -1;
            foreach (var cell in row.Elements<Cell>())
            {
                // A cell element without a value is still part of the grid (a blank, bordered value cell).
                withCells.Add(rowIndex);
                column = cell.CellReference?.Value is { } reference ? Parse(reference).Column : column + 1;
                var text = CellText(cell, strings);
                if (text.Length == 0)
                {
                    continue;
                }

                if (!cells.TryGetValue(rowIndex, out var line))
                {
                    cells[rowIndex] = line = [];
                }

                line[column] = text;
                maxColumn = Math.Max(maxColumn, column);
            }
        }

        var merges = part.Worksheet?.Elements<MergeCells>().SelectMany(m => m.Elements<MergeCell>())
            .Select(m => m.Reference?.Value).Where(r => r is not null && r.Contains(':', StringComparison.Ordinal))
            .Select(r => (Start: Parse(r!.Split(':')[0]), End: Parse(r.Split(':')[1]))).ToList() ?? [];
        foreach (var (_, end) in merges)
        {
            maxColumn = Math.Max(maxColumn, end.Column);
        }

        if (maxColumn < 0)
        {
            return tables;
        }

        if (maxColumn == 0 && merges.Count == 0)
        {
            foreach (var (row, line) in cells)
            {
                if (line.TryGetValue(0, out var text) && !TextFold.IsBlank(text))
                {
                    blocks.Add(new ContentParagraph(text.Trim(), SourceLocation.AtLine(row + 1, 1)));
                }
            }

            return tables;
        }

        // The grid spans every row and column used: its positions are counted before it is laid out, as are
        // those a merged range covers (a range over the whole sheet would be billions).
        var lastRow = withCells.Count == 0 ? -1 : withCells.Max();
        foreach (var (_, end) in merges)
        {
            lastRow = Math.Max(lastRow, end.Row);
        }

        budget.Take((long)(lastRow + 1) * (maxColumn + 1));
        foreach (var (start, end) in merges)
        {
            budget.Take(Math.Max(0L, end.Row - start.Row + 1L) * Math.Max(0L, end.Column - start.Column + 1L));
        }

        // Origins and covered positions of merged ranges.
        var covered = new Dictionary<(int Row, int Column), (int Row, int Column)>();
        foreach (var (start, end) in merges)
        {
            for (var r = start.Row; r <= end.Row; r++)
            {
                for (var c = start.Column; c <= end.Column; c++)
                {
                    if (r != start.Row || c != start.Column)
                    {
                        covered[(r, c)] = start;
                    }
                }
            }
        }

        string TextAt(int r, int c) => cells.TryGetValue(r, out var line) && line.TryGetValue(c, out var t) ? t : string.Empty;

        // Whether row r is a gap, given whether the row above is one (rows are taken in order: no recursion, which
        // a long run of rows of empty cells would overflow).
        bool Empty(int r, bool aboveEmpty)
        {
            if (withCells.Contains(r) && !cells.ContainsKey(r) && r > 0 && !aboveEmpty)
            {
                // Empty cells right under a table's rows: a row of blank values, not a gap.
                return false;
            }

            for (var c = 0; c <= maxColumn; c++)
            {
                if (covered.ContainsKey((r, c)) || !TextFold.IsBlank(TextAt(r, c)))
                {
                    return false;
                }
            }

            return true;
        }

        var rows = new List<ContentRow>();
        void Flush()
        {
            if (rows.Count == 0)
            {
                return;
            }

            var single = rows.Count == 1 ? rows[0].Cells.Where(c => !TextFold.IsBlank(c.Text)).ToList() : null;
            if (single is { Count: 1 } && !single[0].Merged && !covered.Values.Contains((rows[0].Location.Row - 1, single[0].Location.Cell - 1)))
            {
                blocks.Add(new ContentParagraph(single[0].Text.Trim(), rows[0].Location));
            }
            else
            {
                tables++;
                var table = tables;
                blocks.Add(new ContentTable([.. rows.Select(r => r with { Location = r.Location with { Table = table }, Cells = [.. r.Cells.Select(c => c with { Location = c.Location with { Table = table } })] })], rows[0].Location with { Table = table }));
            }

            rows.Clear();
        }

        var previousEmpty = true;
        for (var r = 0; r <= lastRow; r++)
        {
            previousEmpty = Empty(r, previousEmpty);
            if (previousEmpty)
            {
                Flush();
                continue;
            }

            var line = new ContentCell[maxColumn + 1];
            for (var c = 0; c <= maxColumn; c++)
            {
                var location = new SourceLocation { Row = r + 1, Cell = c + 1 };
                line[c] = covered.TryGetValue((r, c), out var origin)
                    ? new ContentCell(TextAt(origin.Row, origin.Column), location, Merged: true)
                    : new ContentCell(TextAt(r, c), location);
            }

            rows.Add(new ContentRow(line, new SourceLocation { Row = r + 1 }));
        }

        Flush();
        return tables;
    }

    private static string CellText(Cell cell, string[] strings)
    {
        var type = cell.DataType?.Value;
        if (type == CellValues.InlineString)
        {
            return cell.InlineString is { } inline ? Text(inline) : string.Empty;
        }

        var value = cell.CellValue?.Text ?? string.Empty;
        if (type == CellValues.SharedString)
        {
            return int.TryParse(value, out var index) && index >= 0 && index < strings.Length ? strings[index] : string.Empty;
        }

        if (type == CellValues.Boolean)
        {
            return value == "1" ? "TRUE" : "FALSE";
        }

        return value;
    }

    /// <summary>Parses an A1 reference (§18.3.1.4) into 0-based row and column.</summary>
    /// <param name="reference">The reference, e.g. <c>AB12</c>.</param>
    /// <returns>The position.</returns>
    internal static (int Row, int Column) Parse(string reference)
    {
        var column = 0;
        var i = 0;
        while (i < reference.Length && char.IsAsciiLetter(reference[i]))
        {
            column = checked((column * 26) + (char.ToUpperInvariant(reference[i]) - 'A' + 1));
            i++;
        }

        var row = int.TryParse(reference.AsSpan(i), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var r) ? r : 1;
        return (row - 1, column - 1);
    }
}
