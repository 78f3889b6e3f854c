// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Data.Entities;
using Gongkai.Data.Reports;
using Gongkai.Web.Rendering;
using Gongkai.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Reports;

/// <summary>The versions of a report: who made each, when and why; any two compared (<see cref="DiffModel"/>); an old one restored as a new version.</summary>
internal sealed class HistoryModel : PageModel
{
    private readonly ReportQueries _queries;
    private readonly Access _access;
    private readonly ReportImporter _importer;

    /// <summary>Initializes a new instance of the <see cref="HistoryModel"/> class.</summary>
    /// <param name="queries">The queries.</param>
    /// <param name="access">The access rules.</param>
    /// <param name="importer">Stores versions.</param>
    public HistoryModel(ReportQueries queries, Access access, ReportImporter importer)
    {
        _queries = queries;
        _access = access;
        _importer = importer;
    }

    /// <summary>Gets the report.</summary>
    public Report Report { get; private set; } = null!;

    /// <summary>Gets the versions, newest first.</summary>
    public IReadOnlyList<ReportVersion> Versions { get; private set; } = [];

    /// <summary>Gets a value indicating whether the user may restore (admin, the unit's clerk).</summary>
    public bool CanWrite { get; private set; }

    /// <summary>Gets or sets the message of the last action.</summary>
    [TempData]
    public string? Message { get; set; }

    /// <summary>Gets or sets a value indicating whether <see cref="Message"/> is an error.</summary>
    [TempData]
    public bool IsError { get; set; }

    /// <summary>Shows the history.</summary>
    /// <param name="id">The report.</param>
    /// <returns>The page, 404 or 403.</returns>
    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await LoadAsync(id) is { } refused)
        {
            return refused;
        }

        Versions = await _queries.VersionsAsync(id, HttpContext.RequestAborted);
        return Page();
    }

    /// <summary>Restores version <paramref name="n"/> as a new version.</summary>
    /// <param name="id">The report.</param>
    /// <param name="n">The version to restore.</param>
    /// <param name="revision">The revision the page showed.</param>
    /// <returns>A redirect to the new version, or back to the history with the reason it was refused.</returns>
    public async Task<IActionResult> OnPostRestoreAsync(int id, int n, int revision)
    {
        if (await LoadAsync(id) is { } refused)
        {
            return refused;
        }

        if (!CanWrite)
        {
            return Forbid();
        }

        var version = await _queries.GetVersionAsync(id, n, HttpContext.RequestAborted);
        if (version is null)
        {
            return NotFound();
        }

        var outcome = await _importer.SaveVersionAsync(ReportExports.ReportOf(version), id, revision, Access.ActorOf(User), $"恢复第 {n} 版", HttpContext.RequestAborted);
        if (outcome.Status != SaveStatus.Saved)
        {
            Message = outcome.Error;
            IsError = true;
            return RedirectToPage(new { id });
        }

        TempData["Message"] = $"已将第 {n} 版恢复为第 {outcome.Number} 版。";
        return RedirectToPage("Detail", new { id, v = outcome.Number });
    }

    private async Task<IActionResult?> LoadAsync(int id)
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

        Report = report;
        CanWrite = (await _access.WriteScopeAsync(User)).Contains(report.UnitId);
        return null;
    }
}
