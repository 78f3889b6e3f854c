// Copyright (c) Gongkai contributors. Licensed under the MIT License.

namespace Gongkai.Cells;

/// <summary>What a value cell of a report holds.</summary>
public enum CellState : byte
{
    /// <summary>The row or cell does not exist in the source at all.</summary>
    Absent = 0,

    /// <summary>The cell exists but is empty (whitespace only). Blank is not zero.</summary>
    Blank,

    /// <summary>The cell holds a number.</summary>
    Number,

    /// <summary>The cell holds text that is not a valid number for it (kept in <see cref="CellValue.Raw"/>).</summary>
    Invalid,
}
