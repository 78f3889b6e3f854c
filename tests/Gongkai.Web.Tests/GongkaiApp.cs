// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Gongkai.Data;
using Gongkai.Data.Entities;
using Gongkai.Web.Security;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests;

/// <summary>One web application with its own database (SQLite file in a temporary folder, or a new PostgreSQL database) and data folder.</summary>
internal sealed partial class GongkaiApp : WebApplicationFactory<Program>
{
    /// <summary>The admin password the tests set.</summary>
    public const string AdminPassword = "Admin-Pass-2024";

    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "gongkai-web-" + Guid.NewGuid().ToString("N")[..12]);
    private readonly string _provider;
    private readonly string? _connection;
    private readonly bool _demo;

    /// <summary>Initializes a new instance of the <see cref="GongkaiApp"/> class.</summary>
    /// <param name="postgres">The PostgreSQL server, or null for SQLite.</param>
    /// <param name="demo">Whether to load the demo data.</param>
    public GongkaiApp(PostgresServer? postgres, bool demo = true)
    {
        _provider = postgres is null ? "Sqlite" : "Postgres";
        _connection = postgres?.NewDatabase();
        _demo = demo;
    }

    /// <summary>Gets the data folder.</summary>
    public string DataDirectory => _dataDirectory;

    /// <summary>Runs code with the services of a new scope.</summary>
    /// <typeparam name="T">The result.</typeparam>
    /// <param name="action">The code.</param>
    /// <returns>Its result.</returns>
    public async Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        using var scope = Services.CreateScope();
        return await action(scope.ServiceProvider);
    }

    /// <summary>Creates a user with a role and unit and returns an API client with its token.</summary>
    /// <param name="role">The role.</param>
    /// <param name="unitId">The unit scope, or null.</param>
    /// <returns>The client and the user's name and password.</returns>
    public async Task<(HttpClient Client, string UserName, string Password)> UserAsync(string role, int? unitId)
    {
        var name = role + Guid.NewGuid().ToString("N")[..6];
        const string Password = "User-Pass-2024";
        var token = await WithScopeAsync(async s =>
        {
            var users = s.GetRequiredService<UserManager<AppUser>>();
            var user = new AppUser { UserName = name, UnitId = unitId };
            var created = await users.CreateAsync(user, Password);
            Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
            await users.AddToRoleAsync(user, role);
            return (await s.GetRequiredService<ApiTokens>().CreateAsync(user, "test", Actor.System)).Token;
        });
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return (client, name, Password);
    }

    /// <summary>Gets an API client of the admin.</summary>
    /// <returns>The client.</returns>
    public async Task<HttpClient> AdminApiAsync() => (await UserAsync(Roles.Admin, null)).Client;

    /// <summary>Signs a user in through the login page and returns the client holding its cookie.</summary>
    /// <param name="userName">The user name.</param>
    /// <param name="password">The password.</param>
    /// <returns>The client (redirects not followed).</returns>
    public async Task<HttpClient> SignInAsync(string userName, string password)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var token = await AntiforgeryTokenAsync(client, "/Account/Login");
        var response = await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = userName,
            ["Password"] = password,
            ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>Reads the anti-forgery token of a page's form.</summary>
    /// <param name="client">The client.</param>
    /// <param name="path">The page.</param>
    /// <returns>The token.</returns>
    public static async Task<string> AntiforgeryTokenAsync(HttpClient client, string path)
    {
        ArgumentNullException.ThrowIfNull(client);
        var html = await client.GetStringAsync(path);
        return TokenPattern().Match(html).Groups[1].Value;
    }

    /// <summary>Gets the id of a unit by name.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The id.</returns>
    public Task<int> UnitIdAsync(string name) => WithScopeAsync(s => s.GetRequiredService<GongkaiDbContext>().Units.Where(u => u.Name == name).Select(u => u.Id).SingleAsync());

    /// <inheritdoc/>
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseSetting("Database:Provider", _provider);
        builder.UseSetting("Database:Directory", _dataDirectory);
        builder.UseSetting("Demo:AdminPassword", AdminPassword);
        builder.UseSetting("Demo:Load", _demo ? "true" : "false");
        if (_connection is not null)
        {
            builder.UseSetting("ConnectionStrings:Gongkai", _connection);
        }
    }

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(_dataDirectory))
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_dataDirectory, recursive: true);
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
