// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Microsoft.Win32.SafeHandles;

namespace Gongkai.Formats.IO;

/// <summary>Reads a file safely: only a regular file, its size checked first, the read itself bounded.</summary>
/// <remarks>
/// A folder, a FIFO, a device (<c>/dev/zero</c>), a socket or a broken link is refused with
/// <see cref="ReadErrorKind.NotARegularFile"/> before anything is read; on Linux the file is opened without
/// blocking and its type checked again on the open handle, so a path swapped for a FIFO cannot block either.
/// At most <c>maxBytes + 1</c> bytes are read from the handle, so a file that grows while it is read, or
/// whose stated size is wrong, cannot exhaust memory. Every failure is a Chinese message naming the path
/// (<see cref="SystemErrorText"/>), with the system's own text kept in <see cref="FileReadResult.Detail"/>.
/// </remarks>
public static class SafeFile
{
    private const int ChunkBytes = 1 << 20;

    /// <summary>Reads a file into memory.</summary>
    /// <param name="path">The path (a final symbolic link is followed).</param>
    /// <param name="maxBytes">The largest size accepted.</param>
    /// <param name="cancellationToken">Stops the read between chunks.</param>
    /// <returns>The bytes, or the error.</returns>
    public static FileReadResult Read(string path, long maxBytes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (path.Length == 0)
        {
            return FileReadResult.Fail(ReadErrorKind.NotFound, string.Empty, "文件名为空：请指定要读取的文件。");
        }

        var (status, error) = Inspect(path);
        if (error is not null)
        {
            return error;
        }

        if (status.Type != FileType.Regular)
        {
            return FileReadResult.Fail(ReadErrorKind.NotARegularFile, path, $"{TypeText(status.Type)}，不是普通文件，未读取。");
        }

        if (status.Size > maxBytes)
        {
            return TooLarge(path, status.Size, maxBytes);
        }

        SafeFileHandle handle;
        try
        {
            if (NativeFileApi.IsAvailable)
            {
                var opened = NativeFileApi.OpenRead(path, out var onHandle, out var errno);
                if (opened is null)
                {
                    return FromCode(path, "无法打开", errno);
                }

                if (onHandle.Type != FileType.Regular)
                {
                    opened.Dispose();
                    return FileReadResult.Fail(ReadErrorKind.NotARegularFile, path, $"{TypeText(onHandle.Type)}，不是普通文件，未读取。");
                }

                handle = opened;
            }
            else
            {
                handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return FromException(path, "无法打开", ex);
        }

        using (handle)
        {
            try
            {
                return ReadBounded(handle, path, maxBytes, cancellationToken);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return FromException(path, "读取出错", ex);
            }
        }
    }

    /// <summary>Gets what a path is, following a final link; the error (not found, loop, no permission, bad name) otherwise.</summary>
    /// <param name="path">The path.</param>
    /// <returns>The status, or the error.</returns>
    internal static (FileStatus Status, FileReadResult? Error) Inspect(string path)
    {
        if (NativeFileApi.IsAvailable)
        {
            if (NativeFileApi.Stat(path, followLinks: true, out var errno) is { } status)
            {
                return (status, null);
            }

            return (default, Missing(path, errno));
        }

        try
        {
            FileSystemInfo info = Directory.Exists(path) ? new DirectoryInfo(path) : new FileInfo(path);
            if (info.LinkTarget is not null)
            {
                var target = info.ResolveLinkTarget(returnFinalTarget: true);
                if (target is null || !target.Exists)
                {
                    return (default, FileReadResult.Fail(ReadErrorKind.NotARegularFile, path, "这是一个符号链接，但它指向的文件不存在。"));
                }

                info = target;
            }

            if (!info.Exists)
            {
                return (default, Missing(path, 2));
            }

            var type = info is DirectoryInfo ? FileType.Directory
                : (info.Attributes & FileAttributes.Device) != 0 ? FileType.CharacterDevice : FileType.Regular;
            return (new FileStatus(type, info is FileInfo f ? f.Length : 0, Path.GetFullPath(info.FullName)), null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (default, FromException(path, "无法访问", ex));
        }
    }

    /// <summary>Says what a non-regular file is, in Chinese.</summary>
    /// <param name="type">The type.</param>
    /// <returns>E.g. 「这是命名管道（FIFO）」.</returns>
    internal static string TypeText(FileType type) => type switch
    {
        FileType.Directory => "这是文件夹",
        FileType.Fifo => "这是命名管道（FIFO）",
        FileType.CharacterDevice => "这是字符设备（如 /dev/zero、终端）",
        FileType.BlockDevice => "这是块设备（磁盘）",
        FileType.Socket => "这是套接字",
        FileType.SymbolicLink => "这是符号链接",
        _ => "这是特殊文件",
    };

    /// <summary>Whether a path was mangled when the command line was decoded: invalid UTF-8 bytes in a name become U+FFFD.</summary>
    /// <param name="path">The path.</param>
    /// <returns>Whether the path holds the replacement character.</returns>
    internal static bool HasUndecodableName(string path) => path.Contains('\uFFFD', StringComparison.Ordinal);

    private static FileReadResult Missing(string path, int errno)
    {
        var (kind, reason) = SystemErrorText.DescribeCode(errno);
        if (kind == ReadErrorKind.NotFound)
        {
            if (HasUndecodableName(path))
            {
                return FileReadResult.Fail(ReadErrorKind.NotFound, path,
                    $"文件名中有无法识别的字符（不是有效的 UTF-8 编码，显示为 \uFFFD），系统无法按这个名称找到文件。请把文件改成只含常规字符的名称后再试，或检查整个文件夹（check 文件夹）。");
            }

            if (errno == 2 && IsBrokenLink(path))
            {
                return FileReadResult.Fail(ReadErrorKind.NotARegularFile, path, "这是一个符号链接，但它指向的文件不存在。");
            }

            return FileReadResult.Fail(ReadErrorKind.NotFound, path, $"{reason}。", Detail(errno));
        }

        return FileReadResult.Fail(kind, path, $"无法访问：{reason}。", Detail(errno));
    }

    private static bool IsBrokenLink(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget is not null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static FileReadResult ReadBounded(SafeFileHandle handle, string path, long maxBytes, CancellationToken cancellationToken)
    {
        long stated;
        try
        {
            stated = RandomAccess.GetLength(handle);
        }
        catch (Exception ex) when (ex is IOException or NotSupportedException)
        {
            stated = 0;
        }

        // The stated size is only a first guess: the buffer grows as needed, never past maxBytes + 1.
        var cap = maxBytes + 1;
        var buffer = new byte[(int)Math.Min(Math.Min(Math.Max(stated, 0) + 1, cap), Array.MaxLength)];
        long total = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (total == buffer.Length)
            {
                if (buffer.Length >= cap || buffer.Length >= Array.MaxLength)
                {
                    break;
                }

                Array.Resize(ref buffer, (int)Math.Min(Math.Min((long)buffer.Length * 2, cap), Array.MaxLength));
            }

            var want = (int)Math.Min(buffer.Length - total, ChunkBytes);
            var read = RandomAccess.Read(handle, buffer.AsSpan((int)total, want), total);
            if (read == 0)
            {
                break;
            }

            total += read;
        }

        if (total > maxBytes)
        {
            return TooLarge(path, total, maxBytes);
        }

        return FileReadResult.Ok(buffer.AsMemory(0, (int)total));
    }

    private static FileReadResult TooLarge(string path, long size, long maxBytes) => FileReadResult.Fail(ReadErrorKind.TooLarge, path, size > maxBytes + 1
        ? $"文件过大（{Size(size)}），超过上限 {Size(maxBytes)}，未读取。"
        : $"文件过大（读取时已超过上限 {Size(maxBytes)}），未读取。");

    /// <summary>Formats a size for messages: MB with one decimal, or bytes below 1 MB.</summary>
    /// <param name="bytes">The size.</param>
    /// <returns>E.g. 「64.0 MB」.</returns>
    internal static string Size(long bytes) => bytes >= 1048576
        ? $"{bytes / 1048576.0:F1} MB"
        : $"{bytes} 字节";

    private static FileReadResult FromCode(string path, string action, int errno)
    {
        var (kind, reason) = SystemErrorText.DescribeCode(errno);
        return FileReadResult.Fail(kind, path, $"{action}：{reason}。", Detail(errno));
    }

    private static FileReadResult FromException(string path, string action, Exception ex)
    {
        var (kind, reason) = SystemErrorText.Describe(ex);
        return FileReadResult.Fail(kind, path, $"{action}：{reason}。", ex.Message);
    }

    private static string Detail(int errno) => $"errno {errno}: {System.Runtime.InteropServices.Marshal.GetPInvokeErrorMessage(errno)}";
}
