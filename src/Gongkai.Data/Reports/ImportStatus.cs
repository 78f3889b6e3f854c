// Copyright (c) Gongkai contributors. Licensed under the MIT License.

namespace Gongkai.Data.Reports;

/// <summary>What became of one imported file.</summary>
public enum ImportStatus
{
    /// <summary>A version was stored: the report's first or a new one.</summary>
    Stored = 0,

    /// <summary>The file could not be read (see <see cref="ImportResult.ReadError"/>); nothing was stored.</summary>
    Unreadable,

    /// <summary>The report states no year; nothing was stored.</summary>
    NoYear,

    /// <summary>No unit in the user's scope matches the report's unit name; nothing was stored.</summary>
    UnitNotFound,

    /// <summary>Several units match; the user must choose (<see cref="ImportResult.Candidates"/>); nothing was stored.</summary>
    UnitAmbiguous,

    /// <summary>The unit is outside the user's scope; nothing was stored.</summary>
    Forbidden,

    /// <summary>Someone else saved the report at the same moment; nothing was stored, try again.</summary>
    Conflict,
}
