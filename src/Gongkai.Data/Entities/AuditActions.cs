// Copyright (c) Gongkai contributors. Licensed under the MIT License.

namespace Gongkai.Data.Entities;

/// <summary>The actions the audit log records (<see cref="AuditEntry.Action"/>).</summary>
public static class AuditActions
{
    /// <summary>A unit was created.</summary>
    public const string UnitCreated = "unit.create";

    /// <summary>A unit was renamed.</summary>
    public const string UnitRenamed = "unit.rename";

    /// <summary>A unit was moved under another parent.</summary>
    public const string UnitMoved = "unit.move";

    /// <summary>A report version was created (upload, edit, restore).</summary>
    public const string VersionCreated = "report.version";

    /// <summary>A report version was published.</summary>
    public const string Published = "report.publish";

    /// <summary>A finding was acknowledged.</summary>
    public const string FindingAcknowledged = "finding.acknowledge";

    /// <summary>An API token was created.</summary>
    public const string TokenCreated = "token.create";

    /// <summary>An API token was revoked.</summary>
    public const string TokenRevoked = "token.revoke";

    /// <summary>A user was created.</summary>
    public const string UserCreated = "user.create";
}
