// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Cells;
using Gongkai.Checking;
using Gongkai.Data.Entities;
using Gongkai.Data.Reports;
using Gongkai.Documents;
using Gongkai.Web.Editing;
using Gongkai.Web.Rendering;
using Gongkai.Web.Security;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Reports;

/// <summary>The editor: the tables and texts of a version as a form, checked by the server's rule engine as the user types
/// (<see cref="OnPostCheckAsync"/>), saved as a new immutable version with who, when and why (<see cref="OnPostSaveAsync"/>).</summary>
/// <remarks>Only an admin or the unit's clerk may edit. The save is refused when someone saved since the editor opened
/// (the revision differs): the page then keeps the user's edits and links to the other's changes.</remarks>
internal sealed class EditModel : PageModel
{
    /// <summary>The request header the live check sends: the answer is the findings fragment, not the page.</summary>
    public const string LiveHeader = "X-Gongkai-Live";

    private readonly ReportQueries _queries;
    private readonly Access _access;
    private readonly ReportImporter _importer;

    /// <summary>Initializes a new instance of the <see cref="EditModel"/> class.</summary>
    /// <param name="queries">The queries.</param>
    /// <param name="access">The access rules.</param>
    /// <param name="importer">Stores versions.</param>
    public EditModel(ReportQueries queries, Access access, ReportImporter importer)
    {
        _queries = queries;
        _access = access;
        _importer = importer;
    }

    /// <summary>Gets the report.</summary>
    public Report Report { get; private set; } = null!;

    /// <summary>Gets the version being edited.</summary>
    public ReportVersion Base { get; private set; } = null!;

    /// <summary>Gets the report as the form now describes it.</summary>
    public AnnualReport Draft { get; private set; } = null!;

    /// <summary>Gets the draft's findings.</summary>
    public IReadOnlyList<Finding> Findings { get; private set; } = [];

    /// <summary>Gets the totals that differ from the sum of their parts (every part a number), with the sum.</summary>
    public IReadOnlyList<(CellDefinition Cell, CellValue Stated, decimal Computed)> Totals { get; private set; } = [];

    /// <summary>Gets the form body.</summary>
    public IHtmlContent Body { get; private set; } = HtmlString.Empty;

    /// <summary>Gets the revision the save is made from.</summary>
    public int Revision { get; private set; }

    /// <summary>Gets or sets why (the reason typed).</summary>
    public string? Reason { get; set; }

    /// <summary>Gets the message (an error or a refused save), or null.</summary>
    public string? Message { get; private set; }

    /// <summary>Gets the newest version when a save was refused (the other person's), or null.</summary>
    public int? ConflictVersion { get; private set; }

    /// <summary>Opens the editor on a version (the newest by default).</summary>
    /// <param name="id">The report.</param>
    /// <param name="v">The version, or null.</param>
    /// <returns>The page, 404 or 403.</returns>
    public async Task<IActionResult> OnGetAsync(int id, int? v)
    {
        if (await LoadAsync(id, v) is { } refused)
        {
            return refused;
        }

        Revision = Report.Revision;
        Show(ReportExports.ReportOf(Base));
        return Page();
    }

    /// <summary>Checks the form as it stands: the findings fragment for the live check, the page for a browser without JavaScript.</summary>
    /// <param name="id">The report.</param>
    /// <param name="v">The version edited.</param>
    /// <param name="revision">The revision the editor opened at.</param>
    /// <param name="reason">The reason typed so far.</param>
    /// <returns>The fragment or the page.</returns>
    public async Task<IActionResult> OnPostCheckAsync(int id, int v, int revision, string? reason)
    {
        if (await LoadAsync(id, v) is { } refused)
        {
            return refused;
        }

        Revision = revision;
        Reason = reason;
        Show(ReportForm.Apply(ReportExports.ReportOf(Base), Request.Form));
        return Request.Headers.ContainsKey(LiveHeader) ? Partial("_EditCheck", this) : Page();
    }

    /// <summary>Saves the form as a new version.</summary>
    /// <param name="id">The report.</param>
    /// <param name="v">The version edited.</param>
    /// <param name="revision">The revision the editor opened at.</param>
    /// <param name="reason">Why (required).</param>
    /// <returns>A redirect to the new version, or the page with the edits kept (400 without a reason, 409 after someone else's save).</returns>
    public async Task<IActionResult> OnPostSaveAsync(int id, int v, int revision, string? reason)
    {
        if (await LoadAsync(id, v) is { } refused)
        {
            return refused;
        }

        Revision = revision;
        Reason = reason?.Trim();
        var draft = ReportForm.Apply(ReportExports.ReportOf(Base), Request.Form);
        if (string.IsNullOrEmpty(Reason))
        {
            Message = "请填写修改原因（如「更正表三第（七）项总计」），再保存。";
            Show(draft);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var outcome = await _importer.SaveVersionAsync(draft, id, revision, Access.ActorOf(User), Reason, HttpContext.RequestAborted);
        if (outcome.Status == SaveStatus.Saved)
        {
            TempData["Message"] = $"已保存为第 {outcome.Number} 版。";
            return RedirectToPage("Detail", new { id, v = outcome.Number });
        }

        Message = outcome.Error;
        ConflictVersion = outcome.LatestVersion;

        // The next save is made from the revision now stored: a deliberate second click, after the message and the link.
        Revision = outcome.Revision ?? revision;
        Show(draft);
        Response.StatusCode = outcome.Status == SaveStatus.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private void Show(AnnualReport draft)
    {
        Draft = draft;
        Findings = ReportChecker.Check(draft, null, HttpContext.RequestAborted);
        Totals = TotalsOf(draft.Cells);
        Body = ReportHtml.RenderEditor(draft, Findings);
    }

    /// <summary>Compares every total of the catalogue (<see cref="ReportSums.All"/>) with the sum of its parts, where every part is a number.</summary>
    private static List<(CellDefinition Cell, CellValue Stated, decimal Computed)> TotalsOf(ReportCells cells)
    {
        var totals = new List<(CellDefinition, CellValue, decimal)>();
        foreach (var sum in ReportSums.All(cells))
        {
            var stated = cells[sum.Total];
            if (!stated.IsPresent || sum.Parts.Any(p => !cells[p].HasNumber))
            {
                continue;
            }

            var computed = sum.Parts.Sum(p => cells[p].Number);
            if (!stated.HasNumber || stated.Number != computed)
            {
                totals.Add((sum.Total, stated, computed));
            }
        }

        return totals;
    }

    private async Task<IActionResult?> LoadAsync(int id, int? v)
    {
        var report = await _queries.GetAsync(id, HttpContext.RequestAborted);
        if (report is null)
        {
            return NotFound();
        }

        if (!(await _access.WriteScopeAsync(User)).Contains(report.UnitId))
        {
            return Forbid();
        }

        var version = await _queries.GetVersionAsync(id, v ?? report.LatestVersionNumber, HttpContext.RequestAborted);
        if (version is null)
        {
            return NotFound();
        }

        Report = report;
        Base = version;
        return null;
    }
}
