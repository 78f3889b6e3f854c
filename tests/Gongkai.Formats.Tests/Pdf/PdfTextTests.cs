// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Formats.Pdf;

namespace Gongkai.Tests;

public sealed class PdfTextTests
{
    [Fact]
    public void Join_KangxiAndSupplementRadicals_AreNormalised()
    {
        // Chromium/Skia text layers map 人民 to the radicals ⼈ (U+2F08) and ⺠ (U+2EA0).
        var glyphs = Row(10, "⼈", "⺠", "政", "府");
        Assert.Equal("人民政府", PdfText.Join(glyphs, 0, glyphs.Count));
    }

    [Fact]
    public void Join_DeprecatedAngleBrackets_AreFoldedToTheCjkOnes()
    {
        // A font giving 〈〉 and U+2329/U+232A one glyph reads back the latter.
        var glyphs = Row(10, "\u2329", "条", "例", "\u232A");
        Assert.Equal("\u3008条例\u3009", PdfText.Join(glyphs, 0, glyphs.Count));
    }

    [Fact]
    public void Join_SpacesOnlyWhereTheGapIsLarge()
    {
        List<PdfGlyph> glyphs =
        [
            new("总", 0, 10, 0, 10), new("计", 15, 25, 0, 10), // half an em between CJK: no space
            new("A", 25, 31, 0, 10), new("B", 34, 40, 0, 10), // 0.3 em between Latin letters: a space
        ];
        Assert.Equal("总计A B", PdfText.Join(glyphs, 0, glyphs.Count));
    }

    [Fact]
    public void ClusterLines_SlightlyDifferentBaselinesAndSizes_OneLine()
    {
        // A 7.5 pt label and its 5 pt numbers printed 2.3 pt lower are one table line.
        List<PdfGlyph> glyphs = [new("一", 76, 83.5, 373.0, 7.5), new("3", 260, 263.7, 370.7, 5), new("二", 76, 83.5, 349.0, 7.5)];
        var lines = PdfText.ClusterLines(glyphs);
        Assert.Equal(2, lines.Count);
        Assert.Equal("一3", string.Concat(lines[0].Glyphs.Select(static g => g.Text)));
    }

    [Fact]
    public void SplitChunks_NumbersCloserThanAChunkGap_StaySeparate()
    {
        // Digits of one number touch; two numbers a fifth of an em apart are two cells.
        List<PdfGlyph> glyphs = [new("1", 0, 5, 0, 10), new("2", 5, 10, 0, 10), new("5", 13, 18, 0, 10), new("项", 19, 29, 0, 10)];
        var line = new PdfTextLine(glyphs);
        Assert.Equal(["12", "5项"], line.Chunks.Select(static c => c.Text));
    }

    [Fact]
    public void Line_FakeBoldDuplicates_AreDropped()
    {
        List<PdfGlyph> glyphs = [new("本", 0, 10, 0, 10), new("本", 0.4, 10.4, 0, 10), new("年", 10, 20, 0, 10), new("年", 10.4, 20.4, 0, 10)];
        Assert.Equal("本年", new PdfTextLine(glyphs).Text);
    }

    [Theory]
    [InlineData("3001", true)]
    [InlineData("96171.6", true)]
    [InlineData("1,234", true)]
    [InlineData("１２", true)]
    [InlineData("1.", false)]
    [InlineData("1.属于国家秘密", false)]
    [InlineData("-", false)]
    [InlineData("", false)]
    public void IsNumber_TableNumbers(string text, bool expected) => Assert.Equal(expected, PdfText.IsNumber(text));

    [Fact]
    public void JoinCellLines_CjkWrapJoinedOtherBreaksKept()
    {
        Assert.Equal("商业企业", PdfText.JoinCellLines(["商业企", "业"]));
        Assert.Equal("12\n5", PdfText.JoinCellLines(["12", "5"]));
        Assert.Equal("2024年", PdfText.JoinCellLines(["2024", "年"]));
    }

    private static List<PdfGlyph> Row(double size, params string[] texts) =>
        texts.Select((t, i) => new PdfGlyph(t, i * size, (i + 1) * size, 0, size)).ToList();
}
