// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Text.Json;
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
    /// <summary>The largest version JSON the API accepts (bytes).</summary>
    private const long MaxVersionBytes = 8 * 1024 * 1024;

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
        group.MapPost("/{id:int}/versions", SaveAsync)
            .WithSummary("保存新版本（JSON：revision 为所基于的修订号，reason 为修改原因，report 为规范 JSON）；他人已先保存时为 409")
            .RequireAuthorization(Policies.ApiWriter);
        group.MapPost("/{id:int}/versions/{number:int}/restore", RestoreAsync).WithSummary("将旧版本恢复为新版本（查询参数 revision）").RequireAuthorization(Policies.ApiWriter);
        group.MapGet("/{id:int}/diff", DiffAsync).WithSummary("比较两个版本（from、to，默认最新两版）：不同的单元格与正文");
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

    private static async Task<IResult> SaveAsync(int id, ReportQueries queries, ReportImporter importer, Access access, HttpContext http, CancellationToken cancellationToken)
    {
        var (report, problem) = await WritableAsync(id, queries, access, http);
        if (problem is not null)
        {
            return problem;
        }

        if (http.Request.ContentLength > MaxVersionBytes)
        {
            return Problems.Of(413, $"请求过大：一个版本的 JSON 最多 {MaxVersionBytes / (1024 * 1024)} MB。");
        }

        Documents.AnnualReport draft;
        int revision;
        string reason;
        try
        {
            using var doc = await JsonDocument.ParseAsync(http.Request.Body, default, cancellationToken);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("revision", out var r) || !r.TryGetInt32(out revision)
                || !root.TryGetProperty("report", out var body) || body.ValueKind != JsonValueKind.Object)
            {
                return Problems.Of(400, "请求应为 JSON 对象：{\"revision\": 修订号, \"reason\": \"修改原因\", \"report\": 规范 JSON}；修订号见 GET /api/v1/reports 的 revision。");
            }

            reason = root.TryGetProperty("reason", out var why) && why.ValueKind == JsonValueKind.String ? why.GetString()!.Trim() : string.Empty;
            draft = CanonicalJson.Read(System.Text.Encoding.UTF8.GetBytes(body.GetRawText()), "report");
        }
        catch (JsonException)
        {
            return Problems.Of(400, "请求不是有效的 JSON。");
        }
        catch (Formats.ReportReadException ex)
        {
            return Problems.Of(422, "report 不是有效的年度报告数据：" + ex.Message);
        }

        if (reason.Length == 0)
        {
            return Problems.Of(400, "请填写修改原因（reason）。");
        }

        return Saved(report!, await importer.SaveVersionAsync(draft, id, revision, Access.ActorOf(http.User), reason, cancellationToken));
    }

    private static async Task<IResult> RestoreAsync(int id, int number, int? revision, ReportQueries queries, ReportImporter importer, Access access, HttpContext http, CancellationToken cancellationToken)
    {
        var (report, problem) = await WritableAsync(id, queries, access, http);
        if (problem is not null)
        {
            return problem;
        }

        if (revision is not { } expected)
        {
            return Problems.Of(400, $"请给出所基于的修订号（?revision=，当前为 {report!.Revision}）。");
        }

        var v = await queries.GetVersionAsync(id, number, cancellationToken);
        if (v is null)
        {
            return Problems.Of(404, $"报告没有第 {number} 版。");
        }

        return Saved(report!, await importer.SaveVersionAsync(ReportExports.ReportOf(v), id, expected, Access.ActorOf(http.User), $"恢复第 {number} 版", cancellationToken));
    }

    private static IResult Saved(Report report, SaveOutcome outcome) => outcome.Status switch
    {
        SaveStatus.Saved => Results.Created($"/api/v1/reports/{report.Id}?version={outcome.Number}", new { version = outcome.Number, revision = report.Revision + 1 }),
        SaveStatus.Conflict => Problems.Of(409, outcome.Error!),
        SaveStatus.NotFound => Problems.Of(404, outcome.Error!),
        _ => Problems.Of(422, outcome.Error!),
    };

    private static async Task<IResult> DiffAsync(int id, int? from, int? to, ReportQueries queries, Access access, HttpContext http, CancellationToken cancellationToken)
    {
        var (report, problem) = await ReadableAsync(id, queries, access, http);
        if (problem is not null)
        {
            return problem;
        }

        var b = to ?? report!.LatestVersionNumber;
        var a = from ?? Math.Max(1, b - 1);
        var older = await queries.GetVersionAsync(id, a, cancellationToken);
        var newer = await queries.GetVersionAsync(id, b, cancellationToken);
        if (older is null || newer is null)
        {
            return Problems.Of(404, $"报告没有第 {(older is null ? a : b)} 版。");
        }

        return TypedResults.Ok(DiffDto.Of(a, b, Comparing.ReportDiff.Compare(ReportExports.ReportOf(older), ReportExports.ReportOf(newer))));
    }

    private static async Task<(Report? Report, ProblemHttpResult? Problem)> WritableAsync(int id, ReportQueries queries, Access access, HttpContext http)
    {
        var report = await queries.GetAsync(id);
        if (report is null)
        {
            return (null, Problems.Of(404, "没有这份报告。"));
        }

        return (await access.WriteScopeAsync(http.User)).Contains(report.UnitId)
            ? (report, null)
            : (null, Problems.Of(403, $"您无权修改「{report.Unit.Name}」的报告。"));
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
