// Copyright (c) Gongkai contributors. Licensed under the MIT License.

namespace Gongkai.Formats.Pdf;

/// <summary>A run of glyphs of one line without a wide gap: a word, a label, or a number in a table row.</summary>
internal sealed class PdfChunk
{
    private string? _text;
    private bool? _isNumber;

    /// <summary>Initializes a new instance of the <see cref="PdfChunk"/> class.</summary>
    /// <param name="line">The line.</param>
    /// <param name="start">The first glyph index in the line.</param>
    /// <param name="count">The number of glyphs.</param>
    public PdfChunk(PdfTextLine line, int start, int count)
    {
        Line = line;
        Start = start;
        Count = count;
        var glyphs = line.GlyphSpan.Slice(start, count);
        Left = glyphs[0].Left;
        Right = glyphs[^1].Right;
        double size = 0;
        double top = double.MinValue;
        double bottom = double.MaxValue;
        foreach (ref readonly var g in glyphs)
        {
            size = Math.Max(size, g.Size);
            top = Math.Max(top, g.Top);
            bottom = Math.Min(bottom, g.Bottom);
        }

        Size = size;
        Top = top;
        Bottom = bottom;
    }

    /// <summary>Gets the line.</summary>
    public PdfTextLine Line { get; }

    /// <summary>Gets the index of the first glyph in the line.</summary>
    public int Start { get; }

    /// <summary>Gets the number of glyphs.</summary>
    public int Count { get; }

    /// <summary>Gets the left edge.</summary>
    public double Left { get; }

    /// <summary>Gets the right edge.</summary>
    public double Right { get; }

    /// <summary>Gets the horizontal centre.</summary>
    public double CenterX => (Left + Right) / 2;

    /// <summary>Gets the top edge of the chunk's own glyphs.</summary>
    public double Top { get; }

    /// <summary>Gets the bottom edge of the chunk's own glyphs.</summary>
    public double Bottom { get; }

    /// <summary>Gets the largest font size.</summary>
    public double Size { get; }

    /// <summary>Gets the text.</summary>
    /// <remarks>Joined on first use: most chunks are whole lines of prose whose text is the line's.</remarks>
    public string Text => _text ??= Start == 0 && Count == Line.GlyphSpan.Length ? Line.Text : PdfText.Join(Line.GlyphSpan.Slice(Start, Count));

    /// <summary>Gets a value indicating whether the chunk is a number.</summary>
    public bool IsNumber => _isNumber ??= PdfText.IsNumber(Text);

    /// <inheritdoc/>
    public override string ToString() => Text;
}
