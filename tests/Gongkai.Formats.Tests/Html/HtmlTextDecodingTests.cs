// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Text;
using Gongkai.Formats.Html;

namespace Gongkai.Tests;

public class HtmlTextDecodingTests
{
    private const string Sample = "一、本年新收政府信息公开申请数量 21 件；國辦公開辦函";

    [Theory]
    [InlineData("gb2312", 54936)]
    [InlineData(" GBK ", 54936)]
    [InlineData("x-gbk", 54936)]
    [InlineData("GB18030", 54936)]
    [InlineData("big5", 950)]
    [InlineData("UTF-8", 65001)]
    [InlineData("utf8", 65001)]
    public void FromLabel_MapsWhatwgLabels(string label, int codePage) =>
        Assert.Equal(codePage, HtmlTextDecoding.FromLabel(label)!.CodePage);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("no-such-charset")]
    public void FromLabel_UnknownOrEmpty_IsNull(string? label) => Assert.Null(HtmlTextDecoding.FromLabel(label));

    [Fact]
    public void Decode_ByteOrderMarkWins()
    {
        var data = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Sample)).ToArray();

        var decoded = HtmlTextDecoding.Decode(data, "gbk");

        Assert.Equal(Sample, decoded.Text);
        Assert.Equal(TextEncodingSource.ByteOrderMark, decoded.Source);
        Assert.Null(decoded.Note);
    }

    [Fact]
    public void Decode_DeclaredGbk_IsUsedForGbkBytes()
    {
        var data = HtmlTextDecoding.Gb18030.GetBytes(Sample);

        var decoded = HtmlTextDecoding.Decode(data, "gb2312");

        Assert.Equal(Sample, decoded.Text);
        Assert.Equal(TextEncodingSource.Declared, decoded.Source);
    }

    [Fact]
    public void Decode_Big5Declared_IsUsed()
    {
        const string traditional = "政府資訊公開工作年度報告：本年新收申請數量";
        var data = HtmlTextDecoding.Big5.GetBytes(traditional);

        Assert.Equal(traditional, HtmlTextDecoding.Decode(data, "big5").Text);
    }

    [Fact]
    public void Decode_TruncatedUtf8_IsStillUtf8()
    {
        var data = Encoding.UTF8.GetBytes(Sample);

        var decoded = HtmlTextDecoding.Decode(data.AsSpan(0, data.Length - 1));

        Assert.Equal(TextEncodingSource.Utf8, decoded.Source);
        Assert.StartsWith("一、本年新收", decoded.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void IsValidUtf8_RejectsGbk()
    {
        Assert.True(HtmlTextDecoding.IsValidUtf8(Encoding.UTF8.GetBytes(Sample)));
        Assert.False(HtmlTextDecoding.IsValidUtf8(HtmlTextDecoding.Gb18030.GetBytes(Sample)));
    }
}
