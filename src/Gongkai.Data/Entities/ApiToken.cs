// Copyright (c) Gongkai contributors. Licensed under the MIT License.

namespace Gongkai.Data.Entities;

/// <summary>An API token of a user: only its SHA-256 is stored; the token itself is shown once when created.</summary>
public sealed class ApiToken
{
    /// <summary>Gets or sets the id.</summary>
    public int Id { get; set; }

    /// <summary>Gets or sets the owner's id.</summary>
    public required string UserId { get; set; }

    /// <summary>Gets or sets the owner.</summary>
    public AppUser User { get; set; } = null!;

    /// <summary>Gets or sets the name the owner gave it.</summary>
    public required string Name { get; set; }

    /// <summary>Gets or sets the SHA-256 of the token, lower-case hex (unique).</summary>
    public required string TokenHash { get; set; }

    /// <summary>Gets or sets the token's first characters, to tell tokens apart in the UI.</summary>
    public required string Prefix { get; set; }

    /// <summary>Gets or sets when it was created (UTC).</summary>
    public DateTime CreatedAt { get; set; }

    /// <summary>Gets or sets when it expires (UTC), or null for never.</summary>
    public DateTime? ExpiresAt { get; set; }

    /// <summary>Gets or sets when it was revoked (UTC), or null.</summary>
    public DateTime? RevokedAt { get; set; }

    /// <summary>Gets or sets when it was last used (UTC), or null.</summary>
    public DateTime? LastUsedAt { get; set; }
}
