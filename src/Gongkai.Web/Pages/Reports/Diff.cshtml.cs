// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Checking;
using Gongkai.Comparing;
using Gongkai.Data.Entities;
using Gongkai.Data.Reports;
using Gongkai.Web.Rendering;
using Gongkai.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Reports;

/// <summary>Two versions of a report compared: the cells that differ, the section texts line by line, the findings gone and new.</summary>
internal sealed class DiffModel : PageModel
{
    private readonly ReportQueries _queries;
    private readonly Access _access;

    /// <summary>Initializes a new instance of the <see cref="DiffModel"/> class.</summary>
    /// <param name="queries">The queries.</param>
    /// <param name="access">The access rules.</param>
    public DiffModel(ReportQueries queries, Access access)
    {
        _queries = queries;
        _access = access;
    }

    /// <summary>Gets the report.</summary>
    public Report Report { get; private set; } = null!;

    /// <summary>Gets the older version.</summary>
    public ReportVersion From { get; private set; } = null!;

    /// <summary>Gets the newer version.</summary>
    public ReportVersion To { get; private set; } = null!;

    /// <summary>Gets the differences.</summary>
    public ReportDiff Diff { get; private set; } = null!;

    /// <summary>Gets the findings of <see cref="To"/> that <see cref="From"/> did not have.</summary>
    public IReadOnlyList<Finding> NewFindings { get; private set; } = [];

    /// <summary>Gets the findings of <see cref="From"/> that <see cref="To"/> no longer has.</summary>
    public IReadOnlyList<Finding> ResolvedFindings { get; private set; } = [];

    /// <summary>Compares version <paramref name="a"/> with version <paramref name="b"/> (by default the two newest).</summary>
    /// <param name="id">The report.</param>
    /// <param name="a">The older version.</param>
    /// <param name="b">The newer version.</param>
    /// <returns>The page, 404 or 403.</returns>
    public async Task<IActionResult> OnGetAsync(int id, int? a, int? b)
    {
        var report = await _queries.GetAsync(id, HttpContext.RequestAborted);
        if (report is null)
        {
            return NotFound();
        }

        if (!(await _access.ReadScopeAsync(User)).Contains(report.UnitId))
        {
            return Forbid();
        }

        var to = b ?? report.LatestVersionNumber;
        var from = a ?? Math.Max(1, to - 1);
        if (from > to)
        {
            (from, to) = (to, from);
        }

        var older = await _queries.GetVersionAsync(id, from, HttpContext.RequestAborted);
        var newer = await _queries.GetVersionAsync(id, to, HttpContext.RequestAborted);
        if (older is null || newer is null)
        {
            return NotFound();
        }

        Report = report;
        From = older;
        To = newer;
        Diff = ReportDiff.Compare(ReportExports.ReportOf(older), ReportExports.ReportOf(newer));
        var before = StoredFindings.Read(older.FindingsJson);
        var after = StoredFindings.Read(newer.FindingsJson);
        var beforeKeys = before.Select(StoredFindings.KeyOf).ToHashSet(StringComparer.Ordinal);
        var afterKeys = after.Select(StoredFindings.KeyOf).ToHashSet(StringComparer.Ordinal);
        NewFindings = [.. after.Where(f => !beforeKeys.Contains(StoredFindings.KeyOf(f)))];
        ResolvedFindings = [.. before.Where(f => !afterKeys.Contains(StoredFindings.KeyOf(f)))];
        return Page();
    }
}
