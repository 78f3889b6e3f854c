// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Gongkai.Formats.Content;
using Gongkai.Formats.Html;
using WText = DocumentFormat.OpenXml.Wordprocessing.Text;

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
/// <para>A paragraph's <see cref="SourceLocation.Line"/> is its number among the paragraphs of the body
/// (empty ones included, cell paragraphs of data tables excluded); a table's <see cref="SourceLocation.Table"/>
/// is its number among the data tables. Empty and whitespace-only paragraphs are not emitted; the text of an
/// emitted paragraph is trimmed.</para>
/// </remarks>
internal sealed class DocxBodyWalker
{
    private readonly DocxNumbering _numbering;
    private readonly CancellationToken _cancellationToken;
    private readonly List<ContentBlock> _blocks = [];
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
    public static IReadOnlyList<ContentBlock> Walk(OpenXmlElement body, DocxNumbering numbering, CancellationToken cancellationToken)
    {
        var walker = new DocxBodyWalker(numbering, cancellationToken);
        walker.WalkBlocks(body);
        return walker._blocks;
    }

    /// <summary>Returns the text of a paragraph's runs, without its numbering.</summary>
    /// <param name="paragraph">The paragraph.</param>
    /// <returns>The text.</returns>
    internal static string RunText(Paragraph paragraph)
    {
        var sb = new StringBuilder();
        AppendInline(paragraph, sb);
        return sb.ToString();
    }

    private static void AppendInline(OpenXmlElement element, StringBuilder sb)
    {
        foreach (var child in element.ChildElements)
        {
            switch (child)
            {
                case WText text:
                    sb.Append(text.Text);
                    break;
                case TabChar or PositionalTab:
                    sb.Append('\t');
                    break;
                case Break or CarriageReturn:
                    sb.Append('\n');
                    break;
                case NoBreakHyphen:
                    sb.Append('-');
                    break;
                case Run run when IsHidden(run):
                    break;
                case DeletedRun or MoveFromRun or DeletedText or FieldCode or DeletedFieldCode:
                    // §17.13.5 revisions: deleted and moved-away text is not part of the document's current text.
                    break;
                case Drawing or Picture or EmbeddedObject or AlternateContent:
                    // Text boxes and shapes float outside the flow of the text; they are not read.
                    break;
                case ParagraphProperties or RunProperties or SdtProperties or SdtEndCharProperties:
                    break;
                default:
                    if (child.HasChildren)
                    {
                        AppendInline(child, sb);
                    }

                    break;
            }
        }
    }

    private static bool IsHidden(Run run)
    {
        var vanish = run.RunProperties?.Vanish;
        return vanish is not null && (vanish.Val is null || vanish.Val.Value);
    }

    private static bool IsLayoutTable(Table table)
    {
        if (table.Descendants<Table>().Any())
        {
            return true;
        }

        var rows = Rows(table).ToList();
        return rows.Count == 1 && Cells(rows[0]).Count() == 1;
    }

    // Rows and cells may be wrapped in content controls or custom XML (§17.5.2, §17.5.1).
    private static IEnumerable<TableRow> Rows(Table table) => Unwrap<TableRow>(table);

    private static IEnumerable<TableCell> Cells(TableRow row) => Unwrap<TableCell>(row);

    private static IEnumerable<T> Unwrap<T>(OpenXmlElement parent)
        where T : OpenXmlElement
    {
        foreach (var child in parent.ChildElements)
        {
            if (child is T item)
            {
                yield return item;
            }
            else if (child is SdtRow or SdtContentRow or CustomXmlRow or SdtCell or SdtContentCell or CustomXmlCell)
            {
                foreach (var inner in Unwrap<T>(child))
                {
                    yield return inner;
                }
            }
        }
    }

    private void WalkBlocks(OpenXmlElement container)
    {
        foreach (var child in container.ChildElements)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            switch (child)
            {
                case Paragraph paragraph:
                    EmitParagraph(paragraph);
                    break;
                case Table table when IsLayoutTable(table):
                    foreach (var row in Rows(table))
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
                case Table table:
                    EmitTable(table);
                    break;
                case SdtBlock or SdtContentBlock or CustomXmlBlock:
                    WalkBlocks(child);
                    break;
                default:
                    // Section properties, bookmarks, permission ranges, altChunk imports: no text of their own here.
                    break;
            }
        }
    }

    private void EmitParagraph(Paragraph paragraph)
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
    private void EmitTable(Table table)
    {
        var layout = new List<List<GridCell>>();
        foreach (var row in Rows(table))
        {
            _cancellationToken.ThrowIfCancellationRequested();
            var cells = new List<GridCell>();
            var column = row.TableRowProperties?.GetFirstChild<GridBefore>()?.Val?.Value ?? 0;
            foreach (var cell in Cells(row))
            {
                var properties = cell.TableCellProperties;
                var span = Math.Max(1, properties?.GridSpan?.Val?.Value ?? 1);
                var horizontal = properties?.HorizontalMerge;
                if (horizontal is not null && horizontal.Val?.InnerText is null or "continue" && cells.Count > 0)
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

        var grid = new TableGridBuilder();
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

    private static MergeKind VerticalMergeOf(TableCell cell)
    {
        var merge = cell.TableCellProperties?.VerticalMerge;
        if (merge is null)
        {
            return MergeKind.None;
        }

        return merge.Val?.InnerText == "restart" ? MergeKind.Restart : MergeKind.Continue;
    }

    private string CellText(TableCell cell)
    {
        var lines = new List<string>();
        CollectCellLines(cell, lines);
        return TableGridBuilder.JoinCellLines(lines);
    }

    private void CollectCellLines(OpenXmlElement container, List<string> lines)
    {
        foreach (var child in container.ChildElements)
        {
            switch (child)
            {
                case Paragraph paragraph:
                    lines.Add(_numbering.NextPrefix(paragraph) + RunText(paragraph));
                    break;
                case Table nested:
                    // Not reached for data tables (a table holding a table is a layout frame); kept for safety.
                    foreach (var row in Rows(nested))
                    {
                        foreach (var cell in Cells(row))
                        {
                            CollectCellLines(cell, lines);
                        }
                    }

                    break;
                case SdtBlock or SdtContentBlock or CustomXmlBlock:
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
