// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Data.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Account;

/// <summary>Signs out (POST with anti-forgery token only).</summary>
internal sealed class LogoutModel : PageModel
{
    private readonly SignInManager<AppUser> _signIn;

    /// <summary>Initializes a new instance of the <see cref="LogoutModel"/> class.</summary>
    /// <param name="signIn">The sign-in manager.</param>
    public LogoutModel(SignInManager<AppUser> signIn) => _signIn = signIn;

    /// <summary>Signs out.</summary>
    /// <returns>A redirect to the public pages.</returns>
    public async Task<IActionResult> OnPostAsync()
    {
        await _signIn.SignOutAsync();
        return Redirect("/Public");
    }
}
