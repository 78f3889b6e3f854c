// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Gongkai.Data;
using Gongkai.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests;

/// <summary>The web application end to end, run once on SQLite (<see cref="SqliteWebTests"/>) and once on PostgreSQL (<see cref="PostgresWebTests"/>); every test has its own app and database.</summary>
public abstract class WebTests
{
    private const string Xidongmen = "北京市大兴区西红门镇人民政府";
    private const string Xiaodong = "武陟县小董乡人民政府";
    private const string Seed004 = "004_5381253050f8893c.txt";
    private const string Seed003 = "003_697df633adc2603b.txt";

    /// <summary>Creates an app on the provider under test.</summary>
    /// <param name="demo">Whether to load the demo data.</param>
    /// <returns>The app.</returns>
    private protected abstract GongkaiApp NewApp(bool demo = true);

    [Fact]
    public async Task Migrations_apply_and_none_is_pending()
    {
        using var app = NewApp(demo: false);
        var (applied, all, pending) = await app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<GongkaiDbContext>();
            return ((await db.Database.GetAppliedMigrationsAsync()).ToList(), db.Database.GetMigrations().ToList(), (await db.Database.GetPendingMigrationsAsync()).ToList());
        });
        Assert.NotEmpty(all);
        Assert.Equal(all, applied);
        Assert.Empty(pending);
        Assert.Empty(await app.WithScopeAsync(s => s.GetRequiredService<DatabaseInitializer>().MigrateAsync()));

        // The model and the provider's migrations agree: a model change without a migration fails here.
        Assert.False(await app.WithScopeAsync(s => Task.FromResult(s.GetRequiredService<GongkaiDbContext>().Database.HasPendingModelChanges())));
    }

    [Fact]
    public async Task Demo_data_loads_the_five_seed_reports_under_their_real_divisions()
    {
        using var app = NewApp();
        var admin = await app.AdminApiAsync();
        var reports = await admin.GetFromJsonAsync<JsonElement[]>("/api/v1/reports");
        Assert.Equal(5, reports!.Length);
        Assert.All(reports, r => Assert.Equal(2024, r.GetProperty("year").GetInt32()));
        Assert.All(reports, r => Assert.Equal(1, r.GetProperty("latestVersion").GetInt32()));

        var units = (await admin.GetFromJsonAsync<JsonElement[]>("/api/v1/units"))!;
        JsonElement Named(string name) => units.Single(u => u.GetProperty("name").GetString() == name);
        int? Parent(JsonElement u) => u.GetProperty("parentId").ValueKind == JsonValueKind.Null ? null : u.GetProperty("parentId").GetInt32();
        var town = Named(Xiaodong);
        var county = units.Single(u => u.GetProperty("id").GetInt32() == Parent(town));
        Assert.Equal("410823", county.GetProperty("code").GetString());
        var city = units.Single(u => u.GetProperty("id").GetInt32() == Parent(county));
        Assert.Equal("焦作市", city.GetProperty("name").GetString());
        var province = units.Single(u => u.GetProperty("id").GetInt32() == Parent(city));
        Assert.Equal("河南省", province.GetProperty("name").GetString());
        Assert.Null(Parent(province));
        Assert.Equal("department", Named("武陟县教育局").GetProperty("level").GetString());
        Assert.Equal(county.GetProperty("id").GetInt32(), Parent(Named("武陟县教育局")));

        // Each seed's findings were stored: seed 003 has an error.
        var baoqing = reports.Single(r => r.GetProperty("unit").GetString() == "宝清县小城子镇人民政府");
        Assert.True(baoqing.GetProperty("errors").GetInt32() > 0);
        // The findings endpoint answers the library's findings JSON object (report-schema.md), as `gongkai check --json` does.
        var result = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/reports/{baoqing.GetProperty("id").GetInt32()}/findings");
        Assert.Equal("checked", result.GetProperty("status").GetString());
        Assert.Equal(baoqing.GetProperty("year").GetInt32(), result.GetProperty("year").GetInt32());
        Assert.Contains(result.GetProperty("findings").EnumerateArray(), f => f.GetProperty("severity").GetString() == "error" && f.TryGetProperty("cell", out _));
    }

    [Fact]
    public async Task Uploading_a_seed_creates_a_version_and_uploading_it_again_the_next_version()
    {
        using var app = NewApp();
        var admin = await app.AdminApiAsync();
        var first = await UploadAsync(admin, Seed004);
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var one = await first.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("stored", one.GetProperty("status").GetString());
        Assert.Equal(Xidongmen, one.GetProperty("unit").GetString());
        Assert.Equal(2, one.GetProperty("version").GetInt32()); // the demo data holds version 1

        var second = await (await UploadAsync(admin, Seed004)).Content.ReadFromJsonAsync<JsonElement>();
        var id = one.GetProperty("reportId").GetInt32();
        Assert.Equal(id, second.GetProperty("reportId").GetInt32());
        Assert.Equal(3, second.GetProperty("version").GetInt32());

        var versions = await admin.GetFromJsonAsync<JsonElement[]>($"/api/v1/reports/{id}/versions");
        Assert.Equal([3, 2, 1], versions!.Select(v => v.GetProperty("number").GetInt32()));
        var json = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/reports/{id}?version=2");
        Assert.Equal(2024, json.GetProperty("year").GetInt32());

        // The original comes back byte for byte.
        var original = await admin.GetByteArrayAsync($"/api/v1/reports/{id}/original?version=3");
        Assert.Equal(await File.ReadAllBytesAsync(SeedPath(Seed004)), original);
    }

    [Fact]
    public async Task Upload_into_an_empty_workspace_creates_the_first_version()
    {
        using var app = NewApp(demo: false);
        var admin = await app.AdminApiAsync();
        using var create = await admin.PostAsJsonAsync("/api/v1/units", new { name = Xidongmen, level = "town", parentId = (int?)null, code = (string?)null });
        Assert.Equal(HttpStatusCode.Created, create.StatusCode);
        var result = await (await UploadAsync(admin, Seed004)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(1, result.GetProperty("version").GetInt32());
        var reports = await admin.GetFromJsonAsync<JsonElement[]>("/api/v1/reports");
        Assert.Single(reports!);
    }

    [Fact]
    public async Task Importing_a_division_adds_its_counties_once()
    {
        using var app = NewApp();
        var admin = await app.AdminApiAsync();
        var before = (await admin.GetFromJsonAsync<JsonElement[]>("/api/v1/units"))!.Length;
        var first = await (await admin.PostAsync("/api/v1/units/import/410800", null)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(first.GetProperty("created").GetInt32() >= 9); // 焦作市 has ten county-level divisions, 武陟县 is already there
        var units = (await admin.GetFromJsonAsync<JsonElement[]>("/api/v1/units"))!;
        Assert.Equal(before + first.GetProperty("created").GetInt32(), units.Length);
        Assert.Single(units, u => u.GetProperty("code").GetString() == "410823");
        var again = await (await admin.PostAsync("/api/v1/units/import/410800", null)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(0, again.GetProperty("created").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsync("/api/v1/units/import/999999", null)).StatusCode);
    }

    [Fact]
    public async Task Two_saves_from_the_same_revision_keep_the_first_and_refuse_the_second()
    {
        using var app = NewApp();
        var head = await app.WithScopeAsync(s => s.GetRequiredService<GongkaiDbContext>().Reports.AsNoTracking().SingleAsync(r => r.Unit.Name == Xiaodong));
        var (id, revision) = (head.Id, head.Revision);
        var report = await app.WithScopeAsync(async s => Rendering.ReportExports.ReportOf(await s.GetRequiredService<GongkaiDbContext>().ReportVersions.SingleAsync(v => v.ReportId == id)));
        var first = await app.WithScopeAsync(s => s.GetRequiredService<Data.Reports.ReportImporter>().SaveVersionAsync(report, id, revision, Actor.System, "更正一"));
        var second = await app.WithScopeAsync(s => s.GetRequiredService<Data.Reports.ReportImporter>().SaveVersionAsync(report, id, revision, Actor.System, "更正二"));
        Assert.Equal(Data.Reports.SaveStatus.Saved, first.Status);
        Assert.Equal(2, first.Number);
        Assert.Equal(Data.Reports.SaveStatus.Conflict, second.Status);
        Assert.Null(second.Number);
        Assert.Equal(2, second.LatestVersion);
        Assert.Contains("您的修改没有保存", second.Error, StringComparison.Ordinal);
        var reasons = await app.WithScopeAsync(s => s.GetRequiredService<GongkaiDbContext>().ReportVersions.Where(v => v.ReportId == id).OrderBy(v => v.Number).Select(v => v.Reason).ToListAsync());
        Assert.Equal(["演示数据", "更正一"], reasons);
    }

    [Fact]
    public async Task A_stored_version_cannot_be_changed()
    {
        using var app = NewApp();
        var error = await app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<GongkaiDbContext>();
            var version = await db.ReportVersions.FirstAsync();
            version.Reason = "篡改";
            return await Record.ExceptionAsync(() => db.SaveChangesAsync());
        });
        Assert.IsType<InvalidOperationException>(error);
    }

    [Fact]
    public async Task An_acknowledged_finding_stays_acknowledged_in_the_next_version_and_every_write_is_audited()
    {
        using var app = NewApp();
        var admin = await app.SignInAsync("admin", GongkaiApp.AdminPassword);
        var id = await app.WithScopeAsync(s => s.GetRequiredService<GongkaiDbContext>().Reports.Where(r => r.Unit.Name == Xidongmen).Select(r => r.Id).SingleAsync());
        var html = await admin.GetStringAsync($"/Reports/Detail/{id}");
        var key = System.Text.RegularExpressions.Regex.Match(html, "name=\"key\" value=\"([0-9a-f]+)\"").Groups[1].Value;
        var rule = System.Text.RegularExpressions.Regex.Match(html, "name=\"rule\" value=\"([^\"]+)\"").Groups[1].Value;
        var token = System.Text.RegularExpressions.Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        using var ack = await admin.PostAsync($"/Reports/Detail/{id}?handler=Acknowledge", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["key"] = key, ["rule"] = rule, ["v"] = "1", ["comment"] = "经核实无误", ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.Redirect, ack.StatusCode);

        var api = await app.AdminApiAsync();
        Assert.Equal(HttpStatusCode.Created, (await UploadAsync(api, Seed004)).StatusCode);
        var next = await admin.GetStringAsync($"/Reports/Detail/{id}");
        Assert.Contains("第 2 版", next, StringComparison.Ordinal);
        Assert.Contains("经核实无误", next, StringComparison.Ordinal);

        var audit = await admin.GetStringAsync("/Admin/Audit");
        Assert.Contains("finding.acknowledge", audit, StringComparison.Ordinal);
        Assert.Contains("report.version", audit, StringComparison.Ordinal);
        Assert.Contains("token.create", audit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Uploading_files_that_are_not_reports_stores_nothing_and_says_why_in_Chinese()
    {
        using var app = NewApp();
        var admin = await app.AdminApiAsync();
        using var content = new MultipartFormDataContent();
        content.Add(new ByteArrayContent([]), "files", "empty.txt");
        using var response = await admin.PostAsync("/api/v1/reports", content);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("empty.txt：文件为空。", problem.GetProperty("detail").GetString());
        Assert.Equal("empty", problem.GetProperty("errorKind").GetString());
        Assert.Equal(5, (await admin.GetFromJsonAsync<JsonElement[]>("/api/v1/reports"))!.Length);

        // Several files: each its own result.
        using var many = new MultipartFormDataContent();
        many.Add(new ByteArrayContent("README: nothing here"u8.ToArray()), "files", "../../etc/readme.txt");
        many.Add(new ByteArrayContent(await File.ReadAllBytesAsync(SeedPath(Seed003))), "files", Seed003);
        var results = await (await admin.PostAsync("/api/v1/reports", many)).Content.ReadFromJsonAsync<JsonElement[]>();
        Assert.Equal("unreadable", results![0].GetProperty("status").GetString());
        Assert.Equal("readme.txt", results[0].GetProperty("file").GetString());
        Assert.Equal("stored", results[1].GetProperty("status").GetString());
    }

    [Fact]
    public async Task The_site_has_one_PdfRenderService_that_the_host_disposes()
    {
        var app = NewApp(demo: false);
        _ = app.Services;
        var first = app.Services.GetRequiredService<Gongkai.Formats.Render.PdfRenderService>();
        using (var scope = app.Services.CreateScope())
        {
            Assert.Same(first, scope.ServiceProvider.GetRequiredService<Gongkai.Formats.Render.PdfRenderService>());
        }

        await app.DisposeAsync();
        var report = Gongkai.Formats.ReportReader.Read(await File.ReadAllBytesAsync(SeedPath(Seed004)), Seed004).Report!;
        await Assert.ThrowsAsync<ObjectDisposedException>(() => first.RenderAsync(report));
    }

    [Fact]
    public async Task Public_pages_show_only_published_versions()
    {
        using var app = NewApp();
        var anonymous = app.CreateClient();
        Assert.DoesNotContain("/Public/Report/", await anonymous.GetStringAsync("/Public"), StringComparison.Ordinal);
        var admin = await app.AdminApiAsync();
        var reports = (await admin.GetFromJsonAsync<JsonElement[]>("/api/v1/reports"))!;
        var id = reports.Single(r => r.GetProperty("unit").GetString() == Xiaodong).GetProperty("id").GetInt32();
        var other = reports.First(r => r.GetProperty("id").GetInt32() != id).GetProperty("id").GetInt32();
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/Public/Report/{id}")).StatusCode);

        using var published = await admin.PostAsync($"/api/v1/reports/{id}/versions/1/publish", null);
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        var list = await anonymous.GetStringAsync("/Public?q=小董");
        Assert.Contains($"/Public/Report/{id}", list, StringComparison.Ordinal);
        Assert.Contains(Xiaodong, list, StringComparison.Ordinal);
        Assert.DoesNotContain($"/Public/Report/{other}\"", await anonymous.GetStringAsync("/Public"), StringComparison.Ordinal);
        Assert.DoesNotContain("/Public/Report/", await anonymous.GetStringAsync("/Public?year=2023"), StringComparison.Ordinal);
        var page = await anonymous.GetStringAsync($"/Public/Report/{id}");
        Assert.Contains("table-3", page, StringComparison.Ordinal);
        Assert.DoesNotContain("finding-error", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/Public/Report/{other}")).StatusCode);

        // The drafts stay behind sign-in.
        using var draft = await app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false }).GetAsync($"/Reports/Detail/{other}");
        Assert.Equal(HttpStatusCode.Redirect, draft.StatusCode);
        Assert.Contains("/Account/Login", draft.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_API_without_a_token_is_401_with_a_Chinese_problem()
    {
        using var app = NewApp(demo: false);
        var anonymous = app.CreateClient();
        foreach (var path in (string[])["/api/v1/reports", "/api/v1/units", "/api/v1/reports/1", "/api/v1/reports/1/findings"])
        {
            using var response = await anonymous.GetAsync(path);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("未登录或令牌无效", problem.GetProperty("title").GetString());
        }

        var bad = app.CreateClient();
        bad.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "gk_not-a-token");
        Assert.Equal(HttpStatusCode.Unauthorized, (await bad.GetAsync("/api/v1/reports")).StatusCode);
    }

    [Fact]
    public async Task A_clerk_is_refused_another_units_reports_and_a_supervisor_cannot_write()
    {
        using var app = NewApp();
        var own = await app.UnitIdAsync(Xiaodong);
        var (clerk, clerkName, clerkPassword) = await app.UserAsync(Roles.Clerk, own);
        var admin = await app.AdminApiAsync();
        var reports = (await admin.GetFromJsonAsync<JsonElement[]>("/api/v1/reports"))!;
        var mine = reports.Single(r => r.GetProperty("unit").GetString() == Xiaodong).GetProperty("id").GetInt32();
        var theirs = reports.Single(r => r.GetProperty("unit").GetString() == Xidongmen).GetProperty("id").GetInt32();

        Assert.Single((await clerk.GetFromJsonAsync<JsonElement[]>("/api/v1/reports"))!);
        Assert.Equal(HttpStatusCode.OK, (await clerk.GetAsync($"/api/v1/reports/{mine}")).StatusCode);
        foreach (var path in (string[])[$"/api/v1/reports/{theirs}", $"/api/v1/reports/{theirs}/findings", $"/api/v1/reports/{theirs}/versions", $"/api/v1/reports/{theirs}/export/json"])
        {
            using var response = await clerk.GetAsync(path);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.Equal("无权访问", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
        }

        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.PostAsync($"/api/v1/reports/{theirs}/versions/1/publish", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await UploadAsync(clerk, Seed004)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.PostAsJsonAsync("/api/v1/units", new { name = "某单位", level = "town" })).StatusCode);
        Assert.Single((await admin.GetFromJsonAsync<JsonElement[]>($"/api/v1/reports/{theirs}/versions"))!); // the refused upload stored nothing

        // The report page too.
        var pages = await app.SignInAsync(clerkName, clerkPassword);
        Assert.Equal(HttpStatusCode.OK, (await pages.GetAsync($"/Reports/Detail/{mine}")).StatusCode);
        using var refused = await pages.GetAsync($"/Reports/Detail/{theirs}");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("/Account/Denied", refused.Headers.Location!.ToString(), StringComparison.Ordinal);

        // A supervisor of the county reads its towns, not others, and cannot upload.
        var county = await app.WithScopeAsync(s => s.GetRequiredService<GongkaiDbContext>().Units.Where(u => u.Code == "410823").Select(u => u.Id).SingleAsync());
        var (supervisor, _, _) = await app.UserAsync(Roles.Supervisor, county);
        Assert.Equal(HttpStatusCode.OK, (await supervisor.GetAsync($"/api/v1/reports/{mine}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await supervisor.GetAsync($"/api/v1/reports/{theirs}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await UploadAsync(supervisor, Seed004)).StatusCode);
    }

    [Fact]
    public async Task The_report_page_puts_each_finding_on_its_cell()
    {
        using var app = NewApp();
        var admin = await app.SignInAsync("admin", GongkaiApp.AdminPassword);
        var id = await app.WithScopeAsync(s => s.GetRequiredService<GongkaiDbContext>().Reports.Where(r => r.Unit.Name == "宝清县小城子镇人民政府").Select(r => r.Id).SingleAsync());
        var html = await admin.GetStringAsync($"/Reports/Detail/{id}");
        // Seed 003: the blank cell of table 二 is flagged on the cell; the missing 行政事业性收费 row on table 二's heading.
        Assert.Matches("<td id=\"cell-table2\\.enforcement\\.decisions\" data-cell=\"[^\"]+\" class=\"[^\"]*finding-warning[^>]*title=\"[^\"]*空白", html);
        Assert.Matches("<h2 class=\"finding finding-error\" title=\"[^\"]*行政事业性收费", html);
        // …and the sentence naming another province is marked in the text.
        Assert.Matches("<mark class=\"finding finding-warning\" tabindex=\"0\" title=\"[^\"]*甘肃[^\"]*\">[^<]*对甘肃重要讲话", html);
        Assert.Contains("href=\"#finding-1\"", html, StringComparison.Ordinal);
        Assert.Contains("class=\"official table-3\"", html, StringComparison.Ordinal);
        Assert.Contains("下载原始文件", html, StringComparison.Ordinal);

        var export = await admin.GetAsync($"/Reports/Detail/{id}?handler=Export&format=docx");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", export.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_upload_page_stores_each_file_and_shows_its_result()
    {
        using var app = NewApp();
        var admin = await app.SignInAsync("admin", GongkaiApp.AdminPassword);
        var token = await GongkaiApp.AntiforgeryTokenAsync(admin, "/Upload");
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(token), "__RequestVerificationToken");
        form.Add(new ByteArrayContent(await File.ReadAllBytesAsync(SeedPath(Seed004))), "files", Seed004);
        form.Add(new ByteArrayContent("<html></html>"u8.ToArray()), "files", "page.html");
        var html = await (await admin.PostAsync("/Upload", form)).Content.ReadAsStringAsync();
        Assert.Contains("第 2 版", html, StringComparison.Ordinal);
        Assert.Contains("page.html</strong>：未保存", html, StringComparison.Ordinal);

        // Without the anti-forgery token the form is refused.
        using var forged = new MultipartFormDataContent();
        forged.Add(new ByteArrayContent(await File.ReadAllBytesAsync(SeedPath(Seed004))), "files", Seed004);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostAsync("/Upload", forged)).StatusCode);
    }

    [Fact]
    public async Task The_OpenAPI_document_and_the_API_explorer_are_served()
    {
        using var app = NewApp(demo: false);
        var client = app.CreateClient();
        var doc = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        Assert.True(doc.GetProperty("paths").TryGetProperty("/api/v1/reports", out _));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/scalar")).StatusCode);
    }

    private static string SeedPath(string name) => Path.Combine(AppContext.BaseDirectory, "demo", name);

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string seed)
    {
        using var content = new MultipartFormDataContent();
        content.Add(new ByteArrayContent(await File.ReadAllBytesAsync(SeedPath(seed))), "files", seed);
        return await client.PostAsync("/api/v1/reports", content);
    }
}

/// <summary>The web tests on SQLite.</summary>
public sealed class SqliteWebTests : WebTests
{
    /// <inheritdoc/>
    private protected override GongkaiApp NewApp(bool demo = true) => new(null, demo);
}

/// <summary>The web tests on a real PostgreSQL server started by the fixture.</summary>
[Collection(PostgresGroup.Name)]
public sealed class PostgresWebTests : WebTests
{
    private readonly PostgresServer _server;

    /// <summary>Initializes a new instance of the <see cref="PostgresWebTests"/> class.</summary>
    /// <param name="server">The server.</param>
    public PostgresWebTests(PostgresServer server) => _server = server;

    /// <inheritdoc/>
    private protected override GongkaiApp NewApp(bool demo = true) => new(_server, demo);
}
