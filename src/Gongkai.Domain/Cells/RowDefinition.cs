// Copyright (c) Gongkai contributors. Licensed under the MIT License.

namespace Gongkai.Cells;

/// <summary>One row of an official table (a sub-table row of table 二, a row of table 三, a block of table 四).</summary>
public sealed class RowDefinition
{
    internal RowDefinition(ReportTable table, string key, string label, FormatMask formats, string? group, bool isOutcome)
    {
        Table = table;
        Key = key;
        Label = label;
        Formats = formats;
        Group = group;
        IsOutcome = isOutcome;
    }

    /// <summary>Gets the table of the row.</summary>
    public ReportTable Table { get; }

    /// <summary>Gets the canonical row key.</summary>
    public string Key { get; }

    /// <summary>Gets the official label (without its group prefix).</summary>
    public string Label { get; }

    /// <summary>Gets the official group label of table 三 outcome rows (e.g. 「（三）不予公开」), or null.</summary>
    public string? Group { get; }

    /// <summary>Gets the formats in which the row exists.</summary>
    public FormatMask Formats { get; }

    /// <summary>Gets a value indicating whether the row is an outcome row （一）…（六） of table 三.</summary>
    public bool IsOutcome { get; }

    /// <summary>Gets the cells of the row, in official column order.</summary>
    public IReadOnlyList<CellDefinition> Cells { get; internal set; } = [];

    /// <summary>Gets the label with its group, as printed in the official template.</summary>
    public string FullLabel => Group is null ? Label : Group + Label;

    /// <summary>Returns whether the row exists in <paramref name="format"/>.</summary>
    /// <param name="format">The format.</param>
    /// <returns>Whether the row belongs to it.</returns>
    public bool IsIn(ReportFormat format) => Formats.Includes(format);

    /// <inheritdoc/>
    public override string ToString() => $"table{(int)Table}.{Key}";
}
