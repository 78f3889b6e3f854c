// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using AngleSharp.Dom;
using CsCheck;
using AngleSharp.Html.Parser;
using Gongkai.Formats.Html;

namespace Gongkai.Tests;

/// <summary>
/// The rewrite before parsing must leave the document tree as the parser builds it from the original page, but for
/// the bare inline wrappers it removes: the same nodes, names and text, the same attributes the reader asks for, and
/// for style the same answer to "does it hide". Trees are compared with bare wrappers spliced into their parents
/// (adjacent text joined, white-space-only text left out), and the reader's blocks must be the same.
/// Text may differ only where the reader never looks (comments, scripts, styles, text areas and other raw text).
/// </summary>
public class HtmlCompactorTests
{
    private static readonly string[] Snippets =
    [
        "<p style=\"display:none\">隐藏</p>", "<p style=\"DISPLAY : NONE\">隐藏2</p>", "<span style='mso-hide:all'>藏</span>", "<p hidden>h</p>",
        "<!-- <p style=\"x\"> -->", "<!-- style=\"--> <p style=\"color:red\">注释后</p>\" -->", "<!--><p style=\"a\">x</p>", "<!---><p style=\"a\">y</p>",
        "<script>var s = '<p style=\"display:none\">x</p>';</script>", "<script><!--<script>'</script>'<p style=\"q\">--></script>",
        "<title>标题 style=\"display:none\"</title>", "<textarea><p style=\"b\"></textarea>", "<div title='x style=\"display:none\" y'>属性内</div>",
        "<p style=display:none>无引号</p>", "<p style=\"display&#58;none\">实体</p>", "<p style=\"font-family:&quot;宋体&quot;;display:none\">实体2</p>",
        "<p style=\"color:red\" style=\"display:none\">重复</p>", "<p style=\"display:none\" style=\"color:red\">重复2</p>", "<p style=\"a>b\" style=\"display:none\">不安全</p>",
        "<p/style=\"color:red\">斜线</p>", "<br/style=\"x\">", "<p a=\"1\"style=\"color:red\"b=\"2\">紧贴</p>", "<p style = 'color : red'>空格</p>",
        "<table><tr><td style=\"visibility:hidden\">格</td><td>2</td></tr></table>", "<select><style><p style=\"x\">s</p></style><textarea>t</textarea></select>",
        "<noscript><p style=\"display:none\">ns</p></noscript>", "<iframe><p style=\"q\">if</p></iframe>", "<p style=\"display:\n none\">换行</p>",
        "<p STYLE=\"Display:None\">大写名</p>", "<![CDATA[ <p style=\"x\"> ]]>", "</p style=\"x\">", "</ <p style=\"display:none\">坏结束</p>", "<? x <p style=\"a\"> ?>",
        "<p style=\"visibility:hidden&#32;\">数字</p>", "<p style=\"vis&amp;ibility:hidden\">amp</p>", "<p style>无值</p>", "<p style=\"\">空</p>",
        "<p style=\"mso-hide:all;font-family:'Times New Roman'\">多</p>", "<div style=\"margin:0\"><p style=\"text-autospace:none\">none</p></div>",
        "<table><tr><td colspan=2 rowspan='2' width=\"50\" class=\"x\">合</td></tr><input type=hidden name=a value=b></table>", "<a href=\"http://例子.中国/a b\" lang=zh>链</a>",
        "<meta name=\"ArticleTitle\" content=\"某县2023年政府信息公开工作年度报告\" property=\"og\">", "<p x\"y=\"z\" id=i>引号名</p>", "<p =a class=c>等号名</p>",
        "<p data-x='a>b' id=j>值含大于</p>", "<template shadowrootmode=\"open\"><p>影</p></template>", "<p lang=en-US/>斜线</p>", "<div role=\"navigation\" aria-label=\"x\">角色</div>",
        "<span lang=EN-US>1</span><span style=\"font-size:12pt\">2<o:p></o:p></span>", "<b><span lang=EN-US>粗<o:p></o:p></span></b>", "<span><p>块</span>后</p>",
        "<span>一<li>项</span>二", "<pre><span>\n行</span></pre>", "<table><span> </span><b>表前</b><tr><td><span>格</span></td></tr></table>",
        "<font face=\"宋体\">字</font><FONT>大写</FONT>", "<b>1<i>2</b>3</i>", "<span class=\"title\">类</span>", "<span style=\"display:none\">藏</span>",
        "<st1:chsdate Year=\"2023\" w:st=\"on\">2023年</st1:chsdate>", "<span/>自闭<span>", "</span>孤结束", "<i><!-- c -->注</i>", "<u><br>换</u>",
        "<sup>2</sup>", "<span>" + string.Concat(Enumerable.Repeat("<span>", 20)) + "深" + string.Concat(Enumerable.Repeat("</span>", 21)),
    ];

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(0, 60)];

    [Fact]
    public void WordPage_IsShortenedAndParsesToTheSameTree()
    {
        var page = File.ReadAllText(TestCorpus.PathOf("pingtan-2020"));

        var rewritten = Rewrite(page);

        Assert.True(rewritten.Length < page.Length / 2, $"{rewritten.Length} of {page.Length}");
        AssertSameTree(page, rewritten);
    }

    [Fact]
    public void PageWithFewStyles_IsLeftAsItIs()
    {
        var page = string.Concat(Enumerable.Repeat("<p class=\"text\" lang=\"zh\">本年度共收到政府信息公开申请若干件，均已按时办结。</p>", 200))
            + "<p style=\"color:red\">一</p>";
        var chars = page.ToCharArray();

        Assert.Equal(chars.Length, HtmlCompactor.Compact(chars));
    }

    [Theory]
    [InlineData("<p><span lang=EN-US style='font-size:12pt'>12<o:p></o:p></span></p>", "<p>12</p>")]
    [InlineData("<p><b><span>粗</span></b><span>体</span></p>", "<p>粗体</p>")]
    [InlineData("<p><span><br></span></p>", "<p><span><br></span></p>")]
    [InlineData("<p><span class=x>类</span></p>", "<p><span class=x>类</span></p>")]
    [InlineData("<p><span style='display:none'>藏</span></p>", "<p><span style='display:none'>藏</span></p>")]
    [InlineData("<p><span>一</b></p>", "<p><span>一</b></p>")]
    [InlineData("<pre><span>\n行</span></pre>", "<pre><span>\n行</span></pre>")]
    public void BareWrappersAroundText_AreRemoved(string page, string expected)
    {
        Assert.Equal(expected, Rewrite(page));
    }

    [Fact]
    public void WordPage_LosesMostOfItsWrappers()
    {
        var page = File.ReadAllText(TestCorpus.PathOf("pingtan-2020"));
        static int Spans(string html) => new HtmlParser().ParseDocument(html).QuerySelectorAll("span").Length;

        var rewritten = Rewrite(page);

        Assert.True(Spans(rewritten) * 5 < Spans(page), $"{Spans(rewritten)} of {Spans(page)} spans left");
    }

    [Fact]
    public void CmsPage_IsShortenedAndParsesToTheSameTree()
    {
        var page = File.ReadAllText(TestCorpus.PathOf("pingtan-2023"));
        var chars = page.ToCharArray();

        var rewritten = new string(chars, 0, HtmlCompactor.Compact(chars));

        Assert.True(rewritten.Length < page.Length * 3 / 4, $"{rewritten.Length} of {page.Length}");
        AssertSameTree(page, rewritten);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void TrickyMarkup_ParsesToTheSameTree(int seed)
    {
        var random = new Random(seed);
        var page = File.ReadAllText(TestCorpus.PathOf(seed % 2 == 0 ? "pingtan-2020" : "pingtan-2023"));
        for (var k = 0; k < 6; k++)
        {
            var at = page.IndexOf('<', random.Next(page.Length));
            page = page.Insert(at < 0 ? page.Length : at, Snippets[random.Next(Snippets.Length)]);
        }

        AssertSameTree(page, Rewrite(page));
    }

    [Fact]
    public void EverySnippet_AloneParsesToTheSameTree()
    {
        foreach (var snippet in Snippets)
        {
            var page = $"<html><head><title>t</title></head><body>{snippet}<p style=\"color:red\">后</p></body></html>";
            AssertSameTree(page, Rewrite(page));
        }
    }

    [Fact]
    public void RandomTagSoup_ParsesToTheSameTree()
    {
        // Misnested, unclosed and stray tags among the wrappers the rewrite removes and the elements that close,
        // foster-parent or reconstruct around them (p, li, table parts, pre, formatting elements).
        string[] pieces =
        [
            "<span>", "</span>", "<span lang=EN-US style=\"font-size:12pt\">", "<b>", "</b>", "<i>", "</i>", "<font>", "</font>",
            "<o:p>", "</o:p>", "<o:p></o:p>", "<p>", "</p>", "<p class=MsoNormal>", "<li>", "</li>", "<ul>", "</ul>", "<div>", "</div>",
            "<table>", "</table>", "<tr>", "</tr>", "<td>", "</td>", "<td colspan=2>", "<tbody>", "<pre>", "</pre>", "<br>", "<a href=x>",
            "</a>", "<h1>", "</h1>", "<span style=\"display:none\">", "<span class=title>", "<!-- c -->", "<sup>", "</sup>", "\n", " ",
            "12", "第二十条", "总体情况", "&nbsp;", "<strong>", "</strong>", "<em>", "</em>", "<select>", "<option>", "</select>",
        ];
        var pieceGen = Gen.Int[0, pieces.Length - 1].Select(i => pieces[i]);
        pieceGen.Array[1, 60].Select(parts => string.Concat(parts)).Sample(
            body =>
            {
                var page = $"<html><head><title>t</title></head><body><h1>某镇2024年政府信息公开工作年度报告</h1><p>一、总体情况</p>{body}<table><tr><td>本年新收</td><td>1</td></tr></table></body></html>";
                AssertSameTree(page, Rewrite(page));
            },
            iter: 4000);
    }

    [Theory]
    [InlineData("<svg><style><p style=\"display:none\">a</p></style></svg>")]
    [InlineData("<xmp><p style=\"color:red\">a</p></xmp>")]
    [InlineData("<PLAINTEXT><p style=\"color:red\">")]
    [InlineData("<math><mi style=\"display:none\">m</mi></math>")]
    public void PagesWithForeignOrPlainText_AreLeftAsTheyAre(string body)
    {
        var page = $"<p style=\"color:red\">x</p>{body}";

        Assert.Equal(page, Rewrite(page));
    }

    private static string Rewrite(string page)
    {
        var chars = page.ToCharArray();
        return new string(chars, 0, HtmlCompactor.Rewrite(chars));
    }

    private static void AssertSameTree(string original, string rewritten)
    {
        var parser = new HtmlParser();
        var expected = parser.ParseDocument(original);
        var actual = parser.ParseDocument(rewritten);
        Assert.Equal(expected.Title, actual.Title);
        AssertSameNode(expected.DocumentElement, actual.DocumentElement, inRawText: false);
        Assert.Equal(Blocks(expected), Blocks(actual));
    }

    /// <summary>The reader's blocks, written out with their locations.</summary>
    private static string Blocks(AngleSharp.Html.Dom.IHtmlDocument document)
    {
        if (ReportRegionLocator.Locate(document, CancellationToken.None) is not { } region)
        {
            return "(no report)";
        }

        var text = new System.Text.StringBuilder();
        foreach (var block in HtmlBlockWalker.Walk(region, CancellationToken.None))
        {
            if (block is Gongkai.Formats.Content.ContentTable table)
            {
                foreach (var row in table.Rows)
                {
                    text.AppendLine(string.Join(" | ", row.Cells.Select(c => $"{c.Text}@{c.Location}{(c.Merged ? "m" : string.Empty)}")));
                }
            }
            else if (block is Gongkai.Formats.Content.ContentParagraph paragraph)
            {
                text.Append(paragraph.Text).Append('@').Append(paragraph.Location.ToString()).AppendLine();
            }
        }

        return text.ToString();
    }

    /// <summary>A node's children with bare inline wrappers spliced in, adjacent text joined and white-space-only text left out.</summary>
    private static List<INode> Children(INode node)
    {
        var spliced = new List<INode>();
        void Add(INode parent)
        {
            foreach (var child in parent.ChildNodes)
            {
                if (child is IElement element && IsBare(element))
                {
                    Add(element);
                }
                else
                {
                    spliced.Add(child);
                }
            }
        }

        Add(node);
        var joined = new List<INode>();
        foreach (var child in spliced)
        {
            if (child is IText text && joined.Count > 0 && joined[^1] is IText previous)
            {
                joined[^1] = previous.Owner!.CreateTextNode(previous.Data + text.Data);
            }
            else
            {
                joined.Add(child);
            }
        }

        joined.RemoveAll(n => n is IText t && string.IsNullOrWhiteSpace(t.Data.Replace('\u00A0', 'x')));
        return joined;
    }

    private static string Describe(List<INode> nodes) =>
        string.Join(", ", nodes.Select(n => n is IText t ? $"\"{t.Data}\"" : n is IElement e ? $"<{e.LocalName}>{e.TextContent[..Math.Min(20, e.TextContent.Length)]}" : n.NodeName));

    private static bool IsBare(IElement element) =>
        HtmlCompactor.IsUnwrappable(element.LocalName)
        && !HtmlNodes.IsHidden(element)
        && element.Attributes.All(a => !HtmlCompactor.IsKept(a.Name));

    private static void AssertSameNode(INode expected, INode actual, bool inRawText)
    {
        Assert.Equal(expected.NodeType, actual.NodeType);
        Assert.Equal(expected.NodeName, actual.NodeName);
        if (expected is IText text && !inRawText)
        {
            Assert.Equal(text.Data, ((IText)actual).Data);
        }

        if (expected is IElement element)
        {
            var other = (IElement)actual;
            // Attributes the reader never asks for may go; those it asks for must stay as they were.
            var names = element.Attributes.Select(a => a.Name).Where(n => n != "style" && HtmlCompactor.IsKept(n)).ToList();
            Assert.Equal(names, other.Attributes.Select(a => a.Name).Where(n => n != "style" && HtmlCompactor.IsKept(n)).ToList());
            foreach (var name in names)
            {
                Assert.Equal(element.GetAttribute(name), other.GetAttribute(name));
            }

            Assert.Equal(HtmlNodes.IsHidden(element), HtmlNodes.IsHidden(other));
            inRawText |= element.LocalName is "script" or "style" or "textarea" or "iframe" or "noembed" or "noframes" or "noscript";
        }

        var expectedChildren = inRawText ? [.. expected.ChildNodes] : Children(expected);
        var actualChildren = inRawText ? [.. actual.ChildNodes] : Children(actual);
        Assert.True(expectedChildren.Count == actualChildren.Count, $"<{expected.NodeName}>: {Describe(expectedChildren)}\n≠ {Describe(actualChildren)}");
        for (var i = 0; i < expectedChildren.Count; i++)
        {
            if (expectedChildren[i] is IComment)
            {
                Assert.IsAssignableFrom<IComment>(actualChildren[i]);
                continue;
            }

            AssertSameNode(expectedChildren[i], actualChildren[i], inRawText);
        }
    }
}
