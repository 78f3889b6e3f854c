// Copyright (c) Gongkai contributors. Licensed under the MIT License.

namespace Gongkai.Formats.Pdf;

/// <summary>One positioned piece of text on a page: a PDF letter, or a character of an OCR word.</summary>
/// <remarks>
/// Coordinates are PDF user space in points with the origin at the bottom left of the page
/// (PDF 32000-1 §8.3.2.3), so a larger y is higher on the page. The vertical extent is estimated
/// from the baseline and the font size, because glyph boxes of CJK fonts are unreliable
/// (a 「一」 has a box one stroke high).
/// </remarks>
/// <param name="Text">The text (usually one character).</param>
/// <param name="Left">The left edge of the advance box.</param>
/// <param name="Right">The right edge of the advance box.</param>
/// <param name="Baseline">The baseline y.</param>
/// <param name="Size">The rendered font size in points.</param>
internal readonly record struct PdfGlyph(string Text, double Left, double Right, double Baseline, double Size)
{
    /// <summary>Gets the 0-based index of the page line the glyph belongs to, or -1 before lines are known.</summary>
    public int Line { get; init; } = -1;

    /// <summary>Gets the estimated bottom (descender) of the glyph.</summary>
    public double Bottom => Baseline - (0.15 * Size);

    /// <summary>Gets the estimated top of the glyph.</summary>
    public double Top => Baseline + (0.85 * Size);

    /// <summary>Gets the horizontal centre.</summary>
    public double CenterX => (Left + Right) / 2;

    /// <summary>Gets the vertical centre of the CJK em box.</summary>
    public double CenterY => Baseline + (0.35 * Size);
}
