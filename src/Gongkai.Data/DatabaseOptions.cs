// Copyright (c) Gongkai contributors. Licensed under the MIT License.

namespace Gongkai.Data;

/// <summary>Where the workspace keeps its data: the database and the data directory of stored files.</summary>
public sealed class DatabaseOptions
{
    /// <summary>Gets or sets the provider. Default <see cref="DatabaseProvider.Sqlite"/>.</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Gets or sets the connection string, or null for SQLite's default file <c>gongkai.db</c> in <see cref="DataDirectory"/>.</summary>
    /// <remarks>Required for <see cref="DatabaseProvider.Postgres"/>.</remarks>
    public string? ConnectionString { get; set; }

    /// <summary>Gets or sets the data directory (SQLite file, stored originals). Default <c>./data</c>.</summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>Parses a provider name (<c>sqlite</c>, <c>postgres</c>, <c>postgresql</c>, <c>npgsql</c>; case-insensitive).</summary>
    /// <param name="name">The name.</param>
    /// <param name="provider">The provider.</param>
    /// <returns>Whether the name is known.</returns>
    public static bool TryParseProvider(string? name, out DatabaseProvider provider)
    {
        switch (name?.Trim().ToUpperInvariant())
        {
            case null or "" or "SQLITE":
                provider = DatabaseProvider.Sqlite;
                return true;
            case "POSTGRES" or "POSTGRESQL" or "NPGSQL" or "PG":
                provider = DatabaseProvider.Postgres;
                return true;
            default:
                provider = default;
                return false;
        }
    }
}
