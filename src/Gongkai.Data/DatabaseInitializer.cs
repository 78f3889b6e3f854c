// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Microsoft.EntityFrameworkCore;

namespace Gongkai.Data;

/// <summary>Brings the database to the newest migration of its provider.</summary>
public sealed class DatabaseInitializer
{
    private readonly GongkaiDbContext _db;
    private readonly DatabaseOptions _options;

    /// <summary>Initializes a new instance of the <see cref="DatabaseInitializer"/> class.</summary>
    /// <param name="db">The database.</param>
    /// <param name="options">The options.</param>
    public DatabaseInitializer(GongkaiDbContext db, DatabaseOptions options)
    {
        _db = db;
        _options = options;
    }

    /// <summary>Applies the pending migrations (creating the SQLite folder or the PostgreSQL database when missing).</summary>
    /// <param name="cancellationToken">Cancels the migration.</param>
    /// <returns>The migrations applied.</returns>
    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken = default)
    {
        if (_options.Provider == DatabaseProvider.Sqlite)
        {
            Directory.CreateDirectory(Path.GetFullPath(_options.DataDirectory));
        }

        var pending = (await _db.Database.GetPendingMigrationsAsync(cancellationToken).ConfigureAwait(false)).ToList();
        await _db.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
        return pending;
    }
}
