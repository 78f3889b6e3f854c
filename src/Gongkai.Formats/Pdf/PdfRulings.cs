// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Graphics;
using UglyToad.PdfPig.Graphics.Colors;

namespace Gongkai.Formats.Pdf;

/// <summary>An axis-aligned ruling segment: for a horizontal one, <see cref="Position"/> is y and the range is in x.</summary>
/// <param name="Position">The fixed coordinate.</param>
/// <param name="Start">The smaller end of the range.</param>
/// <param name="End">The larger end of the range.</param>
internal readonly record struct PdfSegment(double Position, double Start, double End);

/// <summary>The horizontal and vertical ruling lines of a page: the borders of ruled tables.</summary>
/// <remarks>
/// Table borders are stroked paths (PDF 32000-1 §8.5.3.2, <c>S</c>/<c>re</c>) or thin filled rectangles
/// (§8.5.3.3, Word and WPS often draw cell borders so); clipping paths (§8.5.4) are not borders.
/// </remarks>
internal sealed class PdfRulings
{
    /// <summary>More segments than this on a page means a drawing, not a table; rulings are then ignored.</summary>
    internal const int MaxSegments = 4000;

    private const double ThinRect = 2.5;
    private const double MergeTolerance = 1.0;

    /// <summary>Initializes a new instance of the <see cref="PdfRulings"/> class.</summary>
    /// <param name="horizontal">The horizontal segments.</param>
    /// <param name="vertical">The vertical segments.</param>
    public PdfRulings(IReadOnlyList<PdfSegment> horizontal, IReadOnlyList<PdfSegment> vertical)
    {
        Horizontal = Merge(horizontal);
        Vertical = Merge(vertical);
    }

    /// <summary>Gets an instance without rulings.</summary>
    public static PdfRulings None { get; } = new([], []);

    /// <summary>Gets the merged horizontal segments (position = y).</summary>
    public IReadOnlyList<PdfSegment> Horizontal { get; }

    /// <summary>Gets the merged vertical segments (position = x).</summary>
    public IReadOnlyList<PdfSegment> Vertical { get; }

    /// <summary>Extracts the rulings from a page's paths.</summary>
    /// <param name="paths">The paths (PdfPig applies the current transformation matrix already).</param>
    /// <returns>The rulings.</returns>
    public static PdfRulings FromPaths(IEnumerable<PdfPath> paths)
    {
        var h = new List<PdfSegment>();
        var v = new List<PdfSegment>();
        foreach (var path in paths)
        {
            if (path.IsClipping || (!path.IsStroked && !path.IsFilled))
            {
                continue;
            }

            if (path.IsStroked && !IsInvisible(path.StrokeColor))
            {
                foreach (var subpath in path)
                {
                    AddStroked(subpath, h, v);
                }
            }

            if (path.IsFilled && !IsInvisible(path.FillColor))
            {
                foreach (var subpath in path)
                {
                    AddThinFilled(subpath, h, v);
                }
            }

            if (h.Count + v.Count > MaxSegments)
            {
                return None;
            }
        }

        return new PdfRulings(h, v);
    }

    private static void AddStroked(PdfSubpath subpath, List<PdfSegment> h, List<PdfSegment> v)
    {
        PdfPoint? start = null;
        PdfPoint? current = null;
        foreach (var command in subpath.Commands)
        {
            switch (command)
            {
                case PdfSubpath.Move move:
                    start = current = move.Location;
                    break;
                case PdfSubpath.Line line:
                    AddLine(line.From, line.To, h, v);
                    current = line.To;
                    start ??= line.From;
                    break;
                case PdfSubpath.BezierCurve curve:
                    current = curve.EndPoint;
                    break;
                case PdfSubpath.Close:
                    if (start is { } s && current is { } c)
                    {
                        AddLine(c, s, h, v);
                    }

                    current = start;
                    break;
            }
        }
    }

    private static void AddLine(PdfPoint a, PdfPoint b, List<PdfSegment> h, List<PdfSegment> v)
    {
        var dx = Math.Abs(a.X - b.X);
        var dy = Math.Abs(a.Y - b.Y);
        if (dy <= 1.0 && dx > 1.0)
        {
            h.Add(new PdfSegment((a.Y + b.Y) / 2, Math.Min(a.X, b.X), Math.Max(a.X, b.X)));
        }
        else if (dx <= 1.0 && dy > 1.0)
        {
            v.Add(new PdfSegment((a.X + b.X) / 2, Math.Min(a.Y, b.Y), Math.Max(a.Y, b.Y)));
        }
    }

    private static void AddThinFilled(PdfSubpath subpath, List<PdfSegment> h, List<PdfSegment> v)
    {
        if (subpath.Commands.Any(static c => c is PdfSubpath.BezierCurve))
        {
            return;
        }

        var box = subpath.GetBoundingRectangle();
        if (box is not { } r)
        {
            return;
        }

        if (r.Height <= ThinRect && r.Width > 3 * r.Height && r.Width > 1)
        {
            h.Add(new PdfSegment((r.Bottom + r.Top) / 2, r.Left, r.Right));
        }
        else if (r.Width <= ThinRect && r.Height > 3 * r.Width && r.Height > 1)
        {
            v.Add(new PdfSegment((r.Left + r.Right) / 2, r.Bottom, r.Top));
        }
    }

    private static bool IsInvisible(IColor? color)
    {
        if (color is null)
        {
            return false;
        }

        try
        {
            var (r, g, b) = color.ToRGBValues();
            return r > 0.95 && g > 0.95 && b > 0.95;
        }
#pragma warning disable CA1031 // An exotic colour space must not stop the read; treat the line as visible.
        catch (Exception)
#pragma warning restore CA1031
        {
            return false;
        }
    }

    /// <summary>Merges collinear overlapping segments.</summary>
    private static List<PdfSegment> Merge(IReadOnlyList<PdfSegment> segments)
    {
        var sorted = segments.OrderBy(static s => s.Position).ThenBy(static s => s.Start).ToList();
        var result = new List<PdfSegment>(sorted.Count);
        var i = 0;
        while (i < sorted.Count)
        {
            // One band of (almost) equal positions.
            var j = i + 1;
            while (j < sorted.Count && sorted[j].Position - sorted[j - 1].Position <= MergeTolerance)
            {
                j++;
            }

            var band = sorted.GetRange(i, j - i);
            var position = band.Average(static s => s.Position);
            band.Sort(static (a, b) => a.Start.CompareTo(b.Start));
            var start = band[0].Start;
            var end = band[0].End;
            for (var k = 1; k < band.Count; k++)
            {
                if (band[k].Start <= end + 1.5)
                {
                    end = Math.Max(end, band[k].End);
                }
                else
                {
                    result.Add(new PdfSegment(position, start, end));
                    start = band[k].Start;
                    end = band[k].End;
                }
            }

            result.Add(new PdfSegment(position, start, end));
            i = j;
        }

        return result;
    }
}
