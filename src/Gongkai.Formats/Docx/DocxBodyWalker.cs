// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Text;
using Gongkai.Formats.Content;
using Gongkai.Formats.Html;

namespace Gongkai.Formats.Docx;

/// <summary>Turns the body of a WordprocessingML document into paragraphs and table grids in document order.</summary>
/// <remarks>
/// <para>Paragraph text is the text of its runs (ECMA-376 Part 1 §17.3.2), including runs inside hyperlinks,
/// smart tags, content controls, fields and insertions; deleted and moved-away revisions (§17.13.5) and hidden
/// runs (<c>w:vanish</c>, §17.3.2.41) are left out. <c>w:tab</c> becomes <c>'\t'</c>, <c>w:br</c> and
/// <c>w:cr</c> become <c>'\n'</c>. Drawings, pictures and text boxes are skipped, as are headers and footers
/// (they are other parts). Automatic numbering is put back in front of the text (<see cref="DocxNumbering"/>).</para>
/// <para>A table whose cells contain another table, or a table of a single cell, is a layout frame rather than
/// data: statistical tables of an annual report are never nested, while documents are often wrapped in a
/// one-cell frame or a frame holding several tables. Such a frame is flattened: its cells' paragraphs and
/// tables are read as if they were in the body, cell by cell in reading order. Other tables become grids
/// (see <see cref="EmitTable"/>).</para>
/// <para>The body is the light tree of <see cref="DocxPartReader"/>, whose kinds are the Open XML SDK types this
/// walker once matched on.</para>
/// <para>A paragraph's <see cref="SourceLocation.Line"/> is its number among the paragraphs of the body
/// (empty ones included, cell paragraphs of data tables excluded); a table's <see cref="SourceLocation.Table"/>
/// is its number among the data tables. Empty and whitespace-only paragraphs are not emitted; the text of an
/// emitted paragraph is trimmed.</para>
/// </remarks>
internal sealed class DocxBodyWalker
{
    private readonly DocxNumbering _numbering;
    private readonly CancellationToken _cancellationToken;
    private TableCellBudget? _budget;
    private readonly List<ContentBlock> _blocks = [];
    private readonly StringBuilder _text = new();
    private readonly List<string> _cellLines = [];
    private int _paragraphs;
    private int _tables;

    private DocxBodyWalker(DocxNumbering numbering, CancellationToken cancellationToken)
    {
        _numbering = numbering;
        _cancellationToken = cancellationToken;
    }

    /// <summary>Walks a body (or any block container).</summary>
    /// <param name="body">The body.</param>
    /// <param name="numbering">The numbering state of the document.</param>
    /// <param name="cancellationToken">Cancels a long walk.</param>
    /// <returns>The blocks in document order.</returns>
    public static IReadOnlyList<ContentBlock> Walk(DocxNode body, DocxNumbering numbering, CancellationToken cancellationToken) =>
        Walk(body, numbering, ReadOptions.Default.MaxTableCells, cancellationToken);

    /// <summary>Walks a body (or any block container), within a limit of table cells.</summary>
    /// <param name="body">The body.</param>
    /// <param name="numbering">The numbering state of the document.</param>
    /// <param name="maxTableCells">The largest number of table cells (positions covered by spans included).</param>
    /// <param name="cancellationToken">Cancels a long walk.</param>
    /// <returns>The blocks in document order.</returns>
    /// <exception cref="ReportReadException">The tables have more cells than the limit.</exception>
    public static IReadOnlyList<ContentBlock> Walk(DocxNode body, DocxNumbering numbering, int maxTableCells, CancellationToken cancellationToken)
    {
        var walker = new DocxBodyWalker(numbering, cancellationToken) { _budget = new TableCellBudget(maxTableCells) };
        walker.WalkBlocks(body);
        return walker._blocks;
    }

    private static void AppendInline(DocxNode element, StringBuilder sb)
    {
        for (var child = element.FirstChild; child is not null; child = child.NextSibling)
        {
            switch (child.Kind)
            {
                case DocxKind.Text:
                    sb.Append(child.Value);
                    break;
                case DocxKind.Tab:
                    sb.Append('\t');
                    break;
                case DocxKind.Break:
                    sb.Append('\n');
                    break;
                case DocxKind.NoBreakHyphen:
                    sb.Append('-');
                    break;
                case DocxKind.Run when IsHidden(child):
                    break;
                case DocxKind.ParagraphProperties or DocxKind.RunProperties:
                    break;
                default:
                    // Deleted and moved-away revisions (§17.13.5), field codes, drawings, pictures, embedded objects,
                    // text boxes and content control properties were not kept by DocxPartReader.
                    AppendInline(child, sb);
                    break;
            }
        }
    }

    private static bool IsHidden(DocxNode run)
    {
        var vanish = run.Child(DocxKind.RunProperties)?.Child("vanish");
        return vanish is not null && (DocxPartReader.OnOff(vanish.Value) ?? true);
    }

    private static bool IsLayoutTable(DocxNode table)
    {
        if (table.HoldsTable)
        {
            return true;
        }

        DocxNode? onlyRow = null;
        foreach (var row in Rows(table))
        {
            if (onlyRow is not null)
            {
                return false;
            }

            onlyRow = row;
        }

        return onlyRow is not null && Cells(onlyRow).Take(2).Count() == 1;
    }

    // Rows and cells may be wrapped in content controls or custom XML (§17.5.2, §17.5.1).
    private static IEnumerable<DocxNode> Rows(DocxNode table) => Unwrap(table, DocxKind.TableRow);

    private static IEnumerable<DocxNode> Cells(DocxNode row) => Unwrap(row, DocxKind.TableCell);

    private static IEnumerable<DocxNode> Unwrap(DocxNode parent, DocxKind kind)
    {
        for (var child = parent.FirstChild; child is not null; child = child.NextSibling)
        {
            if (child.Kind == kind)
            {
                yield return child;
            }
            else if (child.Kind is DocxKind.RowSdt or DocxKind.RowContent or DocxKind.CellSdt or DocxKind.CellContent)
            {
                foreach (var inner in Unwrap(child, kind))
                {
                    yield return inner;
                }
            }
        }
    }

    /// <summary>Returns the text of a paragraph's runs, without its numbering.</summary>
    private string RunText(DocxNode paragraph)
    {
        _text.Clear();
        AppendInline(paragraph, _text);
        return _text.ToString();
    }

    private void WalkBlocks(DocxNode container)
    {
        for (var child = container.FirstChild; child is not null; child = child.NextSibling)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            switch (child.Kind)
            {
                case DocxKind.Paragraph:
                    EmitParagraph(child);
                    break;
                case DocxKind.Table when IsLayoutTable(child):
                    foreach (var row in Rows(child))
                    {
                        foreach (var cell in Cells(row))
                        {
                            if (VerticalMergeOf(cell) != MergeKind.Continue)
                            {
                                WalkBlocks(cell);
                            }
                        }
                    }

                    break;
                case DocxKind.Table:
                    EmitTable(child);
                    break;
                case DocxKind.BlockSdt or DocxKind.BlockContent:
                    WalkBlocks(child);
                    break;
                default:
                    // Section properties, bookmarks, permission ranges, altChunk imports: no text of their own here.
                    break;
            }
        }
    }

    private void EmitParagraph(DocxNode paragraph)
    {
        _paragraphs++;
        var text = (_numbering.NextPrefix(paragraph) + RunText(paragraph)).Trim();
        if (text.Length > 0)
        {
            _blocks.Add(new ContentParagraph(text, SourceLocation.AtLine(_paragraphs)));
        }
    }

    /// <summary>Emits a data table as a grid.</summary>
    /// <remarks>
    /// ECMA-376 Part 1 §17.4: a row first skips <c>w:gridBefore</c> grid columns (§17.4.14), then each cell
    /// covers <c>w:gridSpan</c> columns (§17.4.17). A cell with <c>w:vMerge</c> "continue" (the default value,
    /// §17.4.84) belongs to the merged cell above it in the same grid column; its own content is ignored, as
    /// Word ignores it. The legacy <c>w:hMerge</c> (§17.4.22) joins a cell to the one before it in the row.
    /// Covered grid positions are reported as merged with the origin's text.
    /// </remarks>
    private void EmitTable(DocxNode table)
    {
        var layout = new List<List<GridCell>>();
        foreach (var row in Rows(table))
        {
            _cancellationToken.ThrowIfCancellationRequested();
            var cells = new List<GridCell>();
            var column = DocxPartReader.Int(row.Child(DocxKind.RowProperties)?.Child("gridBefore")?.Value) ?? 0;
            foreach (var cell in Cells(row))
            {
                var properties = cell.Child(DocxKind.CellProperties);
                var span = Math.Max(1, DocxPartReader.Int(properties?.Child("gridSpan")?.Value) ?? 1);
                var horizontal = properties?.Child("hMerge");
                if (horizontal is not null && horizontal.Value is null or "continue" && cells.Count > 0)
                {
                    cells[^1] = cells[^1] with { Span = cells[^1].Span + span };
                    column += span;
                    continue;
                }

                cells.Add(new GridCell(column, span, VerticalMergeOf(cell), CellText(cell)));
                column += span;
            }

            layout.Add(cells);
        }

        var grid = new TableGridBuilder(_budget);
        for (var r = 0; r < layout.Count; r++)
        {
            grid.StartRow();
            foreach (var cell in layout[r])
            {
                if (cell.Absorbed)
                {
                    continue;
                }

                var rowSpan = 1;
                for (var below = r + 1; below < layout.Count; below++)
                {
                    var index = layout[below].FindIndex(c => c.Column == cell.Column && c.Merge == MergeKind.Continue && !c.Absorbed);
                    if (index < 0)
                    {
                        break;
                    }

                    layout[below][index] = layout[below][index] with { Absorbed = true };
                    rowSpan++;
                }

                grid.Place(cell.Column, cell.Text, cell.Span, rowSpan);
            }
        }

        var built = grid.Build(_tables + 1, _cancellationToken);
        if (built is not null)
        {
            _tables++;
            _blocks.Add(built);
        }
    }

    private static MergeKind VerticalMergeOf(DocxNode cell)
    {
        var merge = cell.Child(DocxKind.CellProperties)?.Child("vMerge");
        if (merge is null)
        {
            return MergeKind.None;
        }

        return merge.Value == "restart" ? MergeKind.Restart : MergeKind.Continue;
    }

    private string CellText(DocxNode cell)
    {
        _cellLines.Clear();
        CollectCellLines(cell, _cellLines);
        return TableGridBuilder.JoinCellLines(_cellLines);
    }

    private void CollectCellLines(DocxNode container, List<string> lines)
    {
        for (var child = container.FirstChild; child is not null; child = child.NextSibling)
        {
            switch (child.Kind)
            {
                case DocxKind.Paragraph:
                    lines.Add(_numbering.NextPrefix(child) + RunText(child));
                    break;
                case DocxKind.Table:
                    // Not reached for data tables (a table holding a table is a layout frame); kept for safety.
                    foreach (var row in Rows(child))
                    {
                        foreach (var cell in Cells(row))
                        {
                            CollectCellLines(cell, lines);
                        }
                    }

                    break;
                case DocxKind.BlockSdt or DocxKind.BlockContent:
                    CollectCellLines(child, lines);
                    break;
                default:
                    break;
            }
        }
    }

    private enum MergeKind
    {
        None = 0,
        Restart,
        Continue,
    }

    private readonly record struct GridCell(int Column, int Span, MergeKind Merge, string Text, bool Absorbed = false);
}
