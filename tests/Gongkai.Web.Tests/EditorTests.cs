// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gongkai.Data;
using Gongkai.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests;

/// <summary>The editor, the history, the diff and restore, in pages and the API; on SQLite (<see cref="SqliteEditorTests"/>) and PostgreSQL (<see cref="PostgresEditorTests"/>).</summary>
public abstract class EditorTests
{
    private const string Xiaodong = "武陟县小董乡人民政府";
    private const string Cell = "table3.received.naturalPerson";

    /// <summary>Creates an app on the provider under test.</summary>
    /// <returns>The app.</returns>
    private protected abstract GongkaiApp NewApp();

    [Fact]
    public async Task The_live_check_finds_a_broken_balance_and_the_save_makes_a_new_version_with_who_when_why()
    {
        using var app = NewApp();
        var admin = await app.SignInAsync("admin", GongkaiApp.AdminPassword);
        var (id, revision, value) = await HeadAsync(app);
        var page = await admin.GetStringAsync($"/Reports/Edit/{id}");
        Assert.Contains($"<input name=\"{Cell}\" value=\"{value}\"", page, StringComparison.Ordinal);
        Assert.Contains("name=\"section1\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("T3.balance", page, StringComparison.Ordinal);

        // 新收 +5 breaks 新收 + 结转 = 办结 + 结转下年度 and the row total: the server's rules say so at once.
        var token = await GongkaiApp.AntiforgeryTokenAsync(admin, $"/Reports/Edit/{id}");
        using var check = new HttpRequestMessage(HttpMethod.Post, $"/Reports/Edit/{id}?handler=Check")
        {
            Content = Form(token, revision, (Cell, (value + 5).ToString(System.Globalization.CultureInfo.InvariantCulture))),
        };
        check.Headers.Add("X-Gongkai-Live", "1");
        var live = await (await admin.SendAsync(check)).Content.ReadAsStringAsync();
        Assert.DoesNotContain("<html", live, StringComparison.Ordinal);
        Assert.Contains("T3.balance", live, StringComparison.Ordinal);
        Assert.Matches("data-severity=\"error\" data-cell=\"table3\\.", live);
        Assert.Contains($"data-total=\"table3.received.total\"", live, StringComparison.Ordinal);

        // Fixed again (the same number): no balance error, totals agree.
        using var fixedCheck = new HttpRequestMessage(HttpMethod.Post, $"/Reports/Edit/{id}?handler=Check") { Content = Form(token, revision, (Cell, value.ToString(System.Globalization.CultureInfo.InvariantCulture))) };
        fixedCheck.Headers.Add("X-Gongkai-Live", "1");
        Assert.DoesNotContain("T3.balance", await (await admin.SendAsync(fixedCheck)).Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var save = await admin.PostAsync($"/Reports/Edit/{id}?handler=Save", Form(token, revision, (Cell, (value + 5).ToString(System.Globalization.CultureInfo.InvariantCulture)), ("reason", "更正新收申请数")));
        Assert.Equal(HttpStatusCode.Redirect, save.StatusCode);
        Assert.Contains($"/Reports/Detail/{id}?v=2", save.Headers.Location!.ToString(), StringComparison.Ordinal);

        var version = await app.WithScopeAsync(s => s.GetRequiredService<GongkaiDbContext>().ReportVersions.AsNoTracking().SingleAsync(v => v.ReportId == id && v.Number == 2));
        Assert.Equal("admin", version.CreatedBy);
        Assert.Equal("更正新收申请数", version.Reason);
        Assert.Null(version.SourceFileSha256);
        Assert.Contains("T3.balance", version.FindingsJson, StringComparison.Ordinal);
        var v1 = await app.WithScopeAsync(s => s.GetRequiredService<GongkaiDbContext>().ReportVersions.AsNoTracking().SingleAsync(v => v.ReportId == id && v.Number == 1));
        Assert.DoesNotContain("T3.balance", v1.FindingsJson, StringComparison.Ordinal);

        // The audit log names the cell with its value before and after.
        var audit = await app.WithScopeAsync(s => s.GetRequiredService<GongkaiDbContext>().AuditEntries.AsNoTracking()
            .Where(a => a.Action == AuditActions.VersionCreated && a.UserName == "admin").OrderByDescending(a => a.Id).FirstAsync());
        Assert.Contains($"\"{Cell}\":\"{value}\"", audit.Before, StringComparison.Ordinal);
        Assert.Contains($"\"{Cell}\":\"{value + 5}\"", audit.After, StringComparison.Ordinal);

        // History lists both; the diff shows the one cell and the new finding.
        var history = await admin.GetStringAsync($"/Reports/History/{id}");
        Assert.Contains("更正新收申请数", history, StringComparison.Ordinal);
        Assert.Contains("data-version=\"2\"", history, StringComparison.Ordinal);
        var diff = await admin.GetStringAsync($"/Reports/Diff/{id}?a=1&b=2");
        Assert.Contains($"<tr data-cell=\"{Cell}\">", diff, StringComparison.Ordinal);
        Assert.Contains($"<td class=\"num after\">{value + 5}</td>", diff, StringComparison.Ordinal);
        Assert.Contains("新出现（错误）：<code>T3.balance</code>", diff, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_save_without_a_reason_is_refused_and_keeps_the_edits()
    {
        using var app = NewApp();
        var admin = await app.SignInAsync("admin", GongkaiApp.AdminPassword);
        var (id, revision, _) = await HeadAsync(app);
        var token = await GongkaiApp.AntiforgeryTokenAsync(admin, $"/Reports/Edit/{id}");
        var response = await admin.PostAsync($"/Reports/Edit/{id}?handler=Save", Form(token, revision, (Cell, "777"), ("section6", "新写的一句话。")));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("请填写修改原因", html, StringComparison.Ordinal);
        Assert.Contains($"<input name=\"{Cell}\" value=\"777\"", html, StringComparison.Ordinal);
        Assert.Contains("新写的一句话。", html, StringComparison.Ordinal);
        Assert.Equal(1, (await HeadAsync(app)).Revision - revision + 1);
    }

    [Fact]
    public async Task The_second_of_two_editors_is_refused_with_409_its_text_kept_and_a_link_to_the_others_changes()
    {
        using var app = NewApp();
        var first = await app.SignInAsync("admin", GongkaiApp.AdminPassword);
        var second = await app.SignInAsync("admin", GongkaiApp.AdminPassword);
        var (id, revision, _) = await HeadAsync(app);
        var token1 = await GongkaiApp.AntiforgeryTokenAsync(first, $"/Reports/Edit/{id}");
        var token2 = await GongkaiApp.AntiforgeryTokenAsync(second, $"/Reports/Edit/{id}");
        Assert.Equal(HttpStatusCode.Redirect, (await first.PostAsync($"/Reports/Edit/{id}?handler=Save", Form(token1, revision, ("section5", "甲的修改。"), ("reason", "甲")))).StatusCode);

        var refused = await second.PostAsync($"/Reports/Edit/{id}?handler=Save", Form(token2, revision, ("section5", "乙的修改。"), ("reason", "乙")));
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("您的修改没有保存", html, StringComparison.Ordinal);
        Assert.Contains("乙的修改。", html, StringComparison.Ordinal);
        Assert.Contains($"/Reports/Diff/{id}?a=1&b=2", html, StringComparison.Ordinal);
        var reasons = await app.WithScopeAsync(s => s.GetRequiredService<GongkaiDbContext>().ReportVersions.Where(v => v.ReportId == id).OrderBy(v => v.Number).Select(v => v.Reason).ToListAsync());
        Assert.Equal(["演示数据", "甲"], reasons);

        // The page now carries the stored revision: saving again after reading the message is a deliberate new version.
        Assert.Contains($"name=\"revision\" value=\"{revision + 1}\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Restoring_an_old_version_makes_a_new_one_equal_to_it()
    {
        using var app = NewApp();
        var admin = await app.SignInAsync("admin", GongkaiApp.AdminPassword);
        var (id, revision, value) = await HeadAsync(app);
        var token = await GongkaiApp.AntiforgeryTokenAsync(admin, $"/Reports/Edit/{id}");
        await admin.PostAsync($"/Reports/Edit/{id}?handler=Save", Form(token, revision, (Cell, "999"), ("reason", "错改")));
        var historyToken = await GongkaiApp.AntiforgeryTokenAsync(admin, $"/Reports/History/{id}");
        var restore = await admin.PostAsync($"/Reports/History/{id}?handler=Restore", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["n"] = "1",
            ["revision"] = (revision + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["__RequestVerificationToken"] = historyToken,
        }));
        Assert.Equal(HttpStatusCode.Redirect, restore.StatusCode);
        Assert.Contains("v=3", restore.Headers.Location!.ToString(), StringComparison.Ordinal);
        var diff = await admin.GetStringAsync($"/Reports/Diff/{id}?a=1&b=3");
        Assert.Contains("id=\"no-changes\"", diff, StringComparison.Ordinal);
        var v3 = await app.WithScopeAsync(s => s.GetRequiredService<GongkaiDbContext>().ReportVersions.AsNoTracking().SingleAsync(v => v.ReportId == id && v.Number == 3));
        Assert.Equal("恢复第 1 版", v3.Reason);
        Assert.Equal(value, Rendering.ReportExports.ReportOf(v3).Cells[Cell].Number);
    }

    [Fact]
    public async Task The_API_saves_a_version_refuses_a_stale_revision_and_another_year_and_diffs_and_restores()
    {
        using var app = NewApp();
        var api = await app.AdminApiAsync();
        var list = (await api.GetFromJsonAsync<JsonElement[]>("/api/v1/reports"))!;
        var head = list.Single(r => r.GetProperty("unit").GetString() == Xiaodong);
        var id = head.GetProperty("id").GetInt32();
        var revision = head.GetProperty("revision").GetInt32();
        var json = await api.GetStringAsync($"/api/v1/reports/{id}");
        var edited = JsonNodeWith(json, n => n["table4"]!["reconsideration"]!["pending"] = 7);

        var saved = await api.PostAsJsonAsync($"/api/v1/reports/{id}/versions", new { revision, reason = "接口更正", report = edited });
        Assert.Equal(HttpStatusCode.Created, saved.StatusCode);
        var body = await saved.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(2, body.GetProperty("version").GetInt32());
        Assert.Equal(revision + 1, body.GetProperty("revision").GetInt32());

        var stale = await api.PostAsJsonAsync($"/api/v1/reports/{id}/versions", new { revision, reason = "旧修订", report = edited });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("您的修改没有保存", (await stale.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);

        var otherYear = JsonNodeWith(json, n => n["year"] = 2023);
        var wrong = await api.PostAsJsonAsync($"/api/v1/reports/{id}/versions", new { revision = revision + 1, reason = "年度", report = otherYear });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await api.PostAsJsonAsync($"/api/v1/reports/{id}/versions", new { revision = revision + 1, reason = "", report = edited })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await api.PostAsync($"/api/v1/reports/{id}/versions", new StringContent("{", System.Text.Encoding.UTF8, "application/json"))).StatusCode);

        var diff = await api.GetFromJsonAsync<JsonElement>($"/api/v1/reports/{id}/diff?from=1&to=2");
        var cell = Assert.Single(diff.GetProperty("cells").EnumerateArray());
        Assert.Equal("table4.reconsideration.pending", cell.GetProperty("cell").GetString());
        Assert.Equal(7, cell.GetProperty("after").GetProperty("number").GetInt32());

        var restored = await api.PostAsync($"/api/v1/reports/{id}/versions/1/restore?revision={revision + 1}", null);
        Assert.Equal(HttpStatusCode.Created, restored.StatusCode);
        var back = await api.GetFromJsonAsync<JsonElement>($"/api/v1/reports/{id}/diff?from=1&to=3");
        Assert.Empty(back.GetProperty("cells").EnumerateArray());
        Assert.Equal(HttpStatusCode.BadRequest, (await api.PostAsync($"/api/v1/reports/{id}/versions/1/restore", null)).StatusCode);
    }

    [Fact]
    public async Task A_clerk_edits_only_its_own_units_report_and_a_supervisor_not_at_all()
    {
        using var app = NewApp();
        var own = await app.UnitIdAsync(Xiaodong);
        var (_, clerkName, clerkPassword) = await app.UserAsync(Roles.Clerk, own);
        var (_, supervisorName, supervisorPassword) = await app.UserAsync(Roles.Supervisor, own);
        var clerk = await app.SignInAsync(clerkName, clerkPassword);
        var supervisor = await app.SignInAsync(supervisorName, supervisorPassword);
        var (mine, _, _) = await HeadAsync(app);
        var other = await app.WithScopeAsync(s => s.GetRequiredService<GongkaiDbContext>().Reports.Where(r => r.UnitId != own).Select(r => r.Id).FirstAsync());

        Assert.Equal(HttpStatusCode.OK, (await clerk.GetAsync($"/Reports/Edit/{mine}")).StatusCode);
        foreach (var url in (string[])[$"/Reports/Edit/{other}", $"/Reports/History/{other}", $"/Reports/Diff/{other}"])
        {
            var response = await clerk.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.ToString().Contains("/Account/Denied", StringComparison.Ordinal), $"{url}: {response.StatusCode}");
        }

        var refused = await supervisor.GetAsync($"/Reports/Edit/{mine}");
        Assert.Contains("/Account/Denied", refused.Headers.Location?.ToString() ?? string.Empty, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await supervisor.GetAsync($"/Reports/History/{mine}")).StatusCode);
        Assert.DoesNotContain("恢复第", await supervisor.GetStringAsync($"/Reports/History/{mine}"), StringComparison.Ordinal);
    }

    private static async Task<(int Id, int Revision, decimal Value)> HeadAsync(GongkaiApp app) => await app.WithScopeAsync(async s =>
    {
        var db = s.GetRequiredService<GongkaiDbContext>();
        var head = await db.Reports.AsNoTracking().SingleAsync(r => r.Unit.Name == Xiaodong);
        var version = await db.ReportVersions.AsNoTracking().SingleAsync(v => v.ReportId == head.Id && v.Number == 1);
        return (head.Id, head.Revision, Rendering.ReportExports.ReportOf(version).Cells[Cell].Number);
    });

    private static FormUrlEncodedContent Form(string token, int revision, params (string Name, string Value)[] fields)
    {
        var values = new List<KeyValuePair<string, string>>
        {
            new("__RequestVerificationToken", token),
            new("v", "1"),
            new("revision", revision.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        };
        values.AddRange(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));
        return new FormUrlEncodedContent(values);
    }

    private static System.Text.Json.Nodes.JsonNode JsonNodeWith(string json, Action<System.Text.Json.Nodes.JsonNode> change)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(json)!;
        change(node);
        return node;
    }
}

/// <summary>The editor tests on SQLite.</summary>
public sealed class SqliteEditorTests : EditorTests
{
    /// <inheritdoc/>
    private protected override GongkaiApp NewApp() => new(null);
}

/// <summary>The editor tests on a real PostgreSQL server started by the fixture.</summary>
[Collection(PostgresGroup.Name)]
public sealed class PostgresEditorTests : EditorTests
{
    private readonly PostgresServer _server;

    /// <summary>Initializes a new instance of the <see cref="PostgresEditorTests"/> class.</summary>
    /// <param name="server">The server.</param>
    public PostgresEditorTests(PostgresServer server) => _server = server;

    /// <inheritdoc/>
    private protected override GongkaiApp NewApp() => new(_server);
}
