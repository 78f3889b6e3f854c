// Copyright (c) Gongkai contributors. Licensed under the MIT License.

namespace Gongkai.Formats;

/// <summary>Why one source could not be read: a kind to act on, a Chinese message for users, where in the file.</summary>
/// <remarks>
/// <para>The <see cref="Message"/> never names the file or any folder: the library does not know which name is safe
/// to show (a server keeps uploads under paths a user must never see). The caller adds the name it shows at the
/// edge with <see cref="WithFile"/> — the CLI the path as typed, the web the upload's own file name — and
/// <see cref="ToString"/> then reads 「名称（位置）：说明」.</para>
/// <para>Two errors are equal when kind, message, location and file name are equal.</para>
/// </remarks>
public sealed record ReadError
{
    /// <summary>Initializes a new instance of the <see cref="ReadError"/> class.</summary>
    /// <param name="kind">Why the source could not be read; never <see cref="ReadErrorKind.None"/>.</param>
    /// <param name="message">The Chinese message, without the file's name or path.</param>
    /// <param name="location">Where in the file, when known.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is <see cref="ReadErrorKind.None"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="message"/> is empty.</exception>
    public ReadError(ReadErrorKind kind, string message, SourceLocation location = default)
    {
        ArgumentOutOfRangeException.ThrowIfEqual(kind, ReadErrorKind.None);
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        Kind = kind;
        Message = message;
        Location = location;
    }

    /// <summary>Gets why the source could not be read.</summary>
    public ReadErrorKind Kind { get; }

    /// <summary>Gets the Chinese message (e.g. 「文件不存在。」), without the file's name or any path.</summary>
    public string Message { get; }

    /// <summary>Gets where in the file the problem is (<see cref="SourceLocation.IsUnknown"/> when not known).</summary>
    public SourceLocation Location { get; }

    /// <summary>Gets the name shown for the file, once the caller added it (<see cref="WithFile"/>); null before.</summary>
    public string? FileName { get; private init; }

    /// <summary>Returns the same error naming the file as the caller shows it.</summary>
    /// <param name="fileName">The name to show: a path as the user typed it (CLI), an upload's file name (web).</param>
    /// <returns>The error with <see cref="FileName"/> set.</returns>
    /// <remarks>The name is kept as given: only the caller knows whether a path may be shown.</remarks>
    public ReadError WithFile(string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        return this with { FileName = fileName };
    }

    /// <summary>Describes the error for users: 「名称（位置）：说明」, the name and location left out when not known.</summary>
    /// <returns>The Chinese text.</returns>
    public override string ToString()
    {
        var where = Location.IsUnknown ? string.Empty : $"（{Location}）";
        return string.IsNullOrEmpty(FileName) && where.Length == 0 ? Message : $"{FileName}{where}：{Message}";
    }
}
