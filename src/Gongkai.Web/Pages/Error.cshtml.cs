// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages;

/// <summary>The error page: no server detail, only a request id to quote.</summary>
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
[IgnoreAntiforgeryToken]
internal sealed class ErrorModel : PageModel
{
    /// <summary>Gets the request id.</summary>
    public string? RequestId { get; private set; }

    /// <summary>Shows the page.</summary>
    public void OnGet() => RequestId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
}
