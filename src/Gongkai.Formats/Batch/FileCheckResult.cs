// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Checking;

namespace Gongkai.Formats.Batch;

/// <summary>The outcome of one entry of a batch: who, which year, which format, findings — or why it could not be read or was skipped.</summary>
public sealed record FileCheckResult
{
    /// <summary>Gets the file path as given.</summary>
    public required string File { get; init; }

    /// <summary>Gets the entry's position in the batch's input (results stream in completion order; this restores input order).</summary>
    public int Index { get; init; }

    /// <summary>Gets what this result is.</summary>
    public FileCheckStatus Status { get; init; }

    /// <summary>Gets the reporting unit, when read.</summary>
    public string? Unit { get; init; }

    /// <summary>Gets the report year, when read.</summary>
    public int? Year { get; init; }

    /// <summary>Gets the layout format, when read.</summary>
    public ReportFormat Format { get; init; }

    /// <summary>Gets the findings: for <see cref="FileCheckStatus.Checked"/> the import and rule findings, for
    /// <see cref="FileCheckStatus.CrossFile"/> the duplicate, cross-year and hierarchy findings.</summary>
    public IReadOnlyList<Finding> Findings { get; init; } = [];

    /// <summary>Gets the Chinese error (unreadable) or reason (skipped); null otherwise.</summary>
    public string? Error { get; init; }

    /// <summary>Gets the typed error of an entry the reader refused (kind, a Chinese message without any path, location);
    /// null when checked, and for entries refused before reading (path expansion, timeouts, internal errors).</summary>
    /// <remarks>A server shows <c>ReadError.WithFile(uploadName)</c>, never <see cref="Error"/>, which names the path read.</remarks>
    public ReadError? ReadError { get; init; }

    /// <summary>Gets the kind of error or reason to skip (<see cref="ReadErrorKind.None"/> when checked).</summary>
    public ReadErrorKind ErrorKind { get; init; }

    /// <summary>Gets the system's own (English) text of a file-system error, for a verbose display.</summary>
    public string? Detail { get; init; }
}
