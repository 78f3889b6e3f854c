// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Diagnostics.CodeAnalysis;

namespace Gongkai.Formats.IO;

/// <summary>The bytes of a file read by <see cref="SafeFile.Read"/>, or why they could not be read.</summary>
public sealed class FileReadResult
{
    private FileReadResult(ReadOnlyMemory<byte> data, ReadError? readError, string? error, string? detail)
    {
        Data = data;
        ReadError = readError;
        Error = error;
        Detail = detail;
    }

    /// <summary>Gets the file's bytes (empty on failure).</summary>
    public ReadOnlyMemory<byte> Data { get; }

    /// <summary>Gets why the file could not be read (<see cref="ReadErrorKind.None"/> on success).</summary>
    public ReadErrorKind ErrorKind => ReadError?.Kind ?? ReadErrorKind.None;

    /// <summary>Gets the typed error, without the path (the caller adds the name it shows), when it could not be read.</summary>
    public ReadError? ReadError { get; }

    /// <summary>Gets the Chinese error naming the path, when it could not be read.</summary>
    public string? Error { get; }

    /// <summary>Gets the operating system's own text of the error (English), when there is one.</summary>
    public string? Detail { get; }

    /// <summary>Gets a value indicating whether the file was read.</summary>
    [MemberNotNullWhen(false, nameof(Error), nameof(ReadError))]
    public bool Success => ReadError is null;

    internal static FileReadResult Ok(ReadOnlyMemory<byte> data) => new(data, null, null, null);

    /// <summary>Creates a failure.</summary>
    /// <param name="kind">Why.</param>
    /// <param name="path">The path as given, put in front of the message in <see cref="Error"/> only.</param>
    /// <param name="message">The Chinese message without the path.</param>
    /// <param name="detail">The system's own text.</param>
    internal static FileReadResult Fail(ReadErrorKind kind, string path, string message, string? detail = null)
    {
        var error = new ReadError(kind, message);
        return new(default, error, path.Length == 0 ? message : error.WithFile(path).ToString(), detail);
    }
}
