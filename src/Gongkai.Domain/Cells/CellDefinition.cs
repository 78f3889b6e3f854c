// Copyright (c) Gongkai contributors. Licensed under the MIT License.

namespace Gongkai.Cells;

/// <summary>One value cell of the official tables: its canonical key, labels and kind.</summary>
/// <remarks>Instances exist only in <see cref="ReportCatalog"/>; compare them by reference or by <see cref="Index"/>.</remarks>
public sealed class CellDefinition
{
    internal CellDefinition(int index, ReportTable table, string rowKey, string columnKey, string rowLabel, string columnLabel, CellKind kind, FormatMask formats)
    {
        Index = index;
        Table = table;
        RowKey = rowKey;
        ColumnKey = columnKey;
        RowLabel = rowLabel;
        ColumnLabel = columnLabel;
        Kind = kind;
        Formats = formats;
        Path = $"table{(int)table}.{rowKey}.{columnKey}";
    }

    /// <summary>Gets the position of the cell in <see cref="ReportCatalog.Cells"/>.</summary>
    public int Index { get; }

    /// <summary>Gets the table the cell belongs to.</summary>
    public ReportTable Table { get; }

    /// <summary>Gets the row key (e.g. <c>received</c>, <c>normativeDocuments</c>, <c>reconsideration</c>).</summary>
    public string RowKey { get; }

    /// <summary>Gets the column key (e.g. <c>naturalPerson</c>, <c>inForce</c>, <c>upheld</c>).</summary>
    public string ColumnKey { get; }

    /// <summary>Gets the official row label.</summary>
    public string RowLabel { get; }

    /// <summary>Gets the official column label.</summary>
    public string ColumnLabel { get; }

    /// <summary>Gets the kind of number the cell holds.</summary>
    public CellKind Kind { get; }

    /// <summary>Gets the formats in which the cell exists.</summary>
    public FormatMask Formats { get; }

    /// <summary>Gets the flattened path, e.g. <c>table3.received.naturalPerson</c>.</summary>
    public string Path { get; }

    /// <summary>Gets the Chinese description of the cell for messages, e.g. 「表三 一、本年新收… / 自然人」.</summary>
    public string DisplayName => $"表{TableNumeral(Table)}「{RowLabel}」行「{ColumnLabel}」列";

    /// <summary>Returns whether the cell exists in <paramref name="format"/>.</summary>
    /// <param name="format">The format.</param>
    /// <returns>Whether the cell belongs to it.</returns>
    public bool IsIn(ReportFormat format) => Formats.Includes(format);

    /// <inheritdoc/>
    public override string ToString() => Path;

    internal static string TableNumeral(ReportTable table) => table switch
    {
        ReportTable.Table2 => "二",
        ReportTable.Table3 => "三",
        _ => "四",
    };
}
