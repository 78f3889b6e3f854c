// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Text;
using System.Text.RegularExpressions;
using Gongkai.Documents;
using Gongkai.Formats.Content;
using Gongkai.Text;

namespace Gongkai.Formats.Pdf;

/// <summary>Turns the pages' lines and tables into content blocks: wrapped lines become paragraphs, a table continued on the next page stays one table.</summary>
internal sealed partial class PdfContentBuilder
{
    private const double ColumnTolerance = 3.0;

    private readonly List<ContentBlock> _blocks = [];

    // The paragraph being built.
    private StringBuilder? _paragraph;
    private SourceLocation _paragraphLocation;
    private PdfTextLine? _previousLine;
    private int _previousLinePage;
    private bool _previousLineEndedPage;
    private double _previousRightMargin;

    // The table being built: its rows, the page table it ended with, and that table's header rows.
    private List<ContentRow>? _tableRows;
    private PdfTable? _lastTable;
    private int _lastTablePage;
    private bool _tableEndedPage;
    private List<string> _tableHeader = [];

    private double _leftMargin;
    private double _rightMargin;

    /// <summary>Adds one page's items.</summary>
    /// <param name="page">The 1-based page number.</param>
    /// <param name="items">The items, top to bottom.</param>
    public void AddPage(int page, IReadOnlyList<PdfPageItem> items)
    {
        ComputeMargins(items);
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var first = i == 0;
            var last = i == items.Count - 1;
            if (item.Table is { } table)
            {
                FlushParagraph();
                var map = first && _tableRows is not null && _tableEndedPage && _lastTablePage == page - 1
                    ? ContinuationMap(_lastTable!, table, _tableRows[^1].Cells.Count)
                    : null;
                if (map is not null)
                {
                    AppendContinuation(page, table, map);
                }
                else
                {
                    FlushTable();
                    _tableRows = [];
                    _tableHeader = table.Rows.TakeWhile(static r => !HasNumber(r)).Select(RowKey).ToList();
                    AppendRows(page, table.Rows, null);
                }

                _lastTable = table;
                _lastTablePage = page;
                _tableEndedPage = last;
            }
            else if (item.Line is { } line)
            {
                FlushTable();
                AddLine(page, line, first, last);
            }
        }
    }

    /// <summary>Finishes and returns the blocks.</summary>
    /// <returns>The blocks in reading order.</returns>
    public List<ContentBlock> Build()
    {
        FlushParagraph();
        FlushTable();
        return _blocks;
    }

    private static SourceLocation At(int page, int line) => new() { Page = page, Line = line >= 0 ? line + 1 : 0 };

    /// <summary>
    /// Decides whether a table at the top of a page continues the table at the bottom of the previous one, and
    /// how its columns map onto the open table's: for each of its columns, the first and last column covered.
    /// </summary>
    /// <returns>The map, or null when it is a new table.</returns>
    private static (int First, int Last)[]? ContinuationMap(PdfTable previous, PdfTable next, int width)
    {
        var a = previous.Columns;
        var b = next.Columns;
        var nextWidth = next.Rows.Count > 0 ? next.Rows.Max(static r => r.Cells.Count) : 0;
        if (a.Count == b.Count && a.Zip(b).All(static p => Math.Abs(p.First - p.Second) <= ColumnTolerance))
        {
            // Same columns; an unruled table may have fewer group-label columns on the new page: align on the right.
            if (nextWidth > width)
            {
                return null;
            }

            var shift = width - nextWidth;
            return Enumerable.Range(0, nextWidth).Select(c => (c + shift, c + shift)).ToArray();
        }

        if (previous.Ruled && next.Ruled && b.Count >= 2 && b.All(x => a.Any(y => Math.Abs(x - y) <= ColumnTolerance))
            && Math.Abs(a[0] - b[0]) <= ColumnTolerance && Math.Abs(a[^1] - b[^1]) <= ColumnTolerance && width == a.Count - 1)
        {
            // The new page's rules are a subset of the old page's (a stacked table 二 whose later sub-tables have fewer columns).
            var index = b.Select(x => Enumerable.Range(0, a.Count).MinBy(i => Math.Abs(a[i] - x))).ToArray();
            return Enumerable.Range(0, b.Count - 1).Select(c => (index[c], index[c + 1] - 1)).ToArray();
        }

        return nextWidth == width && next.Rows.All(r => r.Cells.Count == width)
            ? Enumerable.Range(0, width).Select(static c => (c, c)).ToArray()
            : null;
    }

    private static string RowKey(PdfRow row) => string.Join('|', row.Cells.Select(static c => TextFold.Fold(c.Text)));

    private static bool HasNumber(PdfRow row) => row.Cells.Any(static c => !c.Merged && PdfText.IsNumber(c.Text));

    [GeneratedRegex(@"^\s*([一二三四五六七八九十]{1,3}\s*、|[（(]\s*[一二三四五六七八九十]{1,3}\s*[）)])")]
    private static partial Regex HeadingStart();

    /// <summary>
    /// Returns whether the paragraph so far is a heading on its own line: a section heading 「一、总体情况」 or a
    /// short sub-heading 「（一）主动公开」. Nothing is joined onto it, even when it runs to the page's right margin
    /// (a page whose lines are all indented).
    /// </summary>
    private static bool IsHeadingLine(string text)
    {
        var folded = WhiteSpace().Replace(text, string.Empty);
        var section = SectionHeading().Match(folded);
        if (section.Success)
        {
            var title = section.Groups[1].Value;
            return SectionTitles.All.Any(t => title == t || title == t + "：" || title == t + ":");
        }

        return folded.Length <= 16 && SubHeading().IsMatch(folded);
    }

    [GeneratedRegex(@"^[一二三四五六]、(.+)$")]
    private static partial Regex SectionHeading();

    [GeneratedRegex(@"^[（(][一二三四五六七八九十]{1,3}[）)][^。；;，,：:！？!?]*$")]
    private static partial Regex SubHeading();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    private void ComputeMargins(IReadOnlyList<PdfPageItem> items)
    {
        var lines = items.Where(static i => i.Line is not null).Select(static i => i.Line!).ToList();
        if (lines.Count == 0)
        {
            return;
        }

        var minLeft = lines.Min(static l => l.Left);
        var maxRight = lines.Max(static l => l.Right);
        var body = lines.Where(l => l.Right - l.Left >= 0.5 * (maxRight - minLeft)).ToList();
        if (body.Count == 0)
        {
            body = lines;
        }

        _leftMargin = body.Min(static l => l.Left);
        var rights = body.Select(static l => l.Right).Order().ToList();
        _rightMargin = rights[rights.Count / 2];
    }

    private void AddLine(int page, PdfTextLine line, bool firstOnPage, bool lastOnPage)
    {
        var text = line.Text;
        if (text.Length == 0)
        {
            return;
        }

        if (_paragraph is not null && _previousLine is { } prev && Continues(prev, line, page, firstOnPage))
        {
            var a = _paragraph[^1];
            var b = text[0];
            if (char.IsAsciiLetter(a) && char.IsAsciiLetterOrDigit(b))
            {
                _paragraph.Append(' ');
            }

            _paragraph.Append(text);
        }
        else
        {
            FlushParagraph();
            _paragraph = new StringBuilder(text);
            _paragraphLocation = At(page, line.Index);
        }

        _previousLine = line;
        _previousLinePage = page;
        _previousLineEndedPage = lastOnPage;
        _previousRightMargin = _rightMargin;
    }

    /// <summary>Decides whether a line continues the paragraph of the previous line (a wrapped line, not a new paragraph).</summary>
    private bool Continues(PdfTextLine prev, PdfTextLine line, int page, bool firstOnPage)
    {
        var size = Math.Max(prev.Size, line.Size);
        if (Math.Abs(prev.Size - line.Size) > 0.15 * size)
        {
            return false;
        }

        // The previous line ran to the right margin, and this one starts at the left margin without indent.
        if (prev.Right < _previousRightMargin - (1.2 * size) || line.Left > _leftMargin + (0.8 * size))
        {
            return false;
        }

        if (HeadingStart().IsMatch(line.Text) || IsHeadingLine(_paragraph!.ToString()))
        {
            return false;
        }

        if (_previousLinePage == page)
        {
            return prev.Bottom - line.Top <= 1.6 * size;
        }

        return _previousLinePage == page - 1 && _previousLineEndedPage && firstOnPage;
    }

    private void AppendContinuation(int page, PdfTable table, (int First, int Last)[] map)
    {
        // A header repeated on the new page is not data: drop the leading rows equal to the table's header rows.
        var skip = 0;
        while (skip < table.Rows.Count && skip < _tableHeader.Count && !HasNumber(table.Rows[skip]) && RowKey(table.Rows[skip]) == _tableHeader[skip])
        {
            skip++;
        }

        var joinAt = _tableRows!.Count - 1;
        AppendRows(page, table.Rows.Skip(skip).ToList(), map);
        if (joinAt >= 0 && joinAt + 1 < _tableRows.Count)
        {
            JoinSplitLabels(joinAt);
        }
    }

    /// <summary>
    /// Joins a label cell split by the page break (「（四）无」 at the foot of one page, 「法提供」 at the head of
    /// the next): label columns only, the second part not starting a new enumerated label, and one of the
    /// parts spanning several rows (a group label).
    /// </summary>
    private void JoinSplitLabels(int last)
    {
        var rows = _tableRows!;
        var a = rows[last].Cells;
        var b = rows[last + 1].Cells;
        if (a.Count != b.Count)
        {
            return;
        }

        var firstNumber = Math.Min(FirstNumber(a), FirstNumber(b));
        for (var c = 0; c < firstNumber; c++)
        {
            var upper = a[c].Text;
            var lower = b[c].Text;
            if (upper.Length == 0 || lower.Length == 0 || b[c].Merged || upper == lower
                || PdfText.IsNumber(upper) || PdfText.IsNumber(lower) || PdfUnruledTables.Enumerator().IsMatch(lower))
            {
                continue;
            }

            // Only a cell one column wide: a title spanning the whole table (「第二十条第（六）项」) is no group label.
            if (!OneColumn(a, c) || !OneColumn(b, c))
            {
                continue;
            }

            var spansUp = a[c].Merged;
            var spansDown = last + 2 < rows.Count && rows[last + 2].Cells.Count > c && rows[last + 2].Cells[c].Merged && rows[last + 2].Cells[c].Text == lower;
            if (!spansUp && !spansDown)
            {
                continue;
            }

            var joined = PdfText.JoinCellLines([upper, lower]);
            for (var r = last; r >= 0 && rows[r].Cells.Count > c && rows[r].Cells[c].Text == upper; r--)
            {
                ReplaceText(r, c, joined, rows[r].Cells[c].Merged);
                if (!rows[r].Cells[c].Merged)
                {
                    break;
                }
            }

            // The part on the new page now continues the cell that started on the old one.
            for (var r = last + 1; r < rows.Count && rows[r].Cells.Count > c && rows[r].Cells[c].Text == lower && (r == last + 1 || rows[r].Cells[c].Merged); r++)
            {
                ReplaceText(r, c, joined, merged: true);
            }
        }
    }

    private static bool OneColumn(IReadOnlyList<ContentCell> cells, int c) =>
        (c == 0 || cells[c - 1].Text != cells[c].Text) && (c + 1 >= cells.Count || cells[c + 1].Text != cells[c].Text);

    private static int FirstNumber(IReadOnlyList<ContentCell> cells)
    {
        for (var c = 0; c < cells.Count; c++)
        {
            if (PdfText.IsNumber(cells[c].Text))
            {
                return c;
            }
        }

        return cells.Count;
    }

    private void ReplaceText(int row, int column, string text, bool merged)
    {
        var cells = _tableRows![row].Cells.ToArray();
        cells[column] = cells[column] with { Text = text, Merged = merged };
        _tableRows[row] = _tableRows[row] with { Cells = cells };
    }

    private void AppendRows(int page, IReadOnlyList<PdfRow> rows, (int First, int Last)[]? map)
    {
        foreach (var row in rows)
        {
            var rowLocation = At(page, row.Line);
            var cells = new List<ContentCell>(row.Cells.Count);
            if (map is null)
            {
                cells.AddRange(row.Cells.Select(c => new ContentCell(c.Text, c.Line >= 0 ? At(page, c.Line) : rowLocation, c.Merged)));
            }
            else
            {
                var width = map.Length == 0 ? 0 : map[^1].Last + 1;
                for (var i = 0; i < width; i++)
                {
                    cells.Add(new ContentCell(string.Empty, rowLocation));
                }

                for (var c = 0; c < row.Cells.Count && c < map.Length; c++)
                {
                    var cell = row.Cells[c];
                    var location = cell.Line >= 0 ? At(page, cell.Line) : rowLocation;
                    for (var k = map[c].First; k <= map[c].Last; k++)
                    {
                        cells[k] = new ContentCell(cell.Text, location, cell.Merged || k > map[c].First);
                    }
                }
            }

            _tableRows!.Add(new ContentRow(cells, rowLocation));
        }
    }

    private void FlushParagraph()
    {
        if (_paragraph is { Length: > 0 })
        {
            _blocks.Add(new ContentParagraph(_paragraph.ToString(), _paragraphLocation));
        }

        _paragraph = null;
        _previousLine = null;
    }

    private void FlushTable()
    {
        if (_tableRows is { Count: > 0 })
        {
            _blocks.Add(new ContentTable(_tableRows, _tableRows[0].Location));
        }

        _tableRows = null;
        _lastTable = null;
    }
}
