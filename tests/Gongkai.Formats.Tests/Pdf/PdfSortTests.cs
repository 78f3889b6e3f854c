// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Formats.Pdf;

namespace Gongkai.Tests;

public sealed class PdfSortTests
{
    [Fact]
    public void Sort_LeftAscending_TiesKeepTheirOrder()
    {
        PdfGlyph[] glyphs = [G("c", 30), G("a1", 10), G("b", 20), G("a2", 10), G("d", 40), G("a3", 10)];
        PdfSort.Sort(glyphs, PdfSort.Key.LeftAscending);
        Assert.Equal(["a1", "a2", "a3", "b", "c", "d"], glyphs.Select(static g => g.Text));
    }

    [Fact]
    public void Sort_CenterYDescending_TopFirstTiesKeepTheirOrderNaNLast()
    {
        PdfGlyph[] glyphs = [G("low", 0, 100), G("nan", 0, double.NaN), G("top1", 0, 700), G("mid", 0, 400), G("top2", 0, 700)];
        PdfSort.Sort(glyphs, PdfSort.Key.CenterYDescending);
        Assert.Equal(["top1", "top2", "mid", "low", "nan"], glyphs.Select(static g => g.Text));
    }

    [Fact]
    public void Sort_MatchesAStableSortOnRandomInput()
    {
        var random = new Random(7);
        for (var round = 0; round < 200; round++)
        {
            var glyphs = Enumerable.Range(0, random.Next(0, 300))
                .Select(i => G(i.ToString(System.Globalization.CultureInfo.InvariantCulture), random.Next(0, 20), random.Next(0, 5) * 12.5))
                .ToArray();
            var byLeft = glyphs.OrderBy(static g => g.Left).Select(static g => g.Text).ToList();
            var byCenter = glyphs.OrderByDescending(static g => g.CenterY).Select(static g => g.Text).ToList();

            var copy = glyphs.ToArray();
            PdfSort.Sort(copy, PdfSort.Key.LeftAscending);
            Assert.Equal(byLeft, copy.Select(static g => g.Text));

            copy = glyphs.ToArray();
            PdfSort.Sort(copy, PdfSort.Key.CenterYDescending);
            Assert.Equal(byCenter, copy.Select(static g => g.Text));
        }
    }

    private static PdfGlyph G(string text, double left, double baseline = 0) => new(text, left, left + 5, baseline, 10);
}
