// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Text;
using Gongkai.Checking;
using Gongkai.Formats;
using Gongkai.Formats.Content;
using Gongkai.Formats.Html;

namespace Gongkai.Tests;

public class HtmlContentReaderTests
{
    private const string Table3 = """
        <table border="1">
          <tr><td rowspan="2" colspan="2">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td><td colspan="2">申请人情况</td></tr>
          <tr><td>自然人</td><td>总计</td></tr>
          <tr><td colspan="2">一、本年新收政府信息公开申请数量</td><td><span>1</span><span>2</span></td><td>12</td></tr>
          <tr><td rowspan="2">三、本年度办理结果</td><td>（一）予以公开</td><td>&nbsp;</td><td>0&nbsp;</td></tr>
          <tr><td>（二）部分公开</td><td><p>3</p></td><td>3</td></tr>
        </table>
        """;

    static HtmlContentReaderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static DocumentContent Read(string html) => Read(Encoding.UTF8.GetBytes(html));

    private static DocumentContent Read(byte[] data) => new HtmlContentReader().Read(data, ReadOptions.Default, CancellationToken.None);

    private static string Page(string body, string head = "<meta charset=\"utf-8\">") =>
        $"<!DOCTYPE html><html><head>{head}<title>t</title></head><body>{body}</body></html>";

    private static string Report(string extra = "") => $"""
        <div class="article">
          <h1>某县2023年政府信息公开工作年度报告</h1>
          <p>一、总体情况</p><p>本年度……</p>
          <p>三、收到和处理政府信息公开申请情况</p>
          {Table3}
          {extra}
          <p>六、其他需要报告的事项</p><p>未收取信息处理费。</p>
        </div>
        """;

    [Fact]
    public void RowspanAndColspan_AreExpandedWithMergedFlags()
    {
        var table = Assert.Single(Read(Page(Report())).Tables());

        Assert.Equal(["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "申请人情况", "申请人情况"], table.Rows[0].Cells.Select(c => c.Text));
        Assert.Equal([false, true, false, true], table.Rows[0].Cells.Select(c => c.Merged));
        Assert.Equal([true, true, false, false], table.Rows[1].Cells.Select(c => c.Merged));
        Assert.Equal(["三、本年度办理结果", "（二）部分公开", "3", "3"], table.Rows[4].Cells.Select(c => c.Text));
        Assert.Equal([true, false, false, false], table.Rows[4].Cells.Select(c => c.Merged));
        Assert.Equal(new SourceLocation { Table = 1, Row = 5, Cell = 3 }, table.Rows[4].Cells[2].Location);
    }

    [Fact]
    public void NestedSpans_AreJoinedWithoutSpaces_AndNbspCellsKeepTheirWhitespace()
    {
        var table = Assert.Single(Read(Page(Report())).Tables());

        Assert.Equal("12", table.Rows[2].Cells[2].Text);
        Assert.Equal("\u00A0", table.Rows[3].Cells[2].Text);
        Assert.Equal("0\u00A0", table.Rows[3].Cells[3].Text);
    }

    [Fact]
    public void CellParagraphsAndBreaks_BecomeLineFeeds()
    {
        var html = Page(Report("<table><tr><td><p>商业</p><p>企业</p></td><td>结果<br/>纠正</td><td>  a  <b> b </b> </td></tr><tr><td>1</td><td>2</td><td>3</td></tr></table>"));

        var table = Read(html).Tables()[1];

        Assert.Equal(["商业\n企业", "结果\n纠正", "a b"], table.Rows[0].Cells.Select(c => c.Text));
    }

    [Fact]
    public void ChineseTextWrappedInTheSource_GainsNoSpaces()
    {
        var paragraphs = Read(Page(Report("<p>本机关\n  全年共收到\r\n申请 12 件，\nof which none.</p>"))).Paragraphs();

        // CSS Text 3 §4.1.3: the break between 「，」 (wide) and 「o」 (narrow) still renders as a space.
        Assert.Contains("本机关全年共收到申请 12 件， of which none.", paragraphs);
    }

    [Fact]
    public void BreakInAParagraph_SplitsIt()
    {
        var paragraphs = Read(Page(Report("<p>（一）主动公开<br>全年主动公开信息100条。</p>"))).Paragraphs();

        Assert.Contains("（一）主动公开", paragraphs);
        Assert.Contains("全年主动公开信息100条。", paragraphs);
    }

    [Fact]
    public void Chrome_IsExcluded_AndTheTitleIsKept()
    {
        var html = Page($"""
            <div class="header"><ul class="nav"><li>首页</li><li>政务公开</li></ul></div>
            <div class="crumb">当前位置：首页 &gt; 政府信息公开年报</div>
            <div class="main">
              <div class="left-menu"><ul><li>政府信息公开指南</li><li>政府信息公开年报</li></ul></div>
              {Report("<div class=\"share-bar\">分享到：微信 微博</div><script>var x = '一、总体情况';</script><style>p{}</style>")}
              <div class="related"><ul><li><a>某县2022年政府信息公开工作年度报告</a></li></ul></div>
            </div>
            <div class="footer">网站标识码 1234 主办单位：某县人民政府</div>
            """);

        var content = Read(html);

        var paragraphs = content.Paragraphs();
        Assert.Equal("某县2023年政府信息公开工作年度报告", paragraphs[0]);
        Assert.Equal("未收取信息处理费。", paragraphs[^1]);
        var all = string.Join("\n", paragraphs);
        Assert.DoesNotContain("首页", all, StringComparison.Ordinal);
        Assert.DoesNotContain("分享到", all, StringComparison.Ordinal);
        Assert.DoesNotContain("政府信息公开指南", all, StringComparison.Ordinal);
        Assert.DoesNotContain("2022年", all, StringComparison.Ordinal);
        Assert.DoesNotContain("网站标识码", all, StringComparison.Ordinal);
        Assert.DoesNotContain("var x", all, StringComparison.Ordinal);
        Assert.Single(content.Tables());
    }

    [Fact]
    public void TitleOutsideTheContainer_IsTakenFromTheNearestTitleElement()
    {
        var html = Page($"""
            <div class="menu_title">政府信息公开年报</div>
            <div class="detail_title">某县2023年政府信息公开工作年度报告</div>
            <div class="info">发布时间：2024-01-20</div>
            <div id="zoom"><p>一、总体情况</p>{Table3}<p>六、其他需要报告的事项</p></div>
            """);

        var first = Read(html).Blocks[0];

        Assert.Equal("某县2023年政府信息公开工作年度报告", Assert.IsType<ContentParagraph>(first).Text);
    }

    [Fact]
    public void TitleMissingFromTheBody_IsTakenFromTheArticleTitleMeta()
    {
        var html = Page($"<div id=\"zoom\"><p>一、总体情况</p>{Table3}</div>", "<meta charset=\"utf-8\"><meta name=\"ArticleTitle\" content=\"某县2023年政府信息公开工作年度报告\">");

        Assert.Equal("某县2023年政府信息公开工作年度报告", Read(html).Paragraphs()[0]);
    }

    [Fact]
    public void LayoutTableAroundTheReport_IsFlattened()
    {
        var html = Page($"<table><tr><td>导航</td><td>{Report()}</td></tr></table>");

        var content = Read(html);

        var table = Assert.Single(content.Tables());
        Assert.Equal(1, table.Location.Table);
        Assert.Equal(4, table.Rows[0].Cells.Count);
        Assert.DoesNotContain("导航", content.Paragraphs());
    }

    [Fact]
    public void TableCaption_IsTheParagraphBeforeTheTable()
    {
        var content = Read(Page(Report(Table3.Replace("<table border=\"1\">", "<table border=\"1\"><caption>表三 收到和处理申请情况</caption>", StringComparison.Ordinal))));

        var index = content.Blocks.ToList().FindIndex(b => b is ContentParagraph { Text: "表三 收到和处理申请情况" });
        Assert.True(index > 0);
        Assert.IsType<ContentTable>(content.Blocks[index + 1]);
        Assert.Equal(2, content.Tables().Count);
    }

    [Fact]
    public void HiddenElements_AreSkipped()
    {
        var paragraphs = Read(Page(Report("<p style=\"display: none\">隐藏一</p><p hidden>隐藏二</p><p><span style='mso-hide:all'>隐藏三</span>可见</p>"))).Paragraphs();

        Assert.Contains("可见", paragraphs);
        Assert.DoesNotContain(paragraphs, p => p.Contains("隐藏", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("DISPLAY : NONE", true)]
    [InlineData("color:red; Visibility: Hidden", true)]
    [InlineData("mso-hide: ALL;font-family:宋体", true)]
    [InlineData("display:\u212Anone", false)]
    [InlineData("font-family:宋体;display:block", false)]
    [InlineData("display:\tnone", true)]
    [InlineData("display\n:\r\n none", true)]
    [InlineData("dis play:none", false)]
    [InlineData("display:no ne", false)]
    [InlineData("display;none", false)]
    [InlineData("border:none;visibility:visible", false)]
    public void HiddenStyles_AreRecognisedWithoutRegardToCaseOrWhiteSpaceAroundTheColon(string style, bool hidden)
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument($"<p style=\"{style}\">x</p>");

        Assert.Equal(hidden, HtmlNodes.IsHidden(document.QuerySelector("p")!));
    }

    [Fact]
    public void HiddenStyleCheck_LowerCasesAsToLowerInvariantDoes()
    {
        // IsHidden lower-cases ASCII letters and KELVIN SIGN only: no other character's invariant lower case is ASCII.
        var toAscii = Enumerable.Range(0x80, 0x10000 - 0x80).Where(c => char.ToLowerInvariant((char)c) < 0x80).ToList();

        Assert.Equal([0x212A], toAscii);
        Assert.True(HtmlNodes.IsHidden(new AngleSharp.Html.Parser.HtmlParser().ParseDocument("<p style=\"display:none\">x</p>").QuerySelector("p")!));
    }

    [Theory]
    [InlineData("<table><tr><td>1</td></tr></table>", false)]
    [InlineData("<table><tr><td><div><span><table><tr><td>1</td></tr></table></span></div></td></tr></table>", true)]
    [InlineData("<table><tr><td><p>1</p></td><td><svg></svg></td></tr></table><table></table>", false)]
    public void NestedTables_AreFound(string html, bool nested)
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);

        Assert.Equal(nested, HtmlNodes.HasNestedTable(document.QuerySelector("table")!));
    }

    [Theory]
    [InlineData(new[] { "a", "", "b" }, "a\nb")]
    [InlineData(new[] { "", "\u3000", "" }, "\u3000")]
    [InlineData(new[] { "\u3000", "12", " " }, "12")]
    [InlineData(new[] { "", "" }, "")]
    [InlineData(new[] { "\u00A0", "\u3000" }, "\u00A0\n\u3000")]
    public void CellLines_AreJoined(string[] lines, string expected) =>
        Assert.Equal(expected, TableGridBuilder.JoinCellLines(lines));

    [Fact]
    public void GbkBytesWithMetaCharset_AreDecoded()
    {
        var gbk = Encoding.GetEncoding("GBK");
        var data = gbk.GetBytes(Page(Report(), "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">"));

        var content = Read(data);

        Assert.Contains("一、总体情况", content.Paragraphs());
        Assert.Empty(content.Findings);
    }

    [Fact]
    public void GbkBytesWithoutDeclaration_FallBackToGb18030WithAWarning()
    {
        var data = Encoding.GetEncoding("GBK").GetBytes(Page(Report(), string.Empty));

        var content = Read(data);

        Assert.Contains("一、总体情况", content.Paragraphs());
        var finding = Assert.Single(content.Findings);
        Assert.Equal(RuleIds.ExtractAssumption, finding.Rule);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Contains("GB18030", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Utf8BytesDeclaredAsGb2312_AreReadAsUtf8WithANote()
    {
        var data = Encoding.UTF8.GetBytes(Page(Report(), "<meta charset=gb2312>"));

        var content = Read(data);

        Assert.Contains("一、总体情况", content.Paragraphs());
        Assert.Equal(Severity.Info, Assert.Single(content.Findings).Severity);
    }

    [Fact]
    public void Utf16WithByteOrderMark_IsDecoded()
    {
        var data = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Page(Report()))).ToArray();

        Assert.True(new HtmlContentReader().Sniff(data));
        Assert.Contains("一、总体情况", Read(data).Paragraphs());
    }

    [Fact]
    public void TraditionalChinesePage_IsFoundAndKeptAsWritten()
    {
        var html = Page($"<div id=\"zoom\"><p>一、總體情況</p><p>三、收到和處理政府信息公開申請情況</p>{Table3.Replace("申请人情况", "申請人情況", StringComparison.Ordinal)}</div>");

        var content = Read(html);

        Assert.Contains("一、總體情況", content.Paragraphs());
        Assert.Equal("申請人情況", content.Tables()[0].Rows[0].Cells[2].Text);
    }

    [Fact]
    public void PageWithoutReport_FailsWithChineseMessageNamingTheSource()
    {
        var data = Encoding.UTF8.GetBytes(Page("<div class=\"nav\">首页</div><div class=\"article\"><h1>关于开展政务公开培训的通知</h1><p>各单位：……</p></div>"));

        var result = ReportReader.Read(data, "news/123.html");

        Assert.False(result.Success);
        Assert.Equal("html", result.Kind);
        Assert.Equal($"news/123.html：{HtmlMessages.NoReport}", result.Error);
    }

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF })]
    public void EmptyText_HasNoReport(byte[] data)
    {
        var error = Assert.Throws<ReportReadException>(() => Read(data));

        Assert.Equal(HtmlMessages.NoReport, error.Message);
    }

    [Fact]
    public void DeeplyNestedPage_EndsAtTheReadTimeout()
    {
        var html = Page(string.Concat(Enumerable.Repeat("<div>", 50000)) + Report());
        var watch = System.Diagnostics.Stopwatch.StartNew();

        // The depth limit refuses such a page before parsing (ReadLimitsTests); lifted here, the parse still ends at the timeout.
        var result = ReportReader.Read(Encoding.UTF8.GetBytes(html), "deep.html", new ReadOptions { Timeout = TimeSpan.FromSeconds(1), MaxNestingDepth = int.MaxValue });

        Assert.False(result.Success);
        Assert.StartsWith("deep.html：读取超时", result.Error, StringComparison.Ordinal);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
    }

    [Theory]
    [InlineData("<!DOCTYPE html><html></html>", true)]
    [InlineData("\uFEFF  <html lang=\"zh\">", true)]
    [InlineData("\n\n<TABLE border=1><tr><td>1</td></tr></TABLE>", true)]
    [InlineData("<meta charset=\"gbk\"><p>一、总体情况</p>", true)]
    [InlineData("<!-- saved from url=(0014)about:internet -->\n<html>", true)]
    [InlineData("<?xml version=\"1.0\" encoding=\"utf-8\"?><!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0//EN\" \"x\"><html>", true)]
    [InlineData("<div class=\"TRS_Editor\">", true)]
    [InlineData("一、总体情况\n<p>这不是网页</p>", false)]
    [InlineData("<政府信息公开工作年度报告>", false)]
    [InlineData("<pdf>", false)]
    [InlineData("%PDF-1.7", false)]
    [InlineData("", false)]
    public void Sniff_RecognisesMarkupAtTheStart(string start, bool expected) =>
        Assert.Equal(expected, new HtmlContentReader().Sniff(Encoding.UTF8.GetBytes(start)));

    [Theory]
    [InlineData("<meta charset=\"GBK\">", "GBK")]
    [InlineData("<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=gb2312\">", "gb2312")]
    [InlineData("<meta charset='utf-16'>", "utf-8")]
    [InlineData("<?xml version=\"1.0\" encoding=\"big5\"?><html>", "big5")]
    [InlineData("<html><head><title>x</title>", null)]
    public void PrescanCharset_FindsTheDeclaredLabel(string head, string? expected) =>
        Assert.Equal(expected, HtmlContentReader.PrescanCharset(Encoding.ASCII.GetBytes(head)));
}
