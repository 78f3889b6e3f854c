// Copyright (c) Gongkai contributors. Licensed under the MIT License.

namespace Gongkai.Cells;

/// <summary>The kind of number a value cell holds.</summary>
public enum CellKind : byte
{
    /// <summary>A non-negative integer count.</summary>
    Count = 0,

    /// <summary>An integer that may be negative (the 2019 format's 本年增/减).</summary>
    SignedCount,

    /// <summary>A non-negative decimal amount written with any precision (万元 or 元).</summary>
    Amount,
}
