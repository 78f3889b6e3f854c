// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Data.Reports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Public;

/// <summary>The public list: published reports only, searchable by unit name and year; no sign-in.</summary>
internal sealed class IndexModel : PageModel
{
    private readonly ReportQueries _queries;

    /// <summary>Initializes a new instance of the <see cref="IndexModel"/> class.</summary>
    /// <param name="queries">The queries.</param>
    public IndexModel(ReportQueries queries) => _queries = queries;

    /// <summary>Gets or sets the unit name searched.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    /// <summary>Gets or sets the year searched.</summary>
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    /// <summary>Gets the published reports.</summary>
    public IReadOnlyList<ReportSummary> Reports { get; private set; } = [];

    /// <summary>Shows the list.</summary>
    /// <returns>A task.</returns>
    public async Task OnGetAsync() => Reports = await _queries.ListPublishedAsync(Q, Year);
}
