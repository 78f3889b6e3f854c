// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Globalization;
using System.Text;

namespace Gongkai.Tests.Support;

/// <summary>A grayscale picture in the binary PGM format (netpbm <c>P5</c>, 8 bits), as <c>pdftoppm -gray</c> writes it.</summary>
/// <param name="Width">The width in pixels.</param>
/// <param name="Height">The height in pixels.</param>
/// <param name="Pixels">The pixels, row by row, 0 = black, 255 = white.</param>
public sealed record Pgm(int Width, int Height, byte[] Pixels)
{
    /// <summary>Gets the pixel at a position.</summary>
    /// <param name="x">The column.</param>
    /// <param name="y">The row from the top.</param>
    public byte this[int x, int y] => Pixels[(y * Width) + x];

    /// <summary>Parses a PGM file.</summary>
    /// <param name="data">The file.</param>
    /// <returns>The picture.</returns>
    public static Pgm Parse(byte[] data)
    {
        // Header: "P5", width, height, maxval, each separated by whitespace (comments not written by pdftoppm), one byte of whitespace, then the pixels.
        var fields = new List<int>();
        var at = 2;
        if (data.Length < 2 || data[0] != 'P' || data[1] != '5')
        {
            throw new FormatException("not a binary PGM (P5)");
        }

        while (fields.Count < 3)
        {
            while (char.IsWhiteSpace((char)data[at]))
            {
                at++;
            }

            var start = at;
            while (char.IsAsciiDigit((char)data[at]))
            {
                at++;
            }

            fields.Add(int.Parse(Encoding.ASCII.GetString(data, start, at - start), CultureInfo.InvariantCulture));
        }

        at++;
        if (fields[2] != 255)
        {
            throw new FormatException("only 8-bit PGM is supported");
        }

        var pixels = data.AsSpan(at, fields[0] * fields[1]).ToArray();
        return new Pgm(fields[0], fields[1], pixels);
    }

    /// <summary>Writes the picture as a PGM file.</summary>
    /// <returns>The file.</returns>
    public byte[] ToBytes()
    {
        var header = Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"P5\n{Width} {Height}\n255\n"));
        return [.. header, .. Pixels];
    }

    /// <summary>Rasterises every page of a PDF with poppler's <c>pdftoppm -gray</c>.</summary>
    /// <param name="pdf">The PDF.</param>
    /// <param name="resolution">Dots per inch (72 = one pixel per point).</param>
    /// <param name="page">Only this page (1-based), or null for all.</param>
    /// <returns>The pages in order.</returns>
    public static IReadOnlyList<Pgm> FromPdf(byte[] pdf, int resolution, int? page = null)
    {
        var work = Directory.CreateTempSubdirectory("gongkai-pgm-").FullName;
        try
        {
            var input = Path.Combine(work, "in.pdf");
            File.WriteAllBytes(input, pdf);
            var arguments = new List<string> { "-r", resolution.ToString(CultureInfo.InvariantCulture), "-gray" };
            if (page is { } p)
            {
                arguments.AddRange(["-f", p.ToString(CultureInfo.InvariantCulture), "-l", p.ToString(CultureInfo.InvariantCulture)]);
            }

            arguments.AddRange([input, Path.Combine(work, "page")]);
            RenderedPdfs.Run("pdftoppm", arguments);

            // pdftoppm numbers the files page-1.pgm … page-N.pgm, zero-padded to the width of the page count.
            return [.. Directory.EnumerateFiles(work, "page-*.pgm")
                .OrderBy(f => int.Parse(Path.GetFileNameWithoutExtension(f)["page-".Length..], CultureInfo.InvariantCulture))
                .Select(f => Parse(File.ReadAllBytes(f)))];
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }
}
