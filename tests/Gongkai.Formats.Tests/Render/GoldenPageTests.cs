// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Globalization;
using Gongkai.Formats.Render;
using Gongkai.Tests.Support;

namespace Gongkai.Tests.Render;

/// <summary>Issue 11: the printed pages of the five seeds, by Chromium and by Word via LibreOffice, look as they did when
/// the golden pictures were made — same page count, and each page within a tolerance of its picture.</summary>
/// <remarks>
/// <para>Each page is rasterised with <c>pdftoppm -r 20 -gray</c> (166 × 234 pixels for A4) and compared with
/// <c>Golden/pages/&lt;engine&gt;/&lt;seed&gt;/page-N.png</c>. Refresh them with
/// <c>GONGKAI_UPDATE_GOLDEN=1 dotnet test tests/Gongkai.Formats.Tests --filter GoldenPageTests</c>, then look at the
/// pictures before committing them.</para>
/// <para>The tolerance: the mean absolute difference over the page at most <see cref="PageTolerance"/> grey levels
/// (of 255), and over every 12 × 12 pixel tile (15 × 15 mm) at most <see cref="TileTolerance"/>. Anti-aliasing and hinting
/// move a glyph's edge pixels by a few levels; a lost table row or a paragraph moved by a line changes whole tiles by
/// far more (see the numbers in the failure message).</para>
/// </remarks>
[Collection(RenderedPdfsGroup.Name)]
public sealed class GoldenPageTests(RenderedPdfs pdfs)
{
    private const int Resolution = 20;
    private const int Tile = 12;
    private const double PageTolerance = 1.5;
    private const double TileTolerance = 16;

    public static TheoryData<string, PdfEngine> Cases()
    {
        var data = new TheoryData<string, PdfEngine>();
        foreach (var engine in new[] { PdfEngine.Chromium, PdfEngine.LibreOffice })
        {
            foreach (var seed in RenderedPdfs.Seeds)
            {
                data.Add(seed, engine);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void PrintedPages_MatchTheGoldenPictures(string seed, PdfEngine engine)
    {
        var pages = Pgm.FromPdf(pdfs.Get(seed, engine), Resolution);
        var folder = Path.Combine(TestPaths.TestProject, "Golden", "pages", engine.ToString().ToLowerInvariant(), Path.GetFileNameWithoutExtension(seed));
        string PathOf(int n) => Path.Combine(folder, "page-" + n.ToString(CultureInfo.InvariantCulture) + ".png");
        if (Environment.GetEnvironmentVariable("GONGKAI_UPDATE_GOLDEN") == "1")
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }

            Directory.CreateDirectory(folder);
            for (var i = 0; i < pages.Count; i++)
            {
                File.WriteAllBytes(PathOf(i + 1), Png.Encode(pages[i]));
            }
        }

        Assert.True(Directory.Exists(folder), $"{folder} is missing; make it with GONGKAI_UPDATE_GOLDEN=1 (see remarks).");
        var golden = Directory.EnumerateFiles(folder, "page-*.png").Count();
        Assert.True(golden == pages.Count, $"{engine} {seed}: {pages.Count} pages printed, the golden pictures have {golden}");
        for (var i = 0; i < pages.Count; i++)
        {
            var expected = Png.Decode(File.ReadAllBytes(PathOf(i + 1)));
            var (mean, tile, at) = Difference(expected, pages[i]);
            Assert.True(
                mean <= PageTolerance && tile <= TileTolerance,
                $"{engine} {seed} page {i + 1}: mean difference {mean:0.00} (tolerance {PageTolerance}), worst {Tile}×{Tile} tile {tile:0.0} at pixel ({at.X}, {at.Y}) (tolerance {TileTolerance})");
        }
    }

    /// <summary>The mean absolute difference of two pictures, and the worst tile's mean with its top-left corner.</summary>
    internal static (double Mean, double WorstTile, (int X, int Y) At) Difference(Pgm expected, Pgm actual)
    {
        Assert.True(expected.Width == actual.Width && expected.Height == actual.Height, $"page size {actual.Width}×{actual.Height} px, golden {expected.Width}×{expected.Height}");
        long total = 0;
        double worst = 0;
        var at = (0, 0);
        for (var ty = 0; ty < actual.Height; ty += Tile)
        {
            for (var tx = 0; tx < actual.Width; tx += Tile)
            {
                long sum = 0;
                var count = 0;
                for (var y = ty; y < Math.Min(ty + Tile, actual.Height); y++)
                {
                    for (var x = tx; x < Math.Min(tx + Tile, actual.Width); x++)
                    {
                        sum += Math.Abs(expected[x, y] - actual[x, y]);
                        count++;
                    }
                }

                total += sum;
                if ((double)sum / count > worst)
                {
                    worst = (double)sum / count;
                    at = (tx, ty);
                }
            }
        }

        return ((double)total / (actual.Width * actual.Height), worst, at);
    }
}
