// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Data.Reports;
using Gongkai.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Reports;

/// <summary>The reports the user may read, searchable by unit name and year.</summary>
internal sealed class IndexModel : PageModel
{
    private readonly ReportQueries _queries;
    private readonly Access _access;

    /// <summary>Initializes a new instance of the <see cref="IndexModel"/> class.</summary>
    /// <param name="queries">The queries.</param>
    /// <param name="access">The access rules.</param>
    public IndexModel(ReportQueries queries, Access access)
    {
        _queries = queries;
        _access = access;
    }

    /// <summary>Gets or sets the unit name searched.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    /// <summary>Gets or sets the year searched.</summary>
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    /// <summary>Gets the reports.</summary>
    public IReadOnlyList<ReportSummary> Reports { get; private set; } = [];

    /// <summary>Shows the list.</summary>
    /// <returns>A task.</returns>
    public async Task OnGetAsync() => Reports = await _queries.ListAsync(await _access.ReadScopeAsync(User), Q, Year);
}
