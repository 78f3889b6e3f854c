// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Buffers;
using System.Runtime.InteropServices;
using System.Text;
using Gongkai.Text;

namespace Gongkai.Formats.Pdf;

/// <summary>Groups glyphs into lines and joins them into text.</summary>
/// <remarks>
/// A PDF content stream positions glyphs, it does not say where words or lines are (PDF 32000-1 §9.4);
/// CJK text has no spaces at all. Lines are rebuilt from baselines and spaces from gaps measured in ems.
/// </remarks>
internal static class PdfText
{
    /// <summary>Gap, in ems, above which two glyphs of CJK text are kept apart by a space.</summary>
    private const double WideSpaceGap = 1.5;

    /// <summary>Gap, in ems, above which two narrow (Latin, digit) glyphs are kept apart by a space.</summary>
    private const double NarrowSpaceGap = 0.22;

    /// <summary>Gap, in ems, that separates two chunks (table cells) of one line.</summary>
    private const double ChunkGap = 0.7;

    /// <summary>Gap, in ems, that separates two numbers: digits of one number touch.</summary>
    private const double DigitGap = 0.2;

    /// <summary>Clusters glyphs into lines, top to bottom, each sorted left to right.</summary>
    /// <param name="glyphs">The glyphs, in any order.</param>
    /// <returns>The lines.</returns>
    /// <remarks>O(n log n): one sort by vertical centre, then one sweep.</remarks>
    public static List<PdfTextLine> ClusterLines(IEnumerable<PdfGlyph> glyphs)
    {
        var array = glyphs.ToArray();
        return ClusterLines(array, array.Length);
    }

    /// <summary>Clusters glyphs into lines, top to bottom, each sorted left to right, in place.</summary>
    /// <param name="glyphs">The glyphs, in any order; the array is reordered and becomes the lines' storage, so the caller must not change it afterwards.</param>
    /// <param name="count">The number of glyphs (from the start of the array).</param>
    /// <returns>The lines.</returns>
    public static List<PdfTextLine> ClusterLines(PdfGlyph[] glyphs, int count)
    {
        SortTopToBottom(glyphs.AsSpan(0, count));
        var lines = new List<PdfTextLine>();
        for (var start = 0; start < count;)
        {
            var end = LineEnd(glyphs.AsSpan(0, count), start);
            lines.Add(new PdfTextLine(glyphs, start, end - start));
            start = end;
        }

        return lines;
    }

    /// <summary>Sorts glyphs by vertical centre, top first, for <see cref="LineEnd"/>.</summary>
    /// <param name="glyphs">The glyphs.</param>
    public static void SortTopToBottom(Span<PdfGlyph> glyphs) => PdfSort.Sort(glyphs, PdfSort.Key.CenterYDescending);

    /// <summary>Finds where the line starting at a glyph ends: glyphs join while their centre is within 0.45 em of the line's mean centre.</summary>
    /// <param name="sorted">The glyphs, sorted by <see cref="SortTopToBottom"/>.</param>
    /// <param name="start">The line's first glyph.</param>
    /// <returns>The index after the line's last glyph.</returns>
    public static int LineEnd(ReadOnlySpan<PdfGlyph> sorted, int start)
    {
        var sum = sorted[start].CenterY;
        var maxSize = sorted[start].Size;
        var i = start + 1;
        for (; i < sorted.Length; i++)
        {
            ref readonly var g = ref sorted[i];
            var center = sum / (i - start);
            // Written as "not within" so that a NaN position starts a new line, as it always has.
            if (!(Math.Abs(g.CenterY - center) <= 0.45 * Math.Max(maxSize, g.Size)))
            {
                break;
            }

            sum += g.CenterY;
            maxSize = Math.Max(maxSize, g.Size);
        }

        return i;
    }

    /// <summary>Joins the glyphs of one line (sorted left to right) into text.</summary>
    /// <param name="glyphs">The glyphs.</param>
    /// <param name="start">The first glyph.</param>
    /// <param name="count">The number of glyphs.</param>
    /// <returns>The text, radicals normalised.</returns>
    public static string Join(IReadOnlyList<PdfGlyph> glyphs, int start, int count) => glyphs switch
    {
        PdfGlyph[] array => Join(array.AsSpan(start, count)),
        List<PdfGlyph> list => Join(CollectionsMarshal.AsSpan(list).Slice(start, count)),
        _ => Join(glyphs.Skip(start).Take(count).ToArray()),
    };

    /// <summary>Joins the glyphs of one line (sorted left to right) into text.</summary>
    /// <param name="glyphs">The glyphs.</param>
    /// <returns>The text, radicals normalised.</returns>
    public static string Join(ReadOnlySpan<PdfGlyph> glyphs)
    {
        if (glyphs.IsEmpty)
        {
            return string.Empty;
        }

        var length = glyphs[0].Text.Length;
        for (var i = 1; i < glyphs.Length; i++)
        {
            length = checked(length + glyphs[i].Text.Length + (NeedsSpace(glyphs[i - 1], glyphs[i]) ? 1 : 0));
        }

        // One buffer and one string, instead of a StringBuilder, its string and the trimmed copy.
        char[]? rented = null;
        var buffer = length <= 256 ? stackalloc char[length] : (rented = ArrayPool<char>.Shared.Rent(length)).AsSpan(0, length);
        try
        {
            glyphs[0].Text.CopyTo(buffer);
            var at = glyphs[0].Text.Length;
            for (var i = 1; i < glyphs.Length; i++)
            {
                if (NeedsSpace(glyphs[i - 1], glyphs[i]))
                {
                    buffer[at++] = ' ';
                }

                glyphs[i].Text.CopyTo(buffer[at..]);
                at += glyphs[i].Text.Length;
            }

            // A font may give the CJK angle brackets (U+3008/U+3009) and the deprecated U+2329/U+232A one glyph, which
            // then reads back as the latter: fold them to the CJK brackets.
            for (var i = 0; i < buffer.Length; i++)
            {
                buffer[i] = buffer[i] switch
                {
                    '\u2329' => '\u3008',
                    '\u232A' => '\u3009',
                    var c => c,
                };
            }

            // string.Trim and span Trim drop the same characters (char.IsWhiteSpace).
            return TextFold.NormalizeRadicals(new string(((ReadOnlySpan<char>)buffer).Trim()));
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    /// <summary>Joins the text lines of one cell, top to bottom.</summary>
    /// <param name="lines">The line texts, top to bottom.</param>
    /// <returns>The cell text: a line wrapped inside CJK text is joined directly, other breaks become <c>'\n'</c>.</returns>
    public static string JoinCellLines(IEnumerable<string> lines)
    {
        var sb = new StringBuilder();
        foreach (var line in lines)
        {
            if (line.Length == 0)
            {
                continue;
            }

            if (sb.Length > 0 && !IsWide(sb[^1]) && !IsWide(line[0]))
            {
                sb.Append('\n');
            }

            sb.Append(line);
        }

        return sb.ToString();
    }

    /// <summary>Splits a line (sorted left to right) into chunks at wide gaps: the candidate cells of a table row.</summary>
    /// <param name="line">The line.</param>
    /// <returns>The chunks, left to right.</returns>
    public static List<PdfChunk> SplitChunks(PdfTextLine line)
    {
        var glyphs = line.GlyphSpan;
        var chunks = new List<PdfChunk>();
        var start = 0;
        for (var i = 1; i <= glyphs.Length; i++)
        {
            if (i == glyphs.Length || IsChunkBreak(glyphs[i - 1], glyphs[i]))
            {
                chunks.Add(new PdfChunk(line, start, i - start));
                start = i;
            }
        }

        return chunks;
    }

    /// <summary>Returns whether a cell text is a number as written in the statistical tables (digits, optional separators and decimals).</summary>
    /// <param name="text">The text.</param>
    /// <returns>Whether it is a number.</returns>
    public static bool IsNumber(ReadOnlySpan<char> text)
    {
        text = TextFold.TrimAll(text);
        if (text.IsEmpty || !IsDigit(text[0]) || !IsDigit(text[^1]))
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!IsDigit(c) && c is not ('.' or ',' or '，' or '．'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Returns whether a character is an ASCII or full-width digit.</summary>
    /// <param name="c">The character.</param>
    /// <returns>Whether it is a digit.</returns>
    public static bool IsDigit(char c) => c is (>= '0' and <= '9') or (>= '０' and <= '９');

    /// <summary>Returns whether a character belongs to CJK text (ideographs, CJK and full-width punctuation, curly quotes).</summary>
    /// <param name="c">The character.</param>
    /// <returns>Whether it is wide.</returns>
    public static bool IsWide(char c) => c >= '\u2E80' || c is (>= '\u2000' and <= '\u206F') or '·' or '×';

    private static bool NeedsSpace(in PdfGlyph a, in PdfGlyph b)
    {
        if (a.Text.Length == 0 || b.Text.Length == 0)
        {
            return false;
        }

        var gap = b.Left - a.Right;
        var em = Math.Max(a.Size, b.Size);
        var wide = IsWide(a.Text[^1]) || IsWide(b.Text[0]);
        return gap > (wide ? WideSpaceGap : NarrowSpaceGap) * em;
    }

    private static bool IsChunkBreak(in PdfGlyph a, in PdfGlyph b)
    {
        var gap = b.Left - a.Right;
        var em = Math.Max(a.Size, b.Size);
        if (gap >= ChunkGap * em)
        {
            return true;
        }

        // Two numbers in adjacent narrow columns may stand closer than a chunk gap; digits of one number touch.
        return a.Text.Length > 0 && b.Text.Length > 0 && IsDigit(a.Text[^1]) && IsDigit(b.Text[0]) && gap >= DigitGap * em;
    }
}
