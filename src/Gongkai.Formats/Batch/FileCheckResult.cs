// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Checking;

namespace Gongkai.Formats.Batch;

/// <summary>The outcome of checking one file: who, which year, which format, findings — or why it could not be read.</summary>
public sealed record FileCheckResult
{
    /// <summary>Gets the file path as given.</summary>
    public required string File { get; init; }

    /// <summary>Gets the reporting unit, when read.</summary>
    public string? Unit { get; init; }

    /// <summary>Gets the report year, when read.</summary>
    public int? Year { get; init; }

    /// <summary>Gets the layout format, when read.</summary>
    public ReportFormat Format { get; init; }

    /// <summary>Gets the findings (import findings, rule findings, then cross-year and hierarchy findings).</summary>
    public IReadOnlyList<Finding> Findings { get; init; } = [];

    /// <summary>Gets the Chinese error when the file could not be read; null otherwise.</summary>
    public string? Error { get; init; }
}
