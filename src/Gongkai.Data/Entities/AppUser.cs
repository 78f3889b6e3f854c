// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Microsoft.AspNetCore.Identity;

namespace Gongkai.Data.Entities;

/// <summary>A user of the workspace (ASP.NET Core Identity): a role (<see cref="Roles"/>) and the unit whose reports it may see or change.</summary>
/// <remarks>A clerk works on its own unit's reports; a supervisor reads its unit's subtree; an admin has no scope.</remarks>
public sealed class AppUser : IdentityUser
{
    /// <summary>Gets or sets the name shown in the UI and the audit log.</summary>
    public string? DisplayName { get; set; }

    /// <summary>Gets or sets the unit scope's id, or null (an admin).</summary>
    public int? UnitId { get; set; }

    /// <summary>Gets or sets the unit scope.</summary>
    public Unit? Unit { get; set; }
}
