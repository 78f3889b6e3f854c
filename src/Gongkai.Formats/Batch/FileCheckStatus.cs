// Copyright (c) Gongkai contributors. Licensed under the MIT License.

namespace Gongkai.Formats.Batch;

/// <summary>What a <see cref="FileCheckResult"/> is.</summary>
public enum FileCheckStatus
{
    /// <summary>The file was read and checked: <see cref="FileCheckResult.Findings"/> holds its single-report findings.</summary>
    Checked,

    /// <summary>The file could not be read (or timed out): <see cref="FileCheckResult.Error"/> says why.</summary>
    Unreadable,

    /// <summary>The path was skipped (hidden, not a regular file, not a report, unreadable folder, reached twice): <see cref="FileCheckResult.Error"/> says why.</summary>
    Skipped,

    /// <summary>Findings that need several files (duplicates, cross-year, hierarchy) for a file already reported as <see cref="Checked"/>; emitted after every file is done.</summary>
    CrossFile,
}
