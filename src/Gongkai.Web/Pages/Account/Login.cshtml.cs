// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Data.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Account;

/// <summary>Signs a user in with user name and password (lockout after repeated failures).</summary>
internal sealed class LoginModel : PageModel
{
    private readonly SignInManager<AppUser> _signIn;

    /// <summary>Initializes a new instance of the <see cref="LoginModel"/> class.</summary>
    /// <param name="signIn">The sign-in manager.</param>
    public LoginModel(SignInManager<AppUser> signIn) => _signIn = signIn;

    /// <summary>Gets or sets the user name.</summary>
    [BindProperty]
    public string? UserName { get; set; }

    /// <summary>Gets or sets the password.</summary>
    [BindProperty]
    public string? Password { get; set; }

    /// <summary>Gets or sets where to go afterwards (a local path only).</summary>
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>Gets the error shown.</summary>
    public string? Error { get; private set; }

    /// <summary>Shows the form.</summary>
    /// <returns>The page.</returns>
    public IActionResult OnGet() => Page();

    /// <summary>Signs in.</summary>
    /// <returns>A redirect, or the form with an error.</returns>
    public async Task<IActionResult> OnPostAsync()
    {
        var result = await _signIn.PasswordSignInAsync(UserName ?? string.Empty, Password ?? string.Empty, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/Reports");
        }

        Error = result.IsLockedOut ? "登录失败次数过多，账号已暂时锁定，请 5 分钟后再试。" : "用户名或密码不正确。";
        return Page();
    }
}
