// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.IO.Compression;
using System.Xml.Linq;
using Gongkai.Documents;
using Gongkai.Formats;
using Gongkai.Formats.Render;
using Gongkai.Formats.Render.Pdf;
using Gongkai.Tests.Support;
using UglyToad.PdfPig;

namespace Gongkai.Tests.Render;

/// <summary>Issue 11: page numbers 「— N —」 right on odd pages and left on even pages (GB/T 9704-2012 §7.5), in Word and in both PDFs.</summary>
public sealed class PageNumberTests
{
    private const double Mm = 72 / 25.4;

    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private static AnnualReport Seed() => ReportReader.ReadFile(Path.Combine(TestPaths.Seeds, "004_5381253050f8893c.txt")).Report!;

    [Fact]
    public void Word_HasOddAndEvenFooters_RightAndLeft_WithAPageField()
    {
        var result = ReportWriter.Render(Seed(), RenderFormat.Docx, new RenderOptions { CheckReport = false });
        using var zip = new ZipArchive(new MemoryStream(result.Content!));
        XDocument Part(string name)
        {
            using var stream = zip.GetEntry(name)!.Open();
            return XDocument.Load(stream);
        }

        // §17.15.1.35: odd and even pages have their own footers.
        Assert.NotNull(Part("word/settings.xml").Root!.Element(W + "evenAndOddHeaders"));

        var relations = Part("word/_rels/document.xml.rels").Root!.Elements().ToDictionary(e => (string)e.Attribute("Id")!, e => "word/" + (string)e.Attribute("Target")!);
        var references = Part("word/document.xml").Descendants(W + "footerReference").ToDictionary(e => (string)e.Attribute(W + "type")!, e => relations[(string)e.Attribute(XNamespace.Get("http://schemas.openxmlformats.org/officeDocument/2006/relationships") + "id")!]);
        foreach (var (type, align, side) in new[] { ("default", "right", "right"), ("even", "left", "left") })
        {
            var footer = Part(references[type]);
            var p = footer.Descendants(W + "p").Single();
            Assert.Equal(align, (string)p.Descendants(W + "jc").Single().Attribute(W + "val")!);

            // One character (4号 = 14 pt = 280 twips) in from the edge of the type area.
            Assert.Equal("280", (string)p.Descendants(W + "ind").Single().Attribute(W + side)!);
            Assert.Contains(" PAGE ", string.Concat(p.Descendants(W + "instrText").Select(t => t.Value)), StringComparison.Ordinal);
            var text = string.Concat(p.Descendants(W + "t").Select(t => t.Value));
            Assert.Equal("— 1 —", text);
        }
    }

    [Fact]
    public void ChromiumPdf_NumbersOddPagesRight_AndEvenPagesLeft()
    {
        Assert.True(Executables.Chromium(null) is not null, "Chromium is required for PDF tests: apt-get install chromium fonts-noto-cjk (or set GONGKAI_CHROMIUM); ./test.sh installs it.");
        var result = ReportWriter.Render(Seed(), RenderFormat.Pdf, new RenderOptions { CheckReport = false });
        Assert.True(result.Success, result.Error);
        AssertAlternating(result.Content);
    }

    [Fact]
    public void LibreOfficePdf_NumbersOddPagesRight_AndEvenPagesLeft()
    {
        Assert.True(Executables.LibreOffice() is not null, "LibreOffice is required: apt-get install libreoffice-writer-nogui fonts-noto-cjk (or set GONGKAI_SOFFICE); ./test.sh installs it.");
        var result = ReportWriter.Render(Seed(), RenderFormat.Pdf, new RenderOptions { CheckReport = false, PdfEngine = PdfEngine.LibreOffice, PdfTimeout = TimeSpan.FromMinutes(3) });
        Assert.True(result.Success, result.Error);
        AssertAlternating(result.Content);
    }

    /// <summary>Each page's number sits in the bottom margin, against the right edge of the type area (less one
    /// character) on odd pages and against the left edge (plus one character) on even pages.</summary>
    private static void AssertAlternating(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        Assert.True(document.NumberOfPages >= 3, "the test needs odd and even pages");
        var left = 28 * Mm;
        foreach (var page in document.GetPages())
        {
            var right = page.Width - (26 * Mm);
            var bottomMargin = 35 * Mm;
            var number = page.Number.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var line = page.GetWords().Where(w => w.BoundingBox.Top < bottomMargin).ToList();
            Assert.Contains(line, w => w.Text.Contains(number, StringComparison.Ordinal));
            Assert.Contains(line, w => w.Text.Contains('—', StringComparison.Ordinal));
            var from = line.Min(w => w.BoundingBox.Left);
            var to = line.Max(w => w.BoundingBox.Right);
            var context = $"page {page.Number}: number from {from:0} to {to:0} pt, type area {left:0}–{right:0} pt";
            if (page.Number % 2 == 1)
            {
                Assert.True(Math.Abs(right - 14 - to) < 6, context);
            }
            else
            {
                Assert.True(Math.Abs(left + 14 - from) < 6, context);
            }
        }
    }
}
