// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Gongkai.Data;

/// <summary>The workspace's database on SQLite (the default): its migrations are in <c>Migrations/Sqlite</c>.</summary>
public sealed class SqliteGongkaiDbContext : GongkaiDbContext
{
    /// <summary>Initializes a new instance of the <see cref="SqliteGongkaiDbContext"/> class.</summary>
    /// <param name="options">The options.</param>
    public SqliteGongkaiDbContext(DbContextOptions<SqliteGongkaiDbContext> options)
        : base(options)
    {
    }
}

/// <summary>Creates the SQLite context for <c>dotnet ef</c> (no database is opened).</summary>
internal sealed class SqliteGongkaiDbContextFactory : IDesignTimeDbContextFactory<SqliteGongkaiDbContext>
{
    /// <inheritdoc/>
    public SqliteGongkaiDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteGongkaiDbContext>().UseSqlite("Data Source=design.db").Options);
}
