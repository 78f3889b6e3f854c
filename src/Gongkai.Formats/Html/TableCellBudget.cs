// Copyright (c) Gongkai contributors. Licensed under the MIT License.

namespace Gongkai.Formats.Html;

/// <summary>Counts the table cells a reader makes in one file against <see cref="ReadOptions.MaxTableCells"/>.</summary>
/// <remarks>Shared by the readers that build tables (text, Word, web pages, Excel): a span or merged range covering
/// millions of positions, or a line of millions of tabs, is refused before its cells are made.</remarks>
internal sealed class TableCellBudget
{
    private readonly int _limit;
    private long _used;

    /// <summary>Initializes a new instance of the <see cref="TableCellBudget"/> class.</summary>
    /// <param name="limit">The largest number of cells in the file.</param>
    public TableCellBudget(int limit)
    {
        _limit = limit;
    }

    /// <summary>Counts cells about to be made.</summary>
    /// <param name="cells">The number of cells.</param>
    /// <exception cref="ReportReadException">The file would have more cells than the limit.</exception>
    public void Take(long cells)
    {
        _used += cells;
        if (_used > _limit)
        {
            throw ReadLimits.TooManyCells(_limit);
        }
    }
}
