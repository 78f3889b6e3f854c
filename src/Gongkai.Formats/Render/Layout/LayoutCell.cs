// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Cells;

namespace Gongkai.Formats.Render.Layout;

/// <summary>What a cell of a rendered table is.</summary>
internal enum LayoutRole : byte
{
    /// <summary>A sub-table caption of table 二 (「第二十条第（一）项」), spanning the whole width.</summary>
    Caption,

    /// <summary>A column header (「自然人」「本年制发件数」「结果维持」…) or the top-left note of table 三.</summary>
    Header,

    /// <summary>A row label (「规章」「一、本年新收政府信息公开申请数量」「（三）不予公开」…).</summary>
    Label,

    /// <summary>A value cell of the catalog.</summary>
    Value,
}

/// <summary>One cell of a rendered table, placed on the table's grid.</summary>
/// <param name="Column">The first grid column (0-based).</param>
/// <param name="ColumnSpan">How many grid columns it covers (HTML <c>colspan</c>, WordprocessingML <c>w:gridSpan</c>).</param>
/// <param name="RowSpan">How many rows it covers (HTML <c>rowspan</c>, WordprocessingML <c>w:vMerge</c>).</param>
/// <param name="Role">What the cell is.</param>
/// <param name="Text">The label text; for a value cell the text to print (empty for a blank or absent cell).</param>
/// <param name="Cell">The catalog cell of a value cell, else null.</param>
internal sealed record LayoutCell(int Column, int ColumnSpan, int RowSpan, LayoutRole Role, string Text, CellDefinition? Cell = null)
{
    /// <summary>Gets a value indicating whether the cell holds a number (printed right-aligned).</summary>
    public bool IsNumber { get; init; }

    /// <summary>Gets a value indicating whether the cell is shaded light grey (<see cref="OfficialLayout.ShadeColor"/>), as the
    /// official template shades the sub-header rows of table 二 (「信息内容 | 本年制发件数 | …」).</summary>
    public bool IsShaded { get; init; }

    /// <summary>Gets a value indicating whether a label cell is centred rather than left-aligned (the row labels of table 二
    /// in the official template: 「规章」「行政许可」…).</summary>
    public bool IsCentred { get; init; }
}
