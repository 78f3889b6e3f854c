// Copyright (c) Gongkai contributors. Licensed under the MIT License.

namespace Gongkai.Data.Entities;

/// <summary>One write, as the audit log keeps it: who, what, when, before and after.</summary>
public sealed class AuditEntry
{
    /// <summary>Gets or sets the id.</summary>
    public long Id { get; set; }

    /// <summary>Gets or sets when (UTC).</summary>
    public DateTime At { get; set; }

    /// <summary>Gets or sets the user's id, or null for the system.</summary>
    public string? UserId { get; set; }

    /// <summary>Gets or sets the user's name (「系统」 for the system).</summary>
    public required string UserName { get; set; }

    /// <summary>Gets or sets the action, one of <see cref="AuditActions"/>.</summary>
    public required string Action { get; set; }

    /// <summary>Gets or sets the kind of entity written ("Unit", "Report", "ApiToken" …).</summary>
    public required string EntityType { get; set; }

    /// <summary>Gets or sets the entity's id.</summary>
    public required string EntityId { get; set; }

    /// <summary>Gets or sets the state before, as JSON, or null for a creation.</summary>
    public string? Before { get; set; }

    /// <summary>Gets or sets the state after, as JSON, or null for a deletion.</summary>
    public string? After { get; set; }
}
