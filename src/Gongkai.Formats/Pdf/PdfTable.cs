// Copyright (c) Gongkai contributors. Licensed under the MIT License.

namespace Gongkai.Formats.Pdf;

/// <summary>A table rebuilt from one page, before it becomes a <see cref="Content.ContentTable"/>.</summary>
/// <param name="Rows">The rows, top to bottom.</param>
/// <param name="Top">The top edge on the page.</param>
/// <param name="Bottom">The bottom edge on the page.</param>
/// <param name="Columns">
/// The column signature used to recognise a table continued on the next page: the x of every vertical
/// rule of a ruled table, or the centres of the value columns of an unruled one.
/// </param>
/// <param name="Ruled">Whether the table was rebuilt from ruling lines.</param>
internal sealed record PdfTable(IReadOnlyList<PdfRow> Rows, double Top, double Bottom, IReadOnlyList<double> Columns, bool Ruled);

/// <summary>A row of a <see cref="PdfTable"/>.</summary>
/// <param name="Cells">The cells, left to right, merged cells expanded.</param>
/// <param name="Line">The 0-based page line index where the row starts, or -1.</param>
internal sealed record PdfRow(IReadOnlyList<PdfCell> Cells, int Line);

/// <summary>A cell of a <see cref="PdfRow"/>.</summary>
/// <param name="Text">The text; CJK wrapped over lines is joined, other line breaks are <c>'\n'</c>.</param>
/// <param name="Line">The 0-based page line index of the cell's first text, or -1 when empty.</param>
/// <param name="Merged">Whether this position is covered by a merged cell whose origin is elsewhere.</param>
internal readonly record struct PdfCell(string Text, int Line, bool Merged = false);
