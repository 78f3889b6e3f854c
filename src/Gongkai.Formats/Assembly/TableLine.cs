// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Text;
using Gongkai.Formats.Content;
using Gongkai.Text;

namespace Gongkai.Formats.Assembly;

/// <summary>One table row prepared for interpretation: label cells, value candidates, folded label.</summary>
internal sealed class TableLine
{
    private TableLine(IReadOnlyList<TableCell> cells, SourceLocation location)
    {
        Cells = cells;
        Location = location;
        var lastLabel = -1;
        var label = new StringBuilder();
        for (var i = 0; i < cells.Count; i++)
        {
            if (cells[i].Kind == CellTextKind.Label)
            {
                lastLabel = i;
                label.Append(cells[i].Trimmed);
            }
        }

        LastLabelIndex = lastLabel;
        Label = label.ToString();
        FoldedLabel = TextFold.Fold(Label);
        var candidates = new List<TableCell>(cells.Count);
        for (var i = lastLabel + 1; i < cells.Count; i++)
        {
            candidates.Add(cells[i]);
            if (cells[i].Kind == CellTextKind.Value)
            {
                HasValue = true;
            }
        }

        Candidates = candidates;
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
    public IEnumerable<string> FoldedLabelCells => Cells.Where(c => c.Kind == CellTextKind.Label).Select(c => TextFold.Fold(c.Trimmed));

    /// <summary>Prepares a content row, dropping merged positions.</summary>
    /// <param name="row">The row.</param>
    /// <returns>The line.</returns>
    public static TableLine From(ContentRow row)
    {
        var cells = new List<TableCell>(row.Cells.Count);
        foreach (var cell in row.Cells)
        {
            if (!cell.Merged)
            {
                cells.Add(TableCell.From(cell));
            }
        }

        return new TableLine(cells, row.Location);
    }

    /// <summary>Creates a line whose label comes from <paramref name="labelLine"/> and values from <paramref name="valueLine"/>.</summary>
    /// <param name="labelLine">The row holding the label.</param>
    /// <param name="valueLine">The row holding the values.</param>
    /// <returns>The combined line.</returns>
    public static TableLine Combine(TableLine labelLine, TableLine valueLine)
    {
        var cells = new List<TableCell>(labelLine.Cells.Where(c => c.Kind == CellTextKind.Label));
        cells.AddRange(valueLine.Cells.Where(c => c.Kind == CellTextKind.Label));
        cells.AddRange(valueLine.Candidates);
        return new TableLine(cells, valueLine.Location);
    }
}
