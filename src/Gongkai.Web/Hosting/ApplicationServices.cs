// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Data;
using Gongkai.Data.Entities;
using Gongkai.Formats.Render;
using Gongkai.Web.Apis;
using Gongkai.Web.Rendering;
using Gongkai.Web.Security;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.WebEncoders;

namespace Gongkai.Web.Hosting;

/// <summary>The wiring of the web application: configuration, data, Identity, API tokens, pages, OpenAPI, problem details.</summary>
internal static class ApplicationServices
{
    /// <summary>The default address: loopback only.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5080";

    /// <summary>The most files one upload request may carry.</summary>
    public const int MaxFilesPerUpload = 50;

    /// <summary>The largest upload request body (all files together).</summary>
    public const long MaxUploadBytes = 200L * 1024 * 1024;

    /// <summary>Adds every service the site needs.</summary>
    /// <param name="builder">The builder.</param>
    public static void AddApplicationServices(this WebApplicationBuilder builder)
    {
        var config = builder.Configuration;
        if (string.IsNullOrEmpty(config["urls"]) && string.IsNullOrEmpty(config["ASPNETCORE_URLS"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        // EF Core logs every command at Information; the console keeps the first-start messages readable.
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
        var database = ReadDatabaseOptions(config);
        builder.Services.AddGongkaiData(database);
        builder.Services.AddDataProtection().PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(Path.GetFullPath(database.DataDirectory), "keys")));

        // Chinese text is written as characters, not as numeric character references.
        builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        builder.Services.Configure<DemoOptions>(config.GetSection("Demo"));
        builder.Services.AddScoped<Access>();
        builder.Services.AddSingleton<RenderedReports>();
        builder.Services.AddScoped<ApiTokens>();
        builder.Services.AddScoped<Data.Reports.ReportQueries>();

        // One Chromium for the whole site, started on the first PDF; the container awaits its DisposeAsync at shutdown.
        builder.Services.AddSingleton(_ => new PdfRenderService(config["Pdf:Chromium"]));
        builder.Services.AddSingleton<ReportExporter>();

        builder.Services.AddIdentity<AppUser, IdentityRole>(o =>
            {
                o.Password.RequiredLength = 10;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(5);
                o.User.RequireUniqueEmail = false;
            })
            .AddEntityFrameworkStores<GongkaiDbContext>()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<ChineseIdentityErrors>();
        builder.Services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/Account/Login";
            o.LogoutPath = "/Account/Logout";
            o.AccessDeniedPath = "/Account/Denied";
            o.Cookie.Name = "gongkai.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        builder.Services.AddAuthentication().AddScheme<ApiTokenOptions, ApiTokenAuthenticationHandler>(ApiTokenAuthenticationHandler.SchemeName, null);
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Api, p => p.AddAuthenticationSchemes(ApiTokenAuthenticationHandler.SchemeName).RequireAuthenticatedUser())
            .AddPolicy(Policies.ApiAdmin, p => p.AddAuthenticationSchemes(ApiTokenAuthenticationHandler.SchemeName).RequireRole(Roles.Admin))
            .AddPolicy(Policies.ApiWriter, p => p.AddAuthenticationSchemes(ApiTokenAuthenticationHandler.SchemeName).RequireRole(Roles.Admin, Roles.Clerk))
            .AddPolicy(Policies.Admin, p => p.RequireRole(Roles.Admin));

        builder.Services.AddRazorPages(o =>
        {
            o.Conventions.AuthorizeFolder("/Reports");
            o.Conventions.AuthorizeFolder("/Upload");
            o.Conventions.AuthorizeFolder("/Units", Policies.Admin);
            o.Conventions.AuthorizeFolder("/Admin", Policies.Admin);
            o.Conventions.AuthorizePage("/Account/Tokens");
        });
        builder.Services.Configure<FormOptions>(o => o.MultipartBodyLengthLimit = MaxUploadBytes);
        builder.WebHost.ConfigureKestrel(o => o.Limits.MaxRequestBodySize = MaxUploadBytes);
        builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = Problems.Customize);
        builder.Services.AddOpenApi("v1", o => o.AddDocumentTransformer<ApiDocumentTransformer>());
    }

    /// <summary>Reads where the data is: <c>Database:Provider</c> (or <c>--database</c>), <c>ConnectionStrings:Gongkai</c> (or <c>--connection</c>), <c>Database:Directory</c> (the data folder, relative to the current directory; default <c>data</c>; <c>Database:DataDirectory</c> is the older name).</summary>
    /// <param name="config">The configuration.</param>
    /// <returns>The options.</returns>
    /// <exception cref="InvalidOperationException">An unknown provider.</exception>
    public static DatabaseOptions ReadDatabaseOptions(IConfiguration config)
    {
        var name = config["Database:Provider"] ?? config["database"];
        if (!DatabaseOptions.TryParseProvider(name, out var provider))
        {
            throw new InvalidOperationException($"未知的数据库类型「{name}」：可用 Sqlite 或 Postgres。");
        }

        return new DatabaseOptions
        {
            Provider = provider,
            ConnectionString = config.GetConnectionString("Gongkai") ?? config["connection"],
            DataDirectory = config["Database:Directory"] ?? config["Database:DataDirectory"] ?? "data",
        };
    }
}
