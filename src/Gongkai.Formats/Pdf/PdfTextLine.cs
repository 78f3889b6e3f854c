// Copyright (c) Gongkai contributors. Licensed under the MIT License.

namespace Gongkai.Formats.Pdf;

/// <summary>A line of text: glyphs sharing a baseline, left to right.</summary>
internal sealed class PdfTextLine
{
    private string? _text;
    private List<PdfChunk>? _chunks;

    /// <summary>Initializes a new instance of the <see cref="PdfTextLine"/> class.</summary>
    /// <param name="glyphs">The glyphs, in any order; sorted here and fake-bold duplicates dropped.</param>
    public PdfTextLine(List<PdfGlyph> glyphs)
    {
        glyphs.Sort(static (a, b) => a.Left.CompareTo(b.Left));

        // Fake bold (text painted twice, slightly offset) would double every character.
        var kept = new List<PdfGlyph>(glyphs.Count);
        foreach (var g in glyphs)
        {
            if (kept.Count > 0)
            {
                var p = kept[^1];
                if (p.Text == g.Text && Math.Abs(p.Left - g.Left) < 0.3 * g.Size && Math.Abs(p.Baseline - g.Baseline) < 0.3 * g.Size)
                {
                    continue;
                }
            }

            kept.Add(g);
        }

        Glyphs = kept;
        Left = double.MaxValue;
        Right = double.MinValue;
        Top = double.MinValue;
        Bottom = double.MaxValue;
        Index = int.MaxValue;
        double centers = 0;
        var sizes = new double[kept.Count];
        for (var i = 0; i < kept.Count; i++)
        {
            var g = kept[i];
            Left = Math.Min(Left, g.Left);
            Right = Math.Max(Right, g.Right);
            Top = Math.Max(Top, g.Top);
            Bottom = Math.Min(Bottom, g.Bottom);
            centers += g.CenterY;
            sizes[i] = g.Size;
            if (g.Line >= 0)
            {
                Index = Math.Min(Index, g.Line);
            }
        }

        CenterY = centers / kept.Count;
        var textSizes = kept.Where(static g => g.Text.Length > 0 && !PdfText.IsDigit(g.Text[0])).Select(static g => g.Size).Order().ToList();
        Array.Sort(sizes);
        Size = sizes[sizes.Length / 2];
        TextSize = textSizes.Count > 0 ? textSizes[textSizes.Count / 2] : Size;
        if (Index == int.MaxValue)
        {
            Index = -1;
        }
    }

    /// <summary>Gets the glyphs, left to right.</summary>
    public IReadOnlyList<PdfGlyph> Glyphs { get; }

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

    /// <summary>Gets the 0-based page line index of the line (the smallest of its glyphs'), or -1.</summary>
    public int Index { get; }

    /// <summary>Gets the text of the line.</summary>
    public string Text => _text ??= PdfText.Join(Glyphs, 0, Glyphs.Count);

    /// <summary>Gets the chunks of the line (runs separated by wide gaps).</summary>
    public IReadOnlyList<PdfChunk> Chunks => _chunks ??= PdfText.SplitChunks(this);

    /// <inheritdoc/>
    public override string ToString() => Text;
}
