// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Gongkai.Formats.Content;

namespace Gongkai.Formats.Html;

/// <summary>Turns the report region of a page into paragraphs and table grids in reading order.</summary>
/// <remarks>
/// <para>Paragraphs are the lines of inline content between block boundaries (<see cref="HtmlNodes.IsBlock"/>:
/// <c>p</c>, <c>div</c>, <c>h1</c>–<c>h6</c>, <c>li</c> …); <c>br</c> ends a line too. Text is collapsed as a
/// browser renders it (<see cref="InlineTextBuilder"/>); a paragraph is trimmed and emitted only when it has
/// visible text. Its <see cref="SourceLocation.Line"/> is its index among the emitted blocks (1-based).</para>
/// <para>A table that contains another table, or a table of one cell, is a layout frame: its cells are read as
/// flow content. Other tables become grids: rows in table order, cells placed by the WHATWG "forming a table"
/// algorithm (HTML Living Standard §4.9.12.1) with <c>colspan</c>/<c>rowspan</c> expanded
/// (<see cref="TableGridBuilder"/>). Cell text joins the cell's lines (<c>p</c>, <c>div</c>, <c>br</c>) with
/// <c>'\n'</c> and keeps no-break and ideographic spaces, so a blank cell written as <c>&amp;nbsp;</c> stays a
/// whitespace-only cell.</para>
/// <para>Inside the region, elements that look like chrome (<see cref="HtmlNodes.LooksLikeChrome"/>) are skipped
/// unless they hold report content.</para>
/// </remarks>
internal sealed class HtmlBlockWalker
{
    private readonly ReportRegion _region;
    private readonly CancellationToken _cancellationToken;
    private TableCellBudget? _budget;
    private readonly List<ContentBlock> _blocks = [];
    private readonly InlineTextBuilder _line = new();

    // Reused for every cell of every table: a report has hundreds of cells.
    private readonly InlineTextBuilder _cellLine = new();
    private readonly List<string> _cellLines = [];
    private int _tables;
    private bool _preformatted;

    private HtmlBlockWalker(ReportRegion region, CancellationToken cancellationToken)
    {
        _region = region;
        _cancellationToken = cancellationToken;
    }

    /// <summary>Walks the region.</summary>
    /// <param name="region">The report region.</param>
    /// <param name="cancellationToken">Cancels a long walk.</param>
    /// <returns>The blocks in reading order; the title found outside the container first.</returns>
    public static IReadOnlyList<ContentBlock> Walk(ReportRegion region, CancellationToken cancellationToken) =>
        Walk(region, ReadOptions.Default.MaxTableCells, cancellationToken);

    /// <summary>Walks the region, within a limit of table cells.</summary>
    /// <param name="region">The report region.</param>
    /// <param name="maxTableCells">The largest number of table cells (positions covered by spans included).</param>
    /// <param name="cancellationToken">Cancels a long walk.</param>
    /// <returns>The blocks in reading order; the title found outside the container first.</returns>
    /// <exception cref="ReportReadException">The tables have more cells than the limit.</exception>
    public static IReadOnlyList<ContentBlock> Walk(ReportRegion region, int maxTableCells, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(region);
        var walker = new HtmlBlockWalker(region, cancellationToken) { _budget = new TableCellBudget(maxTableCells) };
        if (region.Title is not null)
        {
            walker.AddParagraph(region.Title);
        }

        walker.WalkElement(region.Container, 0, isRoot: true);
        walker.EndLine();
        return walker._blocks;
    }

    private static bool IsLayoutTable(IElement table)
    {
        if (HtmlNodes.HasNestedTable(table))
        {
            return true;
        }

        var rows = HtmlNodes.Rows(table).ToList();
        return rows.Count == 1 && rows[0].Cells.Length == 1;
    }

    private void WalkChildren(INode node, int depth)
    {
        var children = node.ChildNodes;
        for (var c = 0; c < children.Length; c++)
        {
            var child = children[c];
            if (child is IText text)
            {
                AppendText(text.Data);
            }
            else if (child is IElement element && depth < HtmlNodes.MaxDepth)
            {
                WalkElement(element, depth + 1, isRoot: false);
            }
        }
    }

    private void WalkElement(IElement element, int depth, bool isRoot)
    {
        _cancellationToken.ThrowIfCancellationRequested();
        if (HtmlNodes.IsSkipped(element) || (!isRoot && HtmlNodes.LooksLikeChrome(element) && !_region.HoldsReport(element)))
        {
            return;
        }

        switch (element.LocalName)
        {
            case "br":
                EndLine();
                return;
            case "table":
                EndLine();
                if (IsLayoutTable(element))
                {
                    foreach (var row in HtmlNodes.Rows(element))
                    {
                        foreach (var cell in row.Cells)
                        {
                            WalkChildren(cell, depth + 1);
                            EndLine();
                        }
                    }
                }
                else
                {
                    EmitTable(element, depth);
                }

                return;
            case "pre" or "listing" or "xmp" or "plaintext":
                EndLine();
                var outer = _preformatted;
                _preformatted = true;
                WalkChildren(element, depth);
                _preformatted = outer;
                EndLine();
                return;
            default:
                break;
        }

        if (HtmlNodes.IsBlock(element))
        {
            EndLine();
            WalkChildren(element, depth);
            EndLine();
        }
        else
        {
            WalkChildren(element, depth);
        }
    }

    private void AppendText(string data)
    {
        if (!_preformatted)
        {
            _line.Append(data);
            return;
        }

        var lines = data.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                EndLine();
            }

            _line.AppendPreformatted(lines[i]);
        }
    }

    private void EndLine()
    {
        if (!_line.IsEmpty)
        {
            AddParagraph(_line.Take());
        }
    }

    private void AddParagraph(string text)
    {
        text = text.Trim();
        if (text.Length > 0)
        {
            _blocks.Add(new ContentParagraph(text, SourceLocation.AtLine(_blocks.Count + 1)));
        }
    }

    private void EmitTable(IElement table, int depth)
    {
        if (table is IHtmlTableElement { Caption: { } caption } && !HtmlNodes.IsSkipped(caption))
        {
            // §4.9.2: the caption titles the table; it is read as the paragraph before it.
            WalkChildren(caption, depth + 1);
            EndLine();
        }

        var rows = HtmlNodes.Rows(table).ToList();
        var grid = new TableGridBuilder(_budget);
        for (var r = 0; r < rows.Count; r++)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            grid.StartRow();
            var column = 0;
            foreach (var cell in rows[r].Cells)
            {
                if (HtmlNodes.IsHidden(cell))
                {
                    continue;
                }

                // §4.9.12.1: colspan 0 is treated as 1 (clamped to 1000); rowspan 0 extends to the end of the
                // row group, here to the last row (clamped to 65534 and to the rows that exist).
                var colSpan = Math.Clamp(HtmlNodes.ParseSpan(cell.GetAttribute("colspan"), 1), 1, 1000);
                var rowSpan = HtmlNodes.ParseSpan(cell.GetAttribute("rowspan"), 1);
                rowSpan = rowSpan == 0 ? rows.Count - r : Math.Clamp(rowSpan, 1, Math.Min(65534, rows.Count - r));
                column = grid.NextFreeColumn(column);
                grid.Place(column, CellText(cell, depth), colSpan, rowSpan);
                column += colSpan;
            }
        }

        var built = grid.Build(_tables + 1, _cancellationToken);
        if (built is not null)
        {
            _tables++;
            _blocks.Add(built);
        }
    }

    private string CellText(IHtmlTableCellElement cell, int depth)
    {
        _cellLines.Clear();
        CollectCellLines(cell, _cellLine, _cellLines, depth);
        _cellLines.Add(_cellLine.Take());
        return TableGridBuilder.JoinCellLines(_cellLines);
    }

    private static void CollectCellLines(INode node, InlineTextBuilder line, List<string> lines, int depth)
    {
        var children = node.ChildNodes;
        for (var c = 0; c < children.Length; c++)
        {
            var child = children[c];
            if (child is IText text)
            {
                line.Append(text.Data);
                continue;
            }

            if (child is not IElement element || depth >= HtmlNodes.MaxDepth || HtmlNodes.IsSkipped(element))
            {
                continue;
            }

            if (element.LocalName == "br")
            {
                lines.Add(line.Take());
            }
            else if (HtmlNodes.IsBlock(element))
            {
                lines.Add(line.Take());
                CollectCellLines(element, line, lines, depth + 1);
                lines.Add(line.Take());
            }
            else
            {
                CollectCellLines(element, line, lines, depth + 1);
            }
        }
    }
}
