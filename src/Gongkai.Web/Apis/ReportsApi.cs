// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Data.Entities;
using Gongkai.Data.Reports;
using Gongkai.Data.Storage;
using Gongkai.Formats.Batch;
using Gongkai.Formats.Json;
using Gongkai.Formats.Render;
using Gongkai.Web.Hosting;
using Gongkai.Web.Rendering;
using Gongkai.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Gongkai.Web.Apis;

/// <summary>The reports endpoints under <c>/api/v1/reports</c>: list, canonical JSON, findings, versions, original, export, upload, publish.</summary>
/// <remarks>Reads need a token whose user may read the report's unit (admin; supervisor of the subtree; clerk of the unit);
/// upload and publish need an admin or the unit's clerk. Another unit's report is 403, an unknown one 404.</remarks>
internal static class ReportsApi
{
    /// <summary>Maps the endpoints.</summary>
    /// <param name="app">The application.</param>
    /// <returns>The group.</returns>
    public static RouteGroupBuilder MapReportsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/reports").WithTags("报告").RequireAuthorization(Policies.Api).DisableAntiforgery();
        group.MapGet("/", ListAsync).WithSummary("报告列表（可按单位名称、年度筛选）");
        group.MapGet("/{id:int}", GetAsync).WithSummary("报告的规范 JSON（默认最新版本）").Produces(200, contentType: "application/json");
        group.MapGet("/{id:int}/findings", FindingsAsync).WithSummary("检查结果（findings JSON，与 gongkai check --json 相同）").Produces(200, contentType: "application/json");
        group.MapGet("/{id:int}/versions", VersionsAsync).WithSummary("版本历史");
        group.MapGet("/{id:int}/original", OriginalAsync).WithSummary("上传的原始文件");
        group.MapGet("/{id:int}/export/{format}", ExportAsync).WithSummary("导出：docx、pdf、html、xlsx、md、json");
        group.MapPost("/", UploadAsync).WithSummary("上传一个或多个报告文件（multipart，字段 files，可选 unitId）").RequireAuthorization(Policies.ApiWriter);
        group.MapPost("/{id:int}/versions/{number:int}/publish", PublishAsync).WithSummary("发布一个版本").RequireAuthorization(Policies.ApiWriter);
        return group;
    }

    private static async Task<Ok<List<ReportDto>>> ListAsync(string? unit, int? year, ReportQueries queries, Access access, HttpContext http)
    {
        var scope = await access.ReadScopeAsync(http.User);
        return TypedResults.Ok((await queries.ListAsync(scope, unit, year)).Select(ReportDto.From).ToList());
    }

    private static async Task<IResult> GetAsync(int id, int? version, ReportQueries queries, Access access, HttpContext http)
    {
        var (_, v, problem) = await ReadableVersionAsync(id, version, queries, access, http);
        return problem ?? Results.Text(v!.CanonicalJson, "application/json; charset=utf-8");
    }

    private static async Task<IResult> FindingsAsync(int id, int? version, ReportQueries queries, Access access, HttpContext http)
    {
        var (report, v, problem) = await ReadableVersionAsync(id, version, queries, access, http);
        if (problem is not null)
        {
            return problem;
        }

        // The library's findings JSON (report-schema.md), the object `gongkai check --json` prints for one file.
        var result = new FileCheckResult
        {
            File = v!.SourceFileName ?? ReportExports.FileName(report!, v.Number, RenderFormat.Json),
            Status = FileCheckStatus.Checked,
            Unit = report!.Unit.Name,
            Year = report.Year,
            Findings = StoredFindings.Read(v.FindingsJson),
        };
        return Results.Text(FindingsJson.ToJson(result), "application/json; charset=utf-8");
    }

    private static async Task<Results<Ok<List<VersionDto>>, ProblemHttpResult>> VersionsAsync(int id, ReportQueries queries, Access access, HttpContext http)
    {
        var (report, problem) = await ReadableAsync(id, queries, access, http);
        if (problem is not null)
        {
            return problem;
        }

        return TypedResults.Ok((await queries.VersionsAsync(id)).Select(v => VersionDto.From(v, report!.PublishedVersionNumber)).ToList());
    }

    private static async Task<IResult> OriginalAsync(int id, int? version, ReportQueries queries, Access access, FileStore files, HttpContext http)
    {
        var (_, v, problem) = await ReadableVersionAsync(id, version, queries, access, http);
        if (problem is not null)
        {
            return problem;
        }

        if (v!.SourceFileSha256 is not { } sha || files.Open(sha) is not { } stream)
        {
            return Problems.Of(404, $"第 {v.Number} 版不是上传的文件（在线编辑生成），没有原始文件。");
        }

        return Results.File(stream, ReportExports.OriginalContentType(v.SourceKind), v.SourceFileName ?? sha);
    }

    private static async Task<IResult> ExportAsync(int id, string format, int? version, ReportQueries queries, Access access, ReportExporter exporter, HttpContext http, CancellationToken cancellationToken)
    {
        if (!ReportWriter.TryParseFormat(format, out var f))
        {
            return Problems.Of(400, $"不支持的导出格式「{format}」：可用 docx、pdf、html、xlsx、md、json。");
        }

        var (report, v, problem) = await ReadableVersionAsync(id, version, queries, access, http);
        if (problem is not null)
        {
            return problem;
        }

        var rendered = await exporter.RenderAsync(v!, f, cancellationToken);
        return rendered.Success
            ? Results.File(rendered.Content, ReportExports.ContentType(f), ReportExports.FileName(report!, v!.Number, f))
            : Problems.Of(503, rendered.Error);
    }

    private static async Task<IResult> UploadAsync(IFormFileCollection files, [FromForm] int? unitId, ReportImporter importer, Access access, HttpContext http, CancellationToken cancellationToken)
    {
        if (files.Count == 0)
        {
            return Problems.Of(400, "请求中没有文件：请以 multipart/form-data 的 files 字段上传。");
        }

        if (files.Count > ApplicationServices.MaxFilesPerUpload)
        {
            return Problems.Of(413, $"一次最多上传 {ApplicationServices.MaxFilesPerUpload} 个文件。");
        }

        var scope = await access.WriteScopeAsync(http.User);
        var actor = Access.ActorOf(http.User);
        var results = new List<ImportResult>(files.Count);
        foreach (var file in files)
        {
            using var buffer = new MemoryStream((int)Math.Min(file.Length, int.MaxValue));
            await file.CopyToAsync(buffer, cancellationToken);
            results.Add(await importer.ImportAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), file.FileName, actor, scope, unitId, null, cancellationToken));
        }

        if (results is [{ } single])
        {
            return single.Success
                ? Results.Created($"/api/v1/reports/{single.ReportId}", UploadResultDto.From(single))
                : Problems.Of(single);
        }

        return Results.Ok(results.Select(UploadResultDto.From).ToList());
    }

    private static async Task<Results<Ok<VersionDto>, ProblemHttpResult>> PublishAsync(int id, int number, ReportQueries queries, ReportPublisher publisher, Access access, HttpContext http)
    {
        var report = await queries.GetAsync(id);
        if (report is null)
        {
            return Problems.Of(404, "没有这份报告。");
        }

        if (!(await access.WriteScopeAsync(http.User)).Contains(report.UnitId))
        {
            return Problems.Of(403, $"您无权发布「{report.Unit.Name}」的报告。");
        }

        if (await publisher.PublishAsync(id, number, Access.ActorOf(http.User)) is { } error)
        {
            return Problems.Of(error.Contains("没有", StringComparison.Ordinal) ? 404 : 409, error);
        }

        var v = await queries.GetVersionAsync(id, number);
        return TypedResults.Ok(VersionDto.From(v!, number));
    }

    private static async Task<(Report? Report, ProblemHttpResult? Problem)> ReadableAsync(int id, ReportQueries queries, Access access, HttpContext http)
    {
        var report = await queries.GetAsync(id);
        if (report is null)
        {
            return (null, Problems.Of(404, "没有这份报告。"));
        }

        return (await access.ReadScopeAsync(http.User)).Contains(report.UnitId)
            ? (report, null)
            : (null, Problems.Of(403, $"您无权查看「{report.Unit.Name}」的报告。"));
    }

    private static async Task<(Report? Report, ReportVersion? Version, ProblemHttpResult? Problem)> ReadableVersionAsync(int id, int? version, ReportQueries queries, Access access, HttpContext http)
    {
        var (report, problem) = await ReadableAsync(id, queries, access, http);
        if (problem is not null)
        {
            return (null, null, problem);
        }

        var number = version ?? report!.LatestVersionNumber;
        var v = await queries.GetVersionAsync(id, number);
        return v is null ? (null, null, Problems.Of(404, $"报告没有第 {number} 版。")) : (report, v, null);
    }
}
