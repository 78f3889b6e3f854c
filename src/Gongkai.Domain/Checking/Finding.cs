// Copyright (c) Gongkai contributors. Licensed under the MIT License.

namespace Gongkai.Checking;

/// <summary>One problem found in a report: which rule, where, expected against actual, and a message for a clerk.</summary>
/// <remarks>
/// A finding about a cell sets <see cref="Cell"/> (the flattened path); a finding about text sets
/// <see cref="Section"/> and <see cref="Quote"/>. <see cref="Expected"/> and <see cref="Actual"/>
/// are set when the rule has them.
/// </remarks>
public sealed record Finding
{
    /// <summary>Gets the rule id, one of <see cref="RuleIds"/>.</summary>
    public required string Rule { get; init; }

    /// <summary>Gets the severity.</summary>
    public required Severity Severity { get; init; }

    /// <summary>Gets the message in Simplified Chinese.</summary>
    public required string Message { get; init; }

    /// <summary>Gets the flattened cell path the finding is about, or null.</summary>
    public string? Cell { get; init; }

    /// <summary>Gets the statutory section (1–6) the finding is about, or null.</summary>
    public int? Section { get; init; }

    /// <summary>Gets the sentence or text quoted from the source, or null.</summary>
    public string? Quote { get; init; }

    /// <summary>Gets the expected value, or null.</summary>
    public string? Expected { get; init; }

    /// <summary>Gets the actual value, or null.</summary>
    public string? Actual { get; init; }

    /// <summary>Gets where in the source the finding points.</summary>
    public SourceLocation Location { get; init; }

    /// <summary>Gets the name of the source (file) the finding is about, for multi-report rules; or null.</summary>
    public string? SourceName { get; init; }

    /// <inheritdoc/>
    public override string ToString() => $"[{Rule}] {Message}";
}
