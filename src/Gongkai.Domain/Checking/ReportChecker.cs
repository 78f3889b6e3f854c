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
    public static IReadOnlyList<Finding> Check(AnnualReport report, CheckOptions? options = null) => Check(report, Rules, options, CancellationToken.None);

    /// <summary>Checks one report, stopping between rules when cancelled.</summary>
    /// <param name="report">The report.</param>
    /// <param name="options">The options, or null for defaults.</param>
    /// <param name="cancellationToken">Stops the check between two rules (<see cref="OperationCanceledException"/>).</param>
    /// <returns>The findings: the importer's, then each rule's.</returns>
    public static IReadOnlyList<Finding> Check(AnnualReport report, CheckOptions? options, CancellationToken cancellationToken) => Check(report, Rules, options, cancellationToken);

    /// <summary>Checks one report with the given rules. A rule that throws gives one <see cref="RuleIds.InternalError"/> finding, never an exception.</summary>
    /// <param name="report">The report.</param>
    /// <param name="rules">The rules, in the order they run.</param>
    /// <param name="options">The options, or null for defaults.</param>
    /// <param name="cancellationToken">Stops the check between two rules.</param>
    /// <returns>The findings.</returns>
    internal static IReadOnlyList<Finding> Check(AnnualReport report, IReadOnlyList<IReportRule> rules, CheckOptions? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        options ??= CheckOptions.Default;
        var findings = new List<Finding>(32);
        if (options.IncludeImportFindings)
        {
            findings.AddRange(report.ImportFindings);
        }

        foreach (var rule in rules)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var before = findings.Count;
            try
            {
                rule.Check(report, findings);
            }
#pragma warning disable CA1031 // A defect in one rule must not lose the report or the batch: it becomes a finding.
            catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
#pragma warning restore CA1031
            {
                // What the rule found before it failed is kept only when complete; a half-run rule is dropped.
                findings.RemoveRange(before, findings.Count - before);
                findings.Add(InternalErrorFinding(rule, ex));
            }
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
        Guard(() => CrossYearRules.Check(previous, current, findings), findings, "crossYear.*");
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
        Guard(() => HierarchyRule.Check(summary, units, findings), findings, RuleIds.HierarchySum);
        return Filter(findings, options ?? CheckOptions.Default);
    }

    private static void Guard(Action check, List<Finding> findings, string ids)
    {
        try
        {
            check();
        }
#pragma warning disable CA1031 // As for single-report rules: a defect becomes a finding.
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
#pragma warning restore CA1031
        {
            findings.Clear();
            findings.Add(new Finding
            {
                Rule = RuleIds.InternalError,
                Severity = Severity.Error,
                Message = $"内部错误：检查规则 {ids} 出错（{ex.GetType().Name}），其结果未列出。请将这些报告报给 Gongkai 开发者。",
                Actual = ex.GetType().Name,
                Expected = ids,
            });
        }
    }

    private static Finding InternalErrorFinding(IReportRule rule, Exception ex) => new()
    {
        Rule = RuleIds.InternalError,
        Severity = Severity.Error,
        Message = $"内部错误：检查规则 {string.Join("、", rule.Ids)} 在处理本报告时出错（{ex.GetType().Name}），其结果未列出；其他规则照常检查。请将本报告报给 Gongkai 开发者。",
        Actual = ex.GetType().Name,
        Expected = string.Join(",", rule.Ids),
    };

    private static List<Finding> Filter(List<Finding> findings, CheckOptions options)
    {
        if (options.MinimumSeverity == Severity.Info && options.DisabledRules.Count == 0)
        {
            return findings;
        }

        return findings.FindAll(f => f.Severity >= options.MinimumSeverity && !options.DisabledRules.Contains(f.Rule));
    }
}
