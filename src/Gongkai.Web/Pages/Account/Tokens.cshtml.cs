// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Data;
using Gongkai.Data.Entities;
using Gongkai.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Pages.Account;

/// <summary>The signed-in user's API tokens: create (shown once), revoke.</summary>
internal sealed class TokensModel : PageModel
{
    private readonly GongkaiDbContext _db;
    private readonly ApiTokens _tokens;
    private readonly UserManager<AppUser> _users;

    /// <summary>Initializes a new instance of the <see cref="TokensModel"/> class.</summary>
    /// <param name="db">The database.</param>
    /// <param name="tokens">The token service.</param>
    /// <param name="users">The user manager.</param>
    public TokensModel(GongkaiDbContext db, ApiTokens tokens, UserManager<AppUser> users)
    {
        _db = db;
        _tokens = tokens;
        _users = users;
    }

    /// <summary>Gets the user's tokens.</summary>
    public IReadOnlyList<ApiToken> Tokens { get; private set; } = [];

    /// <summary>Gets the token just created, shown once.</summary>
    public string? NewToken { get; private set; }

    /// <summary>Shows the tokens.</summary>
    /// <returns>A task.</returns>
    public async Task OnGetAsync() => await LoadAsync();

    /// <summary>Creates a token.</summary>
    /// <param name="name">Its name.</param>
    /// <returns>The page with the new token.</returns>
    public async Task<IActionResult> OnPostCreateAsync(string? name)
    {
        var user = await _users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        (NewToken, _) = await _tokens.CreateAsync(user, name ?? string.Empty, Access.ActorOf(User));
        await LoadAsync();
        return Page();
    }

    /// <summary>Revokes a token.</summary>
    /// <param name="id">The token's id.</param>
    /// <returns>A redirect to the list.</returns>
    public async Task<IActionResult> OnPostRevokeAsync(int id)
    {
        await _tokens.RevokeAsync(id, _users.GetUserId(User) ?? string.Empty, Access.ActorOf(User));
        return RedirectToPage();
    }

    private async Task LoadAsync()
    {
        var id = _users.GetUserId(User);
        Tokens = await _db.ApiTokens.AsNoTracking().Where(t => t.UserId == id).OrderByDescending(t => t.Id).ToListAsync();
    }
}
