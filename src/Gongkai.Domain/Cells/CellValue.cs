// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Globalization;

namespace Gongkai.Cells;

/// <summary>The content of one value cell as read from a source.</summary>
/// <remarks>
/// A cell is <see cref="CellState.Absent"/> (the default), <see cref="CellState.Blank"/>,
/// a <see cref="CellState.Number"/> or <see cref="CellState.Invalid"/> text. The raw text is kept
/// for blanks, numbers and invalid cells so that nothing read is lost. Equality compares the state,
/// the number and the raw text, not the location.
/// </remarks>
public readonly struct CellValue : IEquatable<CellValue>
{
    private CellValue(CellState state, decimal number, string? raw, SourceLocation source)
    {
        State = state;
        Number = number;
        Raw = raw;
        Source = source;
    }

    /// <summary>Gets the absent cell.</summary>
    public static CellValue Absent => default;

    /// <summary>Gets what the cell holds.</summary>
    public CellState State { get; }

    /// <summary>Gets the number, meaningful only when <see cref="State"/> is <see cref="CellState.Number"/>.</summary>
    /// <remarks>The decimal keeps the scale written in the source: "5949.088667" and "73802895.90" round-trip.</remarks>
    public decimal Number { get; }

    /// <summary>Gets the text as written in the source (null for absent cells).</summary>
    public string? Raw { get; }

    /// <summary>Gets where the cell was read.</summary>
    public SourceLocation Source { get; }

    /// <summary>Gets a value indicating whether the cell holds a number.</summary>
    public bool HasNumber => State == CellState.Number;

    /// <summary>Gets a value indicating whether the cell exists in the source.</summary>
    public bool IsPresent => State != CellState.Absent;

    /// <summary>Creates a blank cell.</summary>
    /// <param name="raw">The whitespace as written.</param>
    /// <param name="source">Where it was read.</param>
    /// <returns>The cell.</returns>
    public static CellValue Blank(string raw, SourceLocation source) => new(CellState.Blank, 0, raw, source);

    /// <summary>Creates a numeric cell.</summary>
    /// <param name="number">The value.</param>
    /// <param name="raw">The text as written.</param>
    /// <param name="source">Where it was read.</param>
    /// <returns>The cell.</returns>
    public static CellValue Of(decimal number, string? raw = null, SourceLocation source = default) =>
        new(CellState.Number, number, raw ?? number.ToString(CultureInfo.InvariantCulture), source);

    /// <summary>Creates a cell holding text that is not a valid number.</summary>
    /// <param name="raw">The text as written.</param>
    /// <param name="source">Where it was read.</param>
    /// <returns>The cell.</returns>
    public static CellValue Invalid(string raw, SourceLocation source) => new(CellState.Invalid, 0, raw, source);

    /// <summary>Formats the value for messages and JSON: the number with its written scale, "空白", or the raw text.</summary>
    /// <returns>The display text.</returns>
    public override string ToString() => State switch
    {
        CellState.Number => Number.ToString(CultureInfo.InvariantCulture),
        CellState.Blank => "空白",
        CellState.Invalid => Raw ?? string.Empty,
        _ => "缺失",
    };

    /// <inheritdoc/>
    public bool Equals(CellValue other) =>
        State == other.State && (State != CellState.Number || Number == other.Number) &&
        (State != CellState.Invalid || string.Equals(Raw, other.Raw, StringComparison.Ordinal));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is CellValue other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(State, State == CellState.Number ? Number : 0m);

    /// <summary>Compares two cells for equality.</summary>
    /// <param name="left">The first cell.</param>
    /// <param name="right">The second cell.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(CellValue left, CellValue right) => left.Equals(right);

    /// <summary>Compares two cells for inequality.</summary>
    /// <param name="left">The first cell.</param>
    /// <param name="right">The second cell.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(CellValue left, CellValue right) => !left.Equals(right);
}
