// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Globalization;
using Gongkai.Cells;
using Gongkai.Checking;
using Gongkai.Documents;

namespace Gongkai.Formats.Render;

/// <summary>What a <c>--recompute-totals</c> draft changed, what it left as stated, and what it could not reconcile.</summary>
/// <param name="Report">The report with the totals replaced (the same instance when nothing changed).</param>
/// <param name="Corrections">The totals replaced, in the order they were recomputed.</param>
/// <param name="HeldBack">The totals that differ from the sum of their parts but were left as stated, because the sum
/// would break an arithmetic rule that the stated total satisfies (e.g. （七）总计 that balances 新收 + 结转).</param>
/// <param name="Unreconciled">The arithmetic findings (<c>T3.balance</c>, <c>T3.outcomeSum</c>, <c>T3.columnSum</c>,
/// <c>T4.blockSum</c>) the draft still has: what it could not reconcile.</param>
internal sealed record Recomputation(AnnualReport Report, IReadOnlyList<TotalCorrection> Corrections, IReadOnlyList<TotalCorrection> HeldBack, IReadOnlyList<Finding> Unreconciled);

/// <summary>Replaces each stated total that differs from the sum of its parts (the <c>--recompute-totals</c> draft).</summary>
/// <remarks>
/// <para>Totals are recomputed in an order that keeps them consistent with one another: first every row total
/// of table 三 except （七）总计 (<c>T3.columnSum</c>), then （七）总计 per column, its 总计 column included
/// (<c>T3.outcomeSum</c>), then the block totals of table 四 (<c>T4.blockSum</c>).</para>
/// <para>A total is computed only when every part is a number (a blank part is not a zero); a present total cell
/// that is blank, invalid or different is then replaced. An absent total is never created, and no other cell is
/// touched: <c>T3.balance</c> (新收 + 结转 = 总计 + 结转下年度) relates inputs, not a total, and stays as stated.</para>
/// <para>A draft never trades one arithmetic error for another: the draft is checked against the four arithmetic rules,
/// and every replaced total that takes part in an equation the source satisfied and the draft breaks is put back as
/// stated (<see cref="Recomputation.HeldBack"/>), until the draft breaks nothing the source satisfied. What still fails
/// is <see cref="Recomputation.Unreconciled"/>, and the draft's note lists it. In pingtan-2020 the outcome rows add up
/// to 26 while （七）总计 says 20 — and 20 is what 新收 + 上年结转 − 结转下年度 gives, so the total is kept and the
/// outcome sum is reported as not reconciled.</para>
/// </remarks>
internal static class TotalsRecomputer
{
    /// <summary>The rules the recomputer answers for: the sums it fixes and the balance it must not break.</summary>
    private static readonly HashSet<string> ArithmeticIds = [RuleIds.T3Balance, RuleIds.T3OutcomeSum, RuleIds.T3ColumnSum, RuleIds.T4BlockSum];

    private static readonly IReadOnlyList<IReportRule> ArithmeticRules = [.. ReportChecker.Rules.Where(r => r.Ids.Any(ArithmeticIds.Contains))];

    private static readonly CheckOptions RulesOnly = new() { IncludeImportFindings = false };

    /// <summary>Recomputes the totals.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The draft, its replacements, the totals held back and the equations left unreconciled.</returns>
    public static Recomputation Recompute(AnnualReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var before = Arithmetic(report).Select(Key).ToHashSet();
        var held = new HashSet<int>();
        while (true)
        {
            var (draft, corrections, skipped) = Apply(report, held);
            var findings = Arithmetic(draft);
            var broken = findings.Where(f => !before.Contains(Key(f))).ToList();
            var culprits = corrections.Where(c => broken.Any(f => Involves(f, c.Cell))).Select(c => c.Cell.Index).ToList();
            if (broken.Count == 0 || culprits.Count == 0)
            {
                return new Recomputation(corrections.Count == 0 ? report : draft, corrections, skipped, findings);
            }

            held.UnionWith(culprits);
        }
    }

    /// <summary>Recomputes the totals, replacing none of the cells held.</summary>
    private static (AnnualReport Draft, List<TotalCorrection> Corrections, List<TotalCorrection> HeldBack) Apply(AnnualReport report, HashSet<int> held)
    {
        var corrections = new List<TotalCorrection>();
        var heldBack = new List<TotalCorrection>();
        var cells = report.Cells.ToBuilder();

        // （七）总计's own row total is left to T3.outcomeSum, which recomputes its 总计 column too.
        foreach (var sum in ReportSums.Table3RowTotals)
        {
            if (sum.Total.RowKey != Table3Keys.TotalProcessed)
            {
                Replace(cells, sum, held, corrections, heldBack);
            }
        }

        var built = cells.Build();
        var outcomeTotals = ReportSums.Table3OutcomeTotals(built);
        cells = built.ToBuilder();
        foreach (var sum in outcomeTotals)
        {
            Replace(cells, sum, held, corrections, heldBack);
        }

        foreach (var sum in ReportSums.Table4BlockTotals)
        {
            Replace(cells, sum, held, corrections, heldBack);
        }

        return (corrections.Count == 0 ? report : report with { Cells = cells.Build() }, corrections, heldBack);
    }

    /// <summary>Gets the parts a recomputed total is the sum of, in the draft: the six applicant columns of its row
    /// (<c>T3.columnSum</c>), the outcome rows present in its column (<c>T3.outcomeSum</c>), the other cells of its block
    /// (<c>T4.blockSum</c>) — the same parts <see cref="Recompute"/> added.</summary>
    /// <param name="correction">The replaced total.</param>
    /// <param name="cells">The draft's cells.</param>
    /// <returns>The parts.</returns>
    public static IReadOnlyList<CellDefinition> Parts(TotalCorrection correction, ReportCells cells)
    {
        ArgumentNullException.ThrowIfNull(correction);
        ArgumentNullException.ThrowIfNull(cells);
        var total = correction.Cell;
        IReadOnlyList<CellSum> sums = correction.Rule switch
        {
            RuleIds.T3ColumnSum => ReportSums.Table3RowTotals,
            RuleIds.T3OutcomeSum => ReportSums.Table3OutcomeTotals(cells),
            RuleIds.T4BlockSum => ReportSums.Table4BlockTotals,
            _ => throw new ArgumentOutOfRangeException(nameof(correction), correction.Rule, "Not a recomputed sum."),
        };
        return sums.First(s => s.Total.Index == total.Index).Parts;
    }

    private static List<Finding> Arithmetic(AnnualReport report) =>
        [.. ReportChecker.Check(report, ArithmeticRules, RulesOnly, CancellationToken.None).Where(f => ArithmeticIds.Contains(f.Rule))];

    private static (string Rule, string? Cell) Key(Finding finding) => (finding.Rule, finding.Cell);

    /// <summary>Whether a cell is one of the terms of the equation a finding reports.</summary>
    /// <remarks>The rules name one cell per equation: （七）总计 of the column (<c>T3.balance</c>, <c>T3.outcomeSum</c>),
    /// the row's 总计 (<c>T3.columnSum</c>), the block's 总计 (<c>T4.blockSum</c>).</remarks>
    private static bool Involves(Finding finding, CellDefinition cell)
    {
        if (finding.Cell is null || ReportCatalog.Find(finding.Cell) is not { } target || target.Table != cell.Table)
        {
            return false;
        }

        // For T3.outcomeSum an outcome row of either format counts: the rows the draft has are a subset of them.
        return finding.Rule switch
        {
            RuleIds.T3Balance => ReportSums.Table3Balances.First(b => b.Right[0].Index == target.Index).Involves(cell),
            RuleIds.T3OutcomeSum => cell.ColumnKey == target.ColumnKey && (cell.RowKey == Table3Keys.TotalProcessed || ReportCatalog.Table3OutcomeRows.Any(r => r.Key == cell.RowKey)),
            RuleIds.T3ColumnSum => ReportSums.Table3RowTotals.First(s => s.Total.Index == target.Index).Involves(cell),
            RuleIds.T4BlockSum => ReportSums.Table4BlockTotals.First(s => s.Total.Index == target.Index).Involves(cell),
            _ => false,
        };
    }

    private static void Replace(ReportCells.Builder cells, CellSum cellSum, HashSet<int> held, List<TotalCorrection> corrections, List<TotalCorrection> heldBack)
    {
        var target = cellSum.Total;
        var parts = cellSum.Parts;
        var rule = cellSum.Rule;
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

        var correction = new TotalCorrection(target, stated, sum, rule);
        if (held.Contains(target.Index))
        {
            heldBack.Add(correction);
            return;
        }

        cells[target] = CellValue.Of(sum, sum.ToString(CultureInfo.InvariantCulture), stated.Source);
        corrections.Add(correction);
    }
}
