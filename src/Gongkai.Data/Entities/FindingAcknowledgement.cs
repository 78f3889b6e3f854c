// Copyright (c) Gongkai contributors. Licensed under the MIT License.

namespace Gongkai.Data.Entities;

/// <summary>A finding a person has looked at and acknowledged with a comment; it survives re-checks and new versions while the finding stays the same.</summary>
/// <remarks><see cref="FindingKey"/> identifies the finding independently of the version (<see cref="Reports.StoredFindings.KeyOf"/>: rule, cell, section, quote).</remarks>
public sealed class FindingAcknowledgement
{
    /// <summary>Gets or sets the id.</summary>
    public int Id { get; set; }

    /// <summary>Gets or sets the report's id.</summary>
    public int ReportId { get; set; }

    /// <summary>Gets or sets the report.</summary>
    public Report Report { get; set; } = null!;

    /// <summary>Gets or sets the finding's key.</summary>
    public required string FindingKey { get; set; }

    /// <summary>Gets or sets the finding's rule id (for display).</summary>
    public required string Rule { get; set; }

    /// <summary>Gets or sets the comment.</summary>
    public required string Comment { get; set; }

    /// <summary>Gets or sets the id of the user who acknowledged it.</summary>
    public string? UserId { get; set; }

    /// <summary>Gets or sets the name of the user who acknowledged it.</summary>
    public required string UserName { get; set; }

    /// <summary>Gets or sets when (UTC).</summary>
    public DateTime CreatedAt { get; set; }
}
