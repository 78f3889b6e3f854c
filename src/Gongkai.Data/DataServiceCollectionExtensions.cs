// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Data.Reports;
using Gongkai.Data.Storage;
using Gongkai.Data.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Data;

/// <summary>Registers the data layer.</summary>
public static class DataServiceCollectionExtensions
{
    /// <summary>Adds the database context (as <see cref="GongkaiDbContext"/>, on the configured provider), the file store, the importer and the audit log.</summary>
    /// <param name="services">The services.</param>
    /// <param name="options">Where the data is.</param>
    /// <returns>The services.</returns>
    /// <exception cref="InvalidOperationException">PostgreSQL without a connection string.</exception>
    public static IServiceCollection AddGongkaiData(this IServiceCollection services, DatabaseOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var dataDirectory = Path.GetFullPath(options.DataDirectory);
        services.AddSingleton(options);
        if (options.Provider == DatabaseProvider.Postgres)
        {
            var connection = options.ConnectionString
                ?? throw new InvalidOperationException("Database:Provider=Postgres needs ConnectionStrings:Gongkai.");
            services.AddDbContextPool<GongkaiDbContext, PostgresGongkaiDbContext>(o => o.UseNpgsql(connection));
        }
        else
        {
            var connection = options.ConnectionString ?? $"Data Source={Path.Combine(dataDirectory, "gongkai.db")}";
            services.AddDbContextPool<GongkaiDbContext, SqliteGongkaiDbContext>(o => o.UseSqlite(connection));
        }

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(new FileStore(Path.Combine(dataDirectory, "files")));
        services.AddScoped<AuditLog>();
        services.AddScoped<UnitTree>();
        services.AddScoped<ReportImporter>();
        services.AddScoped<ReportPublisher>();
        services.AddScoped<ReportQueries>();
        services.AddScoped<DemoData>();
        services.AddScoped<DatabaseInitializer>();
        return services;
    }
}
