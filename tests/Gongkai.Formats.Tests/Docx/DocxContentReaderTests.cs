// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using DocumentFormat.OpenXml.Wordprocessing;
using Gongkai.Formats;
using Gongkai.Formats.Content;
using Gongkai.Formats.Docx;
using static Gongkai.Tests.DocxBuilder;

namespace Gongkai.Tests;

public class DocxContentReaderTests
{
    private const string BlankTemplate = "blank-template-2021";
    private const string CheckRule = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";

    private static DocumentContent Read(byte[] data) => new DocxContentReader().Read(data, ReadOptions.Default, CancellationToken.None);

    [Fact]
    public void BlankTemplate_IsReadAsDocx_WithThreeTables()
    {
        var content = TestCorpus.Content(BlankTemplate, out var kind);

        Assert.Equal("docx", kind);
        var tables = content.Tables();
        Assert.Equal(3, tables.Count);
        Assert.Equal([1, 2, 3], tables.Select(t => t.Location.Table));
        Assert.Equal([14, 28, 4], tables.Select(t => t.Rows.Count));
    }

    [Fact]
    public void BlankTemplate_SixSectionHeadings_AreParagraphsInOrder()
    {
        var paragraphs = TestCorpus.Content(BlankTemplate, out _).Paragraphs();

        string[] headings =
        [
            "一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
            "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项",
        ];
        var positions = headings.Select(h => paragraphs.ToList().IndexOf(h)).ToList();
        Assert.All(positions, p => Assert.True(p >= 0));
        Assert.Equal(positions.Order(), positions);
        Assert.Equal("政府信息公开工作年度报告格式模板", paragraphs[0]);
    }

    [Fact]
    public void BlankTemplate_ParagraphLocations_AreBodyParagraphNumbers()
    {
        var content = TestCorpus.Content(BlankTemplate, out _);

        var title = content.Blocks.OfType<ContentParagraph>().First();
        var overview = content.Blocks.OfType<ContentParagraph>().First(p => p.Text == "一、总体情况");
        Assert.Equal(2, title.Location.Line);
        Assert.Equal(4, overview.Location.Line);
    }

    [Fact]
    public void BlankTemplate_Table3Header_CheckRuleLabelCoversThreeColumnsAndThreeRows()
    {
        var table = TestCorpus.Content(BlankTemplate, out _).Tables()[1];

        for (var r = 0; r < 3; r++)
        {
            for (var c = 0; c < 3; c++)
            {
                var cell = table.Rows[r].Cells[c];
                Assert.Equal(CheckRule, cell.Text);
                Assert.Equal(r != 0 || c != 0, cell.Merged);
                Assert.Equal(new SourceLocation { Table = 2, Row = r + 1, Cell = c + 1 }, cell.Location);
            }
        }

        Assert.All(table.Rows, row => Assert.Equal(10, row.Cells.Count));
        Assert.Equal("商业\n企业", table.Rows[2].Cells[4].Text);
        Assert.False(table.Rows[2].Cells[4].Merged);
    }

    [Fact]
    public void BlankTemplate_Table3_ResultLabelIsVerticallyMergedOver22Rows()
    {
        var table = TestCorpus.Content(BlankTemplate, out _).Tables()[1];

        var column = table.Rows.Select(r => r.Cells[0]).ToList();
        Assert.Equal("三、本年度办理结果", column[5].Text);
        Assert.False(column[5].Merged);
        Assert.All(column.Skip(6).Take(21), c => Assert.True(c.Merged && c.Text == "三、本年度办理结果"));
        Assert.Equal("四、结转下年度继续办理", column[27].Text);
        Assert.False(column[27].Merged);
        Assert.Equal("（三）不予公开", table.Rows[8].Cells[1].Text);
        Assert.True(table.Rows[8].Cells[1].Merged);
        Assert.Equal("2.其他法律行政法规禁止公开", table.Rows[8].Cells[2].Text);
    }

    [Fact]
    public void BlankTemplate_IdeographicSpaceCells_AreKeptAsWhitespaceText()
    {
        var table = TestCorpus.Content(BlankTemplate, out _).Tables()[0];

        Assert.Equal("\u3000\u3000", table.Rows[2].Cells[1].Text);
        Assert.Equal("\u3000", table.Rows[2].Cells[2].Text);
        Assert.Equal(string.Empty, table.Rows[2].Cells[3].Text);
        Assert.Equal("\u3000", table.Rows[9].Cells[1].Text);
        Assert.True(table.Rows[9].Cells[2].Merged);
    }

    [Fact]
    public void BlankTemplate_Table4_HasThreeHeaderRowsAndFifteenValueCells()
    {
        var table = TestCorpus.Content(BlankTemplate, out _).Tables()[2];

        Assert.Equal("行政复议", table.Rows[0].Cells[0].Text);
        Assert.True(table.Rows[0].Cells[4].Merged);
        Assert.Equal("行政诉讼", table.Rows[0].Cells[5].Text);
        Assert.Equal("结果\n纠正", table.Rows[1].Cells[1].Text);
        Assert.True(table.Rows[2].Cells[1].Merged);
        Assert.Equal(15, table.Rows[3].Cells.Count);
        Assert.All(table.Rows[3].Cells, c => Assert.Equal(string.Empty, c.Text));
    }

    [Fact]
    public void GridSpanAndVerticalMerge_AreExpandedToTheGrid()
    {
        var data = Create(
        [
            Table(
                Row(Cell("项目", vMerge: "restart"), Cell("申请人情况", gridSpan: 2)),
                Row(Cell(string.Empty, vMerge: "continue"), Cell("自然人"), Cell("总计")),
                Row(Cell("新收"), Cell("3"), Cell("3"))),
        ]);

        var table = Assert.Single(Read(data).Tables());

        Assert.Equal(["项目", "申请人情况", "申请人情况"], table.Rows[0].Cells.Select(c => c.Text));
        Assert.Equal([false, false, true], table.Rows[0].Cells.Select(c => c.Merged));
        Assert.Equal(["项目", "自然人", "总计"], table.Rows[1].Cells.Select(c => c.Text));
        Assert.Equal([true, false, false], table.Rows[1].Cells.Select(c => c.Merged));
        Assert.Equal(new SourceLocation { Table = 1, Row = 3, Cell = 2 }, table.Rows[2].Cells[1].Location);
    }

    [Fact]
    public void GridBefore_LeavesEmptyCellsSoColumnsStayAligned()
    {
        var row = Row(Cell("5"));
        row.PrependChild(new TableRowProperties(new GridBefore { Val = 2 }));
        var data = Create([Table(Row(Cell("a"), Cell("b"), Cell("c")), row)]);

        var table = Assert.Single(Read(data).Tables());

        Assert.Equal(["", "", "5"], table.Rows[1].Cells.Select(c => c.Text));
        Assert.All(table.Rows[1].Cells, c => Assert.False(c.Merged));
    }

    [Fact]
    public void CellText_JoinsParagraphsWithLineFeed_AndRunsWithoutSeparator()
    {
        var split = Cell(new Paragraph(R("1"), R("2")));
        var data = Create([Table(Row(Cell("商业", moreParagraphs: "企业"), split), Row(Cell("x"), Cell("y")))]);

        var table = Assert.Single(Read(data).Tables());

        Assert.Equal("商业\n企业", table.Rows[0].Cells[0].Text);
        Assert.Equal("12", table.Rows[0].Cells[1].Text);
    }

    [Fact]
    public void ParagraphText_IncludesHyperlinksFieldsAndInsertions_ButNotDeletionsOrHiddenRuns()
    {
        var paragraph = new Paragraph(
            R("一、"),
            new Hyperlink(R("总体")) { Id = "rId9" },
            new SimpleField(R("情况")) { Instruction = "MERGEFIELD x" },
            new DeletedRun(new Run(new DeletedText("删除"))),
            new InsertedRun(R("（续）")),
            new BookmarkStart { Id = "0", Name = "_GoBack" },
            new BookmarkEnd { Id = "0" },
            new Run(new RunProperties(new Vanish()), new DocumentFormat.OpenXml.Wordprocessing.Text("隐藏")),
            new SdtRun(new SdtContentRun(R("甲"))),
            new Run(new TabChar(), T("乙"), new Break(), T("丙")));

        var text = Assert.Single(Read(Create([paragraph])).Paragraphs());

        Assert.Equal("一、总体情况（续）甲\t乙\n丙", text);
    }

    [Fact]
    public void AutoNumberedHeadings_GetTheirNumbersBack()
    {
        var numbering = Numbering(5, ("chineseCounting", "%1、"), ("chineseCounting", "（%2）"), ("decimal", "%3."));
        var data = Create(
        [
            Numbered("总体情况", 5, 0),
            Numbered("主动公开", 5, 1),
            Numbered("依申请公开", 5, 1),
            Numbered("规章", 5, 2),
            Numbered("主动公开政府信息情况", 5, 0),
            Numbered("新的小节", 5, 1),
        ],
            numbering);

        var paragraphs = Read(data).Paragraphs();

        Assert.Equal(["一、总体情况", "（一）主动公开", "（二）依申请公开", "1.规章", "二、主动公开政府信息情况", "（一）新的小节"], paragraphs);
    }

    [Fact]
    public void StyleNumbering_IsInheritedThroughBasedOn()
    {
        var numbering = Numbering(3, ("chineseCounting", "%1、"));
        var styles = new Styles(
            new Style(new StyleName { Val = "heading 1" }, new StyleParagraphProperties(new NumberingProperties(new NumberingId { Val = 3 })))
            { Type = StyleValues.Paragraph, StyleId = "Heading1" },
            new Style(new StyleName { Val = "my heading" }, new BasedOn { Val = "Heading1" }) { Type = StyleValues.Paragraph, StyleId = "MyHeading" });
        var data = Create([Styled("总体情况", "Heading1"), P("正文"), Styled("主动公开政府信息情况", "MyHeading")], numbering, styles);

        Assert.Equal(["一、总体情况", "正文", "二、主动公开政府信息情况"], Read(data).Paragraphs());
    }

    [Fact]
    public void NumberingSuffix_DefaultsToTab()
    {
        var numbering = Numbering(1, ("decimal", "%1."));
        numbering.Descendants<LevelSuffix>().Single().Remove();

        Assert.Equal("1.\t规章", Assert.Single(Read(Create([Numbered("规章", 1, 0)], numbering)).Paragraphs()));
    }

    [Fact]
    public void NestedTables_OuterFrameIsFlattened()
    {
        var inner = Table(Row(Cell("自然人"), Cell("总计")), Row(Cell("3"), Cell("3")));
        var frame = Table(Row(new TableCell(new TableCellProperties(), P("一、总体情况"), inner, P("（文字）"))));
        var data = Create([frame, Table(Row(Cell("a"), Cell("b")), Row(Cell("c"), Cell("d")))]);

        var content = Read(data);

        Assert.Collection(
            content.Blocks,
            b => Assert.Equal("一、总体情况", Assert.IsType<ContentParagraph>(b).Text),
            b => Assert.Equal(1, Assert.IsType<ContentTable>(b).Location.Table),
            b => Assert.Equal("（文字）", Assert.IsType<ContentParagraph>(b).Text),
            b => Assert.Equal(2, Assert.IsType<ContentTable>(b).Location.Table));
    }

    [Fact]
    public void SingleCellTable_IsReadAsParagraphs()
    {
        var data = Create([Table(Row(Cell("六、其他需要报告的事项", moreParagraphs: "本年度未收取信息处理费。")))]);

        var content = Read(data);

        Assert.Empty(content.Tables());
        Assert.Equal(["六、其他需要报告的事项", "本年度未收取信息处理费。"], content.Paragraphs());
    }

    [Fact]
    public void EmptyAndWhitespaceParagraphs_AreNotEmitted_AndTextIsTrimmed()
    {
        var data = Create([P(string.Empty), P("\u3000\u3000"), P("\u3000\u3000一、总体情况  ")]);

        var paragraph = Assert.Single(Read(data).Blocks);

        Assert.Equal("一、总体情况", Assert.IsType<ContentParagraph>(paragraph).Text);
        Assert.Equal(3, paragraph.Location.Line);
    }

    [Theory]
    [InlineData(1, "chineseCounting", "一")]
    [InlineData(10, "chineseCounting", "十")]
    [InlineData(11, "chineseCountingThousand", "十一")]
    [InlineData(21, "chineseCounting", "二十一")]
    [InlineData(101, "chineseCounting", "一百零一")]
    [InlineData(110, "chineseCounting", "一百一十")]
    [InlineData(12, "chineseLegalSimplified", "壹拾贰")]
    [InlineData(2, "ideographTraditional", "乙")]
    [InlineData(3, "decimalEnclosedCircle", "③")]
    [InlineData(10, "ideographDigital", "一〇")]
    [InlineData(4, "upperRoman", "IV")]
    [InlineData(28, "lowerLetter", "bb")]
    [InlineData(7, "decimalZero", "07")]
    [InlineData(1, "bullet", "")]
    public void NumberFormat_RendersTheCounter(int value, string format, string expected) =>
        Assert.Equal(expected, DocxNumberFormat.Format(value, format));

    [Fact]
    public void Sniff_ClaimsDocxAndOle_ButNotSpreadsheetsOrText()
    {
        var reader = new DocxContentReader();

        Assert.True(reader.Sniff(TestCorpus.Bytes(BlankTemplate)));
        Assert.True(reader.Sniff(BadInputs.OleHeader("WordDocument")));
        Assert.False(reader.Sniff("PK\x03\x04....xl/workbook.xml...."u8));
        Assert.False(reader.Sniff("一、总体情况"u8));
        Assert.False(reader.Sniff("%PDF-1.7"u8));
    }
}
