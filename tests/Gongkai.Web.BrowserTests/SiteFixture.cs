// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Gongkai.Web.BrowserTests;

/// <summary>The site on a real Kestrel port (SQLite, demo data) and one headless Chromium, shared by a collection.</summary>
public sealed class SiteFixture : IAsyncLifetime, IDisposable
{
    /// <summary>The admin password of the demo data.</summary>
    public const string AdminPassword = "Admin-Pass-2024";

    /// <summary>Debian's Chromium.</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "gongkai-browser-" + Guid.NewGuid().ToString("N")[..12]);
    private Site? _site;
    private IPlaywright? _playwright;

    /// <summary>Gets the browser.</summary>
    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Gets the site's address, ending without a slash.</summary>
    public string BaseUrl { get; private set; } = "";

    /// <summary>Gets the site's services.</summary>
    public IServiceProvider Services => _site!.Services;

    /// <inheritdoc/>
    public async Task InitializeAsync()
    {
        Assert.True(File.Exists(ChromiumPath), $"Chromium is missing at {ChromiumPath}: install Debian's chromium and fonts-noto-cjk (apt-get install chromium fonts-noto-cjk).");
        _site = new Site(_dataDirectory);
        _site.UseKestrel(0);
        _site.StartServer();
        BaseUrl = _site.ClientOptions.BaseAddress.ToString().TrimEnd('/');
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = ChromiumPath, Headless = true });
    }

    /// <summary>Gets the id of the report of a unit.</summary>
    /// <param name="unitName">The unit's name.</param>
    /// <returns>The report's id.</returns>
    public async Task<int> ReportIdAsync(string unitName)
    {
        using var scope = Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<GongkaiDbContext>().Reports.Where(r => r.Unit.Name == unitName).Select(r => r.Id).SingleAsync();
    }

    /// <summary>Opens a new browser context and page signed in as a user.</summary>
    /// <param name="userName">The user name.</param>
    /// <param name="password">The password.</param>
    /// <returns>The page.</returns>
    public async Task<IPage> SignedInPageAsync(string userName, string password)
    {
        var page = await NewPageAsync();
        await page.GotoAsync(BaseUrl + "/Account/Login");
        await page.FillAsync("input[name=UserName]", userName);
        await page.FillAsync("input[name=Password]", password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.DoesNotContain("/Account/Login", page.Url, StringComparison.Ordinal);
        return page;
    }

    /// <summary>Opens a page in a new browser context (no cookies).</summary>
    /// <returns>The page.</returns>
    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new() { AcceptDownloads = true, Locale = "zh-CN" });
        return await context.NewPageAsync();
    }

    /// <summary>Saves a full-page screenshot to docs/screenshots when GONGKAI_SCREENSHOTS=1.</summary>
    /// <param name="page">The page.</param>
    /// <param name="name">The file's name without extension.</param>
    /// <returns>A task.</returns>
    public static async Task ScreenshotAsync(IPage page, string name)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (Environment.GetEnvironmentVariable("GONGKAI_SCREENSHOTS") != "1")
        {
            return;
        }

        var path = Path.Combine(RepositoryRoot(), "docs", "screenshots", name + ".png");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await page.ScreenshotAsync(new() { Path = path, FullPage = true });
    }

    /// <inheritdoc/>
    /// <summary>Gets the repository's root (the folder of Gongkai.slnx above the test assembly).</summary>
    /// <returns>The path.</returns>
    public static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Gongkai.slnx")))
        {
            dir = dir.Parent;
        }

        Assert.NotNull(dir);
        return dir.FullName;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_site is not null)
        {
            await _site.DisposeAsync();
            _site = null;
        }

        if (Directory.Exists(_dataDirectory))
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_dataDirectory, recursive: true);
        }
    }

    /// <inheritdoc/>
    public void Dispose() => _site?.Dispose();

    private sealed class Site(string dataDirectory) : WebApplicationFactory<global::Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseSetting("Database:Provider", "Sqlite");
            builder.UseSetting("Database:Directory", dataDirectory);
            builder.UseSetting("Demo:AdminPassword", AdminPassword);
            builder.UseSetting("Demo:Load", "true");
        }
    }
}

/// <summary>The collection sharing one site and browser.</summary>
[CollectionDefinition(Name)]
public sealed class SiteGroup : ICollectionFixture<SiteFixture>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Site";
}
