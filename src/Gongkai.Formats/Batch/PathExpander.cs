// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Formats.IO;

namespace Gongkai.Formats.Batch;

/// <summary>Turns the paths of a batch (files, and folders searched recursively) into the entries to check, each skipped path with its reason.</summary>
/// <remarks>
/// <para>Each real folder is walked once: folders are known by their identity (device and inode on Linux, the
/// resolved path elsewhere), so a symbolic link back into a folder already walked — a loop, a self-link — is
/// skipped with a reason instead of walked again, and a file reached twice (two links, a path given twice) is
/// checked once. The walk is linear in the number of real files and folders.</para>
/// <para>Inside a folder, only regular files are checked. Hidden entries (name starting with 「.」, such as
/// <c>.git</c>, or hidden/system on Windows), FIFOs, devices, sockets, broken links, link loops and folders that
/// cannot be opened are listed as skipped, with the reason in Chinese; nothing is left out silently. A path given
/// explicitly is always read when it is a regular file, hidden or not; when it is missing or not a regular file
/// it is an error entry.</para>
/// <para>Entries come in the order of the paths given; inside a folder, names in ordinal order, depth first.</para>
/// </remarks>
public static class PathExpander
{
    /// <summary>Expands the paths.</summary>
    /// <param name="paths">Files or folders.</param>
    /// <param name="cancellationToken">Stops the walk between folders.</param>
    /// <returns>The entries.</returns>
    public static List<BatchInput> Expand(IEnumerable<string> paths, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var entries = new List<BatchInput>();
        var seenFiles = new Dictionary<string, string>(StringComparer.Ordinal);
        var seenFolders = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (status, error) = SafeFile.Inspect(path.Length == 0 ? "." : path);
            if (path.Length == 0)
            {
                entries.Add(new BatchInput { Path = path, Explicit = true, Error = "路径为空：请指定要检查的文件或文件夹。", ErrorKind = ReadErrorKind.NotFound });
            }
            else if (error is not null)
            {
                entries.Add(new BatchInput { Path = path, Explicit = true, Error = error.Error, ErrorKind = error.ErrorKind, Detail = error.Detail });
            }
            else if (status.Type == FileType.Directory)
            {
                if (seenFolders.TryGetValue(status.Identity, out var first))
                {
                    entries.Add(Skip(path, $"与 {first} 是同一个文件夹，已检查过，不重复检查。", ReadErrorKind.None));
                    continue;
                }

                seenFolders[status.Identity] = path;
                Walk(path, entries, seenFiles, seenFolders, cancellationToken);
            }
            else if (status.Type == FileType.Regular)
            {
                if (seenFiles.TryGetValue(status.Identity, out var first))
                {
                    entries.Add(Skip(path, $"与 {first} 是同一个文件，只检查一次。", ReadErrorKind.None));
                    continue;
                }

                seenFiles[status.Identity] = path;
                entries.Add(BatchInput.File(path));
            }
            else
            {
                entries.Add(new BatchInput { Path = path, Explicit = true, Error = $"{path}：{SafeFile.TypeText(status.Type)}，不是普通文件，未读取。", ErrorKind = ReadErrorKind.NotARegularFile });
            }
        }

        return entries;
    }

    private static void Walk(string root, List<BatchInput> entries, Dictionary<string, string> seenFiles, Dictionary<string, string> seenFolders, CancellationToken cancellationToken)
    {
        // Depth first, names in ordinal order; an explicit stack so that depth cannot overflow the call stack.
        var stack = new Stack<string>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var folder = stack.Pop();
            List<FileSystemInfo> children;
            try
            {
                children = [.. new DirectoryInfo(folder).EnumerateFileSystemInfos("*", new EnumerationOptions
                {
                    RecurseSubdirectories = false,
                    IgnoreInaccessible = false,
                    AttributesToSkip = 0,
                    ReturnSpecialDirectories = false,
                })];
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                var (kind, reason) = SystemErrorText.Describe(ex);
                if (folder == root)
                {
                    entries.Add(new BatchInput { Path = folder, Explicit = true, Error = $"{folder}：无法读取文件夹：{reason}。", ErrorKind = kind, Detail = ex.Message });
                }
                else
                {
                    entries.Add(new BatchInput { Path = folder, SkipReason = $"无法读取文件夹：{reason}，其中的文件未检查。", ErrorKind = kind, Detail = ex.Message });
                }

                continue;
            }

            children.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
            var subfolders = new List<string>();
            foreach (var child in children)
            {
                var path = Path.Combine(folder, child.Name);
                if (IsHidden(child))
                {
                    entries.Add(Skip(path, child is DirectoryInfo ? "隐藏文件夹（名称以「.」开头或带隐藏属性），其中的文件未检查。" : "隐藏文件（名称以「.」开头或带隐藏属性），未检查；要检查它请直接给出文件名。", ReadErrorKind.None));
                    continue;
                }

                var (status, error) = SafeFile.Inspect(path);
                if (error is not null)
                {
                    entries.Add(Skip(path, Reason(path, error.Error!), error.ErrorKind, error.Detail));
                }
                else if (status.Type == FileType.Directory)
                {
                    if (seenFolders.TryGetValue(status.Identity, out var first))
                    {
                        entries.Add(Skip(path, $"链接指向已检查过的文件夹 {first}（链接循环或重复），不重复检查。", ReadErrorKind.None));
                        continue;
                    }

                    seenFolders[status.Identity] = path;
                    subfolders.Add(path);
                }
                else if (status.Type == FileType.Regular)
                {
                    if (seenFiles.TryGetValue(status.Identity, out var first))
                    {
                        entries.Add(Skip(path, $"与 {first} 是同一个文件（经由链接），只检查一次。", ReadErrorKind.None));
                        continue;
                    }

                    seenFiles[status.Identity] = path;
                    entries.Add(BatchInput.File(path, isExplicit: false));
                }
                else
                {
                    entries.Add(Skip(path, $"{SafeFile.TypeText(status.Type)}，不是普通文件，未读取。", ReadErrorKind.NotARegularFile));
                }
            }

            for (var i = subfolders.Count - 1; i >= 0; i--)
            {
                stack.Push(subfolders[i]);
            }
        }
    }

    private static bool IsHidden(FileSystemInfo info) =>
        info.Name.StartsWith('.') || (OperatingSystem.IsWindows() && (info.Attributes & (FileAttributes.Hidden | FileAttributes.System)) != 0);

    // The reader's messages start with the path; a skipped entry already names it.
    private static string Reason(string path, string message) =>
        message.StartsWith(path + "：", StringComparison.Ordinal) ? message[(path.Length + 1)..] : message;

    private static BatchInput Skip(string path, string reason, ReadErrorKind kind, string? detail = null) =>
        new() { Path = path, SkipReason = reason, ErrorKind = kind, Detail = detail };
}
