// Copyright (c) Gongkai contributors. Licensed under the MIT License.

namespace Gongkai.Formats.IO;

/// <summary>Writes an output file whole or not at all: into a temporary file beside the target, moved into place only when complete.</summary>
/// <remarks>The target must be a regular file or not exist: a folder, a device node, a FIFO, a socket or a symbolic
/// link is refused (writing "onto" <c>/dev/sda</c> or a link would replace it). On an error or a cancellation the
/// temporary file is deleted and the target is left as it was, so a reader never sees a partial file.</remarks>
public static class AtomicFile
{
    private const int ChunkBytes = 1 << 20;

    /// <summary>Checks that a path may be written: its folder exists and it is a regular file or nothing.</summary>
    /// <param name="path">The target path as given.</param>
    /// <returns>A Chinese error naming the path, or null when it may be written.</returns>
    public static string? CheckTarget(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (path.Length == 0 || string.IsNullOrWhiteSpace(path))
        {
            return "输出文件名为空：请用 -o 指定要生成的文件。";
        }

        string full;
        try
        {
            full = Path.GetFullPath(path);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return $"{path}：输出文件名无效。";
        }

        if (full.EndsWith(Path.DirectorySeparatorChar) || full.EndsWith(Path.AltDirectorySeparatorChar))
        {
            return $"{path}：这是一个文件夹，请指定输出文件名。";
        }

        var directory = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(directory))
        {
            return $"{path}：输出文件夹 {directory} 不存在。";
        }

        if (NativeFileApi.IsAvailable)
        {
            if (NativeFileApi.Stat(full, followLinks: false, out var errno) is { } status)
            {
                return Refuse(path, status.Type);
            }

            var (kind, reason) = SystemErrorText.DescribeCode(errno);
            return kind == ReadErrorKind.NotFound ? null : $"{path}：无法写入：{reason}。";
        }

        try
        {
            var info = new FileInfo(full);
            if (info.LinkTarget is not null)
            {
                return Refuse(path, FileType.SymbolicLink);
            }

            if (Directory.Exists(full))
            {
                return Refuse(path, FileType.Directory);
            }

            return info.Exists && (info.Attributes & FileAttributes.Device) != 0 ? Refuse(path, FileType.CharacterDevice) : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return SystemErrorText.Format(path, "无法写入", ex).Message;
        }
    }

    /// <summary>Writes a file atomically.</summary>
    /// <param name="path">The target path.</param>
    /// <param name="content">The whole content.</param>
    /// <param name="cancellationToken">Stops the write; the target is then untouched.</param>
    /// <returns>A Chinese error naming the path with the system's own text, or null when written.</returns>
    /// <exception cref="OperationCanceledException">Cancelled (the temporary file was removed).</exception>
    public static (string Error, string Detail)? Write(string path, ReadOnlyMemory<byte> content, CancellationToken cancellationToken = default)
    {
        if (CheckTarget(path) is { } refused)
        {
            return (refused, string.Empty);
        }

        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full)!;
        var temp = Path.Combine(directory, $".{Path.GetFileName(full)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        var moved = false;
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.None))
            {
                for (var offset = 0; offset < content.Length; offset += ChunkBytes)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    stream.Write(content.Span.Slice(offset, Math.Min(ChunkBytes, content.Length - offset)));
                }

                stream.Flush(flushToDisk: true);
            }

            cancellationToken.ThrowIfCancellationRequested();

            // The target may have been replaced by a link or a device while the file was written.
            if (CheckTarget(path) is { } late)
            {
                return (late, string.Empty);
            }

            File.Move(temp, full, overwrite: true);
            moved = true;
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (SystemErrorText.Format(path, "无法写入文件", ex).Message, ex.Message);
        }
        finally
        {
            if (!moved)
            {
                TryDelete(temp);
            }
        }
    }

    private static string? Refuse(string path, FileType type) => type switch
    {
        FileType.Regular => null,
        FileType.Directory => $"{path}：这是一个文件夹，请指定输出文件名。",
        FileType.SymbolicLink => $"{path}：这是一个符号链接，为免误改它指向的文件，不会覆盖；请指定一个普通文件名。",
        _ => $"{path}：{SafeFile.TypeText(type)}，不是普通文件，不能作为输出文件。",
    };

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Nothing was written there, or it cannot be removed either; the error already names the file.
        }
    }
}
