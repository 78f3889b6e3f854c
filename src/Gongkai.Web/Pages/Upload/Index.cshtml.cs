// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Data;
using Gongkai.Data.Reports;
using Gongkai.Web.Hosting;
using Gongkai.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Pages.Upload;

/// <summary>Uploads one or many report files: each file's own result or its Chinese error.</summary>
/// <remarks>Without JavaScript the form posts every file at once; <c>upload.js</c> sends each file on its own to the
/// <c>One</c> handler with a progress bar, and inserts the returned result.</remarks>
internal sealed class IndexModel : PageModel
{
    private readonly GongkaiDbContext _db;
    private readonly ReportImporter _importer;
    private readonly Access _access;

    /// <summary>Initializes a new instance of the <see cref="IndexModel"/> class.</summary>
    /// <param name="db">The database.</param>
    /// <param name="importer">The importer.</param>
    /// <param name="access">The access rules.</param>
    public IndexModel(GongkaiDbContext db, ReportImporter importer, Access access)
    {
        _db = db;
        _importer = importer;
        _access = access;
    }

    /// <summary>Gets the units the user may upload for.</summary>
    public IReadOnlyList<(int Id, string Name)> Units { get; private set; } = [];

    /// <summary>Gets the results of the files just uploaded.</summary>
    public IReadOnlyList<ImportResult> Results { get; private set; } = [];

    /// <summary>Shows the form.</summary>
    /// <returns>A task.</returns>
    public async Task OnGetAsync() => await LoadUnitsAsync();

    /// <summary>Imports every posted file.</summary>
    /// <param name="files">The files.</param>
    /// <param name="unitId">The unit chosen, or null to match.</param>
    /// <returns>The page with the results.</returns>
    public async Task<IActionResult> OnPostAsync(List<IFormFile> files, int? unitId)
    {
        ArgumentNullException.ThrowIfNull(files);
        await LoadUnitsAsync();
        if (files.Count > ApplicationServices.MaxFilesPerUpload)
        {
            Results = [new ImportResult { FileName = "（全部）", Status = ImportStatus.Unreadable, Error = $"一次最多上传 {ApplicationServices.MaxFilesPerUpload} 个文件。" }];
            return Page();
        }

        var results = new List<ImportResult>(files.Count);
        foreach (var file in files)
        {
            results.Add(await ImportAsync(file, unitId));
        }

        Results = results;
        return Page();
    }

    /// <summary>Imports one file (called by <c>upload.js</c> per file).</summary>
    /// <param name="file">The file.</param>
    /// <param name="unitId">The unit chosen, or null to match.</param>
    /// <returns>The result as an HTML fragment.</returns>
    public async Task<IActionResult> OnPostOneAsync(IFormFile? file, int? unitId)
    {
        var result = file is null
            ? new ImportResult { FileName = "未命名文件", Status = ImportStatus.Unreadable, Error = "没有收到文件。" }
            : await ImportAsync(file, unitId);
        return Partial("_UploadResult", result);
    }

    private async Task<ImportResult> ImportAsync(IFormFile file, int? unitId)
    {
        using var buffer = new MemoryStream((int)Math.Min(file.Length, int.MaxValue));
        await file.CopyToAsync(buffer, HttpContext.RequestAborted);
        var scope = await _access.WriteScopeAsync(User);
        return await _importer.ImportAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), file.FileName, Access.ActorOf(User), scope, unitId, null, HttpContext.RequestAborted);
    }

    private async Task LoadUnitsAsync()
    {
        var scope = await _access.WriteScopeAsync(User);
        var units = await _db.Units.AsNoTracking().OrderBy(u => u.Name).Select(u => new { u.Id, u.Name }).ToListAsync();
        Units = [.. units.Where(u => scope.Contains(u.Id)).Select(u => (u.Id, u.Name))];
    }
}
