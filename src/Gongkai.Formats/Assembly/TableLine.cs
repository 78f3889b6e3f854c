// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Text;
using Gongkai.Formats.Content;

namespace Gongkai.Formats.Assembly;

/// <summary>One table row prepared for interpretation: label cells, value candidates, folded label.</summary>
internal sealed class TableLine
{
    private TableLine(TableCell[] cells, SourceLocation location)
    {
        Cells = cells;
        Location = location;
        var lastLabel = -1;
        var labels = 0;
        for (var i = 0; i < cells.Length; i++)
        {
            if (cells[i].Kind == CellTextKind.Label)
            {
                lastLabel = i;
                labels++;
            }
        }

        LastLabelIndex = lastLabel;
        if (labels == 1)
        {
            Label = cells[lastLabel].Trimmed;
            FoldedLabel = cells[lastLabel].Folded;
        }
        else if (labels > 1)
        {
            var label = new StringBuilder();
            var folded = new StringBuilder();
            foreach (var cell in cells)
            {
                if (cell.Kind == CellTextKind.Label)
                {
                    label.Append(cell.Trimmed);
                    folded.Append(cell.Folded);
                }
            }

            Label = label.ToString();
            FoldedLabel = folded.ToString();
        }
        else
        {
            Label = string.Empty;
            FoldedLabel = string.Empty;
        }
        for (var i = lastLabel + 1; i < cells.Length; i++)
        {
            if (cells[i].Kind == CellTextKind.Value)
            {
                HasValue = true;
                break;
            }
        }

        Candidates = new ArraySegment<TableCell>(cells, lastLabel + 1, cells.Length - lastLabel - 1);
    }

    /// <summary>Gets the cells (merged positions removed).</summary>
    public IReadOnlyList<TableCell> Cells { get; }

    /// <summary>Gets where the row starts.</summary>
    public SourceLocation Location { get; }

    /// <summary>Gets the label cells joined (trimmed text).</summary>
    public string Label { get; }

    /// <summary>Gets the folded label.</summary>
    public string FoldedLabel { get; }

    /// <summary>Gets the index of the last label cell, or -1.</summary>
    public int LastLabelIndex { get; }

    /// <summary>Gets the cells after the last label: where the values are.</summary>
    public IReadOnlyList<TableCell> Candidates { get; }

    /// <summary>Gets a value indicating whether any candidate holds a value.</summary>
    public bool HasValue { get; }

    /// <summary>Gets a value indicating whether the row has a label.</summary>
    public bool HasLabel => LastLabelIndex >= 0;

    /// <summary>Gets the folded text of each label cell.</summary>
    public IEnumerable<string> FoldedLabelCells
    {
        get
        {
            foreach (var cell in Cells)
            {
                if (cell.Kind == CellTextKind.Label)
                {
                    yield return cell.Folded;
                }
            }
        }
    }

    /// <summary>Prepares a content row, dropping merged positions.</summary>
    /// <param name="row">The row.</param>
    /// <returns>The line.</returns>
    public static TableLine From(ContentRow row)
    {
        var line = FromCells(row);
        return line.SplitGluedLabel() ?? line;
    }

    private static TableLine FromCells(ContentRow row)
    {
        var count = 0;
        foreach (var cell in row.Cells)
        {
            if (!cell.Merged)
            {
                count++;
            }
        }

        var cells = new TableCell[count];
        var k = 0;
        foreach (var cell in row.Cells)
        {
            if (!cell.Merged)
            {
                var tableCell = TableCell.From(cell);

                // A note a converter split from the number it annotates (「22」 | 「（其中修订16件）」) is no column.
                if (k > 0 && cells[k - 1].Kind == CellTextKind.Value && tableCell.Kind == CellTextKind.Label && TableCell.IsNote(tableCell.Folded))
                {
                    continue;
                }

                cells[k++] = tableCell;
            }
        }

        return new TableLine(k == count ? cells : cells[..k], row.Location);
    }

    /// <summary>Gets a value indicating whether digits were split off the end of the label (「行政规范性文件77132470」).</summary>
    public bool GluedLabel { get; private init; }

    // Official row labels never end with a digit, so trailing digits on the last label cell are values
    // whose separator was lost. Only split when no value cell follows.
    private TableLine? SplitGluedLabel()
    {
        if (LastLabelIndex < 0 || HasValue)
        {
            return null;
        }

        var cell = Cells[LastLabelIndex];
        var folded = cell.Folded;
        var digits = 0;
        while (digits < folded.Length && (char.IsAsciiDigit(folded[folded.Length - 1 - digits]) || folded[folded.Length - 1 - digits] == '.'))
        {
            digits++;
        }

        // The run must start with a digit, and must not be a numbering such as 「（一）1.」.
        while (digits > 0 && !char.IsAsciiDigit(folded[folded.Length - digits]))
        {
            digits--;
        }

        if (digits == 0 || digits == folded.Length || folded[folded.Length - 1 - digits] is '、' or ')' or ',' or '第' || folded[^1] == '.')
        {
            return null;
        }

        var cells = Cells.ToArray();
        var labelText = folded[..^digits];
        var value = folded[^digits..];
        cells[LastLabelIndex] = cell with { Trimmed = labelText, Folded = labelText };
        var withValue = new TableCell[cells.Length + 1];
        Array.Copy(cells, 0, withValue, 0, LastLabelIndex + 1);
        withValue[LastLabelIndex + 1] = new TableCell(value, value, CellTextKind.Value, cell.Location, value);
        Array.Copy(cells, LastLabelIndex + 1, withValue, LastLabelIndex + 2, cells.Length - LastLabelIndex - 1);
        return new TableLine(withValue, Location) { GluedLabel = true };
    }

    /// <summary>Creates a line with the same label cells and new value cells.</summary>
    /// <param name="line">The line.</param>
    /// <param name="candidates">The new value cells.</param>
    /// <returns>The new line.</returns>
    public static TableLine WithCandidates(TableLine line, IEnumerable<TableCell> candidates)
    {
        TableCell[] cells = [.. line.Cells.Take(line.LastLabelIndex + 1), .. candidates];
        return new TableLine(cells, line.Location) { GluedLabel = line.GluedLabel };
    }

    /// <summary>Creates a line of the given cells.</summary>
    /// <param name="cells">The cells, labels first.</param>
    /// <param name="location">Where the row starts.</param>
    /// <returns>The line.</returns>
    public static TableLine Of(TableCell[] cells, SourceLocation location) => new(cells, location);

    /// <summary>Creates a line whose label comes from <paramref name="labelLine"/> and values from <paramref name="valueLine"/>.</summary>
    /// <param name="labelLine">The row holding the label.</param>
    /// <param name="valueLine">The row holding the values.</param>
    /// <returns>The combined line.</returns>
    public static TableLine Combine(TableLine labelLine, TableLine valueLine)
    {
        TableCell[] cells =
        [
            .. labelLine.Cells.Where(c => c.Kind == CellTextKind.Label),
            .. valueLine.Cells.Where(c => c.Kind == CellTextKind.Label),
            .. valueLine.Candidates,
        ];
        return new TableLine(cells, valueLine.Location);
    }
}
