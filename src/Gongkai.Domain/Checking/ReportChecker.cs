// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Checking.Rules;
using Gongkai.Documents;

namespace Gongkai.Checking;

/// <summary>Checks reports against every rule of the format and of common sense (<c>domain.md</c> §3).</summary>
/// <remarks>
/// Single-report rules run through <see cref="Check(AnnualReport, CheckOptions?)"/>; the rules that need
/// two reports of one unit (<see cref="CheckYears"/>) or a summary and its units
/// (<see cref="CheckHierarchy"/>) are separate functions. Findings come in rule order; none is an exception.
/// </remarks>
public static class ReportChecker
{
    /// <summary>Gets the single-report rules, in the order they run.</summary>
    public static IReadOnlyList<IReportRule> Rules { get; } =
    [
        new StructureRule(),
        new FormatRule(),
        new CellContentRule(),
        new Table3BalanceRule(),
        new Table3OutcomeSumRule(),
        new Table3ColumnSumRule(),
        new Table4BlockSumRule(),
        new SectionRule(),
        new OverviewPartsRule(),
        new YearRule(),
        new PeriodRule(),
        new RegionRule(),
        new SelfReferenceRule(),
        new FeeStatementRule(),
        new NarrativeRule(),
        new TypoRule(),
    ];

    /// <summary>Checks one report.</summary>
    /// <param name="report">The report.</param>
    /// <param name="options">The options, or null for defaults.</param>
    /// <returns>The findings: the importer's, then each rule's.</returns>
    public static IReadOnlyList<Finding> Check(AnnualReport report, CheckOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        options ??= CheckOptions.Default;
        var findings = new List<Finding>(32);
        if (options.IncludeImportFindings)
        {
            findings.AddRange(report.ImportFindings);
        }

        foreach (var rule in Rules)
        {
            rule.Check(report, findings);
        }

        return Filter(findings, options);
    }

    /// <summary>Checks two reports of the same unit for consecutive years (<c>crossYear.*</c>).</summary>
    /// <param name="previous">Last year's report.</param>
    /// <param name="current">This year's report.</param>
    /// <param name="options">The options, or null for defaults.</param>
    /// <returns>The findings, located in <paramref name="current"/>.</returns>
    public static IReadOnlyList<Finding> CheckYears(AnnualReport previous, AnnualReport current, CheckOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(current);
        var findings = new List<Finding>();
        CrossYearRules.Check(previous, current, findings);
        return Filter(findings, options ?? CheckOptions.Default);
    }

    /// <summary>Checks a summary report against the reports of its units (<c>hierarchy.sum</c>).</summary>
    /// <param name="summary">The summary (parent) report.</param>
    /// <param name="units">The units' reports.</param>
    /// <param name="options">The options, or null for defaults.</param>
    /// <returns>The findings, located in <paramref name="summary"/>.</returns>
    public static IReadOnlyList<Finding> CheckHierarchy(AnnualReport summary, IReadOnlyList<AnnualReport> units, CheckOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(units);
        var findings = new List<Finding>();
        HierarchyRule.Check(summary, units, findings);
        return Filter(findings, options ?? CheckOptions.Default);
    }

    private static List<Finding> Filter(List<Finding> findings, CheckOptions options)
    {
        if (options.MinimumSeverity == Severity.Info && options.DisabledRules.Count == 0)
        {
            return findings;
        }

        return findings.FindAll(f => f.Severity >= options.MinimumSeverity && !options.DisabledRules.Contains(f.Rule));
    }
}
