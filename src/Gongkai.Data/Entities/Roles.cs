// Copyright (c) Gongkai contributors. Licensed under the MIT License.

namespace Gongkai.Data.Entities;

/// <summary>The roles of the workspace.</summary>
public static class Roles
{
    /// <summary>Everything, everywhere: units, users, audit log.</summary>
    public const string Admin = "admin";

    /// <summary>Reads and comments on the reports of its unit's subtree.</summary>
    public const string Supervisor = "supervisor";

    /// <summary>Uploads, edits and publishes its own unit's reports.</summary>
    public const string Clerk = "clerk";

    /// <summary>Gets every role.</summary>
    public static IReadOnlyList<string> All { get; } = [Admin, Supervisor, Clerk];
}
