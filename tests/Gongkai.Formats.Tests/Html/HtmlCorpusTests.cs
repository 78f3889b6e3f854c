// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Formats.Content;

namespace Gongkai.Tests;

/// <summary>The two Pingtan pages of the corpus at content level: chrome excluded, tables and merged cells as written.</summary>
public class HtmlCorpusTests
{
    private const string Pingtan2023 = "pingtan-2023";
    private const string Pingtan2020 = "pingtan-2020";

    // Texts of the site chrome around the report: header links, accessibility bar, breadcrumb, share bar, QR code, footer.
    private static readonly string[] ChromeTexts =
    [
        "省人大", "省政协", "长者模式", "无障碍浏览", "当前位置", "政府信息公开年报", "分享到", "QQ空间", "扫一扫", "关闭",
        "省市政府网站", "友情链接", "新闻媒体", "人民网", "网站标识码", "文字解读", "附件下载", "来源：",
    ];

    [Theory]
    [InlineData(Pingtan2023)]
    [InlineData(Pingtan2020)]
    public void Page_ChromeTextIsExcluded(string folder)
    {
        var content = TestCorpus.Content(folder, out var kind);

        Assert.Equal("html", kind);
        var all = string.Join("\n", content.Paragraphs());
        Assert.All(ChromeTexts, chrome => Assert.DoesNotContain(chrome, all, StringComparison.Ordinal));
    }

    [Fact]
    public void Pingtan2023_TitleOutsideTheArticleBody_IsTheFirstParagraph()
    {
        var content = TestCorpus.Content(Pingtan2023, out _);

        var title = Assert.IsType<ContentParagraph>(content.Blocks[0]);
        Assert.Equal("平潭综合实验区2023年度政府信息公开工作年度报告", title.Text);
        Assert.Equal(1, title.Location.Line);
        Assert.StartsWith("本报告根据《中华人民共和国政府信息公开条例》", content.Paragraphs()[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Pingtan2023_SectionHeadings_AreParagraphs()
    {
        var paragraphs = TestCorpus.Content(Pingtan2023, out _).Paragraphs();

        Assert.Contains("一、总体情况", paragraphs);
        Assert.Contains("二、主动公开政府信息情况", paragraphs);
        Assert.Contains("三、收到和处理政府信息公开申请情况", paragraphs);
        Assert.Contains("四、政府信息公开行政复议、行政诉讼情况", paragraphs);
        Assert.Contains("五、存在的主要问题及改进情况", paragraphs);
        Assert.Contains("六、其他需要报告的事项", paragraphs);
        Assert.Equal("2023年，无收取信息处理费情况。", paragraphs[^1]);
    }

    [Fact]
    public void Pingtan2023_Table3_RowspanOf22IsExpanded()
    {
        var tables = TestCorpus.Content(Pingtan2023, out _).Tables();

        Assert.Equal(3, tables.Count);
        var table = tables[1];
        Assert.Equal(28, table.Rows.Count);
        Assert.All(table.Rows, row => Assert.Equal(10, row.Cells.Count));
        var label = table.Rows.Select(r => r.Cells[0]).ToList();
        Assert.Equal("三、本年度办理结果", label[5].Text);
        Assert.False(label[5].Merged);
        Assert.All(label.Skip(6).Take(21), c => Assert.True(c.Merged && c.Text == "三、本年度办理结果"));
        Assert.False(label[27].Merged);
        Assert.Equal(new SourceLocation { Table = 2, Row = 4, Cell = 4 }, table.Rows[3].Cells[3].Location);
        Assert.Equal("80", table.Rows[3].Cells[3].Text);
    }

    [Fact]
    public void Pingtan2023_SubHeadersSplitIntoParagraphs_KeepTheLineBreak()
    {
        var tables = TestCorpus.Content(Pingtan2023, out _).Tables();

        Assert.Equal(["自然人", "商业\n企业", "科研\n机构", "社会公益组织", "法律服务机构", "其他", "总计"], tables[1].Rows[2].Cells.Skip(3).Select(c => c.Text));
        Assert.True(tables[1].Rows[2].Cells[3].Merged);
        Assert.Equal("结果\n纠正", tables[2].Rows[1].Cells[1].Text);
        Assert.Equal(15, tables[2].Rows[3].Cells.Count);
    }

    [Fact]
    public void Pingtan2020_NumbersSplitAcrossSpans_AreJoined()
    {
        var table = TestCorpus.Content(Pingtan2020, out _).Tables()[1];

        var received = table.Rows[3];
        Assert.Equal("一、本年新收政府信息公开申请数量", received.Cells[0].Text);
        Assert.Equal("20", received.Cells[3].Text);
        Assert.Equal("21", received.Cells[9].Text);
    }

    [Fact]
    public void Pingtan2020_NbspAroundDigits_IsKeptAndTrimsToTheNumber()
    {
        var received = TestCorpus.Content(Pingtan2020, out _).Tables()[1].Rows[3];

        Assert.Equal("0" + new string('\u00A0', 7), received.Cells[4].Text);
        Assert.Equal("\u00A00", received.Cells[5].Text);
        Assert.Equal("0", received.Cells[5].Text.Trim());
    }

    [Fact]
    public void Pingtan2020_Table2_Has2019FormatHeaders()
    {
        var table = TestCorpus.Content(Pingtan2020, out _).Tables()[0];

        Assert.Equal(["信息内容", "本年新\n制作数量", "本年新\n公开数量", "对外公开总数量"], table.Rows[1].Cells.Select(c => c.Text));
        var labels = table.Rows.Select(r => r.Cells[0].Text).ToList();
        Assert.Contains("其他对外管理服务事项", labels);
        Assert.Contains("第二十条第（九）项", labels);
        Assert.Equal(["政府集中采购", "395", "73802895.90元", "73802895.90元"], table.Rows[^1].Cells.Select(c => c.Text));
        Assert.True(table.Rows[^1].Cells[3].Merged);
    }

    [Fact]
    public void Pingtan2020_DuplicatedVerticalLabel_IsTwoOrigins()
    {
        var table = TestCorpus.Content(Pingtan2020, out _).Tables()[1];

        var origins = table.Rows.Select(r => r.Cells[0]).Where(c => c.Text == "三、本年度办理结果" && !c.Merged).ToList();
        Assert.Equal(2, origins.Count);
        Assert.Equal([6, 16], origins.Select(c => c.Location.Row));
    }

    [Fact]
    public void Pingtan2020_TitleBrokenOverTwoLines_StaysInsideTheContainer()
    {
        var paragraphs = TestCorpus.Content(Pingtan2020, out _).Paragraphs();

        Assert.Equal("平潭综合实验区2020年", paragraphs[0]);
        Assert.Equal("政府信息公开工作年度报告", paragraphs[1]);
    }

    [Fact]
    public void Pingtan2020_Table4_TrailingRowOfNbspCellsIsKept()
    {
        var table = TestCorpus.Content(Pingtan2020, out _).Tables()[2];

        Assert.Equal(5, table.Rows.Count);
        Assert.All(table.Rows[4].Cells, c => Assert.Equal("\u00A0", c.Text));
    }
}
