// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Gongkai.Data;

/// <summary>The workspace's database on PostgreSQL (<c>Database:Provider=Postgres</c>): its migrations are in <c>Migrations/Postgres</c>.</summary>
public sealed class PostgresGongkaiDbContext : GongkaiDbContext
{
    /// <summary>Initializes a new instance of the <see cref="PostgresGongkaiDbContext"/> class.</summary>
    /// <param name="options">The options.</param>
    public PostgresGongkaiDbContext(DbContextOptions<PostgresGongkaiDbContext> options)
        : base(options)
    {
    }
}

/// <summary>Creates the PostgreSQL context for <c>dotnet ef</c> (no server is contacted).</summary>
internal sealed class PostgresGongkaiDbContextFactory : IDesignTimeDbContextFactory<PostgresGongkaiDbContext>
{
    /// <inheritdoc/>
    public PostgresGongkaiDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresGongkaiDbContext>().UseNpgsql("Host=localhost;Database=gongkai").Options);
}
