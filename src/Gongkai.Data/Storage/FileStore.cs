// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Security.Cryptography;

namespace Gongkai.Data.Storage;

/// <summary>Keeps uploaded originals by content: the SHA-256 of the bytes names the file, so nothing the client sends ever reaches a path.</summary>
/// <remarks>
/// <para>A file is stored at <c>ROOT/ab/cd/abcd…</c> (the hash's first two and next two hex digits as folders) once; storing the
/// same bytes again changes nothing. A file is written to a temporary name in its folder and moved into place when complete, so a
/// reader never sees half a file; stored files are never rewritten.</para>
/// </remarks>
public sealed class FileStore
{
    private readonly string _root;

    /// <summary>Initializes a new instance of the <see cref="FileStore"/> class.</summary>
    /// <param name="root">The folder to keep the files in (created when missing).</param>
    public FileStore(string root)
    {
        ArgumentException.ThrowIfNullOrEmpty(root);
        _root = Path.GetFullPath(root);
    }

    /// <summary>Computes the key of some bytes: their SHA-256 in lower-case hex.</summary>
    /// <param name="data">The bytes.</param>
    /// <returns>64 hex digits.</returns>
    public static string Hash(ReadOnlySpan<byte> data) => Convert.ToHexStringLower(SHA256.HashData(data));

    /// <summary>Returns whether a string is a well-formed key (64 lower-case hex digits).</summary>
    /// <param name="sha256">The candidate.</param>
    /// <returns>Whether it is.</returns>
    public static bool IsKey(string? sha256) => sha256 is { Length: 64 } && sha256.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f');

    /// <summary>Stores bytes (once) and returns their key.</summary>
    /// <param name="data">The bytes.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The SHA-256 key.</returns>
    public async Task<string> PutAsync(ReadOnlyMemory<byte> data, CancellationToken cancellationToken = default)
    {
        var key = Hash(data.Span);
        var path = PathOf(key);
        if (File.Exists(path))
        {
            return key;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            await File.WriteAllBytesAsync(temp, data, cancellationToken).ConfigureAwait(false);
            File.Move(temp, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another request stored the same bytes first: same content, nothing to do.
        }
        finally
        {
            File.Delete(temp);
        }

        return key;
    }

    /// <summary>Opens a stored file for reading.</summary>
    /// <param name="sha256">The key.</param>
    /// <returns>The stream, or null when there is no such file.</returns>
    public Stream? Open(string sha256)
    {
        if (!IsKey(sha256))
        {
            return null;
        }

        var path = PathOf(sha256);
        return File.Exists(path) ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true) : null;
    }

    /// <summary>Reads a stored file.</summary>
    /// <param name="sha256">The key.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The bytes, or null when there is no such file.</returns>
    public async Task<byte[]?> ReadAsync(string sha256, CancellationToken cancellationToken = default)
    {
        if (!IsKey(sha256))
        {
            return null;
        }

        var path = PathOf(sha256);
        return File.Exists(path) ? await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false) : null;
    }

    private string PathOf(string key) => Path.Combine(_root, key[..2], key[2..4], key);
}
