// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Diagnostics;

namespace Gongkai.Tests;

/// <summary>Runs the built <c>gongkai</c> (the dll beside the tests) as a real child process: signals, permissions.</summary>
internal static class ChildProcess
{
    public static string RepoRoot { get; } = FindRoot();

    public static string Samples => Path.Combine(RepoRoot, "samples");

    public static string Dll => Path.Combine(AppContext.BaseDirectory, "gongkai.dll");

    /// <summary>Gets a value indicating whether the tests run as root (then a chmod 000 folder is still readable).</summary>
    public static bool IsRoot { get; } = OperatingSystem.IsLinux() && Run("id", ["-u"]).Trim() == "0";

    /// <summary>Gets a value indicating whether the child can be run as an unprivileged user (root with setpriv).</summary>
    public static bool CanDropPrivileges { get; } = IsRoot && File.Exists("/usr/bin/setpriv");

    /// <summary>Starts <c>dotnet gongkai.dll ARGS</c>, as user nobody when <paramref name="unprivileged"/> and running as root.</summary>
    public static Process Start(IEnumerable<string> args, bool unprivileged = false)
    {
        var info = new ProcessStartInfo
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            StandardErrorEncoding = System.Text.Encoding.UTF8,
        };
        if (unprivileged && CanDropPrivileges)
        {
            info.FileName = "/usr/bin/setpriv";
            foreach (var a in new[] { "--reuid=65534", "--regid=65534", "--clear-groups", "--", "dotnet" })
            {
                info.ArgumentList.Add(a);
            }
        }
        else
        {
            info.FileName = "dotnet";
        }

        info.ArgumentList.Add(Dll);
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        return Process.Start(info)!;
    }

    /// <summary>Sends a signal with kill(1).</summary>
    public static void Signal(Process process, string signal) => Run("kill", ["-" + signal, process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);

    public static string Run(string file, string[] args)
    {
        var info = new ProcessStartInfo(file) { UseShellExecute = false, RedirectStandardOutput = true };
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        using var p = Process.Start(info)!;
        var output = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        return output;
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(dir!.FullName, "Gongkai.slnx")))
        {
            dir = dir.Parent;
        }

        return dir.FullName;
    }
}
