// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Formats.Assembly;
using Gongkai.Formats.Content;
using Gongkai.Formats.Text;

namespace Gongkai.Tests.Assembly;

/// <summary>The mechanisms for text converted from PDF (pdftotext, pdf2md), on small inputs.</summary>
public class ConvertedTextTests
{
    private static ContentRow[] Rows(string text) =>
        [.. TextContentReader.ReadText(text).Blocks.OfType<ContentTable>().SelectMany(t => t.Rows)];

    [Fact]
    public void SpaceAlignedRow_BecomesCells()
    {
        var rows = Rows("一、本年新收政府信息公开申请数量         4 0 0 0 0 0 4\n");
        Assert.Equal(["一、本年新收政府信息公开申请数量", "4", "0", "0", "0", "0", "0", "4"], rows.Single().Cells.Select(c => c.Text));
    }

    [Fact]
    public void SpaceAlignedHeader_SplitsAtWideGaps()
    {
        var rows = Rows("   信息内容     本年制发件数         本年废止件数       现行有效件数\n");
        Assert.Equal(["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"], rows.Single().Cells.Select(c => c.Text));
    }

    [Theory]
    [InlineData("截至目前，全市在运维政务新媒体共计 95")]
    [InlineData("行政许可 0")]
    [InlineData("本年共收到申请 4 件，办结 3 件，其中 2 0 1 件为电子邮件，1 件为信函。")]
    public void SentencesAndSingleNumbers_StayText(string line)
    {
        var blocks = TextContentReader.ReadText(line + "\n").Blocks;
        Assert.Equal(line, Assert.IsType<ContentParagraph>(Assert.Single(blocks)).Text);
    }

    [Fact]
    public void SignedNumbers_AndNumbersWithAUnit_AreCells()
    {
        Assert.Equal(["行政处罚", "2648", "-18", "538"], Rows("行政处罚 2648 -18 538\n").Single().Cells.Select(c => c.Text));
        Assert.Equal(["政府集中采购", "395", "73802895.90元"], Rows("政府集中采购 395 73802895.90元\n").Single().Cells.Select(c => c.Text));
    }

    [Fact]
    public void RowsRunTogetherOnOneLine_BecomeARowEach()
    {
        var rows = Rows("（一）予以公开 (^1288 21 0 0 50 3 1362) （二）部分公开 447 7 0 0 0 0 454\n");

        Assert.Equal(2, rows.Length);
        Assert.Equal(["（一）予以公开", "1288", "21", "0", "0", "50", "3", "1362"], rows[0].Cells.Select(c => c.Text));
        Assert.Equal(["（二）部分公开", "447", "7", "0", "0", "0", "0", "454"], rows[1].Cells.Select(c => c.Text));
        Assert.All(rows, r => Assert.Equal(1, r.Location.Line));
    }

    [Theory]
    [InlineData("—2—")]
    [InlineData("  - 4 -  ")]
    [InlineData("第 3 页 共 5 页")]
    [InlineData("<!-- PAGE_BREAK -->")]
    public void PageFurniture_IsDropped(string line) =>
        Assert.Empty(TextContentReader.ReadText("\n" + line + "\n").Blocks);

    [Fact]
    public void PageNumberBetweenValueLines_IsNotAValue() =>
        Assert.Equal(2, Rows("行政处罚      5\n—2—\n行政强制      6\n").Length);

    [Theory]
    [InlineData("不予公5.属于三类内部事务信息", "deniedInternalAffairs")]
    [InlineData("度办3.补正后申请内容仍不明确", "unableStillUnclear")]
    [InlineData("予处理4.无正当理由大量反复申请", "notHandledExcessive")]
    public void GroupLabelDebris_RowMatchedByItsDistinctivePart(string label, string key)
    {
        var row = Table3Interpreter.MatchDistinctive(Gongkai.Text.TextFold.Fold(label), out _);
        Assert.Equal(key, row?.Key);
    }

    [Fact]
    public void DistinctivePart_DoesNotMatchAPlainSentence() =>
        Assert.Null(Table3Interpreter.MatchDistinctive(Gongkai.Text.TextFold.Fold("全年共办理1.5万件"), out _));
}
