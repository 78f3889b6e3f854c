// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Security.Claims;
using System.Text.Encodings.Web;
using Gongkai.Data;
using Gongkai.Data.Entities;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Gongkai.Web.Security;

/// <summary>Authenticates API requests by <c>Authorization: Bearer gk_…</c>: the token's SHA-256 is looked up, never the token itself.</summary>
/// <remarks>No token or an unknown, revoked or expired one: 401; the roles are the owner's, so a wrong role is 403 (RFC 9457 bodies
/// come from the status code pages).</remarks>
internal sealed class ApiTokenAuthenticationHandler : AuthenticationHandler<ApiTokenOptions>
{
    /// <summary>The scheme's name.</summary>
    public const string SchemeName = "ApiToken";

    private readonly GongkaiDbContext _db;
    private readonly UserManager<AppUser> _users;
    private readonly TimeProvider _time;

    /// <summary>Initializes a new instance of the <see cref="ApiTokenAuthenticationHandler"/> class.</summary>
    /// <param name="options">The options.</param>
    /// <param name="logger">The logger.</param>
    /// <param name="encoder">The encoder.</param>
    /// <param name="db">The database.</param>
    /// <param name="users">The user manager.</param>
    /// <param name="time">The clock.</param>
    public ApiTokenAuthenticationHandler(IOptionsMonitor<ApiTokenOptions> options, ILoggerFactory logger, UrlEncoder encoder, GongkaiDbContext db, UserManager<AppUser> users, TimeProvider time)
        : base(options, logger, encoder)
    {
        _db = db;
        _users = users;
        _time = time;
    }

    /// <summary>How stale a token's last-used time may be.</summary>
    private static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(1);

    /// <inheritdoc/>
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var token = header["Bearer ".Length..].Trim();
        if (token.Length is 0 or > 200)
        {
            return AuthenticateResult.Fail("令牌无效。");
        }

        var hash = ApiTokens.Hash(token);
        var now = _time.GetUtcNow().UtcDateTime;
        var row = await _db.ApiTokens.AsNoTracking().Include(t => t.User).FirstOrDefaultAsync(t => t.TokenHash == hash);
        if (row is null || row.RevokedAt is not null || (row.ExpiresAt is { } expires && expires <= now))
        {
            return AuthenticateResult.Fail("令牌无效、已撤销或已过期。");
        }

        if (await _users.IsLockedOutAsync(row.User))
        {
            return AuthenticateResult.Fail("账号已锁定。");
        }

        // 「最后使用」 to the minute: one write a minute per token, not one per request (a write per GET serialises SQLite).
        if (row.LastUsedAt is not { } last || now - last >= LastUsedResolution)
        {
            await _db.ApiTokens.Where(t => t.Id == row.Id).ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedAt, now));
        }

        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, row.UserId),
            new(ClaimTypes.Name, row.User.UserName ?? row.UserId),
        };
        claims.AddRange((await _users.GetRolesAsync(row.User)).Select(r => new Claim(ClaimTypes.Role, r)));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }
}
