// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Runtime.InteropServices;
using System.Text;

namespace Gongkai.Formats.IO;

/// <summary>The few Linux calls .NET does not expose: the file type, device and inode (<c>statx</c>) and a
/// non-blocking open (a FIFO must never block a batch). Null members mean "not available here" (Windows,
/// macOS, an old C library); callers then fall back to <see cref="FileSystemInfo"/>.</summary>
internal static class NativeFileApi
{
    // struct statx offsets (linux/stat.h; the layout is the same on every architecture).
    private const int StatxBufferSize = 256;
    private const int OffsetMode = 28;
    private const int OffsetIno = 32;
    private const int OffsetSize = 40;
    private const int OffsetDevMajor = 136;
    private const int OffsetDevMinor = 140;
    private const int AtFdCwd = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const int AtEmptyPath = 0x1000;
    private const uint StatxBasicStats = 0x7ff;
    private const int ORdOnly = 0;
    private const int ONoCtty = 0x100;
    private const int ONonBlock = 0x800;
    private const int OCloExec = 0x80000;

    private static readonly StatxFunction? Statx;
    private static readonly OpenFunction? Open;
    private static readonly CloseFunction? Close;

    static NativeFileApi()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        if (!NativeLibrary.TryLoad("libc.so.6", out var libc) && !NativeLibrary.TryLoad("libc", typeof(NativeFileApi).Assembly, null, out libc))
        {
            return;
        }

        if (NativeLibrary.TryGetExport(libc, "statx", out var statx) && NativeLibrary.TryGetExport(libc, "open", out var open) &&
            NativeLibrary.TryGetExport(libc, "close", out var close))
        {
            Statx = Marshal.GetDelegateForFunctionPointer<StatxFunction>(statx);
            Open = Marshal.GetDelegateForFunctionPointer<OpenFunction>(open);
            Close = Marshal.GetDelegateForFunctionPointer<CloseFunction>(close);
        }
    }

    [UnmanagedFunctionPointer(CallingConvention.Cdecl, SetLastError = true)]
    private delegate int StatxFunction(int dirfd, byte[] path, int flags, uint mask, byte[] buffer);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl, SetLastError = true)]
    private delegate int OpenFunction(byte[] path, int flags, int mode);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl, SetLastError = true)]
    private delegate int CloseFunction(int fd);

    /// <summary>Gets a value indicating whether the native calls are available.</summary>
    public static bool IsAvailable => Statx is not null;

    /// <summary>Gets the type, size and identity of a path.</summary>
    /// <param name="path">The path.</param>
    /// <param name="followLinks">Whether a final symbolic link is followed.</param>
    /// <param name="errno">The error number when the call failed.</param>
    /// <returns>The status, or null with <paramref name="errno"/> set.</returns>
    public static FileStatus? Stat(string path, bool followLinks, out int errno)
    {
        var buffer = new byte[StatxBufferSize];
        var rc = Statx!(AtFdCwd, Utf8Z(path), followLinks ? 0 : AtSymlinkNoFollow, StatxBasicStats, buffer);
        errno = rc == 0 ? 0 : Marshal.GetLastPInvokeError();
        return rc == 0 ? Decode(buffer) : null;
    }

    /// <summary>Opens a file for reading without blocking (O_NONBLOCK: a FIFO opens at once) and gets its status.</summary>
    /// <param name="path">The path (a final link is followed).</param>
    /// <param name="status">The status of what was opened.</param>
    /// <param name="errno">The error number when the call failed.</param>
    /// <returns>The handle, or null with <paramref name="errno"/> set.</returns>
    public static Microsoft.Win32.SafeHandles.SafeFileHandle? OpenRead(string path, out FileStatus status, out int errno)
    {
        status = default;
        var fd = Open!(Utf8Z(path), ORdOnly | ONonBlock | OCloExec | ONoCtty, 0);
        if (fd < 0)
        {
            errno = Marshal.GetLastPInvokeError();
            return null;
        }

        var buffer = new byte[StatxBufferSize];
        if (Statx!(fd, [0], AtEmptyPath, StatxBasicStats, buffer) != 0)
        {
            errno = Marshal.GetLastPInvokeError();
            Close!(fd);
            return null;
        }

        errno = 0;
        status = Decode(buffer);
        return new Microsoft.Win32.SafeHandles.SafeFileHandle(fd, ownsHandle: true);
    }

    private static FileStatus Decode(byte[] buffer)
    {
        var mode = BitConverter.ToUInt16(buffer, OffsetMode);
        var type = (mode & 0xF000) switch
        {
            0x8000 => FileType.Regular,
            0x4000 => FileType.Directory,
            0xA000 => FileType.SymbolicLink,
            0x1000 => FileType.Fifo,
            0x2000 => FileType.CharacterDevice,
            0x6000 => FileType.BlockDevice,
            0xC000 => FileType.Socket,
            _ => FileType.Other,
        };
        var identity = $"{BitConverter.ToUInt32(buffer, OffsetDevMajor)}:{BitConverter.ToUInt32(buffer, OffsetDevMinor)}:{BitConverter.ToUInt64(buffer, OffsetIno)}";
        return new FileStatus(type, (long)BitConverter.ToUInt64(buffer, OffsetSize), identity);
    }

    private static byte[] Utf8Z(string path)
    {
        var bytes = new byte[Encoding.UTF8.GetByteCount(path) + 1];
        Encoding.UTF8.GetBytes(path, bytes);
        return bytes;
    }
}

/// <summary>What a path is.</summary>
internal enum FileType
{
    /// <summary>A regular file.</summary>
    Regular,

    /// <summary>A folder.</summary>
    Directory,

    /// <summary>A symbolic link (only when links are not followed).</summary>
    SymbolicLink,

    /// <summary>A named pipe.</summary>
    Fifo,

    /// <summary>A character device (<c>/dev/zero</c>, a terminal).</summary>
    CharacterDevice,

    /// <summary>A block device (a disk).</summary>
    BlockDevice,

    /// <summary>A Unix socket.</summary>
    Socket,

    /// <summary>Anything else.</summary>
    Other,
}

/// <summary>The type, size and identity (device and inode on Linux, else the resolved path) of a path.</summary>
/// <param name="Type">The type.</param>
/// <param name="Size">The size in bytes as the file system states it.</param>
/// <param name="Identity">A key equal for two paths to the same file or folder.</param>
internal readonly record struct FileStatus(FileType Type, long Size, string Identity);
