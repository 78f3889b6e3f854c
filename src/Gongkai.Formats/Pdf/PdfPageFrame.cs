// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace Gongkai.Formats.Pdf;

/// <summary>The reading frame of a page: a quarter or half turn that makes the page's text run left to right.</summary>
/// <remarks>
/// A landscape table is often a portrait page shown with <c>/Rotate 90</c> (PDF 32000-1 §7.7.3.3, Table 30)
/// whose content is drawn turned, so in user space its text runs up or down the page. Letters and rulings
/// are mapped into the frame where the majority of baselines point right; the mapped page spans
/// [0, <see cref="Width"/>] × [0, <see cref="Height"/>] with y up, like an upright page.
/// </remarks>
internal readonly struct PdfPageFrame
{
    private readonly Turn _turn;
    private readonly double _sourceWidth;
    private readonly double _sourceHeight;

    private PdfPageFrame(Turn turn, double width, double height)
    {
        _turn = turn;
        _sourceWidth = width;
        _sourceHeight = height;
    }

    private enum Turn
    {
        None,
        Up,
        Down,
        Flip,
    }

    /// <summary>Gets the width of the page in the frame.</summary>
    public double Width => _turn is Turn.Up or Turn.Down ? _sourceHeight : _sourceWidth;

    /// <summary>Gets the height of the page in the frame.</summary>
    public double Height => _turn is Turn.Up or Turn.Down ? _sourceWidth : _sourceHeight;

    /// <summary>Chooses the frame from the direction most letters' baselines run in.</summary>
    /// <param name="letters">The page's letters.</param>
    /// <param name="width">The page width (user space).</param>
    /// <param name="height">The page height (user space).</param>
    /// <returns>The frame.</returns>
    public static PdfPageFrame Detect(IReadOnlyList<Letter> letters, double width, double height)
    {
        int right = 0, up = 0, down = 0, left = 0;
        foreach (var letter in letters)
        {
            var dx = letter.EndBaseLine.X - letter.StartBaseLine.X;
            var dy = letter.EndBaseLine.Y - letter.StartBaseLine.Y;
            if (Math.Abs(dx) >= Math.Abs(dy))
            {
                if (dx >= 0)
                {
                    right++;
                }
                else
                {
                    left++;
                }
            }
            else if (dy > 0)
            {
                up++;
            }
            else
            {
                down++;
            }
        }

        var turn = Turn.None;
        var best = right;
        if (up > best)
        {
            (turn, best) = (Turn.Up, up);
        }

        if (down > best)
        {
            (turn, best) = (Turn.Down, down);
        }

        if (left > best)
        {
            turn = Turn.Flip;
        }

        return new PdfPageFrame(turn, width, height);
    }

    /// <summary>Maps a point of user space into the frame.</summary>
    /// <param name="p">The point.</param>
    /// <returns>The mapped point.</returns>
    public PdfPoint Map(PdfPoint p) => _turn switch
    {
        Turn.Up => new PdfPoint(p.Y, _sourceWidth - p.X),
        Turn.Down => new PdfPoint(_sourceHeight - p.Y, p.X),
        Turn.Flip => new PdfPoint(_sourceWidth - p.X, _sourceHeight - p.Y),
        _ => p,
    };

    /// <summary>Maps the rulings into the frame (a quarter turn swaps horizontal and vertical).</summary>
    /// <param name="rulings">The rulings in user space.</param>
    /// <returns>The mapped rulings.</returns>
    public PdfRulings Map(PdfRulings rulings)
    {
        if (_turn == Turn.None)
        {
            return rulings;
        }

        var h = new List<PdfSegment>();
        var v = new List<PdfSegment>();
        foreach (var s in rulings.Horizontal)
        {
            Add(Map(new PdfPoint(s.Start, s.Position)), Map(new PdfPoint(s.End, s.Position)), h, v);
        }

        foreach (var s in rulings.Vertical)
        {
            Add(Map(new PdfPoint(s.Position, s.Start)), Map(new PdfPoint(s.Position, s.End)), h, v);
        }

        return new PdfRulings(h, v);
    }

    /// <summary>Turns a letter into a glyph in the frame.</summary>
    /// <param name="letter">The letter.</param>
    /// <returns>The glyph.</returns>
    public PdfGlyph Glyph(Letter letter)
    {
        var start = Map(letter.StartBaseLine);
        var end = Map(letter.EndBaseLine);
        double left, right, baseline, size = letter.PointSize;
        if (Math.Abs(end.X - start.X) >= Math.Abs(end.Y - start.Y) && end.X >= start.X)
        {
            left = start.X;
            right = end.X;
            baseline = start.Y;
        }
        else
        {
            // A letter turned against the page's text (a vertical label): its box stands in for the em box.
            var a = Map(letter.BoundingBox.BottomLeft);
            var b = Map(letter.BoundingBox.TopRight);
            left = Math.Min(a.X, b.X);
            right = Math.Max(a.X, b.X);
            baseline = Math.Min(a.Y, b.Y);
            size = Math.Max(right - left, Math.Abs(a.Y - b.Y));
        }

        if (!(size > 0.5) || double.IsInfinity(size))
        {
            size = Math.Max(letter.BoundingBox.Height, 5);
        }

        if (right - left < 0.1 * size)
        {
            right = left + (0.5 * size);
        }

        return new PdfGlyph(letter.Value, left, right, baseline, size);
    }

    private static void Add(PdfPoint a, PdfPoint b, List<PdfSegment> h, List<PdfSegment> v)
    {
        if (Math.Abs(a.Y - b.Y) <= Math.Abs(a.X - b.X))
        {
            h.Add(new PdfSegment((a.Y + b.Y) / 2, Math.Min(a.X, b.X), Math.Max(a.X, b.X)));
        }
        else
        {
            v.Add(new PdfSegment((a.X + b.X) / 2, Math.Min(a.Y, b.Y), Math.Max(a.Y, b.Y)));
        }
    }
}
