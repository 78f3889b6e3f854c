// Copyright (c) Gongkai contributors. Licensed under the MIT License.

namespace Gongkai.Formats.Pdf;

/// <summary>A line of text: glyphs sharing a baseline, left to right.</summary>
internal sealed class PdfTextLine
{
    private readonly ArraySegment<PdfGlyph> _glyphs;
    private string? _text;
    private List<PdfChunk>? _chunks;

    /// <summary>Initializes a new instance of the <see cref="PdfTextLine"/> class.</summary>
    /// <param name="glyphs">The glyphs, in any order; sorted here and fake-bold duplicates dropped.</param>
    public PdfTextLine(List<PdfGlyph> glyphs)
        : this(glyphs.ToArray(), 0, glyphs.Count)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="PdfTextLine"/> class on a range of a shared array.</summary>
    /// <param name="storage">The array holding the glyphs; the range is sorted and compacted in place and then belongs to the line.</param>
    /// <param name="start">The first glyph of the line in <paramref name="storage"/>.</param>
    /// <param name="count">The number of glyphs, in any order.</param>
    public PdfTextLine(PdfGlyph[] storage, int start, int count)
    {
        var kept = storage.AsSpan(start, SortAndDedupe(storage.AsSpan(start, count)));
        _glyphs = new ArraySegment<PdfGlyph>(storage, start, kept.Length);
        count = kept.Length;
        Left = double.MaxValue;
        Right = double.MinValue;
        Top = double.MinValue;
        Bottom = double.MaxValue;
        Index = int.MaxValue;
        double centers = 0;

        // Medians of all sizes and of the sizes of glyphs other than digits: one buffer, two sorted runs.
        var sizes = count <= 128 ? stackalloc double[2 * count] : new double[2 * count];
        var all = sizes[..count];
        var text = sizes[count..];
        var textCount = 0;
        for (var i = 0; i < count; i++)
        {
            ref readonly var g = ref kept[i];
            Left = Math.Min(Left, g.Left);
            Right = Math.Max(Right, g.Right);
            Top = Math.Max(Top, g.Top);
            Bottom = Math.Min(Bottom, g.Bottom);
            centers += g.CenterY;
            all[i] = g.Size;
            if (g.Text.Length > 0 && !PdfText.IsDigit(g.Text[0]))
            {
                text[textCount++] = g.Size;
            }

            if (g.Line >= 0)
            {
                Index = Math.Min(Index, g.Line);
            }
        }

        CenterY = centers / count;
        all.Sort();
        text = text[..textCount];
        text.Sort();
        Size = all[count / 2];
        TextSize = textCount > 0 ? text[textCount / 2] : Size;
        HasNonDigitText = textCount > 0;
        if (Index == int.MaxValue)
        {
            Index = -1;
        }
    }

    /// <summary>Sorts glyphs left to right and drops fake-bold duplicates, in place.</summary>
    /// <param name="glyphs">The glyphs of one line.</param>
    /// <returns>The number of glyphs kept, at the start of <paramref name="glyphs"/>.</returns>
    public static int SortAndDedupe(Span<PdfGlyph> glyphs)
    {
        PdfSort.Sort(glyphs, PdfSort.Key.LeftAscending);

        // Fake bold (text painted twice, slightly offset) would double every character.
        var count = 0;
        for (var i = 0; i < glyphs.Length; i++)
        {
            ref readonly var g = ref glyphs[i];
            if (count > 0)
            {
                ref readonly var p = ref glyphs[count - 1];
                // Positions first: comparing the texts (each letter its own string) is the dearer test.
                if (Math.Abs(p.Left - g.Left) < 0.3 * g.Size && Math.Abs(p.Baseline - g.Baseline) < 0.3 * g.Size && p.Text == g.Text)
                {
                    continue;
                }
            }

            glyphs[count++] = g;
        }

        return count;
    }

    /// <summary>Gets the glyphs, left to right.</summary>
    public IReadOnlyList<PdfGlyph> Glyphs => _glyphs;

    /// <summary>Gets the glyphs, left to right, for loops that should not go through an interface.</summary>
    public ReadOnlySpan<PdfGlyph> GlyphSpan => _glyphs.AsSpan();

    /// <summary>Gets the number of glyphs.</summary>
    public int GlyphCount => _glyphs.Count;

    /// <summary>Gets the left edge.</summary>
    public double Left { get; }

    /// <summary>Gets the right edge.</summary>
    public double Right { get; }

    /// <summary>Gets the top edge.</summary>
    public double Top { get; }

    /// <summary>Gets the bottom edge.</summary>
    public double Bottom { get; }

    /// <summary>Gets the mean vertical centre.</summary>
    public double CenterY { get; }

    /// <summary>Gets the median font size.</summary>
    public double Size { get; }

    /// <summary>Gets the median font size of the glyphs other than digits (tables often set numbers in a larger Latin font).</summary>
    public double TextSize { get; }

    /// <summary>Gets a value indicating whether any glyph starts with something other than a digit (see <see cref="TextSize"/>).</summary>
    public bool HasNonDigitText { get; }

    /// <summary>Gets the 0-based page line index of the line (the smallest of its glyphs'), or -1.</summary>
    public int Index { get; }

    /// <summary>Gets the text of the line.</summary>
    public string Text => _text ??= PdfText.Join(GlyphSpan);

    /// <summary>Gets the chunks of the line (runs separated by wide gaps).</summary>
    public IReadOnlyList<PdfChunk> Chunks => _chunks ??= PdfText.SplitChunks(this);

    /// <inheritdoc/>
    public override string ToString() => Text;
}
