// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Collections.Concurrent;
using System.Diagnostics;
using Gongkai.Documents;
using Gongkai.Formats;
using Gongkai.Formats.Render;
using Gongkai.Formats.Render.Pdf;

namespace Gongkai.Tests.Support;

/// <summary>The seeds printed once per test run by each PDF engine (Chromium and Word via LibreOffice), shared by the
/// font, golden-page and layout tests so each slow print happens once.</summary>
public sealed class RenderedPdfs
{
    private readonly ConcurrentDictionary<(string Seed, PdfEngine Engine), Lazy<byte[]>> _pdfs = new();

    /// <summary>Gets the seed names (file names in <c>samples/</c>).</summary>
    public static IReadOnlyList<string> Seeds { get; } = [.. TestPaths.SeedFiles().Select(f => Path.GetFileName(f))];

    /// <summary>Reads a seed.</summary>
    /// <param name="seed">The file name.</param>
    /// <returns>The report.</returns>
    public static AnnualReport Report(string seed) => ReportReader.ReadFile(Path.Combine(TestPaths.Seeds, seed)).Report!;

    /// <summary>Gets the PDF of a seed printed by an engine (rendered on first use).</summary>
    /// <param name="seed">The file name.</param>
    /// <param name="engine">The engine.</param>
    /// <returns>The PDF.</returns>
    public byte[] Get(string seed, PdfEngine engine) => _pdfs.GetOrAdd((seed, engine), key => new Lazy<byte[]>(() => Render(key.Seed, key.Engine))).Value;

    private static byte[] Render(string seed, PdfEngine engine)
    {
        Assert.True(
            engine == PdfEngine.Chromium ? Executables.Chromium(null) is not null : Executables.LibreOffice() is not null,
            $"{engine} is required: apt-get install chromium libreoffice-writer-nogui fonts-noto-cjk poppler-utils; ./test.sh installs them.");
        var result = ReportWriter.Render(Report(seed), RenderFormat.Pdf, new RenderOptions { CheckReport = false, PdfEngine = engine, PdfTimeout = TimeSpan.FromMinutes(3) });
        Assert.True(result.Success, result.Error);
        return result.Content;
    }

    /// <summary>Runs a command-line tool (pdffonts, pdftoppm, fc-match) and returns its standard output.</summary>
    /// <param name="program">The program.</param>
    /// <param name="arguments">Its arguments.</param>
    /// <param name="environment">Extra environment variables.</param>
    /// <returns>The output.</returns>
    public static string Run(string program, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo(program) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in arguments)
        {
            info.ArgumentList.Add(a);
        }

        foreach (var (k, v) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[k] = v;
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException(program + " did not start");
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{program} failed ({process.ExitCode}): {error.Result}");
        return output;
    }
}

/// <summary>The tests that share <see cref="RenderedPdfs"/>.</summary>
[CollectionDefinition(Name)]
public sealed class RenderedPdfsGroup : ICollectionFixture<RenderedPdfs>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Rendered PDFs";
}
