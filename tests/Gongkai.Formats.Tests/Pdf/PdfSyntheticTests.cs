// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Formats;
using Gongkai.Formats.Content;
using Gongkai.Formats.Pdf;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Gongkai.Tests;

/// <summary>Layouts built with PdfPig's writer (Latin text: the standard fonts have no CJK glyphs).</summary>
public sealed class PdfSyntheticTests
{
    [Fact]
    public void Read_RunningHeaderAndFooter_AreDroppedAndParagraphsContinueAcrossPages()
    {
        using var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        for (var p = 1; p <= 3; p++)
        {
            var page = builder.AddPage(PageSize.A4);
            page.AddText("Gongkai County Annual Report", 9, new PdfPoint(72, 800), font);
            page.AddText($"Page {p} of 3", 9, new PdfPoint(270, 30), font);
            page.AddText($"Heading {p}", 12, new PdfPoint(90, 740), font);
            for (var l = 0; l < 3; l++)
            {
                page.AddText(new string('x', 60) + $" p{p}l{l}", 12, new PdfPoint(72, 712 - (l * 20)), font);
            }
        }

        var content = Read(builder.Build());
        var texts = content.Blocks.OfType<ContentParagraph>().Select(static p => p.Text).ToList();
        Assert.DoesNotContain(texts, static t => t.Contains("Annual Report") || t.Contains("of 3"));
        Assert.Contains("Heading 2", texts);
        var body = Assert.Single(texts, static t => t.Contains("p2l0"));
        Assert.Contains("p2l2", body);
    }

    [Fact]
    public void Read_RuledTable_CellsFollowTheGridEvenWhenNumbersStandClose()
    {
        using var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);
        page.AddText("Table", 12, new PdfPoint(72, 760), font);

        // Columns at 72 | 200 | 214 | 228 | 300, rows 700 | 680 | 660: two narrow number columns side by side.
        double[] xs = [72, 200, 214, 228, 300];
        double[] ys = [700, 680, 660];
        foreach (var x in xs)
        {
            page.DrawLine(new PdfPoint(x, ys[^1]), new PdfPoint(x, ys[0]), 0.5);
        }

        foreach (var y in ys)
        {
            page.DrawLine(new PdfPoint(xs[0], y), new PdfPoint(xs[^1], y), 0.5);
        }

        page.AddText("Received", 8, new PdfPoint(75, 686), font);
        page.AddText("12", 8, new PdfPoint(202, 686), font);
        page.AddText("5", 8, new PdfPoint(216, 686), font);
        page.AddText("17", 8, new PdfPoint(240, 686), font);
        page.AddText("Carried", 8, new PdfPoint(75, 666), font);
        page.AddText("0", 8, new PdfPoint(202, 666), font);
        page.AddText("3", 8, new PdfPoint(240, 666), font);

        var table = Assert.Single(Read(builder.Build()).Blocks.OfType<ContentTable>());
        Assert.Equal(["Received", "12", "5", "17"], table.Rows[0].Cells.Select(static c => c.Text));
        Assert.Equal(["Carried", "0", string.Empty, "3"], table.Rows[1].Cells.Select(static c => c.Text));
    }

    [Fact]
    public void Read_RuledTable_AllBlankRowBelowTheHeader_IsARowOfEmptyCells()
    {
        using var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);
        page.AddText("Table", 12, new PdfPoint(72, 760), font);

        // A header row and, below it, a row of three empty cells printed only a few points high (as Chromium does).
        double[] xs = [72, 150, 228, 300];
        double[] ys = [700, 680, 676];
        foreach (var x in xs)
        {
            page.DrawLine(new PdfPoint(x, ys[^1]), new PdfPoint(x, ys[0]), 0.5);
        }

        foreach (var y in ys)
        {
            page.DrawLine(new PdfPoint(xs[0], y), new PdfPoint(xs[^1], y), 0.5);
        }

        page.AddText("Upheld", 8, new PdfPoint(75, 686), font);
        page.AddText("Corrected", 8, new PdfPoint(153, 686), font);
        page.AddText("Total", 8, new PdfPoint(231, 686), font);

        var table = Assert.Single(Read(builder.Build()).Blocks.OfType<ContentTable>());
        Assert.Equal(2, table.Rows.Count);
        Assert.Equal(["Upheld", "Corrected", "Total"], table.Rows[0].Cells.Select(static c => c.Text));
        Assert.Equal([string.Empty, string.Empty, string.Empty], table.Rows[1].Cells.Select(static c => c.Text));
    }

    [Fact]
    public void Read_UnruledTable_RowsAndBlankCellsFromAlignment()
    {
        using var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);
        page.AddText("Applications received and handled", 14, new PdfPoint(72, 760), font);
        page.AddText("Person", 9, new PdfPoint(250, 730), font);
        page.AddText("Firm", 9, new PdfPoint(310, 730), font);
        page.AddText("Total", 9, new PdfPoint(370, 730), font);
        string[][] rows = [["Received", "3001", "53", "3054"], ["Carried over", "34", string.Empty, "34"], ["Handled", "2932", "53", "2985"]];
        for (var r = 0; r < rows.Length; r++)
        {
            var y = 710 - (r * 18);
            page.AddText(rows[r][0], 9, new PdfPoint(72, y), font);
            for (var c = 1; c < 4; c++)
            {
                if (rows[r][c].Length > 0)
                {
                    page.AddText(rows[r][c], 9, new PdfPoint(250 + ((c - 1) * 60), y), font);
                }
            }
        }

        var content = Read(builder.Build());
        var table = Assert.Single(content.Blocks.OfType<ContentTable>());
        Assert.Equal(["", "Person", "Firm", "Total"], table.Rows[0].Cells.Select(static c => c.Text));
        Assert.Equal(["Received", "3001", "53", "3054"], table.Rows[1].Cells.Select(static c => c.Text));
        Assert.Equal(["Carried over", "34", "", "34"], table.Rows[2].Cells.Select(static c => c.Text));
        Assert.Equal(["Handled", "2932", "53", "2985"], table.Rows[3].Cells.Select(static c => c.Text));
        Assert.Contains(content.Blocks.OfType<ContentParagraph>(), static p => p.Text == "Applications received and handled");
    }

    [Fact]
    public void Read_LandscapePageWithTurnedContent_IsReadInTheDisplayFrame()
    {
        // A portrait page shown with /Rotate 90 whose text is drawn turned up (Tm 0 1 -1 0): displayed upright.
        var content = new System.Text.StringBuilder("BT /F1 10 Tf\n");
        string[][] rows = [["Item", "Person", "Total"], ["Received", "3001", "3119"], ["Carried", "34", "34"], ["Handled", "2932", "3050"]];
        for (var r = 0; r < rows.Length; r++)
        {
            for (var c = 0; c < 3; c++)
            {
                content.Append(System.Globalization.CultureInfo.InvariantCulture, $"0 1 -1 0 {120 + (r * 20)} {100 + (c * 120)} Tm ({rows[r][c]}) Tj\n");
            }
        }

        content.Append("ET\n");
        var table = Assert.Single(Read(MinimalPdf(content.ToString(), "/Rotate 90")).Blocks.OfType<ContentTable>());
        Assert.Equal(["Received", "3001", "3119"], table.Rows[1].Cells.Select(static c => c.Text));
        Assert.Equal(["Handled", "2932", "3050"], table.Rows[3].Cells.Select(static c => c.Text));
    }

    /// <summary>A one-page PDF with Helvetica as /F1 and the given content stream, written by hand (PDF 32000-1 §7.5).</summary>
    private static byte[] MinimalPdf(string stream, string pageExtra = "")
    {
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            $"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] {pageExtra} /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            $"<< /Length {stream.Length} >>\nstream\n{stream}endstream",
        ];
        var sb = new System.Text.StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(sb.Length);
            sb.Append(System.Globalization.CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = sb.Length;
        sb.Append(System.Globalization.CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var o in offsets)
        {
            sb.Append(System.Globalization.CultureInfo.InvariantCulture, $"{o:D10} 00000 n \n");
        }

        sb.Append(System.Globalization.CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return System.Text.Encoding.ASCII.GetBytes(sb.ToString());
    }

    private static DocumentContent Read(byte[] pdf) => new PdfContentReader().Read(pdf, ReadOptions.Default, CancellationToken.None);
}
