// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages;

/// <summary>The start page: the reports for a signed-in user, the public reports for everyone else.</summary>
internal sealed class IndexModel : PageModel
{
    /// <summary>Redirects.</summary>
    /// <returns>The redirect.</returns>
    public IActionResult OnGet() => Redirect(User.Identity?.IsAuthenticated == true ? "/Reports" : "/Public");
}
