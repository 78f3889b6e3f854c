// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Diagnostics;
using System.Text;

namespace Gongkai.Formats.Render.Pdf;

/// <summary>Converts a file with LibreOffice in headless mode (<c>soffice --headless --convert-to</c>).</summary>
/// <remarks>
/// <para>Each conversion runs in its own temporary folder with its own LibreOffice profile
/// (<c>-env:UserInstallation</c>), so conversions never share a lock file or a stale profile.</para>
/// <para>On Linux LibreOffice finds a missing font through fontconfig, by name only (its Word import drops the font table's
/// <c>w:altName</c> and <c>w:family</c>), and gets the default sans for 仿宋_GB2312 as for 黑体. Each conversion therefore
/// runs with <c>FONTCONFIG_FILE</c> pointing to <see cref="OfficialFonts.FontconfigFile"/> (which includes the machine's own
/// configuration): body text falls back to Noto Serif CJK SC and headings to the bold Noto Sans CJK SC.</para>
/// </remarks>
internal static class LibreOfficeConverter
{
    /// <summary>Converts a document.</summary>
    /// <param name="input">The input file's bytes.</param>
    /// <param name="inputExtension">Its extension, e.g. <c>.docx</c>.</param>
    /// <param name="target">The target filter, e.g. <c>pdf</c>.</param>
    /// <param name="timeout">How long it may take.</param>
    /// <param name="cancellationToken">Cancels the conversion.</param>
    /// <returns>The converted file.</returns>
    /// <exception cref="RenderException">LibreOffice is missing or the conversion fails.</exception>
    public static byte[] Convert(byte[] input, string inputExtension, string target, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var name = "report." + target.Split(':')[0];
        return ConvertToFiles(input, inputExtension, target, timeout, cancellationToken).FirstOrDefault(f => f.Name == name).Content
            ?? throw PdfMessages.LibreOfficeError("未生成 " + name);
    }

    /// <summary>Converts a document into one or more files (a workbook to one CSV file per sheet with the filter option
    /// <c>-1</c>: <c>report-&lt;sheet&gt;.csv</c>).</summary>
    /// <param name="input">The input file's bytes.</param>
    /// <param name="inputExtension">Its extension, e.g. <c>.xlsx</c>.</param>
    /// <param name="target">The target filter with its options, e.g. <c>csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1</c>.</param>
    /// <param name="timeout">How long it may take.</param>
    /// <param name="cancellationToken">Cancels the conversion.</param>
    /// <returns>The files LibreOffice wrote, by name, in ordinal order of the names.</returns>
    /// <exception cref="RenderException">LibreOffice is missing or the conversion fails.</exception>
    public static IReadOnlyList<(string Name, byte[] Content)> ConvertToFiles(byte[] input, string inputExtension, string target, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var soffice = Executables.LibreOffice() ?? throw PdfMessages.LibreOfficeMissingError();
        var work = Directory.CreateTempSubdirectory("gongkai-lo-").FullName;
        try
        {
            var source = Path.Combine(work, "report" + inputExtension);
            File.WriteAllBytes(source, input);
            var info = new ProcessStartInfo(soffice)
            {
                UseShellExecute = false,
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                WorkingDirectory = work,
            };
            if (OperatingSystem.IsLinux() || OperatingSystem.IsFreeBSD())
            {
                var fonts = Path.Combine(work, "fonts.conf");
                var machine = Environment.GetEnvironmentVariable("FONTCONFIG_FILE") is { Length: > 0 } configured ? configured : "/etc/fonts/fonts.conf";
                File.WriteAllText(fonts, OfficialFonts.FontconfigFile(Path.GetFullPath(machine)));
                info.Environment["FONTCONFIG_FILE"] = fonts;
            }

            foreach (var argument in (ReadOnlySpan<string>)
            [
                "-env:UserInstallation=" + new Uri(Path.Combine(work, "profile")).AbsoluteUri, "--headless", "--norestore", "--nologo",
                "--nolockcheck", "--convert-to", target, "--outdir", work, source,
            ])
            {
                info.ArgumentList.Add(argument);
            }

            using var process = Process.Start(info) ?? throw PdfMessages.LibreOfficeError("进程未启动");
            var output = new StringBuilder();
            process.OutputDataReceived += (_, e) => Append(output, e.Data);
            process.ErrorDataReceived += (_, e) => Append(output, e.Data);
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            cts.CancelAfter(timeout);
            try
            {
                process.WaitForExitAsync(cts.Token).GetAwaiter().GetResult();
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                cancellationToken.ThrowIfCancellationRequested();
                throw PdfMessages.TimeoutError(timeout);
            }

            var results = Directory.EnumerateFiles(work, "report*." + target.Split(':')[0])
                .Where(f => !string.Equals(f, source, StringComparison.Ordinal))
                .Order(StringComparer.Ordinal)
                .ToList();
            if (process.ExitCode != 0 || results.Count == 0)
            {
                string detail;
                lock (output)
                {
                    detail = output.ToString().Trim();
                }

                throw PdfMessages.LibreOfficeError($"退出码 {process.ExitCode}{(detail.Length > 0 ? "：" + detail : string.Empty)}");
            }

            return [.. results.Select(f => (Path.GetFileName(f), File.ReadAllBytes(f)))];
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw PdfMessages.LibreOfficeError(ex.Message, ex);
        }
        finally
        {
            try
            {
                Directory.Delete(work, recursive: true);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // A temporary folder left behind is harmless.
            }
        }
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            if (output.Length < 4000)
            {
                output.AppendLine(line);
            }
        }
    }
}
