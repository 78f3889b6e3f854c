// Copyright (c) Gongkai contributors. Licensed under the MIT License.

namespace Gongkai.Formats.Render.Pdf;

/// <summary>Finds the external programs the PDF engines need: an explicit path, an environment variable, the usual places, the PATH.</summary>
internal static class Executables
{
    /// <summary>Finds Chromium.</summary>
    /// <param name="configured">A path given in the options, or null.</param>
    /// <returns>The executable, or null when none is installed.</returns>
    public static string? Chromium(string? configured) =>
        Find(configured, "GONGKAI_CHROMIUM", ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable"], ["chromium", "chromium-browser", "google-chrome", "chrome"]);

    /// <summary>Finds LibreOffice.</summary>
    /// <returns>The executable, or null when none is installed.</returns>
    public static string? LibreOffice() =>
        Find(null, "GONGKAI_SOFFICE", ["/usr/bin/soffice", "/usr/bin/libreoffice", "/usr/lib/libreoffice/program/soffice"], ["soffice", "libreoffice"]);

    private static string? Find(string? configured, string variable, string[] known, string[] names)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return File.Exists(configured) ? configured : null;
        }

        if (Environment.GetEnvironmentVariable(variable) is { Length: > 0 } fromEnvironment)
        {
            return File.Exists(fromEnvironment) ? fromEnvironment : null;
        }

        foreach (var path in known)
        {
            if (File.Exists(path))
            {
                return path;
            }
        }

        foreach (var directory in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var name in names)
            {
                foreach (var candidate in (ReadOnlySpan<string>)[Path.Combine(directory, name), Path.Combine(directory, name + ".exe")])
                {
                    if (File.Exists(candidate))
                    {
                        return candidate;
                    }
                }
            }
        }

        return null;
    }
}
