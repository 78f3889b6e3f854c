// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Text;
using Gongkai.Cells;
using Gongkai.Checking;
using Gongkai.Formats;
using Gongkai.Formats.Assembly;
using Gongkai.Tests.Support;

namespace Gongkai.Tests.Assembly;

/// <summary>Text whose cell separators were lost: the one segmentation that fits the tables' arithmetic, or a finding.</summary>
public class FlattenedTextTests
{
    private static string Seed(string prefix) =>
        File.ReadAllText(TestPaths.SeedFiles().First(f => Path.GetFileName(f).StartsWith(prefix, StringComparison.Ordinal)));

    private static Documents.AnnualReport Read(string text)
    {
        var result = ReportReader.Read(Encoding.UTF8.GetBytes(text), "flat.txt");
        Assert.True(result.Success, result.Error);
        return result.Report;
    }

    [Fact]
    public void Segmenter_EnumeratesSplitsWithoutLeadingZeros()
    {
        var splits = DigitSegmenter.Split("1020", 3, null, limit: 100);
        Assert.Equal(["10|2|0", "1|0|20"], splits.Select(s => string.Join('|', s)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Segmenter_RespectsCellBoundaries() =>
        Assert.Equal([[1L, 2L, 3L]], DigitSegmenter.Split("123", 3, null, boundaries: new HashSet<int> { 1 }));

    [Fact]
    public void Table3Row_GluedDigits_UniqueByRowSum_IsReadAndReported()
    {
        // 自然人 55, 商业企业 8, others 0, 总计 63 written without separators: "5580000063".
        var text = Seed("000").Replace("一、本年新收政府信息公开申请数量\t\t4\t0\t0\t0\t0\t0\t4\t", "一、本年新收政府信息公开申请数量\t\t4000004\t", StringComparison.Ordinal);
        var report = Read(text);
        Assert.Equal(4m, report["table3.received.naturalPerson"].Number);
        Assert.Equal(4m, report["table3.received.total"].Number);
        Assert.Contains(report.ImportFindings, f => f.Rule == RuleIds.ExtractAssumption && f.Severity == Severity.Warning && f.Quote == "4000004");
    }

    [Fact]
    public void Table3Row_SeveralSplitsFitTheRow_ColumnRulesDecide()
    {
        // 「110000011」 fits the row sum as 11|0|0|0|0|0|11 and as 1|10|0|0|0|0|11:
        // only the first keeps 新收 + 上年结转 = 总计 + 结转 in both columns.
        var text = Seed("000")
            .Replace("一、本年新收政府信息公开申请数量\t\t4\t0\t0\t0\t0\t0\t4\t", "一、本年新收政府信息公开申请数量\t\t110000011\t", StringComparison.Ordinal)
            .Replace("(一) 予以公开\t3\t0\t0\t0\t0\t0\t3", "(一) 予以公开\t10\t0\t0\t0\t0\t0\t10", StringComparison.Ordinal)
            .Replace("(七) 总计\t4\t0\t0\t0\t0\t0\t4", "(七) 总计\t11\t0\t0\t0\t0\t0\t11", StringComparison.Ordinal);
        var report = Read(text);
        Assert.Equal(11m, report["table3.received.naturalPerson"].Number);
        Assert.Equal(0m, report["table3.received.commercialEnterprise"].Number);
        Assert.Contains(report.ImportFindings, f => f.Rule == RuleIds.ExtractAssumption && f.Message.Contains("勾稽关系", StringComparison.Ordinal));
        Assert.DoesNotContain(ReportChecker.Check(report), f => f.Rule is RuleIds.T3Balance or RuleIds.T3ColumnSum);
    }

    [Fact]
    public void Table3Row_NextRowsItemNumberRunIntoTheDigits_IsLeftToThatRow()
    {
        // 「属于国家秘密00000002.其他法律…」 with the next label garbled: seven zeros, then the next row's 「2」.
        var text = Seed("000").Replace("1. 属于国家秘密\t0\t0\t0\t0\t0\t0\t0", "1. 属于国家秘密\t00000002", StringComparison.Ordinal);
        Assert.Contains("00000002", text, StringComparison.Ordinal);
        var report = Read(text);
        Assert.Equal(0m, report["table3.deniedStateSecret.naturalPerson"].Number);
        Assert.Equal(0m, report["table3.deniedStateSecret.total"].Number);
        Assert.Contains(report.ImportFindings, f => f.Rule == RuleIds.ExtractAssumption && f.Quote == "00000002" && f.Message.Contains("末尾的「2」应是下一行的序号", StringComparison.Ordinal));
    }

    [Fact]
    public void Table2Row_GluedToLabel_SeveralSplits_IsReportedNotGuessed()
    {
        var text = Seed("000").Replace("行政规范性文件\t0\t0\t0", "行政规范性文件77132470", StringComparison.Ordinal);
        var report = Read(text);
        // The unresolved digits are not stored in the row's cells: the row is unread, one finding quotes the digits.
        Assert.Equal(CellState.Absent, report["table2.normativeDocuments.issued"].State);
        Assert.Equal(CellState.Absent, report["table2.normativeDocuments.inForce"].State);
        Assert.Single(report.ImportFindings, f => f.Rule == RuleIds.ExtractAmbiguous && f.Quote == "77132470" && f.Message.Contains("候选：7/7/132470；7/71/32470；", StringComparison.Ordinal));
        Assert.DoesNotContain(report.ImportFindings, f => f.Rule == RuleIds.ExtractAssumption && f.Quote == "77132470");
        Assert.DoesNotContain(ReportChecker.Check(report), f => f.Rule == RuleIds.CellInvalid);
    }

    [Fact]
    public void Table2Row_GluedToLabel_OneValue_IsReadAndReported()
    {
        var text = Seed("000").Replace("行政处罚\t0\t\t", "行政处罚1092", StringComparison.Ordinal);
        var report = Read(text);
        Assert.Equal(1092m, report["table2.punishment.decisions"].Number);
        Assert.Contains(report.ImportFindings, f => f.Cell == "table2.punishment.decisions" && f.Message.Contains("缺少分隔", StringComparison.Ordinal));
    }

    [Fact]
    public void Table2Amount_GluedToLabel_KeepsItsDecimals()
    {
        var text = Seed("000").Replace("行政事业性收费\t0\t\t", "行政事业性收费59237.2449", StringComparison.Ordinal);
        var report = Read(text);
        Assert.Equal("59237.2449", report["table2.fees.amount"].Number.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Table4_OneLongLineOfDigits_UniqueByBlockSums()
    {
        var text = Seed("000").Replace("0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0", "200023000300000", StringComparison.Ordinal);
        var report = Read(text);
        Assert.Equal(2m, report["table4.reconsideration.upheld"].Number);
        Assert.Equal(2m, report["table4.reconsideration.total"].Number);
        Assert.Equal(3m, report["table4.litigationDirect.upheld"].Number);
        Assert.Equal(3m, report["table4.litigationDirect.total"].Number);
        Assert.Equal(0m, report["table4.litigationAfterReconsideration.total"].Number);
        Assert.Contains(report.ImportFindings, f => f.Rule == RuleIds.ExtractAssumption && f.Quote == "200023000300000");
    }

    [Fact]
    public void Table4_DigitsThatFitNoSplit_AreNotGuessed()
    {
        // 「110001100000000」: 15 digits whose only readings of 11 need more digits than are left: no split fits.
        var text = Seed("000").Replace("0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0", "110001100000000", StringComparison.Ordinal);
        var report = Read(text);
        Assert.Equal(CellState.Absent, report["table4.reconsideration.upheld"].State);
        Assert.Single(report.ImportFindings, f => f.Rule == RuleIds.ExtractAssumption && f.Quote == "110001100000000" && f.Message.Contains("无法确定", StringComparison.Ordinal));
    }

    [Fact]
    public void Table4_AmbiguousDigits_AreNotGuessed_AndTheCandidatesListed()
    {
        // 「11000110000000000」: 11|0|0|0|11 … or 1|10|0|0|11 …: both fit the block sums.
        var text = Seed("000").Replace("0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0", "11000110000000000", StringComparison.Ordinal);
        var report = Read(text);
        Assert.Equal(CellState.Absent, report["table4.reconsideration.upheld"].State);
        Assert.Equal(CellState.Absent, report["table4.litigationAfterReconsideration.total"].State);
        var finding = Assert.Single(report.ImportFindings, f => f.Quote == "11000110000000000");
        Assert.Equal(RuleIds.ExtractAmbiguous, finding.Rule);
        Assert.EndsWith("候选：1/10/0/0/11/0/0/0/0/0/0/0/0/0/0；11/0/0/0/11/0/0/0/0/0/0/0/0/0/0", finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(ReportChecker.Check(report), f => f.Rule == RuleIds.CellInvalid);
    }
}

public class SpacedValuesTests
{
    private static Documents.AnnualReport Read(string text)
    {
        var result = ReportReader.Read(Encoding.UTF8.GetBytes(text), "spaced.txt");
        Assert.True(result.Success, result.Error);
        return result.Report;
    }

    private static string Seed000 => File.ReadAllText(TestPaths.SeedFiles().First(f => Path.GetFileName(f).StartsWith("000", StringComparison.Ordinal)));

    [Fact]
    public void Table3Row_NumbersSeparatedBySpacesInOneCell_AreSplit()
    {
        var report = Read(Seed000.Replace("一、本年新收政府信息公开申请数量\t\t4\t0\t0\t0\t0\t0\t4\t", "一、本年新收政府信息公开申请数量\t\t4 0 0 0 0 0 4\t", StringComparison.Ordinal));
        Assert.Equal(4m, report["table3.received.naturalPerson"].Number);
        Assert.Equal(4m, report["table3.received.total"].Number);
        Assert.Contains(report.ImportFindings, f => f.Severity == Severity.Info && f.Cell == "table3.received.naturalPerson");
    }

    [Fact]
    public void Table4_OneLineOfSpacedNumbers_IsSplit()
    {
        var report = Read(Seed000.Replace("0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0", "2 0 0 0 2 3 0 0 0 3 0 0 0 0 0", StringComparison.Ordinal));
        Assert.Equal(2m, report["table4.reconsideration.total"].Number);
        Assert.Equal(3m, report["table4.litigationDirect.total"].Number);
    }

    [Fact]
    public void SpacedDigitsThatDoNotMakeTheRow_StayInvalid()
    {
        var report = Read(Seed000.Replace("行政处罚\t0\t\t", "行政处罚\t1 2\t\t", StringComparison.Ordinal));
        Assert.Equal(CellState.Invalid, report["table2.punishment.decisions"].State);
    }
}
