// Copyright (c) Gongkai contributors. Licensed under the MIT License.

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
        var sorted = glyphs.ToList();
        sorted.Sort(static (a, b) => b.CenterY.CompareTo(a.CenterY));
        var lines = new List<PdfTextLine>();
        List<PdfGlyph>? current = null;
        double sum = 0, maxSize = 0;
        foreach (var g in sorted)
        {
            if (current is not null)
            {
                var center = sum / current.Count;
                if (Math.Abs(g.CenterY - center) <= 0.45 * Math.Max(maxSize, g.Size))
                {
                    current.Add(g);
                    sum += g.CenterY;
                    maxSize = Math.Max(maxSize, g.Size);
                    continue;
                }

                lines.Add(new PdfTextLine(current));
            }

            current = [g];
            sum = g.CenterY;
            maxSize = g.Size;
        }

        if (current is not null)
        {
            lines.Add(new PdfTextLine(current));
        }

        return lines;
    }

    /// <summary>Joins the glyphs of one line (sorted left to right) into text.</summary>
    /// <param name="glyphs">The glyphs.</param>
    /// <param name="start">The first glyph.</param>
    /// <param name="count">The number of glyphs.</param>
    /// <returns>The text, radicals normalised.</returns>
    public static string Join(IReadOnlyList<PdfGlyph> glyphs, int start, int count)
    {
        if (count == 0)
        {
            return string.Empty;
        }

        var sb = new StringBuilder(count + 4);
        sb.Append(glyphs[start].Text);
        for (var i = start + 1; i < start + count; i++)
        {
            var a = glyphs[i - 1];
            var b = glyphs[i];
            if (NeedsSpace(a, b))
            {
                sb.Append(' ');
            }

            sb.Append(b.Text);
        }

        return TextFold.NormalizeRadicals(sb.ToString().Trim());
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
        var glyphs = line.Glyphs;
        var chunks = new List<PdfChunk>();
        var start = 0;
        for (var i = 1; i <= glyphs.Count; i++)
        {
            if (i == glyphs.Count || IsChunkBreak(glyphs[i - 1], glyphs[i]))
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

    private static bool NeedsSpace(PdfGlyph a, PdfGlyph b)
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

    private static bool IsChunkBreak(PdfGlyph a, PdfGlyph b)
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
