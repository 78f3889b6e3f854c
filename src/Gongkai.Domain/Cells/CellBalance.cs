// Copyright (c) Gongkai contributors. Licensed under the MIT License.

namespace Gongkai.Cells;

/// <summary>One balance of the official tables: the cells on the left add up to the cells on the right.</summary>
/// <param name="Rule">The rule that checks it (<c>T3.balance</c>).</param>
/// <param name="Column">The column of table 三 it is about.</param>
/// <param name="Left">一、新收 and 二、上年结转 of the column.</param>
/// <param name="Right">三、（七）总计 and 四、结转下年度 of the column; the first is the cell a finding names.</param>
/// <remarks>Two balances are equal when they are the same instance: the catalogue makes each once (<see cref="ReportSums"/>).</remarks>
public sealed record CellBalance(string Rule, string Column, IReadOnlyList<CellDefinition> Left, IReadOnlyList<CellDefinition> Right)
{
    /// <summary>Gets a value indicating whether a cell is one of the terms.</summary>
    /// <param name="cell">The cell.</param>
    /// <returns>Whether the balance involves it.</returns>
    public bool Involves(CellDefinition cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return Left.Concat(Right).Any(c => c.Index == cell.Index);
    }

    /// <inheritdoc/>
    public bool Equals(CellBalance? other) => ReferenceEquals(this, other);

    /// <inheritdoc/>
    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);
}
