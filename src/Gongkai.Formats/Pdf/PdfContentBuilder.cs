// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Text;
using System.Text.RegularExpressions;
using Gongkai.Formats.Content;
using Gongkai.Text;

namespace Gongkai.Formats.Pdf;

/// <summary>Turns the pages' lines and tables into content blocks: wrapped lines become paragraphs, a table continued on the next page stays one table.</summary>
internal sealed partial class PdfContentBuilder
{
    private readonly List<ContentBlock> _blocks = [];

    // The paragraph being built.
    private StringBuilder? _paragraph;
    private SourceLocation _paragraphLocation;
    private PdfTextLine? _previousLine;
    private int _previousLinePage;
    private bool _previousLineEndedPage;
    private double _previousRightMargin;

    // The table being built.
    private List<ContentRow>? _tableRows;
    private PdfTable? _lastTable;
    private int _lastTablePage;
    private bool _tableEndedPage;

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
                if (first && _tableRows is not null && _tableEndedPage && _lastTablePage == page - 1 && IsContinuation(_lastTable!, table))
                {
                    AppendContinuation(page, table);
                }
                else
                {
                    FlushTable();
                    _tableRows = [];
                    AppendRows(page, table.Rows);
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

    private static bool IsContinuation(PdfTable previous, PdfTable next)
    {
        var a = previous.Columns;
        var b = next.Columns;
        if (a.Count == b.Count && a.Zip(b).All(static p => Math.Abs(p.First - p.Second) <= 3))
        {
            return true;
        }

        // The same number of cells per row is enough when the grid moved a little between pages.
        var width = previous.Rows.Count > 0 ? previous.Rows[^1].Cells.Count : -1;
        return width > 0 && next.Rows.All(r => r.Cells.Count == width);
    }

    private static string RowKey(PdfRow row) => string.Join('|', row.Cells.Select(static c => TextFold.Fold(c.Text)));

    private static bool HasNumber(PdfRow row) => row.Cells.Any(static c => !c.Merged && PdfText.IsNumber(c.Text));

    [GeneratedRegex(@"^\s*([一二三四五六七八九十]{1,3}\s*、|[（(]\s*[一二三四五六七八九十]{1,3}\s*[）)])")]
    private static partial Regex HeadingStart();

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
            if (char.IsAsciiLetterOrDigit(a) && char.IsAsciiLetterOrDigit(b) && !PdfText.IsDigit(a))
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

        if (HeadingStart().IsMatch(line.Text))
        {
            return false;
        }

        if (_previousLinePage == page)
        {
            return prev.Bottom - line.Top <= 1.6 * size;
        }

        return _previousLinePage == page - 1 && _previousLineEndedPage && firstOnPage;
    }

    private void AppendContinuation(int page, PdfTable table)
    {
        // A header repeated on the new page is not data: drop the leading rows equal to the table's header rows.
        var header = new List<string>();
        foreach (var row in _lastTableHeader)
        {
            header.Add(row);
        }

        var skip = 0;
        while (skip < table.Rows.Count && skip < header.Count && !HasNumber(table.Rows[skip]) && RowKey(table.Rows[skip]) == header[skip])
        {
            skip++;
        }

        AppendRows(page, table.Rows.Skip(skip).ToList(), keepHeader: true);
    }

    private readonly List<string> _lastTableHeader = [];

    private void AppendRows(int page, IReadOnlyList<PdfRow> rows, bool keepHeader = false)
    {
        if (!keepHeader)
        {
            _lastTableHeader.Clear();
            foreach (var row in rows)
            {
                if (HasNumber(row))
                {
                    break;
                }

                _lastTableHeader.Add(RowKey(row));
            }
        }

        foreach (var row in rows)
        {
            var rowLocation = At(page, row.Line);
            var cells = row.Cells.Select(c => new ContentCell(c.Text, c.Line >= 0 ? At(page, c.Line) : rowLocation, c.Merged)).ToList();
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
