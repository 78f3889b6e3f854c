// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Text.RegularExpressions;
using Gongkai.Formats;
using Gongkai.Formats.Content;
using Gongkai.Formats.Pdf;
using Gongkai.Text;

namespace Gongkai.Tests;

public sealed class PdfContentReaderTests
{
    public static TheoryData<string, bool> CorpusModes => new()
    {
        { "huaian-2024", true },
        { "huaian-2024", false },
        { "hongze-2024", true },
        { "hongze-2024", false },
    };

    public static TheoryData<string> CorpusFiles => new() { "huaian-2024", "hongze-2024" };

    [Fact]
    public void Sniff_PdfHeaderWithinFirstKilobyte_IsPdf()
    {
        var reader = new PdfContentReader();
        Assert.True(reader.Sniff("%PDF-1.7\n"u8));
        Assert.True(reader.Sniff([.. new byte[500], .. "%PDF-1.4"u8]));
        Assert.False(reader.Sniff([.. new byte[1100], .. "%PDF-1.4"u8]));
        Assert.False(reader.Sniff("一、总体情况"u8));
    }

    [Theory]
    [MemberData(nameof(CorpusModes))]
    public void Read_Corpus_EveryTableCellMatchesTruth(string name, bool useRulings)
    {
        var content = PdfTestFiles.ReadContent(PdfTestFiles.Corpus(name), useRulings);
        var expected = PdfTestFiles.FlattenTruth(PdfTestFiles.Truth(name));
        var actual = PdfRowLookup.Flatten(content);

        var mismatches = expected
            .Where(e => !actual.TryGetValue(e.Key, out var a) || a != e.Value)
            .Select(e => $"{e.Key}: expected {e.Value ?? "null"}, got {(actual.TryGetValue(e.Key, out var a) ? a : "(absent)")}")
            .ToList();
        Assert.True(mismatches.Count == 0, $"{mismatches.Count} of {expected.Count} cells differ:\n" + string.Join('\n', mismatches));
    }

    [Theory]
    [MemberData(nameof(CorpusModes))]
    public void Read_Corpus_SectionHeadingsAreParagraphs(string name, bool useRulings)
    {
        var content = PdfTestFiles.ReadContent(PdfTestFiles.Corpus(name), useRulings);
        var paragraphs = content.Blocks.OfType<ContentParagraph>().Select(static p => p.Text).ToList();
        foreach (var heading in new[] { "一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项" })
        {
            Assert.Contains(heading, paragraphs);
        }
    }

    [Theory]
    [MemberData(nameof(CorpusModes))]
    public void Read_Corpus_NoRadicalsNoJoinedOrSplitNumbers(string name, bool useRulings)
    {
        var content = PdfTestFiles.ReadContent(PdfTestFiles.Corpus(name), useRulings);
        var texts = content.Blocks.OfType<ContentParagraph>().Select(static p => p.Text)
            .Concat(PdfRowLookup.Rows(content).SelectMany(static r => r.Cells).Select(static c => c.Text))
            .ToList();
        Assert.DoesNotContain(texts, static t => t.Any(static c => c is >= '\u2E80' and <= '\u2FDF'));

        // Two numbers in one cell, or a number cut in two by a break.
        var cells = PdfRowLookup.Rows(content).SelectMany(static r => r.Cells).Select(static c => c.Text);
        Assert.DoesNotContain(cells, static t => Regex.IsMatch(t, @"\d[\s\n]+\d"));
    }

    [Theory]
    [MemberData(nameof(CorpusModes))]
    public void Read_Corpus_TableThreeIsOneTableAcrossThePageBreak(string name, bool useRulings)
    {
        var content = PdfTestFiles.ReadContent(PdfTestFiles.Corpus(name), useRulings);
        var table = content.Blocks.OfType<ContentTable>().Single(t => t.Rows.Any(r => PdfRowLookup.OwnLabel(r).Contains("本年新收")));
        Assert.Contains(table.Rows, r => PdfRowLookup.OwnLabel(r).Contains("结转下年度"));
        Assert.True(table.Rows.Select(static r => r.Location.Page).Distinct().Count() == 2);

        // Group labels (the vertical 「三、本年度办理结果」, 「（四）无法提供」) never make a row of their own:
        // below the header every row has its numbers.
        var body = table.Rows.SkipWhile(static r => PdfRowLookup.Numbers(r).Count == 0).ToList();
        Assert.All(body, static r => Assert.Equal(7, PdfRowLookup.Numbers(r).Count));
    }

    [Fact]
    public void Read_Huaian_KeyRowsHaveTheirNumbersInOrder()
    {
        var rows = PdfRowLookup.Rows(PdfTestFiles.ReadContent(PdfTestFiles.Corpus("huaian-2024"))).ToList();
        AssertRow(rows, "一、本年新收政府信息公开申请数量", "3001", "53", "0", "0", "61", "4", "3119");

        // Wrapped labels with the numbers on the middle line: one row each, the whole label in one cell.
        AssertRow(rows, "1、申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "67", "3", "0", "0", "1", "0", "71");
        AssertRow(rows, "2、申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "6", "0", "0", "0", "0", "0", "6");
        AssertRow(rows, "3、其他", "108", "2", "0", "0", "0", "0", "110");
        AssertRow(rows, "5.要求行政机关确认或重新出具已获取信息", "1", "0", "0", "0", "0", "0", "1");
        AssertRow(rows, "(二)部分公开(区分处理的,只计这一情形,不计其他情形)", "447", "7", "0", "0", "0", "0", "454");

        var t4 = Assert.Single(rows, static r => PdfRowLookup.Numbers(r).Count == 15);
        Assert.Equal(["72", "64", "178", "37", "351", "13", "4", "8", "1", "26", "12", "1", "1", "6", "20"], PdfRowLookup.Numbers(t4));

        // Headers split into fragments are joined.
        var headerCells = rows.SelectMany(static r => r.Cells).Select(static c => c.Text).ToHashSet();
        Assert.Superset(new HashSet<string> { "商业企业", "科研机构", "社会公益组织", "法律服务机构", "尚未审结", "其他结果", "总计" }, headerCells);

        // 「（四）无」 at the foot of page 4 and 「法提供」 at the head of page 5 are one group label.
        Assert.Contains("（四）无法提供", headerCells);
    }

    [Fact]
    public void Read_Hongze_KeyRowsHaveTheirNumbersInOrder()
    {
        var rows = PdfRowLookup.Rows(PdfTestFiles.ReadContent(PdfTestFiles.Corpus("hongze-2024"))).ToList();
        AssertRow(rows, "一、本年新收政府信息公开申请数量", "95", "0", "0", "0", "0", "0", "95");
        AssertRow(rows, "2.其他法律行政止公开", "0", "0", "0", "0", "0", "0", "0");
        AssertRow(rows, "(六)其他处理", "0", "0", "0", "0", "0", "0", "0");
        var t4 = Assert.Single(rows, static r => PdfRowLookup.Numbers(r).Count == 15);
        Assert.Equal(["1", "1", "0", "0", "2", "1", "0", "0", "0", "1", "2", "0", "1", "0", "3"], PdfRowLookup.Numbers(t4));
        var headerCells = rows.SelectMany(static r => r.Cells).Select(static c => c.Text).ToHashSet();
        Assert.Superset(new HashSet<string> { "商业企业", "科研机构", "社会公益组织", "法律服务机构", "尚未审结", "结果维持", "总计" }, headerCells);
    }

    [Fact]
    public void Read_Huaian_LocationsArePageAndLine()
    {
        var content = PdfTestFiles.ReadContent(PdfTestFiles.Corpus("huaian-2024"));
        var heading = content.Blocks.OfType<ContentParagraph>().Single(static p => p.Text == "三、收到和处理政府信息公开申请情况");
        Assert.Equal(4, heading.Location.Page);
        Assert.True(heading.Location.Line > 0);
        Assert.All(content.Blocks, static b => Assert.InRange(b.Location.Page, 1, 6));
        var row = PdfRowLookup.Rows(content).First(static r => PdfRowLookup.OwnLabel(r).Contains("另行制作"));
        Assert.Equal(5, row.Location.Page);
        Assert.All(row.Cells, c => Assert.Equal(5, c.Location.Page));
    }

    [Fact]
    public void Read_Paragraphs_WrappedLinesAreJoined()
    {
        var content = PdfTestFiles.ReadContent(PdfTestFiles.Corpus("huaian-2024"));
        var paragraphs = content.Blocks.OfType<ContentParagraph>().Select(static p => p.Text).ToList();
        Assert.Contains(paragraphs, static p => p.Contains("全市共受理政府信息公开申请3119件，答复3050件"));
        Assert.Contains(paragraphs, static p => p.StartsWith("2024年，市政府严格落实") && p.EndsWith("全年收取政府信息公开信息处理费3940元。"));
        Assert.DoesNotContain(paragraphs, static p => p is "-1-" or "-2-");
    }

    [Fact]
    public void Read_Cancelled_Throws()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        var data = File.ReadAllBytes(PdfTestFiles.Corpus("huaian-2024"));
        Assert.ThrowsAny<OperationCanceledException>(() => new PdfContentReader().Read(data, ReadOptions.Default, cts.Token));
    }

    private static void AssertRow(List<ContentRow> rows, string label, params string[] numbers)
    {
        var folded = TextFold.Fold(label);
        var row = Assert.Single(rows, r => PdfRowLookup.OwnLabel(r) == folded);
        Assert.Equal(numbers, PdfRowLookup.Numbers(row));
    }
}
