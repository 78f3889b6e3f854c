// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Text;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using CellValue = Gongkai.Cells.CellValue;
using XCellValue = DocumentFormat.OpenXml.Spreadsheet.CellValue;
using Gongkai.Cells;
using Gongkai.Checking;
using Gongkai.Documents;
using Gongkai.Formats;
using Gongkai.Formats.Render;
using Gongkai.Formats.Render.Layout;
using Gongkai.Tests.Support;

namespace Gongkai.Tests.Render;

/// <summary>HTML, Excel and Markdown specifics; the façade's behaviour on bad input and drafts.</summary>
public sealed class RendererTests
{
    private static AnnualReport Seed(string prefix = "004") =>
        ReportReader.ReadFile(Directory.EnumerateFiles(TestPaths.Seeds).Single(f => Path.GetFileName(f).StartsWith(prefix, StringComparison.Ordinal))).Report!;

    private static string Text(AnnualReport report, RenderFormat format, RenderOptions? options = null)
    {
        var result = ReportWriter.Render(report, format, options ?? new RenderOptions { CheckReport = false });
        Assert.True(result.Success, result.Error);
        return Encoding.UTF8.GetString(result.Content);
    }

    [Fact]
    public void Html_IsSelfContained_WithPrintCss_AndMergedCellsAsInTheTemplate()
    {
        var html = Text(Seed(), RenderFormat.Html);
        foreach (var external in new[] { " src=", " href=", "url(", "@import", "<script", "<link" })
        {
            Assert.DoesNotContain(external, html, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Contains("@page{size:A4;margin:37mm 26mm 35mm 28mm}", html, StringComparison.Ordinal);
        Assert.Contains("<th colspan=\"3\" rowspan=\"3\">" + OfficialLayout.BalanceNote + "</th>", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"colgroup\" colspan=\"7\">申请人情况</th>", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"colgroup\" colspan=\"10\">行政诉讼</th>", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"rowgroup\" rowspan=\"8\">（三）不予公开</th>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"num\">", html, StringComparison.Ordinal);
        Assert.Contains("<thead>", html, StringComparison.Ordinal);
        Assert.Contains("Noto Serif CJK SC", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_EscapesMarkupInText()
    {
        var report = Seed() with { Sections = [new ReportSection { Number = 1, Heading = "一、总体情况", Paragraphs = [new TextParagraph("<script>alert(1)</script> & “引号”", default)] }] };
        var html = Text(report, RenderFormat.Html);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        var back = ReportReader.Read(Encoding.UTF8.GetBytes(html), "x.html").Report!;
        Assert.Equal("<script>alert(1)</script> & “引号”", back.Section(1)!.Paragraphs[0].Text);
    }

    [Fact]
    public void Xlsx_HasOneSheetPerTable_WithTheOfficialLabels_MergedCells_AndExactAmounts()
    {
        var report = ReportReader.ReadFile(Path.Combine(TestPaths.Corpus, "pingtan-2020", "truth.json")).Report!;
        var result = ReportWriter.Render(report, RenderFormat.Xlsx, new RenderOptions { CheckReport = false });
        using var stream = new MemoryStream(result.Content!);
        using var document = SpreadsheetDocument.Open(stream, false);
        var workbook = document.WorkbookPart!;
        var sheets = workbook.Workbook!.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value).ToList();
        Assert.Equal(["正文", SectionTitles.Heading(2), SectionTitles.Heading(3), SectionTitles.Heading(4)], sheets);

        var table3 = (WorksheetPart)workbook.GetPartById(workbook.Workbook.Sheets.Elements<Sheet>().ElementAt(2).Id!);
        var merges = table3.Worksheet!.Elements<MergeCells>().Single().Elements<MergeCell>().Select(m => m.Reference!.Value).ToList();
        Assert.Contains("A1:C3", merges);
        Assert.Contains("D1:J1", merges);
        var texts = table3.Worksheet.Descendants<InlineString>().Select(s => s.InnerText).ToList();
        Assert.Contains("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", texts);
        Assert.Contains("（六）其他处理", texts);

        var table2 = (WorksheetPart)workbook.GetPartById(workbook.Workbook.Sheets.Elements<Sheet>().ElementAt(1).Id!);
        Assert.Contains(table2.Worksheet!.Descendants<Cell>(), c => c.CellValue?.Text == "73802895.90" && c.DataType is null);
    }

    [Fact]
    public void Xlsx_Reader_ReadsWorkbooksWithSharedStrings()
    {
        // A workbook as Excel saves it: shared strings, a merged header, numbers as numbers.
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook(new Sheets(new Sheet { Name = "表四", SheetId = 1, Id = "rId9" }));
            var strings = workbook.AddNewPart<SharedStringTablePart>();
            string[] labels = ["行政复议", "行政诉讼", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "未经复议直接起诉", "复议后起诉"];
            strings.SharedStringTable = new SharedStringTable(labels.Select(l => new SharedStringItem(new DocumentFormat.OpenXml.Spreadsheet.Text(l))));
            var sheet = workbook.AddNewPart<WorksheetPart>("rId9");
            Cell S(string r, int i) => new() { CellReference = r, DataType = CellValues.SharedString, CellValue = new XCellValue(i.ToString(System.Globalization.CultureInfo.InvariantCulture)) };
            var row2 = new Row { RowIndex = 2 };
            for (var i = 0; i < 5; i++)
            {
                row2.Append(S($"{(char)('A' + i)}2", 2 + i));
            }

            row2.Append(S("F2", 7), S("K2", 8));
            var row3 = new Row { RowIndex = 3 };
            for (var i = 0; i < 10; i++)
            {
                row3.Append(S($"{(char)('F' + i)}3", 2 + (i % 5)));
            }

            var row4 = new Row { RowIndex = 4 };
            for (var i = 0; i < 15; i++)
            {
                row4.Append(new Cell { CellReference = $"{(char)('A' + i)}4", CellValue = new XCellValue(i == 4 ? "3" : i == 0 ? "3" : "0") });
            }

            sheet.Worksheet = new Worksheet(new SheetData(new Row(S("A1", 0), S("F1", 1)) { RowIndex = 1 }, row2, row3, row4),
                new MergeCells(new MergeCell { Reference = "A1:E1" }, new MergeCell { Reference = "F1:O1" }, new MergeCell { Reference = "F2:J2" }, new MergeCell { Reference = "K2:O2" }));
        }

        var read = ReportReader.Read(stream.ToArray(), "excel.xlsx");
        Assert.True(read.Success, read.Error);
        Assert.Equal("xlsx", read.Kind);
        Assert.Equal(3m, read.Report.Cells["table4.reconsideration.total"].Number);
        Assert.Equal(0m, read.Report.Cells["table4.litigationAfterReconsideration.total"].Number);
    }

    [Fact]
    public void Markdown_UsesPipeTables_AndTheReaderResolvesEscapes()
    {
        var report = Seed() with { Preamble = [new TextParagraph("- 不是列表 | 也不是表格 # 也不是标题 \\ *强调*", default)] };
        var md = Text(report, RenderFormat.Markdown);
        Assert.Contains("| --- | ---: |", md, StringComparison.Ordinal);
        var back = ReportReader.Read(Encoding.UTF8.GetBytes(md), "x.md");
        Assert.Equal("markdown", back.Kind);
        Assert.Equal("- 不是列表 | 也不是表格 # 也不是标题 \\ *强调*", back.Report!.Preamble.Single().Text);
    }

    [Fact]
    public void Markdown_Reader_DoesNotClaimTextWithoutPipeTables()
    {
        foreach (var seed in TestPaths.SeedFiles())
        {
            Assert.Equal("text", ReportReader.ReadFile(seed).Kind);
        }
    }

    [Fact]
    public void InvalidReport_StillRenders_AndListsTheFailures()
    {
        var cells = Seed().Cells.ToBuilder();
        cells["table3.totalProcessed.naturalPerson"] = CellValue.Of(999);
        var report = Seed() with { Cells = cells.Build() };
        foreach (var format in RoundTrip.InProcess)
        {
            var result = ReportWriter.Render(report, format);
            Assert.True(result.Success, result.Error);
            Assert.Contains(result.Failures, f => f.Rule == RuleIds.T3OutcomeSum && f.Cell == "table3.totalProcessed.naturalPerson");
            Assert.All(result.Failures, f => Assert.Equal(Severity.Error, f.Severity));

            // Never change a number: the wrong total is written as stated.
            Assert.Equal(999m, ReportReader.Read(result.Content, "x" + ReportWriter.Extension(format)).Report!.Cells["table3.totalProcessed.naturalPerson"].Number);
        }
    }

    [Fact]
    public void RecomputeTotals_ReplacesAndListsEveryWrongTotal_AndNothingElse()
    {
        var original = Seed();
        var cells = original.Cells.ToBuilder();
        cells["table3.totalProcessed.naturalPerson"] = CellValue.Of(999);
        cells["table3.granted.total"] = CellValue.Blank(string.Empty, default);
        cells["table4.reconsideration.total"] = CellValue.Of(7);
        var report = original with { Cells = cells.Build() };

        var result = ReportWriter.Render(report, RenderFormat.Json, new RenderOptions { RecomputeTotals = true });
        Assert.Equal(
            ["table3.granted.total", "table3.totalProcessed.naturalPerson", "table4.reconsideration.total"],
            result.Corrections.Select(c => c.Cell.Path).Order(StringComparer.Ordinal));
        var back = ReportReader.Read(result.Content!, "draft.json").Report!;
        foreach (var (cell, value) in original.Cells.Present())
        {
            Assert.Equal(value, back.Cells[cell]);
        }

        using var json = JsonDocument.Parse(result.Content);
        Assert.Equal(3, json.RootElement.GetProperty("recomputedTotals").GetArrayLength());
        Assert.DoesNotContain(ReportChecker.Check(back), f => f.Rule is RuleIds.T3OutcomeSum or RuleIds.T3ColumnSum or RuleIds.T4BlockSum);

        // The note is in every file: a comment in Markdown and HTML, a Word comment, an Excel comment.
        Assert.Contains("Gongkai 草稿", Text(report, RenderFormat.Markdown, new RenderOptions { RecomputeTotals = true }), StringComparison.Ordinal);
        Assert.Contains("<!--\nGongkai 草稿", Text(report, RenderFormat.Html, new RenderOptions { RecomputeTotals = true }), StringComparison.Ordinal);
        foreach (var (format, part) in new[] { (RenderFormat.Docx, "word/comments.xml"), (RenderFormat.Xlsx, "xl/comments3.xml") })
        {
            var bytes = ReportWriter.Render(report, format, new RenderOptions { RecomputeTotals = true }).Content!;
            using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(bytes));
            using var reader = new StreamReader(zip.GetEntry(part)!.Open());
            Assert.Contains("原填 999，按各项之和改为", reader.ReadToEnd(), StringComparison.Ordinal);
        }

        // Without the option nothing changes.
        Assert.Empty(ReportWriter.Render(report, RenderFormat.Json).Corrections);
    }

    [Fact]
    public void WriteFile_UnwritablePath_IsAClearError()
    {
        var result = ReportWriter.WriteFile(Seed(), "/nonexistent-folder/report.docx", RenderFormat.Docx);
        Assert.False(result.Success);
        Assert.Contains("不存在", result.Error, StringComparison.Ordinal);

        var directory = Directory.CreateTempSubdirectory("gongkai-render-").FullName;
        try
        {
            var folder = ReportWriter.WriteFile(Seed(), directory, RenderFormat.Html);
            Assert.False(folder.Success);
            Assert.Contains("文件夹", folder.Error, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Theory]
    [InlineData("docx", RenderFormat.Docx)]
    [InlineData(".HTML", RenderFormat.Html)]
    [InlineData("md", RenderFormat.Markdown)]
    [InlineData("markdown", RenderFormat.Markdown)]
    [InlineData("xlsx", RenderFormat.Xlsx)]
    [InlineData("pdf", RenderFormat.Pdf)]
    [InlineData("json", RenderFormat.Json)]
    public void FormatNames_AreParsed(string name, RenderFormat expected)
    {
        Assert.True(ReportWriter.TryParseFormat(name, out var format));
        Assert.Equal(expected, format);
    }

    [Fact]
    public void UnknownFormatName_IsRejected() => Assert.False(ReportWriter.TryParseFormat("odt", out _));

    [Fact]
    public void AbsentRowsStayAbsent_AndTheTitleIsComposedWhenMissing()
    {
        var report = Seed("003") with { Title = null };
        var back = RoundTrip.Render(report, RenderFormat.Docx, out _);
        Assert.False(back.Cells.HasRow(ReportCatalog.GetRow(ReportTable.Table2, "fees")));
        Assert.Equal(report.Unit, back.Unit);
        Assert.Equal(report.Year, back.Year);
    }
}
