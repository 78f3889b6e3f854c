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

    private static DocumentContent Read(byte[] pdf) => new PdfContentReader().Read(pdf, ReadOptions.Default, CancellationToken.None);
}
