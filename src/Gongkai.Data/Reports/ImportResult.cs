// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Formats;

namespace Gongkai.Data.Reports;

/// <summary>The result of importing one file: the version stored, or a Chinese error.</summary>
public sealed record ImportResult
{
    /// <summary>Gets the file's display name (as uploaded; never used as a path).</summary>
    public required string FileName { get; init; }

    /// <summary>Gets the status.</summary>
    public required ImportStatus Status { get; init; }

    /// <summary>Gets the Chinese error, when nothing was stored.</summary>
    public string? Error { get; init; }

    /// <summary>Gets why the file could not be read (naming the upload by its own name, never a path), or null.</summary>
    public ReadError? ReadError { get; init; }

    /// <summary>Gets the kind of <see cref="ReadError"/> (<see cref="ReadErrorKind.None"/> when the file was read).</summary>
    public ReadErrorKind ErrorKind => ReadError?.Kind ?? ReadErrorKind.None;

    /// <summary>Gets the report's id, when stored.</summary>
    public int? ReportId { get; init; }

    /// <summary>Gets the version number stored.</summary>
    public int? VersionNumber { get; init; }

    /// <summary>Gets the unit's id, when matched.</summary>
    public int? UnitId { get; init; }

    /// <summary>Gets the unit name, as matched or as the report writes it.</summary>
    public string? UnitName { get; init; }

    /// <summary>Gets the report year, when read.</summary>
    public int? Year { get; init; }

    /// <summary>Gets the number of errors found.</summary>
    public int Errors { get; init; }

    /// <summary>Gets the number of warnings found.</summary>
    public int Warnings { get; init; }

    /// <summary>Gets the number of infos found.</summary>
    public int Infos { get; init; }

    /// <summary>Gets the units that fit when the match was ambiguous (id, name).</summary>
    public IReadOnlyList<(int Id, string Name)> Candidates { get; init; } = [];

    /// <summary>Gets a value indicating whether a version was stored.</summary>
    public bool Success => Status == ImportStatus.Stored;
}
