// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Security.Cryptography;
using System.Text;
using Gongkai.Data;
using Gongkai.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Security;

/// <summary>Creates and revokes API tokens: <c>gk_</c> and 43 random characters, shown once; only the SHA-256 is kept.</summary>
internal sealed class ApiTokens
{
    private readonly GongkaiDbContext _db;
    private readonly AuditLog _audit;
    private readonly TimeProvider _time;

    /// <summary>Initializes a new instance of the <see cref="ApiTokens"/> class.</summary>
    /// <param name="db">The database.</param>
    /// <param name="audit">The audit log.</param>
    /// <param name="time">The clock.</param>
    public ApiTokens(GongkaiDbContext db, AuditLog audit, TimeProvider time)
    {
        _db = db;
        _audit = audit;
        _time = time;
    }

    /// <summary>Hashes a token for storage and lookup.</summary>
    /// <param name="token">The token.</param>
    /// <returns>The SHA-256, lower-case hex.</returns>
    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>Creates a token for a user.</summary>
    /// <param name="user">The owner.</param>
    /// <param name="name">The token's name.</param>
    /// <param name="actor">Who creates it.</param>
    /// <returns>The token (to show once) and its row.</returns>
    public async Task<(string Token, ApiToken Row)> CreateAsync(AppUser user, string name, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(user);
        var token = "gk_" + Base64Url(RandomNumberGenerator.GetBytes(32));
        var row = new ApiToken
        {
            UserId = user.Id,
            Name = string.IsNullOrWhiteSpace(name) ? "API" : name.Trim()[..Math.Min(100, name.Trim().Length)],
            TokenHash = Hash(token),
            Prefix = token[..10],
            CreatedAt = _time.GetUtcNow().UtcDateTime,
        };
        _db.ApiTokens.Add(row);
        _audit.Add(actor, AuditActions.TokenCreated, nameof(ApiToken), row.Prefix, null, new { row.Name, row.Prefix, User = user.UserName });
        await _db.SaveChangesAsync();
        return (token, row);
    }

    /// <summary>Revokes a token of a user.</summary>
    /// <param name="id">The token's id.</param>
    /// <param name="userId">The owner's id (a user revokes only its own).</param>
    /// <param name="actor">Who.</param>
    /// <returns>Whether a token was revoked.</returns>
    public async Task<bool> RevokeAsync(int id, string userId, Actor actor)
    {
        var row = await _db.ApiTokens.FirstOrDefaultAsync(t => t.Id == id && t.UserId == userId && t.RevokedAt == null);
        if (row is null)
        {
            return false;
        }

        row.RevokedAt = _time.GetUtcNow().UtcDateTime;
        _audit.Add(actor, AuditActions.TokenRevoked, nameof(ApiToken), row.Prefix, new { row.Name, Revoked = false }, new { row.Name, Revoked = true });
        await _db.SaveChangesAsync();
        return true;
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
