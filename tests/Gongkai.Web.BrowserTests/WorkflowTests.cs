// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Data.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Gongkai.Web.BrowserTests;

/// <summary>What a clerk, a supervisor and the public do in a real browser: edit with the live check, save, history, diff and
/// export; upload; access refused; the public pages.</summary>
[Collection(SiteGroup.Name)]
public sealed class WorkflowTests(SiteFixture site)
{
    private const string Xiaodong = "武陟县小董乡人民政府";
    private const string Xidongmen = "北京市大兴区西红门镇人民政府";

    [Fact]
    public async Task Editing_a_table_three_cell_breaks_the_balance_live_then_fixed_saved_and_seen_in_history_diff_and_exports()
    {
        var page = await site.SignedInPageAsync("admin", SiteFixture.AdminPassword);
        var id = await site.ReportIdAsync(Xiaodong);
        await page.GotoAsync($"{site.BaseUrl}/Reports/Detail/{id}");
        await page.ClickAsync("#edit");
        await page.WaitForURLAsync($"**/Reports/Edit/{id}**");

        var received = page.Locator("input[name='table3.received.naturalPerson']");
        var value = int.Parse(await received.InputValueAsync(), System.Globalization.CultureInfo.InvariantCulture);
        var balance = page.Locator("#findings code.rule", new() { HasText = "T3.balance" });
        await Assertions.Expect(balance).ToHaveCountAsync(0);

        // 新收 +5: the server's rules answer while the clerk types, the cells they name turn red.
        await received.FillAsync(N(value + 5));
        await Assertions.Expect(balance.First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#editor td.finding-error").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#findings li[data-total='table3.received.total']")).ToHaveCountAsync(1);
        await SiteFixture.ScreenshotAsync(page, "editor");

        // Fixed: the five go to 结转下年度, and both 总计 columns follow.
        await SetAsync(page, "table3.received.total", 5);
        await SetAsync(page, "table3.carriedForward.naturalPerson", 5);
        await SetAsync(page, "table3.carriedForward.total", 5);
        await Assertions.Expect(balance).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#findings .totals-ok")).ToBeVisibleAsync();

        await page.FillAsync("#reason", "更正新收申请数（浏览器测试）");
        await page.ClickAsync("#save");
        await page.WaitForURLAsync($"**/Reports/Detail/{id}?v=2");
        Assert.Contains("已保存为第 2 版", await page.InnerTextAsync(".report-head"), StringComparison.Ordinal);

        await page.ClickAsync("#history");
        await Assertions.Expect(page.Locator("#versions tr[data-version='2'] .reason")).ToHaveTextAsync("更正新收申请数（浏览器测试）");
        await SiteFixture.ScreenshotAsync(page, "history");
        await page.ClickAsync("#compare-button");
        await page.WaitForURLAsync(url => url.Contains($"/Reports/Diff/{id}?", StringComparison.Ordinal) && url.Contains("a=1", StringComparison.Ordinal) && url.Contains("b=2", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("#cell-changes tbody tr")).ToHaveCountAsync(4);
        await Assertions.Expect(page.Locator("#cell-changes tr[data-cell='table3.received.naturalPerson'] td.after")).ToHaveTextAsync(N(value + 5));
        await SiteFixture.ScreenshotAsync(page, "diff");

        await page.GotoAsync($"{site.BaseUrl}/Reports/Detail/{id}?v=2");
        Assert.Equal("PK", await DownloadStartAsync(page, "a[href*='format=docx']", 2));
        Assert.Equal("%PDF", await DownloadStartAsync(page, "a[href*='format=pdf']", 4));
    }

    [Fact]
    public async Task Uploading_seed_004_shows_its_result_and_the_narrative_finding_on_its_sentence()
    {
        var page = await site.SignedInPageAsync("admin", SiteFixture.AdminPassword);
        await page.GotoAsync($"{site.BaseUrl}/Upload");
        await page.SetInputFilesAsync("#files", Path.Combine(SiteFixture.RepositoryRoot(), "samples", "004_5381253050f8893c.txt"));
        await page.ClickAsync("#upload-form button[type=submit]");
        var result = page.Locator("#upload-results li.result.ok a");
        await Assertions.Expect(result.First).ToContainTextAsync(Xidongmen);
        await SiteFixture.ScreenshotAsync(page, "upload");
        await result.First.ClickAsync();
        await page.WaitForURLAsync("**/Reports/Detail/**");
        var mark = page.Locator("section mark.finding").First;
        await Assertions.Expect(mark).ToBeVisibleAsync();
        Assert.False(string.IsNullOrWhiteSpace(await mark.GetAttributeAsync("title")));
    }

    [Fact]
    public async Task A_clerk_is_refused_another_units_draft()
    {
        var (name, password) = await UserAsync(Roles.Clerk, Xiaodong);
        var page = await site.SignedInPageAsync(name, password);
        var other = await site.ReportIdAsync("宝清县小城子镇人民政府");
        await page.GotoAsync($"{site.BaseUrl}/Reports/Detail/{other}");
        Assert.Contains("/Account/Denied", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("无权访问");
        await page.GotoAsync($"{site.BaseUrl}/Reports");
        Assert.DoesNotContain("宝清县小城子镇人民政府", await page.InnerTextAsync("main"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_public_pages_show_a_published_version_and_no_draft()
    {
        var admin = await site.SignedInPageAsync("admin", SiteFixture.AdminPassword);
        var id = await ReportIdContainingAsync("安棚镇");
        await admin.GotoAsync($"{site.BaseUrl}/Reports/Detail/{id}");
        await admin.ClickAsync("form[action*='handler=Publish'] button");
        await Assertions.Expect(admin.Locator(".badge.published")).ToBeVisibleAsync();

        var visitor = await site.NewPageAsync();
        await visitor.GotoAsync($"{site.BaseUrl}/Public");
        var list = await visitor.InnerTextAsync("main");
        Assert.Contains("安棚镇", list, StringComparison.Ordinal);
        Assert.DoesNotContain("宝清县小城子镇", list, StringComparison.Ordinal);
        await SiteFixture.ScreenshotAsync(visitor, "public");
        var draft = await site.ReportIdAsync("宝清县小城子镇人民政府");
        var response = await visitor.APIRequest.GetAsync($"{site.BaseUrl}/Public/Report/{draft}");
        Assert.Equal(404, response.Status);
    }

    private static string N(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static async Task SetAsync(IPage page, string cell, int add)
    {
        var input = page.Locator($"input[name='{cell}']");
        var value = int.Parse(await input.InputValueAsync(), System.Globalization.CultureInfo.InvariantCulture);
        await input.FillAsync(N(value + add));
    }

    private static async Task<string> DownloadStartAsync(IPage page, string link, int length)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator(link).First.ClickAsync());
        var bytes = await File.ReadAllBytesAsync(await download.PathAsync());
        return System.Text.Encoding.ASCII.GetString(bytes, 0, length);
    }

    private async Task<(string Name, string Password)> UserAsync(string role, string unitName)
    {
        using var scope = site.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<Data.GongkaiDbContext>();
        var unit = db.Units.Single(u => u.Name == unitName);
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var name = role + Guid.NewGuid().ToString("N")[..6];
        const string Password = "User-Pass-2024";
        var user = new AppUser { UserName = name, UnitId = unit.Id };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        await users.AddToRoleAsync(user, role);
        return (name, Password);
    }

    private async Task<int> ReportIdContainingAsync(string part)
    {
        using var scope = site.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<Data.GongkaiDbContext>();
        return db.Reports.Where(r => r.Unit.Name.Contains(part)).Select(r => r.Id).Single();
    }
}
