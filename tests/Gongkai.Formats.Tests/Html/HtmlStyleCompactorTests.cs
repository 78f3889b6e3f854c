// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Gongkai.Formats.Html;

namespace Gongkai.Tests;

/// <summary>
/// The style rewrite before parsing must leave the document tree as the parser builds it from the original page:
/// the same nodes, names and text, the same attributes the reader asks for, and for style the same answer to
/// "does it hide".
/// Text may differ only where the reader never looks (comments, scripts, styles, text areas and other raw text).
/// </summary>
public class HtmlStyleCompactorTests
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
    ];

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(0, 40)];

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

        Assert.Equal(chars.Length, HtmlStyleCompactor.Compact(chars));
    }

    [Fact]
    public void CmsPage_IsShortenedAndParsesToTheSameTree()
    {
        var page = File.ReadAllText(TestCorpus.PathOf("pingtan-2023"));
        var chars = page.ToCharArray();

        var rewritten = new string(chars, 0, HtmlStyleCompactor.Compact(chars));

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
        return new string(chars, 0, HtmlStyleCompactor.Rewrite(chars));
    }

    private static void AssertSameTree(string original, string rewritten)
    {
        var parser = new HtmlParser();
        var expected = parser.ParseDocument(original);
        var actual = parser.ParseDocument(rewritten);
        Assert.Equal(expected.Title, actual.Title);
        AssertSameNode(expected.DocumentElement, actual.DocumentElement, inRawText: false);
    }

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
            var names = element.Attributes.Select(a => a.Name).Where(n => n != "style" && HtmlStyleCompactor.IsKept(n)).ToList();
            Assert.Equal(names, other.Attributes.Select(a => a.Name).Where(n => n != "style" && HtmlStyleCompactor.IsKept(n)).ToList());
            foreach (var name in names)
            {
                Assert.Equal(element.GetAttribute(name), other.GetAttribute(name));
            }

            Assert.Equal(HtmlNodes.IsHidden(element), HtmlNodes.IsHidden(other));
            inRawText |= element.LocalName is "script" or "style" or "textarea" or "iframe" or "noembed" or "noframes" or "noscript";
        }

        Assert.Equal(expected.ChildNodes.Length, actual.ChildNodes.Length);
        for (var i = 0; i < expected.ChildNodes.Length; i++)
        {
            if (expected.ChildNodes[i] is IComment)
            {
                Assert.IsAssignableFrom<IComment>(actual.ChildNodes[i]);
                continue;
            }

            AssertSameNode(expected.ChildNodes[i], actual.ChildNodes[i], inRawText);
        }
    }
}
