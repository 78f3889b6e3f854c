// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Text;
using AngleSharp.Html.Parser;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Gongkai.Formats.Render;
using Gongkai.Tests.Support;
using Gongkai.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Gongkai.Tests.Render;

/// <summary>Issue 11: table 二 as the official template prints it — the sub-header rows 「信息内容 | 本年制发件数 | …」 shaded
/// light grey (D9D9D9) and the item labels 「规章」「行政许可」… centred — in Word, on the web page and in the Chromium print.</summary>
[Collection(RenderedPdfsGroup.Name)]
public sealed class Table2TemplateTests(RenderedPdfs pdfs)
{
    public static TheoryData<string> Seeds() => [.. RenderedPdfs.Seeds];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Word_SubHeaderRowsShaded_AndItemLabelsCentred(string seed)
    {
        var result = ReportWriter.Render(RenderedPdfs.Report(seed), RenderFormat.Docx, new RenderOptions { CheckReport = false });
        using var document = WordprocessingDocument.Open(new MemoryStream(result.Content!), false);
        var table2 = document.MainDocumentPart!.Document!.Body!.Elements<Table>().First();
        var rows = table2.Elements<TableRow>().ToList();
        var kinds = Kinds(rows.Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToList()).ToList());
        Assert.Contains(Kind.SubHeader, kinds);
        Assert.Contains(Kind.Item, kinds);
        static string? Fill(TableCell c) => c.TableCellProperties?.Shading?.Fill?.Value;
        static string? Align(TableCell c) => c.Elements<Paragraph>().Single().ParagraphProperties?.Justification?.Val?.ToString();
        for (var r = 0; r < rows.Count; r++)
        {
            var cells = rows[r].Elements<TableCell>().ToList();
            switch (kinds[r])
            {
                case Kind.SubHeader:
                    // ECMA-376 §17.4.33: every cell of the sub-header row filled D9D9D9.
                    Assert.All(cells, c => Assert.Equal("D9D9D9", Fill(c)));
                    break;
                case Kind.Item:
                    // §17.3.1.13: the label centred; the values are not shaded (numbers stay right-aligned).
                    Assert.Equal("center", Align(cells[0]));
                    Assert.All(cells, c => Assert.NotEqual("D9D9D9", Fill(c)));
                    Assert.All(cells.Skip(1).Where(c => c.InnerText.Length > 0), c => Assert.Equal("right", Align(c)));
                    break;
                default:
                    Assert.NotEqual("D9D9D9", Fill(cells[0]));
                    break;
            }
        }

        // Tables 三 and 四 keep their own layout: left-aligned labels, no D9D9D9.
        foreach (var other in document.MainDocumentPart.Document.Body.Elements<Table>().Skip(1))
        {
            Assert.DoesNotContain(other.Descendants<TableCell>(), c => Fill(c) == "D9D9D9");
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Html_SubHeaderRowsShaded_AndItemLabelsCentred(string seed)
    {
        var result = ReportWriter.Render(RenderedPdfs.Report(seed), RenderFormat.Html, new RenderOptions { CheckReport = false });
        var document = new HtmlParser().ParseDocument(Encoding.UTF8.GetString(result.Content!));
        var css = document.QuerySelector("style")!.TextContent;
        Assert.Contains(".gongkai-report th.shaded{background:#d9d9d9;-webkit-print-color-adjust:exact;print-color-adjust:exact}", css, StringComparison.Ordinal);
        Assert.Contains(".gongkai-report th[scope=row].center{text-align:center}", css, StringComparison.Ordinal);

        var rows = document.QuerySelectorAll("table.table-2 tr").ToList();
        var kinds = Kinds(rows.Select(r => r.Children.Select(c => c.TextContent).ToList()).ToList());
        Assert.Contains(Kind.SubHeader, kinds);
        for (var r = 0; r < rows.Count; r++)
        {
            var cells = rows[r].Children.ToList();
            switch (kinds[r])
            {
                case Kind.SubHeader:
                    Assert.All(cells, c => Assert.True(c.ClassList.Contains("shaded"), c.OuterHtml));
                    break;
                case Kind.Item:
                    Assert.Equal("row", cells[0].GetAttribute("scope"));
                    Assert.True(cells[0].ClassList.Contains("center"), cells[0].OuterHtml);
                    Assert.All(cells, c => Assert.False(c.ClassList.Contains("shaded")));
                    break;
                default:
                    Assert.All(cells, c => Assert.False(c.ClassList.Contains("shaded")));
                    break;
            }
        }

        Assert.Empty(document.QuerySelectorAll("table.table-3 .shaded, table.table-4 .shaded, table.table-3 .center, table.table-4 .center"));
    }

    /// <summary>In the print, the sub-header cell 「信息内容」 is light grey beside its text and an item label's cell is white;
    /// the item label's centre is the column's centre (that of 「信息内容」, which fills more of it).</summary>
    [Theory]
    [InlineData(PdfEngine.Chromium)]
    [InlineData(PdfEngine.LibreOffice)]
    public void Pdf_SubHeaderCellIsGrey_AndItemLabelsCentred(PdfEngine engine)
    {
        const string Seed = "004_5381253050f8893c.txt";
        var pdf = pdfs.Get(Seed, engine);
        using var document = PdfDocument.Open(pdf);
        // The sub-header of the first sub-table (「信息内容」 alone may occur in the text).
        var (page, found) = document.GetPages().Select(p => (p, Find(p, "信息内容本年制发件数", 4))).First(x => x.Item2 is not null);
        var header = found!.Value;
        var label = Find(page, "规章0", 2) ?? throw new InvalidOperationException("规章 not on the page of 信息内容");
        var picture = Pgm.FromPdf(pdf, 72, page.Number)[0];

        // One pixel per point; PDF y runs up from the bottom, the picture's down from the top. Sample 6 pt left of the text, mid-height.
        byte Beside(UglyToad.PdfPig.Core.PdfRectangle box) => picture[(int)(box.Left - 6), (int)(page.Height - ((box.Top + box.Bottom) / 2))];
        var grey = Beside(header);
        var white = Beside(label);
        Assert.InRange(grey, 0xD9 - 12, 0xD9 + 12);
        Assert.InRange(white, 245, 255);

        var centreHeader = (header.Left + header.Right) / 2;
        var centreLabel = (label.Left + label.Right) / 2;
        Assert.True(Math.Abs(centreHeader - centreLabel) < 2.5, $"{engine}: 信息内容 centred at {centreHeader:0.0} pt, 规章 at {centreLabel:0.0} pt");
    }

    /// <summary>Finds <paramref name="text"/> on a page and returns the box of its first <paramref name="length"/> glyphs.</summary>
    private static UglyToad.PdfPig.Core.PdfRectangle? Find(Page page, string text, int length)
    {
        var letters = page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
        var joined = string.Concat(letters.Select(l => TextFold.Fold(l.Value)));
        var at = joined.IndexOf(text, StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var boxes = letters.Skip(at).Take(length).Select(l => l.BoundingBox).ToList();
        return new UglyToad.PdfPig.Core.PdfRectangle(boxes.Min(b => b.Left), boxes.Min(b => b.Bottom), boxes.Max(b => b.Right), boxes.Max(b => b.Top));
    }

    private enum Kind
    {
        Caption,
        SubHeader,
        Item,
    }

    /// <summary>Classifies table 二's rows by their text: a caption 「第二十条…」, the sub-header starting 「信息内容」, or an item.</summary>
    private static List<Kind> Kinds(List<List<string>> rows) =>
        [.. rows.Select(cells => cells[0].Trim() switch
        {
            var t when t.StartsWith("第二十条", StringComparison.Ordinal) => Kind.Caption,
            "信息内容" => Kind.SubHeader,
            _ => Kind.Item,
        })];
}
