// Copyright (c) Gongkai contributors. Licensed under the MIT License.

namespace Gongkai.Data;

/// <summary>Who makes a write: a user, or the system (demo data, migrations).</summary>
/// <param name="UserId">The user's id, or null for the system.</param>
/// <param name="Name">The name to record.</param>
public sealed record Actor(string? UserId, string Name)
{
    /// <summary>Gets the system (「系统」).</summary>
    public static Actor System { get; } = new(null, "系统");
}
