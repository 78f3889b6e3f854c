// Copyright (c) Gongkai contributors. Licensed under the MIT License.

namespace Gongkai.Formats.Batch;

/// <summary>What a batch run did: entries done and not done, and whether it was interrupted.</summary>
public sealed record BatchSummary
{
    /// <summary>Gets the number of entries in the input.</summary>
    public int Total { get; init; }

    /// <summary>Gets the number of files read and checked.</summary>
    public int Checked { get; init; }

    /// <summary>Gets the number of files that could not be read (including timeouts).</summary>
    public int Unreadable { get; init; }

    /// <summary>Gets the number of paths skipped.</summary>
    public int Skipped { get; init; }

    /// <summary>Gets the number of entries not done because the batch was interrupted.</summary>
    public int NotDone => Total - Checked - Unreadable - Skipped;

    /// <summary>Gets a value indicating whether the batch was cancelled before every entry was done (then no cross-file findings are made).</summary>
    public bool Interrupted { get; init; }
}
