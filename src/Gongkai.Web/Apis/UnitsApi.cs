// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Data;
using Gongkai.Data.Entities;
using Gongkai.Data.Units;
using Gongkai.Web.Hosting;
using Gongkai.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Apis;

/// <summary>The units endpoints: <c>GET /api/v1/units</c> (any token), <c>POST /api/v1/units</c> (admin).</summary>
internal static class UnitsApi
{
    /// <summary>Maps the endpoints.</summary>
    /// <param name="app">The application.</param>
    /// <returns>The group.</returns>
    public static RouteGroupBuilder MapUnitsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/units").WithTags("单位").RequireAuthorization(Policies.Api).DisableAntiforgery();
        group.MapGet("/", ListAsync).WithSummary("单位列表（树：parentId）");
        group.MapPost("/", CreateAsync).WithSummary("新建单位（管理员）").RequireAuthorization(Policies.ApiAdmin);
        group.MapPost("/import/{code}", ImportAsync).WithSummary("从行政区划表导入一个区划及其下级（管理员）").RequireAuthorization(Policies.ApiAdmin);
        return group;
    }

    private static async Task<Ok<List<UnitDto>>> ListAsync(GongkaiDbContext db) =>
        TypedResults.Ok(await db.Units.AsNoTracking().OrderBy(u => u.Id).Select(u => UnitDto.From(u)).ToListAsync());

    private static async Task<Results<Ok<ImportDivisionResponse>, ProblemHttpResult>> ImportAsync(string code, UnitTree tree, HttpContext http)
    {
        var (created, error) = await tree.ImportDivisionAsync(code, Access.ActorOf(http.User));
        return error is null ? TypedResults.Ok(new ImportDivisionResponse(code, created)) : Problems.Of(404, error);
    }

    private static async Task<Results<Created<UnitDto>, ProblemHttpResult>> CreateAsync(CreateUnitRequest request, GongkaiDbContext db, UnitTree tree, HttpContext http)
    {
        if (!Enum.TryParse<UnitLevel>(request.Level, ignoreCase: true, out var level) || !Enum.IsDefined(level))
        {
            return Problems.Of(400, $"未知的单位级别「{request.Level}」：可用 province、city、county、town、department。");
        }

        Unit? parent = null;
        if (request.ParentId is { } pid && (parent = await db.Units.FirstOrDefaultAsync(u => u.Id == pid)) is null)
        {
            return Problems.Of(400, "上级单位不存在。");
        }

        var (unit, error) = await tree.CreateAsync(request.Name, level, parent, request.Code, Access.ActorOf(http.User));
        if (unit is null)
        {
            return Problems.Of(409, error!);
        }

        await db.SaveChangesAsync();
        return TypedResults.Created($"/api/v1/units/{unit.Id}", UnitDto.From(unit));
    }
}
