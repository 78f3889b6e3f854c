// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Security.Cryptography;
using Gongkai.Data;
using Gongkai.Data.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Scalar.AspNetCore;

namespace Gongkai.Web.Hosting;

/// <summary>What happens before the site answers: migrations, demo data, the first admin; and the request pipeline.</summary>
internal static class Startup
{
    /// <summary>Applies the migrations and exits (<c>dotnet run --project src/Gongkai.Web -- migrate</c>).</summary>
    /// <param name="app">The application.</param>
    /// <returns>The exit code.</returns>
    public static async Task<int> MigrateOnlyAsync(this WebApplication app)
    {
        using var scope = app.Services.CreateScope();
        var options = scope.ServiceProvider.GetRequiredService<DatabaseOptions>();
        var applied = await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().MigrateAsync();
        Console.WriteLine(applied.Count == 0
            ? $"数据库（{options.Provider}）已是最新，无需迁移。"
            : $"数据库（{options.Provider}）已迁移：{string.Join("、", applied)}。");
        return 0;
    }

    /// <summary>Migrates the database, loads the demo data into an empty one, and creates the roles and the first admin.</summary>
    /// <param name="app">The application.</param>
    /// <returns>A task.</returns>
    public static async Task InitializeDatabaseAsync(this WebApplication app)
    {
        using var scope = app.Services.CreateScope();
        var services = scope.ServiceProvider;
        await services.GetRequiredService<DatabaseInitializer>().MigrateAsync();
        var demo = services.GetRequiredService<IOptions<DemoOptions>>().Value;
        var roles = services.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }

        if (demo.Load)
        {
            var seeds = Directory.Exists(Path.Combine(AppContext.BaseDirectory, "demo"))
                ? Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "demo"), "*.txt")
                : [];
            var loaded = await services.GetRequiredService<DemoData>().LoadAsync(seeds);
            if (loaded.Count > 0)
            {
                Console.WriteLine($"已载入演示数据：{loaded.Count(r => r.Success)} 份报告。");
            }
        }

        await EnsureAdminAsync(services.GetRequiredService<UserManager<AppUser>>(), demo);
    }

    /// <summary>Sets up the request pipeline: errors, problem details for the API, static files, authentication.</summary>
    /// <param name="app">The application.</param>
    public static void UseApplicationPipeline(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error");
        }

        // API errors without a body (401, 403, 404, 405 …) get an RFC 9457 problem body in Chinese.
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal), a => a.UseStatusCodePages());
        app.UseStaticFiles(new StaticFileOptions { FileProvider = new Microsoft.Extensions.FileProviders.PhysicalFileProvider(Path.Combine(AppContext.BaseDirectory, "wwwroot")) });
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
    }

    /// <summary>Maps the OpenAPI document (<c>/openapi/v1.json</c>) and the API explorer (<c>/scalar</c>, served locally).</summary>
    /// <param name="app">The application.</param>
    public static void MapApiDocuments(this WebApplication app)
    {
        app.MapOpenApi();
        app.MapScalarApiReference(o => o.WithTitle("Gongkai API"));
    }

    private static async Task EnsureAdminAsync(UserManager<AppUser> users, DemoOptions demo)
    {
        if (users.Users.Any())
        {
            return;
        }

        var password = demo.AdminPassword ?? GeneratePassword();
        var admin = new AppUser { UserName = demo.AdminUser, DisplayName = "管理员" };
        var created = await users.CreateAsync(admin, password);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException("无法创建管理员账号：" + string.Join("；", created.Errors.Select(e => e.Description)));
        }

        await users.AddToRoleAsync(admin, Roles.Admin);
        if (demo.AdminPassword is null)
        {
            // Printed once: the password is stored only as Identity's hash.
            Console.WriteLine($"已创建管理员账号「{admin.UserName}」，初始密码：{password}（只显示这一次，请登录后妥善保管）");
        }
    }

    private static string GeneratePassword()
    {
        const string Lower = "abcdefghijkmnpqrstuvwxyz";
        const string Upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
        const string Digits = "23456789";
        const string Symbols = "-_.!@#";
        var all = Lower + Upper + Digits + Symbols;
        var chars = new char[16];
        chars[0] = Lower[RandomNumberGenerator.GetInt32(Lower.Length)];
        chars[1] = Upper[RandomNumberGenerator.GetInt32(Upper.Length)];
        chars[2] = Digits[RandomNumberGenerator.GetInt32(Digits.Length)];
        chars[3] = Symbols[RandomNumberGenerator.GetInt32(Symbols.Length)];
        for (var i = 4; i < chars.Length; i++)
        {
            chars[i] = all[RandomNumberGenerator.GetInt32(all.Length)];
        }

        RandomNumberGenerator.Shuffle(chars.AsSpan());
        return new string(chars);
    }
}
