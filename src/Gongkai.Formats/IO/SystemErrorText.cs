// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Text.Json;

namespace Gongkai.Formats.IO;

/// <summary>Says in Chinese what an operating-system or JSON error means, so that no English system text reaches a clerk.</summary>
/// <remarks>
/// Errors are told apart by exception type and by the error number: on Linux and macOS .NET puts errno into
/// <see cref="Exception.HResult"/> of a plain <see cref="IOException"/>; on Windows it is the Win32 code in an
/// HRESULT (0x8007xxxx). The original English text stays available (the CLI's <c>--verbose</c>).
/// </remarks>
public static class SystemErrorText
{
    /// <summary>Describes an exception of the file system (or of JSON parsing).</summary>
    /// <param name="exception">The exception.</param>
    /// <returns>The kind of failure and a Chinese reason without the path (e.g. 「磁盘空间不足」).</returns>
    public static (ReadErrorKind Kind, string Reason) Describe(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        switch (exception)
        {
            case JsonException json:
                return (ReadErrorKind.Damaged, Json(json));
            case UnauthorizedAccessException:
                return (ReadErrorKind.AccessDenied, "没有访问权限（请检查文件或文件夹的权限，或文件是否被设为只读）");
            case PathTooLongException:
                return (ReadErrorKind.IOError, "文件名或路径过长");
            case FileNotFoundException:
                return (ReadErrorKind.NotFound, "文件不存在");
            case DirectoryNotFoundException:
                return (ReadErrorKind.NotFound, "路径中的文件夹不存在");
            case IOException io:
                return DescribeCode(io.HResult);
            default:
                return (ReadErrorKind.IOError, $"系统错误（{exception.GetType().Name}）");
        }
    }

    /// <summary>Describes an error number (errno on Linux and macOS, a Win32 code or its HRESULT on Windows).</summary>
    /// <param name="code">The number.</param>
    /// <returns>The kind of failure and a Chinese reason.</returns>
    public static (ReadErrorKind Kind, string Reason) DescribeCode(int code)
    {
        var name = Name(code);
        return name switch
        {
            "EACCES" or "EPERM" => (ReadErrorKind.AccessDenied, "没有访问权限（请检查文件或文件夹的权限）"),
            "ENOENT" => (ReadErrorKind.NotFound, "文件不存在"),
            "ENOTDIR" => (ReadErrorKind.NotFound, "路径中有一部分不是文件夹"),
            "ENOSPC" or "EDQUOT" => (ReadErrorKind.IOError, "磁盘空间不足"),
            "ELOOP" => (ReadErrorKind.NotARegularFile, "符号链接层数过多（链接可能指向自身，形成循环）"),
            "ENAMETOOLONG" => (ReadErrorKind.IOError, "文件名或路径过长"),
            "EISDIR" => (ReadErrorKind.NotARegularFile, "这是文件夹，不是文件"),
            "EROFS" => (ReadErrorKind.IOError, "所在磁盘是只读的，无法写入"),
            "EMFILE" or "ENFILE" => (ReadErrorKind.IOError, "同时打开的文件过多，超过了系统限制"),
            "EIO" => (ReadErrorKind.IOError, "磁盘读写出错（输入/输出错误），文件或磁盘可能已损坏"),
            "EBUSY" or "ETXTBSY" or "SHARING" => (ReadErrorKind.IOError, "文件正被其他程序占用"),
            "ENXIO" or "ENODEV" => (ReadErrorKind.NotARegularFile, "设备不存在或不可用"),
            "EFBIG" => (ReadErrorKind.TooLarge, "文件过大"),
            "EINVAL" => (ReadErrorKind.IOError, "文件名或参数无效"),
            _ => (ReadErrorKind.IOError, $"系统错误（代码 {code}）"),
        };
    }

    /// <summary>Formats the message of a failed file operation: the path, what was done, the Chinese reason.</summary>
    /// <param name="path">The path as given.</param>
    /// <param name="action">What was being done (「无法读取」「无法写入」).</param>
    /// <param name="exception">The exception.</param>
    /// <returns>The kind and the full Chinese message.</returns>
    public static (ReadErrorKind Kind, string Message) Format(string path, string action, Exception exception)
    {
        var (kind, reason) = Describe(exception);
        return (kind, $"{path}：{action}：{reason}。");
    }

    private static string Json(JsonException json)
    {
        var where = json.LineNumber is { } line ? $"第 {line + 1} 行" + (json.BytePositionInLine is { } col ? $"第 {col + 1} 个字节附近" : string.Empty) : "某处";
        return $"JSON 格式错误（{where}）：不是有效的 JSON（括号、引号或逗号有误，或文件不完整）";
    }

    // The symbolic name of an error number on this operating system.
    private static string Name(int code)
    {
        if (OperatingSystem.IsWindows() || (code & unchecked((int)0xFFFF0000)) == unchecked((int)0x80070000))
        {
            return (code & 0xFFFF) switch
            {
                5 => "EACCES",
                2 => "ENOENT",
                3 => "ENOENT",
                112 or 39 => "ENOSPC",
                206 => "ENAMETOOLONG",
                1921 => "ELOOP",
                19 => "EROFS",
                4 => "EMFILE",
                23 or 1117 => "EIO",
                32 or 33 => "SHARING",
                87 or 123 => "EINVAL",
                _ => "?",
            };
        }

        if (OperatingSystem.IsMacOS() || OperatingSystem.IsFreeBSD())
        {
            return code switch
            {
                62 => "ELOOP",
                63 => "ENAMETOOLONG",
                69 => "EDQUOT",
                _ => CommonUnix(code),
            };
        }

        return code switch
        {
            40 => "ELOOP",
            36 => "ENAMETOOLONG",
            122 => "EDQUOT",
            _ => CommonUnix(code),
        };
    }

    // Error numbers that are the same on Linux, macOS and the BSDs.
    private static string CommonUnix(int code) => code switch
    {
        1 => "EPERM",
        2 => "ENOENT",
        5 => "EIO",
        6 => "ENXIO",
        13 => "EACCES",
        16 => "EBUSY",
        19 => "ENODEV",
        20 => "ENOTDIR",
        21 => "EISDIR",
        22 => "EINVAL",
        23 => "ENFILE",
        24 => "EMFILE",
        26 => "ETXTBSY",
        27 => "EFBIG",
        28 => "ENOSPC",
        30 => "EROFS",
        _ => "?",
    };
}
