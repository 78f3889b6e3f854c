// Copyright (c) Gongkai contributors. Licensed under the MIT License.

namespace Gongkai.Data.Entities;

/// <summary>The annual report of one unit for one year: the head of its immutable <see cref="ReportVersion"/>s.</summary>
/// <remarks>
/// <para>(<see cref="UnitId"/>, <see cref="Year"/>) is unique: a second upload for the same unit and year is a new version,
/// never a second report or an overwrite.</para>
/// <para><see cref="Revision"/> is the optimistic concurrency token: every change (new version, publication) increments it, so
/// of two people saving the same report from the same revision the second is refused.</para>
/// </remarks>
public sealed class Report
{
    /// <summary>Gets or sets the id.</summary>
    public int Id { get; set; }

    /// <summary>Gets or sets the unit's id.</summary>
    public int UnitId { get; set; }

    /// <summary>Gets or sets the unit.</summary>
    public Unit Unit { get; set; } = null!;

    /// <summary>Gets or sets the report year (the statistics year, not the publication year).</summary>
    public int Year { get; set; }

    /// <summary>Gets or sets the number of the newest version (1-based).</summary>
    public int LatestVersionNumber { get; set; }

    /// <summary>Gets or sets the number of the version the public sees, or null when none is published.</summary>
    public int? PublishedVersionNumber { get; set; }

    /// <summary>Gets or sets when the current publication was made (UTC), or null.</summary>
    public DateTime? PublishedAt { get; set; }

    /// <summary>Gets or sets who made the current publication (user name), or null.</summary>
    public string? PublishedBy { get; set; }

    /// <summary>Gets or sets the concurrency token, incremented by every change.</summary>
    public int Revision { get; set; }

    /// <summary>Gets or sets when the report last changed (UTC).</summary>
    public DateTime UpdatedAt { get; set; }

    /// <summary>Gets the versions.</summary>
    public ICollection<ReportVersion> Versions { get; } = [];

    /// <summary>Gets the acknowledged findings.</summary>
    public ICollection<FindingAcknowledgement> Acknowledgements { get; } = [];
}
