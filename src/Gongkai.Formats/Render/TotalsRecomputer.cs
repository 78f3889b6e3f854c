// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Globalization;
using Gongkai.Cells;
using Gongkai.Checking;
using Gongkai.Documents;

namespace Gongkai.Formats.Render;

/// <summary>Replaces each stated total that differs from the sum of its parts (the <c>--recompute-totals</c> draft).</summary>
/// <remarks>
/// <para>Totals are recomputed in an order that keeps them consistent with one another: first every row total
/// of table 三 except （七）总计 (<c>T3.columnSum</c>), then （七）总计 per column, its 总计 column included
/// (<c>T3.outcomeSum</c>), then the block totals of table 四 (<c>T4.blockSum</c>).</para>
/// <para>A total is computed only when every part is a number (a blank part is not a zero); a present total cell
/// that is blank, invalid or different is then replaced. An absent total is never created, and no other cell is
/// touched: <c>T3.balance</c> (新收 + 结转 = 总计 + 结转下年度) relates inputs, not a total, and stays as stated.</para>
/// </remarks>
internal static class TotalsRecomputer
{
    private static readonly string[] Applicants = ["naturalPerson", "commercialEnterprise", "researchInstitution", "socialWelfareOrganization", "legalServiceInstitution", "otherOrganization"];

    /// <summary>Recomputes the totals.</summary>
    /// <param name="report">The report.</param>
    /// <param name="corrections">The replacements made, in order.</param>
    /// <returns>The report with the totals replaced (the same instance when nothing changed).</returns>
    public static AnnualReport Recompute(AnnualReport report, out List<TotalCorrection> corrections)
    {
        ArgumentNullException.ThrowIfNull(report);
        corrections = [];
        var cells = report.Cells.ToBuilder();

        foreach (var row in ReportCatalog.Table3Rows)
        {
            if (row.Key != "totalProcessed")
            {
                Replace(cells, Cell(row, "total"), Applicants.Select(a => Cell(row, a)), RuleIds.T3ColumnSum, corrections);
            }
        }

        var built = cells.Build();
        var outcomes = ReportCatalog.Table3OutcomeRows.Where(built.HasRow).ToList();
        cells = built.ToBuilder();
        if (outcomes.Count > 0)
        {
            var totalRow = ReportCatalog.GetRow(ReportTable.Table3, "totalProcessed");
            foreach (var column in totalRow.Cells)
            {
                Replace(cells, column, outcomes.Select(r => Cell(r, column.ColumnKey)), RuleIds.T3OutcomeSum, corrections);
            }
        }

        foreach (var block in ReportCatalog.Table4Blocks)
        {
            Replace(cells, Cell(block, "total"), block.Cells.Where(c => c.ColumnKey != "total"), RuleIds.T4BlockSum, corrections);
        }

        return corrections.Count == 0 ? report : report with { Cells = cells.Build() };
    }

    private static CellDefinition Cell(RowDefinition row, string column) => ReportCatalog.FindCell(row, column)!;

    private static void Replace(ReportCells.Builder cells, CellDefinition target, IEnumerable<CellDefinition> parts, string rule, List<TotalCorrection> corrections)
    {
        var stated = cells[target];
        if (!stated.IsPresent)
        {
            return;
        }

        decimal sum = 0;
        foreach (var part in parts)
        {
            var value = cells[part];
            if (!value.HasNumber)
            {
                return;
            }

            sum += value.Number;
        }

        if (stated.HasNumber && stated.Number == sum)
        {
            return;
        }

        cells[target] = CellValue.Of(sum, sum.ToString(CultureInfo.InvariantCulture), stated.Source);
        corrections.Add(new TotalCorrection(target, stated, sum, rule));
    }
}
