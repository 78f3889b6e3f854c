// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Formats;

namespace Gongkai.Cli;

/// <summary>The message for a single input file (<c>extract</c>, <c>render</c>) that cannot be read, with the command's advice.</summary>
internal static class InputErrors
{
    public static string Describe(ReadResult read, string path, string command) =>
        read.ErrorKind == ReadErrorKind.NotARegularFile && Directory.Exists(path)
            ? $"{path} 是文件夹，{command} 只读取一个文件；检查文件夹请用 check：gongkai check {Quote(path)}"
            : read.Error!;

    private static string Quote(string path) => path.Contains(' ', StringComparison.Ordinal) ? $"\"{path}\"" : path;
}
