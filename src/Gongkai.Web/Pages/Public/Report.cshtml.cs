// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Data.Entities;
using Gongkai.Data.Reports;
using Gongkai.Formats.Render;
using Gongkai.Web.Rendering;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Public;

/// <summary>A published report in the official layout, without sign-in; drafts and unpublished versions are never shown.</summary>
internal sealed class ReportModel : PageModel
{
    private readonly ReportQueries _queries;

    /// <summary>Initializes a new instance of the <see cref="ReportModel"/> class.</summary>
    /// <param name="queries">The queries.</param>
    public ReportModel(ReportQueries queries) => _queries = queries;

    /// <summary>Gets the report.</summary>
    public Report Report { get; private set; } = null!;

    /// <summary>Gets the published version's body.</summary>
    public IHtmlContent Body { get; private set; } = HtmlString.Empty;

    private ReportVersion Version { get; set; } = null!;

    /// <summary>Shows the published version.</summary>
    /// <param name="id">The report.</param>
    /// <param name="rendered">The rendered bodies of recent versions.</param>
    /// <returns>The page, or 404 when nothing is published.</returns>
    public async Task<IActionResult> OnGetAsync(int id, [FromServices] RenderedReports rendered)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        (Body, _) = await rendered.GetAsync(Version.Id, withFindings: false, c => _queries.GetVersionAsync(id, Version.Number, c), HttpContext.RequestAborted);
        return Page();
    }

    /// <summary>Downloads the published version as .docx or .pdf.</summary>
    /// <param name="id">The report.</param>
    /// <param name="format">docx or pdf.</param>
    /// <param name="exporter">The exporter.</param>
    /// <returns>The file.</returns>
    public async Task<IActionResult> OnGetExportAsync(int id, string? format, [FromServices] ReportExporter exporter)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (!ReportWriter.TryParseFormat(format, out var f) || f is not (RenderFormat.Docx or RenderFormat.Pdf))
        {
            return BadRequest();
        }

        var full = await _queries.GetVersionAsync(id, Version.Number, HttpContext.RequestAborted);
        if (full is null)
        {
            return NotFound();
        }

        var rendered = await exporter.RenderAsync(full, f, HttpContext.RequestAborted);
        return rendered.Success
            ? File(rendered.Content, ReportExports.ContentType(f), ReportExports.FileName(Report, Version.Number, f))
            : StatusCode(503, rendered.Error);
    }

    private async Task<bool> LoadAsync(int id)
    {
        var report = await _queries.GetAsync(id);
        if (report?.PublishedVersionNumber is not { } published || await _queries.GetVersionHeadAsync(id, published, HttpContext.RequestAborted) is not { } version)
        {
            return false;
        }

        Report = report;
        Version = version;
        return true;
    }
}
