// Copyright (c) Gongkai contributors. Licensed under the MIT License.

namespace Gongkai.Tests;

/// <summary>A fact that needs Linux (FIFOs, <c>/dev/zero</c>, <c>/proc</c>, errno texts); elsewhere it is reported as skipped with the reason, never passed silently.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class LinuxFactAttribute : FactAttribute
{
    /// <summary>Initializes a new instance of the <see cref="LinuxFactAttribute"/> class.</summary>
    public LinuxFactAttribute()
    {
        if (!OperatingSystem.IsLinux())
        {
            Skip = "needs Linux (FIFOs, device files, errno texts); CI runs it on Debian";
        }
    }
}

/// <summary>A theory that needs Linux; elsewhere reported as skipped with the reason.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class LinuxTheoryAttribute : TheoryAttribute
{
    /// <summary>Initializes a new instance of the <see cref="LinuxTheoryAttribute"/> class.</summary>
    public LinuxTheoryAttribute()
    {
        if (!OperatingSystem.IsLinux())
        {
            Skip = "needs Linux (FIFOs, device files, errno texts); CI runs it on Debian";
        }
    }
}

/// <summary>A fact that needs symbolic links without privileges (not Windows); elsewhere reported as skipped with the reason.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class UnixFactAttribute : FactAttribute
{
    /// <summary>Initializes a new instance of the <see cref="UnixFactAttribute"/> class.</summary>
    public UnixFactAttribute()
    {
        if (OperatingSystem.IsWindows())
        {
            Skip = "needs symbolic links without privileges (not Windows); CI runs it on Debian";
        }
    }
}
