// Copyright (c) Gongkai contributors. Licensed under the MIT License.

namespace Gongkai.Cells;

/// <summary>The formats a cell or row belongs to.</summary>
[Flags]
public enum FormatMask : byte
{
    /// <summary>No format.</summary>
    None = 0,

    /// <summary>The 2019 trial format.</summary>
    Format2019 = 1,

    /// <summary>The 2021 format.</summary>
    Format2021 = 2,

    /// <summary>Both formats.</summary>
    Both = Format2019 | Format2021,
}
