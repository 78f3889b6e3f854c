// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Cells;

namespace Gongkai.Formats.Render.Layout;

/// <summary>One row of a rendered table: the cells that start in it, left to right.</summary>
/// <param name="Cells">The cells originating in this row; positions covered by a cell of an earlier row are not listed.</param>
/// <param name="IsHeader">Whether the row belongs to the table's header (repeated on each page).</param>
internal sealed record LayoutRow(IReadOnlyList<LayoutCell> Cells, bool IsHeader);

/// <summary>A statistical table laid out as in the official template: a grid with merged cells.</summary>
/// <remarks>
/// Every renderer (Word, HTML, Excel) prints the same grid, so the header structure, the merged cells and
/// the labels exist once (<see cref="OfficialLayout"/>). Column widths are relative (twentieths of a point
/// on a 156 mm type area, GB/T 9704-2012 §5.2.1), so that Word can use them as they are.
/// </remarks>
/// <param name="Table">Which table.</param>
/// <param name="ColumnWidths">The width of each grid column.</param>
/// <param name="Rows">The rows.</param>
internal sealed record LayoutTable(ReportTable Table, IReadOnlyList<int> ColumnWidths, IReadOnlyList<LayoutRow> Rows)
{
    /// <summary>Gets the number of grid columns.</summary>
    public int ColumnCount => ColumnWidths.Count;

    /// <summary>Whether a row is kept on the same page as the next one.</summary>
    /// <param name="row">The row index.</param>
    /// <returns>True inside tables 三 and 四, which stay whole (their group labels span many rows and the 勾稽关系 reads
    /// down whole columns), so that such a table starts on a new page only when it would not fit on this one; in table 二
    /// true inside each sub-table (caption, header, items), so a caption is never left at the foot of a page.</returns>
    public bool KeepsWithNext(int row)
    {
        if (row < 0 || row >= Rows.Count - 1)
        {
            return false;
        }

        return Table != ReportTable.Table2 || Rows[row + 1].Cells is not [{ Role: LayoutRole.Caption }];
    }

    /// <summary>Computes, for every row and grid column, the cell covering it (null where nothing does).</summary>
    /// <returns>The grid; <c>grid[r][c]</c> is the covering cell and the row where it starts.</returns>
    public (LayoutCell Cell, int Row)?[][] Coverage()
    {
        var grid = new (LayoutCell Cell, int Row)?[Rows.Count][];
        for (var r = 0; r < Rows.Count; r++)
        {
            grid[r] = new (LayoutCell, int)?[ColumnCount];
        }

        for (var r = 0; r < Rows.Count; r++)
        {
            foreach (var cell in Rows[r].Cells)
            {
                for (var dr = 0; dr < cell.RowSpan && r + dr < Rows.Count; dr++)
                {
                    for (var dc = 0; dc < cell.ColumnSpan && cell.Column + dc < ColumnCount; dc++)
                    {
                        grid[r + dr][cell.Column + dc] = (cell, r);
                    }
                }
            }
        }

        return grid;
    }
}
