// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Checking;
using Gongkai.Data;
using Gongkai.Data.Entities;
using Gongkai.Data.Reports;
using Gongkai.Data.Storage;
using Gongkai.Formats.Render;
using Gongkai.Web.Rendering;
using Gongkai.Web.Security;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Pages.Reports;

/// <summary>One report: the tables in the official layout with each finding on its cell, the findings list, versions, original, exports, publication.</summary>
internal sealed class DetailModel : PageModel
{
    private readonly ReportQueries _queries;
    private readonly Access _access;
    private readonly FileStore _files;
    private readonly ReportPublisher _publisher;
    private readonly GongkaiDbContext _db;
    private readonly AuditLog _audit;
    private readonly TimeProvider _time;

    /// <summary>Initializes a new instance of the <see cref="DetailModel"/> class.</summary>
    /// <param name="queries">The queries.</param>
    /// <param name="access">The access rules.</param>
    /// <param name="files">The file store.</param>
    /// <param name="publisher">The publisher.</param>
    /// <param name="db">The database.</param>
    /// <param name="audit">The audit log.</param>
    /// <param name="time">The clock.</param>
    public DetailModel(ReportQueries queries, Access access, FileStore files, ReportPublisher publisher, GongkaiDbContext db, AuditLog audit, TimeProvider time)
    {
        _queries = queries;
        _access = access;
        _files = files;
        _publisher = publisher;
        _db = db;
        _audit = audit;
        _time = time;
    }

    /// <summary>Gets the report.</summary>
    public Report Report { get; private set; } = null!;

    /// <summary>Gets the version shown (without its JSON).</summary>
    public ReportVersion Version { get; private set; } = null!;

    /// <summary>Gets the version's findings.</summary>
    public IReadOnlyList<Finding> Findings { get; private set; } = [];

    /// <summary>Gets the acknowledgements by finding key.</summary>
    public IReadOnlyDictionary<string, FindingAcknowledgement> Acknowledged { get; private set; } = new Dictionary<string, FindingAcknowledgement>();

    /// <summary>Gets the versions, newest first.</summary>
    public IReadOnlyList<ReportVersion> Versions { get; private set; } = [];

    /// <summary>Gets the report body with the findings on it.</summary>
    public IHtmlContent Body { get; private set; } = HtmlString.Empty;

    /// <summary>Gets a value indicating whether the user may publish (admin, the unit's clerk).</summary>
    public bool CanWrite { get; private set; }

    /// <summary>Gets a value indicating whether the user may acknowledge findings (anyone who may read).</summary>
    public bool CanComment { get; private set; }

    /// <summary>Gets or sets the message of the last action.</summary>
    [TempData]
    public string? Message { get; set; }

    /// <summary>Gets or sets a value indicating whether <see cref="Message"/> is an error.</summary>
    [TempData]
    public bool IsError { get; set; }

    /// <summary>Shows a version (the newest by default).</summary>
    /// <param name="id">The report.</param>
    /// <param name="v">The version number, or null.</param>
    /// <param name="rendered">The rendered bodies of recent versions.</param>
    /// <returns>The page, 404 or 403.</returns>
    public async Task<IActionResult> OnGetAsync(int id, int? v, [FromServices] RenderedReports rendered)
    {
        if (await LoadAsync(id, v) is { } refused)
        {
            return refused;
        }

        (Body, Findings) = await rendered.GetAsync(Version.Id, withFindings: true, c => _queries.GetVersionAsync(id, Version.Number, c), HttpContext.RequestAborted);
        Versions = await _queries.VersionsAsync(id);
        Acknowledged = await _db.FindingAcknowledgements.AsNoTracking().Where(a => a.ReportId == id).ToDictionaryAsync(a => a.FindingKey);
        return Page();
    }

    /// <summary>Downloads the version's original file, unchanged.</summary>
    /// <param name="id">The report.</param>
    /// <param name="v">The version.</param>
    /// <returns>The file.</returns>
    public async Task<IActionResult> OnGetOriginalAsync(int id, int? v)
    {
        if (await LoadAsync(id, v) is { } refused)
        {
            return refused;
        }

        return Version.SourceFileSha256 is { } sha && _files.Open(sha) is { } stream
            ? File(stream, ReportExports.OriginalContentType(Version.SourceKind), Version.SourceFileName ?? sha)
            : NotFound();
    }

    /// <summary>Exports the version.</summary>
    /// <param name="id">The report.</param>
    /// <param name="v">The version.</param>
    /// <param name="format">The format name.</param>
    /// <param name="exporter">The exporter.</param>
    /// <returns>The file, or the page with an error.</returns>
    public async Task<IActionResult> OnGetExportAsync(int id, int? v, string? format, [FromServices] ReportExporter exporter)
    {
        if (await LoadAsync(id, v) is { } refused)
        {
            return refused;
        }

        if (!ReportWriter.TryParseFormat(format, out var f))
        {
            return BadRequest();
        }

        var full = await _queries.GetVersionAsync(id, Version.Number, HttpContext.RequestAborted);
        if (full is null)
        {
            return NotFound();
        }

        var rendered = await exporter.RenderAsync(full, f, HttpContext.RequestAborted);
        if (!rendered.Success)
        {
            Message = "导出失败：" + rendered.Error;
            IsError = true;
            return RedirectToPage(new { id, v = Version.Number });
        }

        return File(rendered.Content, ReportExports.ContentType(f), ReportExports.FileName(Report, Version.Number, f));
    }

    /// <summary>Publishes a version.</summary>
    /// <param name="id">The report.</param>
    /// <param name="v">The version.</param>
    /// <returns>A redirect to the page.</returns>
    public async Task<IActionResult> OnPostPublishAsync(int id, int v)
    {
        if (await LoadAsync(id, v) is { } refused)
        {
            return refused;
        }

        if (!CanWrite)
        {
            return Forbid();
        }

        var error = await _publisher.PublishAsync(id, v, Access.ActorOf(User));
        Message = error ?? $"已公开第 {v} 版。";
        IsError = error is not null;
        return RedirectToPage(new { id, v });
    }

    /// <summary>Acknowledges a finding with a comment.</summary>
    /// <param name="id">The report.</param>
    /// <param name="v">The version shown.</param>
    /// <param name="key">The finding's key.</param>
    /// <param name="rule">The finding's rule.</param>
    /// <param name="comment">The comment.</param>
    /// <returns>A redirect to the page.</returns>
    public async Task<IActionResult> OnPostAcknowledgeAsync(int id, int v, string key, string rule, string comment)
    {
        if (await LoadAsync(id, v) is { } refused)
        {
            return refused;
        }

        if (string.IsNullOrWhiteSpace(comment) || string.IsNullOrEmpty(key) || key.Length > 64)
        {
            return RedirectToPage(new { id, v });
        }

        if (!await _db.FindingAcknowledgements.AnyAsync(a => a.ReportId == id && a.FindingKey == key))
        {
            var actor = Access.ActorOf(User);
            var text = comment.Trim()[..Math.Min(2000, comment.Trim().Length)];
            _db.FindingAcknowledgements.Add(new FindingAcknowledgement
            {
                ReportId = id,
                FindingKey = key,
                Rule = rule.Length > 64 ? rule[..64] : rule,
                Comment = text,
                UserId = actor.UserId,
                UserName = actor.Name,
                CreatedAt = _time.GetUtcNow().UtcDateTime,
            });
            _audit.Add(actor, AuditActions.FindingAcknowledged, nameof(Report), id.ToString(System.Globalization.CultureInfo.InvariantCulture), null, new { Finding = key, Rule = rule, Comment = text });
            await _db.SaveChangesAsync();
        }

        return RedirectToPage(new { id, v });
    }

    private async Task<IActionResult?> LoadAsync(int id, int? v)
    {
        var report = await _queries.GetAsync(id);
        if (report is null)
        {
            return NotFound();
        }

        if (!(await _access.ReadScopeAsync(User)).Contains(report.UnitId))
        {
            return Forbid();
        }

        var version = await _queries.GetVersionHeadAsync(id, v ?? report.LatestVersionNumber, HttpContext.RequestAborted);
        if (version is null)
        {
            return NotFound();
        }

        Report = report;
        Version = version;
        CanWrite = (await _access.WriteScopeAsync(User)).Contains(report.UnitId);
        CanComment = true;
        return null;
    }
}
