// Copyright (c) Gongkai contributors. Licensed under the MIT License.

namespace Gongkai.Cells;

/// <summary>One sum of the official tables: a total cell and the cells it must equal the sum of.</summary>
/// <param name="Rule">The rule that checks it (<c>T3.columnSum</c>, <c>T3.outcomeSum</c>, <c>T4.blockSum</c>).</param>
/// <param name="Total">The total cell.</param>
/// <param name="Parts">The cells it adds up, in official order.</param>
/// <remarks>Two sums are equal when they are the same instance: the catalogue makes each once (<see cref="ReportSums"/>).</remarks>
public sealed record CellSum(string Rule, CellDefinition Total, IReadOnlyList<CellDefinition> Parts)
{
    /// <summary>Gets a value indicating whether a cell is the total or one of the parts.</summary>
    /// <param name="cell">The cell.</param>
    /// <returns>Whether the sum involves it.</returns>
    public bool Involves(CellDefinition cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return cell.Index == Total.Index || Parts.Any(p => p.Index == cell.Index);
    }

    /// <inheritdoc/>
    public bool Equals(CellSum? other) => ReferenceEquals(this, other);

    /// <inheritdoc/>
    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);
}
