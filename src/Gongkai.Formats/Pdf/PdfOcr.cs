// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Gongkai.Formats.Pdf;

/// <summary>OCR of scanned pages with the command-line tools <c>pdftoppm</c> (poppler) and <c>tesseract</c> (with <c>chi_sim</c>).</summary>
/// <remarks>
/// A page is rendered at <see cref="Dpi"/> to grey PGM, its ruling lines are found and erased
/// (<see cref="PdfScanImage"/>), and it is recognised with <c>--psm 4</c> (a single column of text of
/// variable sizes, which keeps table rows as lines; <c>--psm 6</c> garbles headings) into TSV. Word boxes
/// become glyphs in PDF points and the erased lines become rulings, so the same line and table
/// reconstruction runs on them as on a text layer. Debian packages: <c>poppler-utils</c>, <c>tesseract-ocr</c>, <c>tesseract-ocr-chi-sim</c>.
/// </remarks>
internal static class PdfOcr
{
    /// <summary>The render resolution.</summary>
    public const int Dpi = 300;

    private static readonly Lazy<bool> Available = new(Probe);

    /// <summary>Gets a value indicating whether pdftoppm and tesseract with chi_sim are installed.</summary>
    public static bool IsAvailable => Available.Value;

    /// <summary>Recognises one page.</summary>
    /// <param name="pdfPath">The PDF file on disk.</param>
    /// <param name="page">The 1-based page.</param>
    /// <param name="workDirectory">A private temporary directory.</param>
    /// <param name="cancellationToken">Cancels (kills the tools).</param>
    /// <returns>The glyphs in PDF points, origin bottom left.</returns>
    /// <exception cref="ReportReadException">A tool failed.</exception>
    public static (List<PdfGlyph> Glyphs, PdfRulings Rulings) Recognize(string pdfPath, int page, string workDirectory, CancellationToken cancellationToken)
    {
        var prefix = Path.Combine(workDirectory, "p" + page.ToString(CultureInfo.InvariantCulture));
        var p = page.ToString(CultureInfo.InvariantCulture);
        var (code, _, error) = Run("pdftoppm", ["-r", Dpi.ToString(CultureInfo.InvariantCulture), "-gray", "-f", p, "-l", p, "-singlefile", pdfPath, prefix], cancellationToken);
        var image = prefix + ".pgm";
        if (code != 0 || !File.Exists(image))
        {
            throw new ReportReadException(PdfMessages.OcrFailed(page, "pdftoppm: " + Trim(error))) { Location = new SourceLocation { Page = page } };
        }

        PdfRulings rulings;
        try
        {
            var scan = PdfScanImage.ReadPgm(File.ReadAllBytes(image));
            rulings = scan.EraseRulings(Dpi);
            File.WriteAllBytes(image, scan.ToPgm());
        }
        catch (FormatException ex)
        {
            throw new ReportReadException(PdfMessages.OcrFailed(page, "pdftoppm: " + ex.Message)) { Location = new SourceLocation { Page = page } };
        }

        cancellationToken.ThrowIfCancellationRequested();
        (code, var tsv, error) = Run("tesseract", [image, "stdout", "-l", "chi_sim", "--psm", "4", "tsv"], cancellationToken);
        File.Delete(image);
        if (code != 0)
        {
            throw new ReportReadException(PdfMessages.OcrFailed(page, "tesseract: " + Trim(error))) { Location = new SourceLocation { Page = page } };
        }

        return (ParseTsv(tsv), rulings);
    }


    /// <summary>Turns tesseract TSV into glyphs: each word's box is shared evenly among its characters.</summary>
    /// <param name="tsv">The TSV (level, page, block, par, line, word, left, top, width, height, conf, text).</param>
    /// <returns>The glyphs in points.</returns>
    internal static List<PdfGlyph> ParseTsv(string tsv)
    {
        const double Scale = 72.0 / Dpi;
        var glyphs = new List<PdfGlyph>();
        double imageHeight = 0;
        var lineHeights = new Dictionary<(int, int, int, int), (double Top, double Height)>();
        foreach (var raw in tsv.Split('\n'))
        {
            var f = raw.TrimEnd('\r').Split('\t');
            if (f.Length < 12 || !int.TryParse(f[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var level))
            {
                continue;
            }

            var left = double.Parse(f[6], CultureInfo.InvariantCulture);
            var top = double.Parse(f[7], CultureInfo.InvariantCulture);
            var width = double.Parse(f[8], CultureInfo.InvariantCulture);
            var height = double.Parse(f[9], CultureInfo.InvariantCulture);
            var key = (Int(f[2]), Int(f[3]), Int(f[4]), 0);
            switch (level)
            {
                case 1:
                    imageHeight = height;
                    break;
                case 4:
                    lineHeights[key] = (top, height);
                    break;
                case 5:
                    var text = f[11].Trim();
                    if (text.Length == 0 || text.All(static c => c is '|' or '丨' or '｜' or '_'))
                    {
                        continue;
                    }

                    // The line box gives a steadier size and baseline than each word's ink box.
                    var (lineTop, lineHeight) = lineHeights.TryGetValue(key, out var lh) ? lh : (top, height);
                    var size = Math.Max(1, lineHeight / 1.1) * Scale;
                    var bottom = (imageHeight - (lineTop + lineHeight)) * Scale;
                    var baseline = bottom + (0.12 * size);
                    var elements = StringInfoElements(text);
                    var step = width * Scale / elements.Count;
                    for (var i = 0; i < elements.Count; i++)
                    {
                        var x = (left * Scale) + (i * step);
                        glyphs.Add(new PdfGlyph(elements[i], x, x + step, baseline, size));
                    }

                    break;
            }
        }

        return glyphs;
    }

    private static List<string> StringInfoElements(string text)
    {
        var result = new List<string>();
        var e = StringInfo.GetTextElementEnumerator(text);
        while (e.MoveNext())
        {
            result.Add(e.GetTextElement());
        }

        return result;
    }

    private static int Int(string s) => int.Parse(s, NumberStyles.Integer, CultureInfo.InvariantCulture);

    private static string Trim(string s)
    {
        s = s.Trim();
        return s.Length > 200 ? s[..200] : s;
    }

    private static bool Probe()
    {
        try
        {
            var (code, _, _) = Run("pdftoppm", ["-v"], CancellationToken.None);
            if (code != 0 && code != 99)
            {
                return false;
            }

            var (langCode, output, error) = Run("tesseract", ["--list-langs"], CancellationToken.None);
            return langCode == 0 && (output + error).Split('\n').Any(static l => l.Trim() == "chi_sim");
        }
        catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or IOException or InvalidOperationException)
        {
            return false;
        }
    }

    private static (int Code, string Output, string Error) Run(string file, IEnumerable<string> args, CancellationToken cancellationToken)
    {
        var info = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        info.Environment["OMP_THREAD_LIMIT"] = "1";
        using var process = Process.Start(info) ?? throw new InvalidOperationException(file);
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        try
        {
            process.WaitForExitAsync(cancellationToken).GetAwaiter().GetResult();
        }
        catch (OperationCanceledException)
        {
            try
            {
                process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // Exited meanwhile.
            }

            throw;
        }

        return (process.ExitCode, stdout.GetAwaiter().GetResult(), stderr.GetAwaiter().GetResult());
    }
}
