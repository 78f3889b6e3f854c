// Copyright (c) Gongkai contributors. Licensed under the MIT License.

namespace Gongkai.Data.Entities;

/// <summary>One immutable version of a report: its canonical JSON, its findings, where it came from, who made it and why.</summary>
/// <remarks>
/// <para>A version is never changed or deleted (<see cref="GongkaiDbContext"/> refuses it on save): a correction, a new upload
/// or a restore is a new version with the next <see cref="Number"/>.</para>
/// <para><see cref="CanonicalJson"/> is <c>Gongkai.Formats.Json.CanonicalJson</c> of the report (schema <c>gongkai.report/1</c>);
/// <see cref="FindingsJson"/> the findings of <c>ReportChecker</c> in the shape of the CLI's <c>check --json</c> findings.</para>
/// </remarks>
public sealed class ReportVersion
{
    /// <summary>Gets or sets the id.</summary>
    public int Id { get; set; }

    /// <summary>Gets or sets the report's id.</summary>
    public int ReportId { get; set; }

    /// <summary>Gets or sets the report.</summary>
    public Report Report { get; set; } = null!;

    /// <summary>Gets or sets the version number within the report (1, 2, …).</summary>
    public int Number { get; set; }

    /// <summary>Gets or sets the report's canonical JSON.</summary>
    public required string CanonicalJson { get; set; }

    /// <summary>Gets or sets the findings as a JSON array.</summary>
    public required string FindingsJson { get; set; }

    /// <summary>Gets or sets the number of error findings.</summary>
    public int ErrorCount { get; set; }

    /// <summary>Gets or sets the number of warning findings.</summary>
    public int WarningCount { get; set; }

    /// <summary>Gets or sets the number of info findings.</summary>
    public int InfoCount { get; set; }

    /// <summary>Gets or sets the unit name as the report writes it, or null.</summary>
    public string? UnitName { get; set; }

    /// <summary>Gets or sets the report's title, or null.</summary>
    public string? Title { get; set; }

    /// <summary>Gets or sets the report format ("2021", "2019") or null when unknown.</summary>
    public string? Format { get; set; }

    /// <summary>Gets or sets the SHA-256 (lower-case hex) of the uploaded original, or null for a version made in the editor.</summary>
    public string? SourceFileSha256 { get; set; }

    /// <summary>Gets or sets the original file.</summary>
    public StoredFile? SourceFile { get; set; }

    /// <summary>Gets or sets the name the file was uploaded under (for display and download only; never a path).</summary>
    public string? SourceFileName { get; set; }

    /// <summary>Gets or sets the kind of source detected ("text", "docx", "html", "pdf", "xlsx", "json").</summary>
    public string? SourceKind { get; set; }

    /// <summary>Gets or sets the id of the user who made the version, or null for the system (demo data).</summary>
    public string? CreatedByUserId { get; set; }

    /// <summary>Gets or sets the name of who made the version.</summary>
    public required string CreatedBy { get; set; }

    /// <summary>Gets or sets when the version was made (UTC).</summary>
    public DateTime CreatedAt { get; set; }

    /// <summary>Gets or sets why the version was made (「上传」「更正表三」…).</summary>
    public required string Reason { get; set; }
}
