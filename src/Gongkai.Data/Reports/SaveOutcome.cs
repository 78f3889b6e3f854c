// Copyright (c) Gongkai contributors. Licensed under the MIT License.

namespace Gongkai.Data.Reports;

/// <summary>What became of saving a version made in the editor, by a restore or through the API.</summary>
public enum SaveStatus
{
    /// <summary>Stored as the next version.</summary>
    Saved,

    /// <summary>Someone saved in between: nothing stored.</summary>
    Conflict,

    /// <summary>The report is of another year than the one it is saved into: nothing stored.</summary>
    WrongYear,

    /// <summary>There is no such report.</summary>
    NotFound,
}

/// <summary>The outcome of <see cref="ReportImporter.SaveVersionAsync"/>.</summary>
/// <param name="Status">What happened.</param>
/// <param name="Number">The new version's number when saved.</param>
/// <param name="Error">Why nothing was stored, in Chinese; null when saved.</param>
public sealed record SaveOutcome(SaveStatus Status, int? Number, string? Error)
{
    /// <summary>Gets the newest version after a conflict (what the other person saved).</summary>
    public int? LatestVersion { get; init; }

    /// <summary>Gets the report's revision after a conflict (to save from, once the other's changes are seen).</summary>
    public int? Revision { get; init; }
}
