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
        await RefreshUnitKeysAsync(cancellationToken).ConfigureAwait(false);
        return pending;
    }

    /// <summary>Recomputes the key of every unit that is not a division (<see cref="Units.UnitTree.KeyOf"/>), so a database made before
    /// a change of the <see cref="Regions.UnitKey"/> rules matches reports again; a key that another unit already has is left as it was.</summary>
    private async Task RefreshUnitKeysAsync(CancellationToken cancellationToken)
    {
        var units = await _db.Units.Include(u => u.Parent).ToListAsync(cancellationToken).ConfigureAwait(false);
        var taken = units.Select(u => u.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var unit in units.Where(u => !u.Key.StartsWith("gb2260/", StringComparison.Ordinal)))
        {
            var key = Units.UnitTree.KeyOf(unit.Name, unit.Parent?.Code);
            if (key != unit.Key && taken.Add(key))
            {
                taken.Remove(unit.Key);
                unit.Key = key;
            }
        }

        await _db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }
}
