// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Checking;

namespace Gongkai.Cells;

/// <summary>The 勾稽 sums of the official tables, made once from <see cref="ReportCatalog"/>: the one list the rules,
/// the totals recomputer and (later) the ledger use.</summary>
/// <remarks>
/// <list type="bullet">
/// <item><c>T3.columnSum</c> — per row of table 三, 总计 = the six applicant columns (<see cref="Table3RowTotals"/>).</item>
/// <item><c>T3.outcomeSum</c> — per column, 三、（七）总计 = the outcome rows （一）…（六） the report has: the three 2021
/// rows of （六） or the single 2019 one (<see cref="Table3OutcomeTotals"/>).</item>
/// <item><c>T3.balance</c> — per column, 一、新收 + 二、上年结转 = 三、（七）总计 + 四、结转下年度 (<see cref="Table3Balances"/>).</item>
/// <item><c>T4.blockSum</c> — per block of table 四, 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结 (<see cref="Table4BlockTotals"/>).</item>
/// </list>
/// </remarks>
public static class ReportSums
{
    private static readonly CellSum[] OutcomeTotalsOf2021;
    private static readonly CellSum[] OutcomeTotalsOf2019;
    private static readonly CellSum[] OutcomeTotalsOfBoth;

#pragma warning disable CA1810 // The sums depend on one another's rows; built in one pass.
    static ReportSums()
#pragma warning restore CA1810
    {
        Table3RowTotals = [.. ReportCatalog.Table3Rows.Select(row =>
            new CellSum(RuleIds.T3ColumnSum, Cell(row, Table3Keys.Total), [.. Table3Keys.ApplicantColumns.Select(c => Cell(row, c))]))];
        Table4BlockTotals = [.. ReportCatalog.Table4Blocks.Select(block =>
            new CellSum(RuleIds.T4BlockSum, Cell(block, Table4Keys.Total), [.. Table4Keys.Parts.Select(c => Cell(block, c))]))];
        Table3Balances = [.. Table3Keys.Columns.Select(column => new CellBalance(
            RuleIds.T3Balance,
            column,
            [Cell(Table3Keys.Received, column), Cell(Table3Keys.CarriedOver, column)],
            [Cell(Table3Keys.TotalProcessed, column), Cell(Table3Keys.CarriedForward, column)]))];

        var outcomes = ReportCatalog.Table3OutcomeRows;
        OutcomeTotalsOf2021 = OutcomeTotals(outcomes.Where(r => r.Key != Table3Keys.OtherDisposal));
        OutcomeTotalsOf2019 = OutcomeTotals(outcomes.Where(r => !Table3Keys.OtherRows2021.Contains(r.Key)));
        OutcomeTotalsOfBoth = OutcomeTotals(outcomes);
    }

    /// <summary>Gets the row totals of table 三 (<c>T3.columnSum</c>), one per row in official order, （七）总计 included.</summary>
    public static IReadOnlyList<CellSum> Table3RowTotals { get; }

    /// <summary>Gets the block totals of table 四 (<c>T4.blockSum</c>), one per block.</summary>
    public static IReadOnlyList<CellSum> Table4BlockTotals { get; }

    /// <summary>Gets the balances of table 三 (<c>T3.balance</c>), one per column in official order.</summary>
    public static IReadOnlyList<CellBalance> Table3Balances { get; }

    /// <summary>Gets the column totals of 三、（七）总计 (<c>T3.outcomeSum</c>) over the outcome rows a report has, one per column.</summary>
    /// <param name="cells">The report's cells: which of the 2021 and 2019 rows of （六）其他处理 it has.</param>
    /// <returns>The sums; empty when the report has no outcome row.</returns>
    public static IReadOnlyList<CellSum> Table3OutcomeTotals(ReportCells cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        var rows = OutcomeRows(cells);
        if (rows.Count == 0)
        {
            return [];
        }

        // The three precomputed sets cover every report that has all its other outcome rows; any other mix is built.
        foreach (var set in (ReadOnlySpan<CellSum[]>)[OutcomeTotalsOf2021, OutcomeTotalsOf2019, OutcomeTotalsOfBoth])
        {
            if (set[0].Parts.Count == rows.Count && set[0].Parts.Select(p => p.RowKey).SequenceEqual(rows.Select(r => r.Key), StringComparer.Ordinal))
            {
                return set;
            }
        }

        return OutcomeTotals(rows);
    }

    /// <summary>Gets the outcome rows （一）…（六） of table 三 a report has, in official order.</summary>
    /// <param name="cells">The report's cells.</param>
    /// <returns>The rows.</returns>
    public static IReadOnlyList<RowDefinition> OutcomeRows(ReportCells cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        return [.. ReportCatalog.Table3OutcomeRows.Where(cells.HasRow)];
    }

    /// <summary>Gets every sum a report's cells take part in: row totals, outcome totals, block totals.</summary>
    /// <param name="cells">The report's cells.</param>
    /// <returns>The sums, in the order the recomputer applies them.</returns>
    public static IReadOnlyList<CellSum> All(ReportCells cells) => [.. Table3RowTotals, .. Table3OutcomeTotals(cells), .. Table4BlockTotals];

    private static CellSum[] OutcomeTotals(IEnumerable<RowDefinition> rows)
    {
        var list = rows.ToList();
        return [.. Table3Keys.Columns.Select(column => new CellSum(RuleIds.T3OutcomeSum, Cell(Table3Keys.TotalProcessed, column), [.. list.Select(r => Cell(r, column))]))];
    }

    private static CellDefinition Cell(string row, string column) => Cell(ReportCatalog.GetRow(ReportTable.Table3, row), column);

    private static CellDefinition Cell(RowDefinition row, string column) =>
        ReportCatalog.FindCell(row, column) ?? throw new InvalidOperationException($"The catalog has no cell {row.Key}.{column}.");
}
