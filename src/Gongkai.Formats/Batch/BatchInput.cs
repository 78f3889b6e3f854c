// Copyright (c) Gongkai contributors. Licensed under the MIT License.

namespace Gongkai.Formats.Batch;

/// <summary>One entry of a batch as found by <see cref="PathExpander"/>: a file to check, a path skipped with its reason, or a given path that cannot be used.</summary>
public sealed record BatchInput
{
    /// <summary>Gets the path as given or as found in a folder.</summary>
    public required string Path { get; init; }

    /// <summary>Gets a value indicating whether the path was given explicitly (not found inside a folder).
    /// A file given explicitly that is not a report is an error; inside a folder it is skipped.</summary>
    public bool Explicit { get; init; }

    /// <summary>Gets why the path is skipped (Chinese), when it is; such a path is reported, never read.</summary>
    public string? SkipReason { get; init; }

    /// <summary>Gets the Chinese error when a given path cannot be used (missing, not a regular file); it is reported as unreadable.</summary>
    public string? Error { get; init; }

    /// <summary>Gets the kind of <see cref="Error"/> or of the reason to skip.</summary>
    public ReadErrorKind ErrorKind { get; init; }

    /// <summary>Gets the system's own text of the error, when there is one.</summary>
    public string? Detail { get; init; }

    /// <summary>Gets a value indicating whether the path is to be read and checked.</summary>
    public bool IsFile => SkipReason is null && Error is null;

    /// <summary>Creates an entry for a file to check.</summary>
    /// <param name="path">The path.</param>
    /// <param name="isExplicit">Whether it was given explicitly.</param>
    /// <returns>The entry.</returns>
    public static BatchInput File(string path, bool isExplicit = true) => new() { Path = path, Explicit = isExplicit };
}
