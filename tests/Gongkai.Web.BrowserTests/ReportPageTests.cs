// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Microsoft.Playwright;

namespace Gongkai.Web.BrowserTests;

[Collection(SiteGroup.Name)]
public sealed class ReportPageTests(SiteFixture site)
{
    private const string Seed003Unit = "宝清县小城子镇人民政府";

    [Fact]
    public async Task Login_page_shows_the_form()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + "/Account/Login");
        await SiteFixture.ScreenshotAsync(page, "login");
        Assert.True(await page.Locator("button[type=submit]").IsVisibleAsync());
        Assert.Contains("登录", await page.Locator("button[type=submit]").InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Seed_003_report_page_flags_the_blank_cell()
    {
        var page = await site.SignedInPageAsync("admin", SiteFixture.AdminPassword);
        var id = await site.ReportIdAsync(Seed003Unit);
        await page.GotoAsync($"{site.BaseUrl}/Reports/Detail/{id}");
        await SiteFixture.ScreenshotAsync(page, "report");
        var cell = page.Locator("td[id='cell-table2.enforcement.decisions']");
        Assert.True(await cell.IsVisibleAsync());
        Assert.Contains("finding-warning", await cell.GetAttributeAsync("class") ?? "", StringComparison.Ordinal);
        Assert.Contains("空白", await cell.GetAttributeAsync("title") ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task Seed_003_report_page_marks_the_sentence_naming_another_province()
    {
        var page = await site.SignedInPageAsync("admin", SiteFixture.AdminPassword);
        var id = await site.ReportIdAsync(Seed003Unit);
        await page.GotoAsync($"{site.BaseUrl}/Reports/Detail/{id}");
        var mark = page.Locator("mark.finding.finding-warning", new() { HasText = "对甘肃重要讲话" });
        Assert.True(await mark.First.IsVisibleAsync());
        Assert.Contains("甘肃", await mark.First.GetAttributeAsync("title") ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_page_exports_docx_and_pdf()
    {
        var page = await site.SignedInPageAsync("admin", SiteFixture.AdminPassword);
        var id = await site.ReportIdAsync(Seed003Unit);
        await page.GotoAsync($"{site.BaseUrl}/Reports/Detail/{id}");
        Assert.Equal("PK", await DownloadStartAsync(page, "a[href*='format=docx']", 2));
        Assert.Equal("%PDF", await DownloadStartAsync(page, "a[href*='format=pdf']", 4));
    }

    private static async Task<string> DownloadStartAsync(IPage page, string link, int length)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator(link).First.ClickAsync());
        var path = await download.PathAsync();
        var bytes = await File.ReadAllBytesAsync(path);
        return System.Text.Encoding.ASCII.GetString(bytes, 0, length);
    }
}
