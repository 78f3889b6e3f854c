// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Diagnostics.CodeAnalysis;

namespace Gongkai.Formats.IO;

/// <summary>The bytes of a file read by <see cref="SafeFile.Read"/>, or why they could not be read.</summary>
public sealed class FileReadResult
{
    private FileReadResult(ReadOnlyMemory<byte> data, ReadErrorKind kind, string? error, string? detail)
    {
        Data = data;
        ErrorKind = kind;
        Error = error;
        Detail = detail;
    }

    /// <summary>Gets the file's bytes (empty on failure).</summary>
    public ReadOnlyMemory<byte> Data { get; }

    /// <summary>Gets why the file could not be read (<see cref="ReadErrorKind.None"/> on success).</summary>
    public ReadErrorKind ErrorKind { get; }

    /// <summary>Gets the Chinese error naming the path, when it could not be read.</summary>
    public string? Error { get; }

    /// <summary>Gets the operating system's own text of the error (English), when there is one.</summary>
    public string? Detail { get; }

    /// <summary>Gets a value indicating whether the file was read.</summary>
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Success => ErrorKind == ReadErrorKind.None;

    internal static FileReadResult Ok(ReadOnlyMemory<byte> data) => new(data, ReadErrorKind.None, null, null);

    internal static FileReadResult Fail(ReadErrorKind kind, string error, string? detail = null) => new(default, kind, error, detail);
}
