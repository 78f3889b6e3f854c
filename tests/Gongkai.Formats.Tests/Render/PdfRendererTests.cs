// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Documents;
using Gongkai.Formats;
using Gongkai.Formats.Render;
using Gongkai.Formats.Render.Pdf;
using Gongkai.Tests.Support;
using UglyToad.PdfPig;

namespace Gongkai.Tests.Render;

/// <summary>PDF output: A4, fonts embedded, text extractable; the .docx converts with LibreOffice. Needs Debian's chromium and libreoffice-writer-nogui (CI installs them).</summary>
public sealed class PdfRendererTests
{
    private static AnnualReport Seed() => ReportReader.ReadFile(Path.Combine(TestPaths.Seeds, "004_5381253050f8893c.txt")).Report!;

    private static void RequireChromium() =>
        Assert.True(Executables.Chromium(null) is not null, "Chromium is required for PDF tests: apt-get install chromium fonts-noto-cjk (or set GONGKAI_CHROMIUM).");

    private static void RequireLibreOffice() =>
        Assert.True(Executables.LibreOffice() is not null, "LibreOffice is required: apt-get install libreoffice-writer-nogui fonts-noto-cjk (or set GONGKAI_SOFFICE).");

    private static void AssertA4WithEmbeddedFontsAndText(byte[] pdf, string expectedText)
    {
        using var document = PdfDocument.Open(pdf);
        Assert.True(document.NumberOfPages >= 2);
        foreach (var page in document.GetPages())
        {
            // ISO 216 A4 = 595.28 × 841.89 pt; Chromium rounds to whole CSS pixels.
            Assert.InRange(page.Width, 594, 596.5);
            Assert.InRange(page.Height, 841, 843);
        }

        var text = string.Concat(document.GetPages().Select(p => p.Text));
        Assert.Contains(expectedText, Gongkai.Text.TextFold.Fold(text), StringComparison.Ordinal);

        // Every font that draws text is embedded (a font program, or Type 3 glyph procedures) and maps to Unicode.
        var raw = System.Text.Encoding.Latin1.GetString(pdf);
        Assert.True(raw.Contains("/FontFile", StringComparison.Ordinal) || raw.Contains("/Type3", StringComparison.Ordinal), "no embedded font program");
        Assert.Contains("/ToUnicode", raw, StringComparison.Ordinal);
    }

    [Fact]
    public void Chromium_PrintsA4_WithEmbeddedFonts_AndAnExtractableTextLayer()
    {
        RequireChromium();
        var result = ReportWriter.Render(Seed(), RenderFormat.Pdf);
        Assert.True(result.Success, result.Error);
        AssertA4WithEmbeddedFontsAndText(result.Content, "收到和处理政府信息公开申请情况");
    }

    [Fact]
    public void Docx_ConvertsWithLibreOffice_WithoutErrors()
    {
        RequireLibreOffice();
        var result = ReportWriter.Render(Seed(), RenderFormat.Pdf, new RenderOptions { PdfEngine = PdfEngine.LibreOffice, PdfTimeout = TimeSpan.FromMinutes(3) });
        Assert.True(result.Success, result.Error);
        AssertA4WithEmbeddedFontsAndText(result.Content, "收到和处理政府信息公开申请情况");
        var back = ReportReader.Read(result.Content, "lo.pdf");
        Assert.True(back.Success, back.Error);
        Assert.Equal(Seed().Cells["table3.received.total"], back.Report.Cells["table3.received.total"]);
    }

    [Fact]
    public void MissingChromium_IsAClearChineseError()
    {
        var result = ReportWriter.Render(Seed(), RenderFormat.Pdf, new RenderOptions { ChromiumPath = "/nonexistent/chromium" });
        Assert.False(result.Success);
        Assert.Contains("Chromium", result.Error, StringComparison.Ordinal);
        Assert.Contains("apt-get install chromium", result.Error, StringComparison.Ordinal);
    }
}
