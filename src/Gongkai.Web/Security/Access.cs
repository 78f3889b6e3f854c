// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Security.Claims;
using Gongkai.Data;
using Gongkai.Data.Entities;
using Gongkai.Data.Units;
using Microsoft.AspNetCore.Identity;

namespace Gongkai.Web.Security;

/// <summary>What the current user may see and change: the unit scopes of its role.</summary>
/// <remarks>Admin: every unit. Supervisor: reads its unit's subtree, writes nothing. Clerk: reads and writes its own unit.
/// Anyone else (the public): nothing here; the public pages show published versions only.</remarks>
internal sealed class Access
{
    private (ClaimsPrincipal Principal, int? UnitId)? _unit;
    private readonly UserManager<AppUser> _users;
    private readonly UnitTree _tree;

    /// <summary>Initializes a new instance of the <see cref="Access"/> class.</summary>
    /// <param name="users">The user manager.</param>
    /// <param name="tree">The unit tree.</param>
    public Access(UserManager<AppUser> users, UnitTree tree)
    {
        _users = users;
        _tree = tree;
    }

    /// <summary>Gets who the user is, for the audit log and version records.</summary>
    /// <param name="principal">The user.</param>
    /// <returns>The actor.</returns>
    public static Actor ActorOf(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        return new Actor(principal.FindFirstValue(ClaimTypes.NameIdentifier), principal.Identity?.Name ?? "未知用户");
    }

    /// <summary>Gets the units the user may read.</summary>
    /// <param name="principal">The user.</param>
    /// <returns>The scope.</returns>
    public async Task<UnitScope> ReadScopeAsync(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        if (principal.IsInRole(Roles.Admin))
        {
            return UnitScope.Everything;
        }

        var unitId = await UnitOfAsync(principal);
        if (unitId is not { } id)
        {
            return UnitScope.Nothing;
        }

        if (principal.IsInRole(Roles.Supervisor))
        {
            return UnitScope.Of(await _tree.SubtreeAsync(id));
        }

        return principal.IsInRole(Roles.Clerk) ? UnitScope.Of([id]) : UnitScope.Nothing;
    }

    /// <summary>Gets the units the user may write to (upload, publish).</summary>
    /// <param name="principal">The user.</param>
    /// <returns>The scope.</returns>
    public async Task<UnitScope> WriteScopeAsync(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        if (principal.IsInRole(Roles.Admin))
        {
            return UnitScope.Everything;
        }

        return principal.IsInRole(Roles.Clerk) && await UnitOfAsync(principal) is { } id ? UnitScope.Of([id]) : UnitScope.Nothing;
    }

    private async Task<int?> UnitOfAsync(ClaimsPrincipal principal)
    {
        // Access is scoped: a page that asks for both scopes reads the user once.
        if (_unit is { } known && ReferenceEquals(known.Principal, principal))
        {
            return known.UnitId;
        }

        var user = await _users.GetUserAsync(principal);
        _unit = (principal, user?.UnitId);
        return user?.UnitId;
    }
}
