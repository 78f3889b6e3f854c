// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Globalization;
using System.Text;

namespace Gongkai.Formats.Pdf;

/// <summary>A rendered page as an 8-bit grey image (binary PGM), with its ruling lines found and erased before OCR.</summary>
/// <remarks>
/// Table borders through or beside text make tesseract read 「|178」 as 「1178」. Long thin dark runs are
/// ruling lines: they are turned into <see cref="PdfSegment"/>s (so a scanned table is rebuilt from its
/// grid like a ruled one) and painted white. Linear in the number of pixels.
/// </remarks>
internal sealed class PdfScanImage
{
    private const byte Dark = 160;
    private const int MaxThickness = 6;

    private readonly byte[] _pixels;

    private PdfScanImage(int width, int height, byte[] pixels)
    {
        Width = width;
        Height = height;
        _pixels = pixels;
    }

    /// <summary>Gets the width in pixels.</summary>
    public int Width { get; }

    /// <summary>Gets the height in pixels.</summary>
    public int Height { get; }

    /// <summary>Reads a binary PGM (P5, max value ≤ 255) as written by <c>pdftoppm -gray</c>.</summary>
    /// <param name="data">The file.</param>
    /// <returns>The image.</returns>
    /// <exception cref="FormatException">Not a binary 8-bit PGM.</exception>
    public static PdfScanImage ReadPgm(byte[] data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var pos = 0;
        var magic = Token(data, ref pos);
        var width = int.Parse(Token(data, ref pos), CultureInfo.InvariantCulture);
        var height = int.Parse(Token(data, ref pos), CultureInfo.InvariantCulture);
        var max = int.Parse(Token(data, ref pos), CultureInfo.InvariantCulture);
        pos++; // the single whitespace after the header
        if (magic != "P5" || max > 255 || width <= 0 || height <= 0 || data.Length - pos < (long)width * height)
        {
            throw new FormatException("not an 8-bit binary PGM");
        }

        return new PdfScanImage(width, height, data.AsSpan(pos, width * height).ToArray());
    }

    /// <summary>Writes the image as binary PGM.</summary>
    /// <returns>The file.</returns>
    public byte[] ToPgm()
    {
        var header = Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"P5\n{Width} {Height}\n255\n"));
        var result = new byte[header.Length + _pixels.Length];
        header.CopyTo(result, 0);
        _pixels.CopyTo(result, header.Length);
        return result;
    }

    /// <summary>Finds the ruling lines, erases them, and returns them in PDF points (origin bottom left).</summary>
    /// <param name="dpi">The render resolution.</param>
    /// <returns>The rulings.</returns>
    public PdfRulings EraseRulings(int dpi)
    {
        var minLength = dpi * 20 / 72; // 20 pt: longer than any stroke of body or table text
        var scale = 72.0 / dpi;
        var horizontal = new List<PdfSegment>();
        var vertical = new List<PdfSegment>();
        var erase = new bool[_pixels.Length];

        // Horizontal: runs of dark pixels along a row, at most MaxThickness rows thick.
        var runMask = new bool[_pixels.Length];
        for (var y = 0; y < Height; y++)
        {
            var row = y * Width;
            var x = 0;
            while (x < Width)
            {
                if (_pixels[row + x] >= Dark)
                {
                    x++;
                    continue;
                }

                var start = x;
                while (x < Width && _pixels[row + x] < Dark)
                {
                    x++;
                }

                if (x - start >= minLength)
                {
                    Array.Fill(runMask, true, row + start, x - start);
                }
            }
        }

        for (var y = 0; y < Height; y++)
        {
            var x = 0;
            var row = y * Width;
            while (x < Width)
            {
                if (!runMask[row + x] || !IsThinVertically(runMask, x, y))
                {
                    x++;
                    continue;
                }

                var start = x;
                while (x < Width && runMask[row + x] && IsThinVertically(runMask, x, y))
                {
                    erase[row + x] = true;
                    x++;
                }

                if (x - start >= minLength)
                {
                    horizontal.Add(new PdfSegment((Height - y - 0.5) * scale, start * scale, x * scale));
                }
            }
        }

        // Vertical: the same along columns.
        Array.Clear(runMask);
        for (var x = 0; x < Width; x++)
        {
            var y = 0;
            while (y < Height)
            {
                if (_pixels[(y * Width) + x] >= Dark)
                {
                    y++;
                    continue;
                }

                var start = y;
                while (y < Height && _pixels[(y * Width) + x] < Dark)
                {
                    y++;
                }

                if (y - start >= minLength)
                {
                    for (var k = start; k < y; k++)
                    {
                        runMask[(k * Width) + x] = true;
                    }
                }
            }
        }

        for (var x = 0; x < Width; x++)
        {
            var y = 0;
            while (y < Height)
            {
                if (!runMask[(y * Width) + x] || !IsThinHorizontally(runMask, x, y))
                {
                    y++;
                    continue;
                }

                var start = y;
                while (y < Height && runMask[(y * Width) + x] && IsThinHorizontally(runMask, x, y))
                {
                    erase[(y * Width) + x] = true;
                    y++;
                }

                if (y - start >= minLength)
                {
                    vertical.Add(new PdfSegment((x + 0.5) * scale, (Height - y) * scale, (Height - start) * scale));
                }
            }
        }

        // Erase with a one-pixel margin: anti-aliased edges of a line are grey, not white.
        for (var y = 0; y < Height; y++)
        {
            for (var x = 0; x < Width; x++)
            {
                if (!erase[(y * Width) + x])
                {
                    continue;
                }

                for (var dy = -1; dy <= 1; dy++)
                {
                    for (var dx = -1; dx <= 1; dx++)
                    {
                        var yy = y + dy;
                        var xx = x + dx;
                        if (yy >= 0 && yy < Height && xx >= 0 && xx < Width && _pixels[(yy * Width) + xx] < 235)
                        {
                            _pixels[(yy * Width) + xx] = 255;
                        }
                    }
                }
            }
        }

        return horizontal.Count + vertical.Count > PdfRulings.MaxSegments * 4 ? PdfRulings.None : new PdfRulings(horizontal, vertical);
    }

    private static string Token(byte[] data, ref int pos)
    {
        while (pos < data.Length)
        {
            if (data[pos] == '#')
            {
                while (pos < data.Length && data[pos] != '\n')
                {
                    pos++;
                }
            }
            else if (data[pos] is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t')
            {
                pos++;
            }
            else
            {
                break;
            }
        }

        var start = pos;
        while (pos < data.Length && data[pos] is not ((byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t'))
        {
            pos++;
        }

        return Encoding.ASCII.GetString(data, start, pos - start);
    }

    /// <summary>Whether the marked run through (x, y) is at most <see cref="MaxThickness"/> pixels tall.</summary>
    private bool IsThinVertically(bool[] mask, int x, int y)
    {
        var top = y;
        while (top > 0 && mask[((top - 1) * Width) + x] && y - top < MaxThickness)
        {
            top--;
        }

        var bottom = y;
        while (bottom < Height - 1 && mask[((bottom + 1) * Width) + x] && bottom - top < MaxThickness)
        {
            bottom++;
        }

        return bottom - top < MaxThickness;
    }

    /// <summary>Whether the marked run through (x, y) is at most <see cref="MaxThickness"/> pixels wide.</summary>
    private bool IsThinHorizontally(bool[] mask, int x, int y)
    {
        var row = y * Width;
        var left = x;
        while (left > 0 && mask[row + left - 1] && x - left < MaxThickness)
        {
            left--;
        }

        var right = x;
        while (right < Width - 1 && mask[row + right + 1] && right - left < MaxThickness)
        {
            right++;
        }

        return right - left < MaxThickness;
    }
}
