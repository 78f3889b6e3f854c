// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Data.Entities;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Data;

/// <summary>The workspace's database: units, reports and their immutable versions, stored files, acknowledgements, the audit log, API tokens and Identity users.</summary>
/// <remarks>
/// <para>One model, two providers, each with its own migrations: <see cref="SqliteGongkaiDbContext"/> (<c>Migrations/Sqlite</c>)
/// and <see cref="PostgresGongkaiDbContext"/> (<c>Migrations/Postgres</c>). A new migration is made for both:</para>
/// <code>
/// dotnet ef migrations add NAME --project src/Gongkai.Data --context SqliteGongkaiDbContext --output-dir Migrations/Sqlite
/// dotnet ef migrations add NAME --project src/Gongkai.Data --context PostgresGongkaiDbContext --output-dir Migrations/Postgres
/// </code>
/// <para>(<c>dotnet tool restore</c> first; the design-time factories need no database.)</para>
/// <para>A <see cref="ReportVersion"/> is immutable: saving a change to one, or deleting one, throws.</para>
/// </remarks>
public abstract class GongkaiDbContext : IdentityDbContext<AppUser>
{
    /// <summary>Initializes a new instance of the <see cref="GongkaiDbContext"/> class.</summary>
    /// <param name="options">The provider's options.</param>
    protected GongkaiDbContext(DbContextOptions options)
        : base(options)
    {
    }

    /// <summary>Gets the units.</summary>
    public DbSet<Unit> Units => Set<Unit>();

    /// <summary>Gets the reports.</summary>
    public DbSet<Report> Reports => Set<Report>();

    /// <summary>Gets the report versions.</summary>
    public DbSet<ReportVersion> ReportVersions => Set<ReportVersion>();

    /// <summary>Gets the stored files.</summary>
    public DbSet<StoredFile> StoredFiles => Set<StoredFile>();

    /// <summary>Gets the finding acknowledgements.</summary>
    public DbSet<FindingAcknowledgement> FindingAcknowledgements => Set<FindingAcknowledgement>();

    /// <summary>Gets the audit log.</summary>
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    /// <summary>Gets the API tokens.</summary>
    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();

    /// <inheritdoc/>
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        GuardImmutableVersions();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    /// <inheritdoc/>
    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        GuardImmutableVersions();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <inheritdoc/>
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(GongkaiDbContext).Assembly);
    }

    private void GuardImmutableVersions()
    {
        foreach (var entry in ChangeTracker.Entries<ReportVersion>())
        {
            if (entry.State is EntityState.Modified or EntityState.Deleted)
            {
                throw new InvalidOperationException($"Report version {entry.Entity.Id} is immutable; make a new version instead.");
            }
        }
    }
}
