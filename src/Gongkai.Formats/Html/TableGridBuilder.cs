// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Formats.Content;

namespace Gongkai.Formats.Html;

/// <summary>Builds a <see cref="ContentTable"/> grid from cells with row and column spans.</summary>
/// <remarks>
/// <para>This is the slot model of the WHATWG HTML table algorithm ("forming a table", HTML Living Standard
/// §4.9.12.1): every cell covers a rectangle of slots; the slot at its top-left corner is the cell's origin,
/// every other slot it covers is reported as <see cref="ContentCell.Merged"/> with the origin's text. Word
/// tables use it too: their horizontal <c>w:gridSpan</c> and vertical <c>w:vMerge</c> runs are converted to
/// column and row spans first (ECMA-376 Part 1 §17.4.17, §17.4.84).</para>
/// <para>A slot covered twice keeps its first owner (the HTML "table model error" case). Slots left empty in
/// the middle of a row (a Word <c>w:gridBefore</c>, a ragged HTML row under a row span) become empty,
/// unmerged cells so that columns stay aligned; a row is not padded after its last cell, and a row without
/// any cell is dropped.</para>
/// </remarks>
internal sealed class TableGridBuilder
{
    private readonly List<List<Slot>> _rows = [];
    private readonly TableCellBudget? _budget;
    private int _current = -1;

    /// <summary>Initializes a new instance of the <see cref="TableGridBuilder"/> class.</summary>
    /// <param name="budget">Counts the grid's positions against the file's cell limit, or null for no limit.</param>
    public TableGridBuilder(TableCellBudget? budget = null)
    {
        _budget = budget;
    }

    /// <summary>Gets the index (0-based) of the row being filled, or -1 before the first row.</summary>
    public int CurrentRow => _current;

    /// <summary>Joins the lines of one cell: empty lines are dropped, and so are whitespace-only lines when the cell has other text.</summary>
    /// <param name="lines">The lines (paragraphs, or text between line breaks) of the cell.</param>
    /// <returns>The cell text with <c>'\n'</c> between lines; whitespace-only text (U+3000, NBSP) is kept when that is all the cell holds.</returns>
    public static string JoinCellLines(IReadOnlyList<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var hasText = false;
        for (var i = 0; i < lines.Count; i++)
        {
            if (!string.IsNullOrWhiteSpace(lines[i]))
            {
                hasText = true;
                break;
            }
        }

        // One pass to count and one to copy: cells are read by the hundred, so no list or builder is allocated.
        var count = 0;
        var length = 0;
        string? single = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (Keeps(line, hasText))
            {
                count++;
                length += line.Length;
                single = line;
            }
        }

        if (count <= 1)
        {
            return single ?? string.Empty;
        }

        return string.Create(length + count - 1, (lines, hasText), static (span, state) =>
        {
            var at = 0;
            for (var i = 0; i < state.lines.Count; i++)
            {
                var line = state.lines[i];
                if (Keeps(line, state.hasText))
                {
                    if (at > 0)
                    {
                        span[at++] = '\n';
                    }

                    line.CopyTo(span[at..]);
                    at += line.Length;
                }
            }
        });

        static bool Keeps(string line, bool hasText) => line.Length > 0 && (!hasText || !string.IsNullOrWhiteSpace(line));
    }

    /// <summary>Starts the next row.</summary>
    public void StartRow()
    {
        _current++;
        EnsureRows(_current + 1);
    }

    /// <summary>Returns the first column at or after <paramref name="column"/> whose slot in the current row is free.</summary>
    /// <param name="column">The column to start from (0-based).</param>
    /// <returns>The free column.</returns>
    public int NextFreeColumn(int column)
    {
        var row = _rows[_current];
        while (column < row.Count && row[column].Kind != SlotKind.Empty)
        {
            column++;
        }

        return column;
    }

    /// <summary>Places a cell whose origin is at <paramref name="column"/> of the current row.</summary>
    /// <param name="column">The origin column (0-based).</param>
    /// <param name="text">The cell text.</param>
    /// <param name="columnSpan">The number of columns covered (at least 1).</param>
    /// <param name="rowSpan">The number of rows covered (at least 1).</param>
    public void Place(int column, string text, int columnSpan, int rowSpan)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(column);
        ArgumentNullException.ThrowIfNull(text);
        columnSpan = Math.Max(1, columnSpan);
        rowSpan = Math.Max(1, rowSpan);

        // Every position a span covers becomes a cell: counted before a span of millions is laid out.
        _budget?.Take((long)columnSpan * rowSpan);
        EnsureRows(_current + rowSpan);
        for (var r = 0; r < rowSpan; r++)
        {
            var row = _rows[_current + r];
            for (var c = 0; c < columnSpan; c++)
            {
                var col = column + c;
                while (row.Count <= col)
                {
                    row.Add(default);
                }

                if (row[col].Kind == SlotKind.Empty)
                {
                    row[col] = new Slot(r == 0 && c == 0 ? SlotKind.Origin : SlotKind.Covered, text);
                }
            }
        }
    }

    /// <summary>Builds the table; rows created only by row spans past the last started row are dropped.</summary>
    /// <param name="tableIndex">The 1-based table index in the document.</param>
    /// <param name="cancellationToken">Cancels a long build.</param>
    /// <returns>The table, or null when it has no cell at all.</returns>
    public ContentTable? Build(int tableIndex, CancellationToken cancellationToken)
    {
        var rows = new List<ContentRow>();
        for (var r = 0; r <= _current && r < _rows.Count; r++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var slots = _rows[r];
            var last = slots.Count - 1;
            while (last >= 0 && slots[last].Kind == SlotKind.Empty)
            {
                last--;
            }

            if (last < 0)
            {
                continue;
            }

            var rowNumber = rows.Count + 1;
            var cells = new ContentCell[last + 1];
            for (var c = 0; c <= last; c++)
            {
                var location = new SourceLocation { Table = tableIndex, Row = rowNumber, Cell = c + 1 };
                var slot = slots[c];
                cells[c] = new ContentCell(slot.Text ?? string.Empty, location, slot.Kind == SlotKind.Covered);
            }

            rows.Add(new ContentRow(cells, new SourceLocation { Table = tableIndex, Row = rowNumber }));
        }

        return rows.Count == 0 ? null : new ContentTable(rows, new SourceLocation { Table = tableIndex });
    }

    private void EnsureRows(int count)
    {
        while (_rows.Count < count)
        {
            // Report tables have up to about a dozen columns; a row list that starts small grows three times.
            _rows.Add(new List<Slot>(16));
        }
    }

    private enum SlotKind
    {
        Empty = 0,
        Origin,
        Covered,
    }

    private readonly record struct Slot(SlotKind Kind, string? Text);
}
