// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Documents;

namespace Gongkai.Checking;

/// <summary>A rule that one report must satisfy.</summary>
public interface IReportRule
{
    /// <summary>Gets the rule ids this rule reports (one of <see cref="RuleIds"/> each).</summary>
    IReadOnlyList<string> Ids { get; }

    /// <summary>Checks the report and adds what it finds.</summary>
    /// <param name="report">The report.</param>
    /// <param name="findings">Where to add findings.</param>
    void Check(AnnualReport report, List<Finding> findings);
}
