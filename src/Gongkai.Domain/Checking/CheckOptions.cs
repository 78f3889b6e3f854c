// Copyright (c) Gongkai contributors. Licensed under the MIT License.

namespace Gongkai.Checking;

/// <summary>Options for <see cref="ReportChecker"/>.</summary>
public sealed class CheckOptions
{
    /// <summary>Gets the default options: every rule, every severity.</summary>
    public static CheckOptions Default { get; } = new();

    /// <summary>Gets the rule ids not to report (e.g. <c>cell.blank</c>). Default: none.</summary>
    public IReadOnlySet<string> DisabledRules { get; init; } = new HashSet<string>();

    /// <summary>Gets the lowest severity reported. Default <see cref="Severity.Info"/> (everything).</summary>
    public Severity MinimumSeverity { get; init; } = Severity.Info;

    /// <summary>Gets a value indicating whether the importer's own findings (<c>extract.assumption</c>) are included. Default true.</summary>
    public bool IncludeImportFindings { get; init; } = true;
}
