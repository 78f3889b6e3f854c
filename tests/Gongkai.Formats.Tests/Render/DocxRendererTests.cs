// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Gongkai.Documents;
using Gongkai.Formats;
using Gongkai.Formats.Render;
using Gongkai.Formats.Render.Layout;
using Gongkai.Tests.Support;
using Gongkai.Text;

namespace Gongkai.Tests.Render;

public sealed class DocxRendererTests
{
    private static string TemplatePath => Path.Combine(TestPaths.Corpus, "blank-template-2021", "source.docx");

    private static byte[] Render(AnnualReport report)
    {
        var result = ReportWriter.Render(report, RenderFormat.Docx, new RenderOptions { CheckReport = false });
        Assert.True(result.Success, result.Error);
        return result.Content;
    }

    private static AnnualReport Blank(ReportFormat format) => new() { Format = format, Year = format == ReportFormat.Format2019 ? 2020 : 2024, Cells = OfficialLayout.BlankCells(format) };

    /// <summary>Each table as rows of cells: (gridSpan, vMerge, folded text) — the structure a reader sees.</summary>
    private static List<List<List<string>>> Structure(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var document = WordprocessingDocument.Open(stream, false);
        return [.. document.MainDocumentPart!.Document!.Body!.Elements<Table>().Select(t => t.Elements<TableRow>().Select(r => r.Elements<TableCell>().Select(c =>
        {
            var span = c.TableCellProperties?.GridSpan?.Val?.Value ?? 1;
            var merge = c.TableCellProperties?.VerticalMerge is { } vm ? (vm.Val?.InnerText == "restart" ? "restart" : "continue") : "-";
            var text = TextFold.Fold(string.Concat(c.Descendants<DocumentFormat.OpenXml.Wordprocessing.Text>().Select(x => x.Text)));
            return $"{span}|{merge}|{text}";
        }).ToList()).ToList())];
    }

    [Fact]
    public void BlankReport2021_HasTheTablesOfTheOfficialTemplate_CellForCell()
    {
        // ECMA-376 §17.4: the same grid spans, vertical merges and labels as the blank template, every row.
        var expected = Structure(File.ReadAllBytes(TemplatePath));
        var actual = Structure(Render(Blank(ReportFormat.Format2021)));
        Assert.Equal(3, actual.Count);
        for (var t = 0; t < 3; t++)
        {
            Assert.Equal(expected[t].Count, actual[t].Count);
            for (var r = 0; r < expected[t].Count; r++)
            {
                Assert.Equal(expected[t][r], actual[t][r]);
            }
        }
    }

    [Fact]
    public void BlankReport2021_HasTheSixSectionHeadingsOfTheTemplate()
    {
        using var stream = new MemoryStream(Render(Blank(ReportFormat.Format2021)));
        using var document = WordprocessingDocument.Open(stream, false);
        var paragraphs = document.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().Select(p => p.InnerText).ToList();
        foreach (var n in Enumerable.Range(1, 6))
        {
            Assert.Contains(SectionTitles.Heading(n), paragraphs);
        }
    }

    [Fact]
    public void BlankReport2019_HasTheTrialFormatTables()
    {
        var tables = Structure(Render(Blank(ReportFormat.Format2019)));
        var table2 = tables[0].Select(r => string.Join(" ", r.Select(c => c.Split('|')[2]))).ToList();
        Assert.Equal(
        [
            "第二十条第(一)项", "信息内容本年新制作数量本年新公开数量对外公开总数量", "规章", "规范性文件",
            "第二十条第(五)项", "信息内容上一年项目数量本年增/减处理决定数量", "行政许可", "其他对外管理服务事项",
            "第二十条第(六)项", "信息内容上一年项目数量本年增/减处理决定数量", "行政处罚", "行政强制",
            "第二十条第(八)项", "信息内容上一年项目数量本年增/减", "行政事业性收费",
            "第二十条第(九)项", "信息内容采购项目数量采购总金额", "政府集中采购",
        ], table2.Select(r => r.Replace(" ", string.Empty, StringComparison.Ordinal)));

        // Table 三: the single row （六）其他处理 spanning the group and item columns, 25 − 3 + 1 = 23 data rows.
        var table3 = tables[1];
        Assert.Equal(3 + 23, table3.Count);
        Assert.Contains(table3, r => r.Any(c => c == "2|-|(六)其他处理"));
        Assert.DoesNotContain(table3, r => r.Any(c => c.EndsWith("3.其他", StringComparison.Ordinal)));
    }

    [Fact]
    public void Output_IsValidWordprocessingML()
    {
        var report = ReportReader.ReadFile(Directory.EnumerateFiles(TestPaths.Seeds).Order(StringComparer.Ordinal).First()).Report!;
        foreach (var bytes in new[] { Render(report), ReportWriter.Render(report, RenderFormat.Docx, new RenderOptions { RecomputeTotals = true, CheckReport = false }).Content! })
        {
            using var stream = new MemoryStream(bytes);
            using var document = WordprocessingDocument.Open(stream, false);
            var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
            Assert.True(errors.Count == 0, string.Join("\n", errors.Take(20)));
        }
    }

    [Fact]
    public void Typography_FollowsGbt9704()
    {
        using var stream = new MemoryStream(Render(Blank(ReportFormat.Format2021)));
        using var document = WordprocessingDocument.Open(stream, false);
        var section = document.MainDocumentPart!.Document!.Body!.GetFirstChild<SectionProperties>()!;
        var size = section.GetFirstChild<PageSize>()!;
        var margin = section.GetFirstChild<PageMargin>()!;

        // A4; margins 37 / 35 / 28 / 26 mm (1 mm = 56.69 twips).
        Assert.Equal(11906u, size.Width!.Value);
        Assert.Equal(16838u, size.Height!.Value);
        Assert.Equal(37, Math.Round(margin.Top!.Value / 56.693));
        Assert.Equal(35, Math.Round(margin.Bottom!.Value / 56.693));
        Assert.Equal(28, Math.Round(margin.Left!.Value / 56.693));
        Assert.Equal(26, Math.Round(margin.Right!.Value / 56.693));

        var styles = document.MainDocumentPart.StyleDefinitionsPart!.Styles!;
        var defaults = styles.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;
        Assert.Equal("仿宋_GB2312", defaults.RunFonts!.EastAsia!.Value);
        Assert.Equal("32", defaults.FontSize!.Val!.Value); // 3号 = 16 pt
        var title = styles.Elements<Style>().Single(s => s.StyleId == "Title");
        Assert.Equal("方正小标宋简体", title.StyleRunProperties!.RunFonts!.EastAsia!.Value);
        Assert.Equal("44", title.StyleRunProperties.FontSize!.Val!.Value); // 2号 = 22 pt

        // Every official font declares a fallback that machines without it have.
        var fonts = document.MainDocumentPart.FontTablePart!.Fonts!.Elements<Font>().ToDictionary(f => f.Name!.Value!);
        foreach (var name in new[] { "仿宋_GB2312", "方正小标宋简体", "黑体", "楷体_GB2312" })
        {
            Assert.False(string.IsNullOrEmpty(fonts[name].AltName?.Val?.Value), name);
            Assert.Equal("86", fonts[name].FontCharSet!.Val!.Value);
        }
    }

    [Fact]
    public void Numbers_AreRightAligned_BlankCellsStayEmpty()
    {
        var read = ReportReader.ReadFile(Path.Combine(TestPaths.Seeds, "003_697df633adc2603b.txt"));
        using var stream = new MemoryStream(Render(read.Report!));
        using var document = WordprocessingDocument.Open(stream, false);
        var table2 = document.MainDocumentPart!.Document!.Body!.Elements<Table>().First();
        var enforcement = table2.Elements<TableRow>().Single(r => r.InnerText == "行政强制");
        Assert.Equal(string.Empty, enforcement.Elements<TableCell>().Last().InnerText);
        var punishment = table2.Elements<TableRow>().Single(r => r.InnerText.StartsWith("行政处罚", StringComparison.Ordinal));
        var value = punishment.Elements<TableCell>().Last().GetFirstChild<Paragraph>()!;
        Assert.Equal("0", value.InnerText);
        Assert.Equal(JustificationValues.Right, value.ParagraphProperties!.Justification!.Val!.Value);
    }
}
