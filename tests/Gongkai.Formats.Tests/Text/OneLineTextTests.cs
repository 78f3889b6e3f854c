// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Formats.Text;

namespace Gongkai.Tests.Text;

/// <summary>A report run together on one line is taken apart into headings, text and table rows; other text is left alone.</summary>
public sealed class OneLineTextTests
{
    private const string Filler = "本年度，我单位认真贯彻落实《中华人民共和国政府信息公开条例》，扎实推进政务公开工作，不断提升政务公开质量和实效。";

    private static string[] Lines(string text) => (OneLineText.Unflatten(text) ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public void OrdinaryText_IsLeftAlone()
    {
        var text = "一、总体情况\n" + string.Concat(Enumerable.Repeat(Filler, 10)) + "\n二、主动公开政府信息情况\n";

        Assert.Null(OneLineText.Unflatten(text));
    }

    [Fact]
    public void Headings_AndTable2Rows_AreTakenApart()
    {
        var text = "一、总体情况" + Filler + Filler + "二、主动公开政府信息情况第二十条第（一）项信息内容本年制发件数本年废止件数现行有效件数规章000行政规范性文件8855698"
            + "三、收到和处理政府信息公开申请情况" + Filler + Filler;

        var lines = Lines(text);

        Assert.Equal("一、总体情况", lines[0]);
        Assert.Contains("二、主动公开政府信息情况", lines);
        Assert.Contains("信息内容\t本年制发件数\t本年废止件数\t现行有效件数\t", lines);
        Assert.Contains("规章\t000", lines);
        Assert.Contains("行政规范性文件\t8855698", lines);
        Assert.Contains("三、收到和处理政府信息公开申请情况", lines);
    }

    [Fact]
    public void ItemNumber_StuckToARun_GoesWithTheNextLabel_AndAGroupLabelJoinsItsFirstItem()
    {
        var text = "三、收到和处理政府信息公开申请情况" + Filler + "一、本年新收政府信息公开申请数量 713000074（四）无法提供1.本机关不掌握相关政府信息 3700000372.没有现成信息需要另行制作0000000"
            + "四、政府信息公开行政复议、行政诉讼情况" + Filler + Filler + Filler + Filler;

        var lines = Lines(text);

        Assert.Contains("一、本年新收政府信息公开申请数量\t713000074", lines);
        Assert.Contains("（四）无法提供\t1.本机关不掌握相关政府信息\t370000037", lines);
        Assert.Contains("2.没有现成信息需要另行制作\t0000000", lines);
    }

    [Fact]
    public void Spaces_BetweenSomeCells_AreCellBreaks_AndAGluedPageNumberIsDropped()
    {
        var text = "二、主动公开政府信息情况" + Filler + "第二十条第（五）项信息内容本年处理决定数量行政许可 9487-3-第二十条第（六）项信息内容本年处理决定数量行政处罚 27 76"
            + "三、收到和处理政府信息公开申请情况" + Filler + Filler + Filler + Filler;

        var lines = Lines(text);

        Assert.Contains("行政许可\t9487", lines);
        Assert.Contains("行政处罚\t27\t76", lines);
    }

    [Fact]
    public void OneTableOnItsLine_WithSpacedCells_IsTakenApart_AndTheRestIsLeftAlone()
    {
        var text = "一、总体情况\n" + Filler + Filler + Filler + "\n二、主动公开政府信息情况\n"
            + " 第二十条第（一）项 信息内容 本年制发件数 本年废止件数 现行有效件数 规章 0 0 0 行政规范性文件 3 0 8 第二十条第（五）项 信息内容 本年处理决定数量 行政许可 9487 \n"
            + "四、政府信息公开行政复议、行政诉讼情况\n"
            + " 行政复议 行政诉讼 结果 维持 结果 纠正 其他 结果 尚未 审结 总 计 未经复议直接起诉 复议后起诉 结果 维持 结果 纠正 其他 结果 尚未 审结 总 计 结果 维持 结果 纠正 其他 结果 尚未 审结 总 计 1 1 0 0 2 1 0 0 0 1 2 0 1 0 3 \n";

        var lines = Lines(text);

        Assert.Contains("一、总体情况", lines);
        Assert.Contains(Filler + Filler + Filler, lines);
        Assert.Contains(lines, l => l.StartsWith("规章\t", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("行政规范性文件\t", StringComparison.Ordinal) && l.Contains('8', StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("行政许可\t", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Replace("\t", " ", StringComparison.Ordinal).Contains("1 1 0 0 2 1 0 0 0 1 2 0 1 0 3", StringComparison.Ordinal));
    }

    [Fact]
    public void ASentenceStartingWithTheSameWords_IsNotATable()
    {
        var text = "一、总体情况\n" + Filler + Filler + Filler + "\n四、政府信息公开行政复议、行政诉讼情况\n行政复议方面，本年度共收到行政复议申请 2 件，结果维持 1 件，纠正 1 件，均已审结。\n";

        Assert.Null(OneLineText.Unflatten(text));
    }

    [Fact]
    public void ATable3LabelWrappedAroundItsValues_IsOneRow_AndATable2LabelBeforeTheNextCaption_IsABlankRow()
    {
        var text = "一、总体情况" + Filler + Filler + "二、主动公开政府信息情况第二十条第（五）项信息内容本年处理决定数量行政许可0第二十条第（六）项信息内容本年处理决定数量行政处罚0行政强制第二十条第（八）项信息内容本年收费金额（单位：万元）行政事业性收费0"
            + "三、收到和处理政府信息公开申请情况（六）其他处理1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请00000002.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政0000000府信息公开申请3.其他0000000"
            + "四、政府信息公开行政复议、行政诉讼情况" + Filler;

        var lines = Lines(text);

        Assert.Contains("行政强制\t", lines);
        Assert.Contains(lines, l => l.StartsWith("第二十条第（八）项", StringComparison.Ordinal));
        Assert.Contains("申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请\t0000000", lines);
    }

    [Fact]
    public void TextAroundDigits_ThatDoesNotNameARow_StaysText()
    {
        var text = "一、总体情况" + Filler + Filler + "三、收到和处理政府信息公开申请情况（六）其他处理1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请0000000全年共办理申请20件，均按时答复。"
            + "四、政府信息公开行政复议、行政诉讼情况" + Filler;

        var lines = Lines(text);

        Assert.DoesNotContain(lines, l => l.StartsWith("全年共办理申请", StringComparison.Ordinal) && l.Contains('\t', StringComparison.Ordinal));
    }

    [Fact]
    public void ALabelWorded_UnlikeTheOfficialOne_AfterAnItemNumberStuckToTheValuesBefore_IsARow()
    {
        // Hongze 2024 crawled with spaces: the source's typo 「其他法律行政止公开」, its 「2」 stuck to the run before.
        var text = "一、总体情况" + Filler + Filler + "二、主动公开政府信息情况第二十条第（一）项信息内容本年制发件数本年废止件数现行有效件数规章000行政规范性文件8855698"
            + "三、收到和处理政府信息公开申请情况（三）不予公开1.属于国家秘密 0 00 000 02.其他法律行政止公开000 0 00 03.危及“三安全一稳定”100 000 1"
            + "四、政府信息公开行政复议、行政诉讼情况" + Filler;

        var lines = Lines(text);

        Assert.Contains("其他法律行政止公开\t000\t0\t00\t0", lines);
    }
}
