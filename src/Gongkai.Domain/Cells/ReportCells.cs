// Copyright (c) Gongkai contributors. Licensed under the MIT License.

namespace Gongkai.Cells;

/// <summary>The values of all cells of one report, indexed by <see cref="CellDefinition"/>.</summary>
/// <remarks>Immutable; build one with <see cref="Builder"/>. Cells never set are absent.</remarks>
public sealed class ReportCells
{
    private readonly CellValue[] _values;

    private ReportCells(CellValue[] values) => _values = values;

    /// <summary>Gets an instance where every cell is absent.</summary>
    public static ReportCells Empty { get; } = new(new CellValue[ReportCatalog.Cells.Count]);

    /// <summary>Gets the value of a cell.</summary>
    /// <param name="cell">The cell.</param>
    /// <returns>Its value (absent when never read).</returns>
    public CellValue this[CellDefinition cell]
    {
        get
        {
            ArgumentNullException.ThrowIfNull(cell);
            return _values[cell.Index];
        }
    }

    /// <summary>Gets the value of a cell by its flattened path.</summary>
    /// <param name="path">The path, e.g. <c>table3.received.total</c>.</param>
    /// <returns>Its value.</returns>
    /// <exception cref="KeyNotFoundException">No cell has that path.</exception>
    public CellValue this[string path] => _values[ReportCatalog.Get(path).Index];

    /// <summary>Returns whether any cell of <paramref name="table"/> is present.</summary>
    /// <param name="table">The table.</param>
    /// <returns>Whether the table was found in the source.</returns>
    public bool HasTable(ReportTable table)
    {
        foreach (var cell in ReportCatalog.Cells)
        {
            if (cell.Table == table && _values[cell.Index].IsPresent)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Returns whether any cell of <paramref name="row"/> is present.</summary>
    /// <param name="row">The row.</param>
    /// <returns>Whether the row was found in the source.</returns>
    public bool HasRow(RowDefinition row)
    {
        ArgumentNullException.ThrowIfNull(row);
        foreach (var cell in row.Cells)
        {
            if (_values[cell.Index].IsPresent)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Enumerates the present cells with their values, in catalog order.</summary>
    /// <returns>The present cells.</returns>
    public IEnumerable<(CellDefinition Cell, CellValue Value)> Present()
    {
        foreach (var cell in ReportCatalog.Cells)
        {
            var value = _values[cell.Index];
            if (value.IsPresent)
            {
                yield return (cell, value);
            }
        }
    }

    /// <summary>Creates a builder initialised with these values.</summary>
    /// <returns>The builder.</returns>
    public Builder ToBuilder() => new((CellValue[])_values.Clone());

    /// <summary>Collects cell values, then freezes them.</summary>
    public sealed class Builder
    {
        private CellValue[]? _values;

        /// <summary>Initializes a new instance of the <see cref="Builder"/> class with every cell absent.</summary>
        public Builder()
            : this(new CellValue[ReportCatalog.Cells.Count])
        {
        }

        internal Builder(CellValue[] values) => _values = values;

        /// <summary>Gets or sets the value of a cell.</summary>
        /// <param name="cell">The cell.</param>
        /// <returns>The value.</returns>
        public CellValue this[CellDefinition cell]
        {
            get => Values[cell.Index];
            set => Values[cell.Index] = value;
        }

        /// <summary>Gets or sets the value of a cell by path.</summary>
        /// <param name="path">The path.</param>
        /// <returns>The value.</returns>
        public CellValue this[string path]
        {
            get => Values[ReportCatalog.Get(path).Index];
            set => Values[ReportCatalog.Get(path).Index] = value;
        }

        private CellValue[] Values => _values ?? throw new InvalidOperationException("The builder has already been built.");

        /// <summary>Freezes the values. The builder cannot be used afterwards.</summary>
        /// <returns>The cells.</returns>
        public ReportCells Build()
        {
            var values = Values;
            _values = null;
            return new ReportCells(values);
        }
    }
}
