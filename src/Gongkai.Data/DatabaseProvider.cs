// Copyright (c) Gongkai contributors. Licensed under the MIT License.

namespace Gongkai.Data;

/// <summary>The database engines the workspace runs on.</summary>
public enum DatabaseProvider
{
    /// <summary>SQLite, one file under the data directory (the default).</summary>
    Sqlite = 0,

    /// <summary>PostgreSQL (15 or later), by connection string.</summary>
    Postgres = 1,
}
