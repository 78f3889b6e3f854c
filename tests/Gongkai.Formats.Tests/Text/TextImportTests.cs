// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Text;
using Gongkai.Cells;
using Gongkai.Checking;
using Gongkai.Formats;
using Gongkai.Formats.Json;
using Gongkai.Tests.Support;

namespace Gongkai.Tests.Text;

public class TextImportTests
{
    static TextImportTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static string SeedText(string prefix) =>
        File.ReadAllText(TestPaths.SeedFiles().First(f => Path.GetFileName(f).StartsWith(prefix, StringComparison.Ordinal)));

    private static Documents.AnnualReport Read(byte[] data)
    {
        var result = ReportReader.Read(data, "test.txt");
        Assert.True(result.Success, result.Error);
        return result.Report;
    }

    private static Documents.AnnualReport Read(string text) => Read(Encoding.UTF8.GetBytes(text));

    private static string Tables(Documents.AnnualReport report)
    {
        var json = CanonicalJson.ToJson(report);
        return json[json.IndexOf("\"table2\"", StringComparison.Ordinal)..json.IndexOf("\"title\"", StringComparison.Ordinal)];
    }

    public static TheoryData<string> Seeds() => ["000", "001", "002", "003", "004"];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Gb18030_ReadsLikeUtf8(string seed)
    {
        var text = SeedText(seed);
        var gbk = Encoding.GetEncoding("GB18030").GetBytes(text);
        Assert.Equal(CanonicalJson.ToJson(Read(text)), CanonicalJson.ToJson(Read(gbk)));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Utf16_WithAndWithoutBom_ReadsLikeUtf8(string seed)
    {
        var text = SeedText(seed);
        var expected = CanonicalJson.ToJson(Read(text));
        Assert.Equal(expected, CanonicalJson.ToJson(Read([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)])));
        Assert.Equal(expected, CanonicalJson.ToJson(Read(Encoding.Unicode.GetBytes(text))));
        Assert.Equal(expected, CanonicalJson.ToJson(Read(Encoding.BigEndianUnicode.GetPreamble().Concat(Encoding.BigEndianUnicode.GetBytes(text)).ToArray())));
        Assert.Equal(expected, CanonicalJson.ToJson(Read(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray())));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void CrLfLineEndings_ReadLikeLf(string seed)
    {
        var text = SeedText(seed);
        Assert.Equal(Tables(Read(text)), Tables(Read(text.ReplaceLineEndings("\r\n"))));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void TraditionalChinese_ReadsTheSameTables(string seed)
    {
        var text = SeedText(seed);
        var traditional = Traditional.Convert(text);
        Assert.NotEqual(text, traditional);
        var report = Read(traditional);
        Assert.Equal(Tables(Read(text)), Tables(report));
        Assert.Equal(6, report.Sections.Count);
        Assert.Equal(2024, report.Year);
    }

    [Fact]
    public void Big5_IsDetected()
    {
        var text = Traditional.Convert(SeedText("004"));
        var big5 = Encoding.GetEncoding("big5").GetBytes(text);
        Assert.Equal(Tables(Read(text)), Tables(Read(big5)));
    }

    [Fact]
    public void FullWidthDigitsAndNbspInCells_AreNumbers()
    {
        var text = SeedText("001").Replace("规章\t0\t0\t0", "规章\t０\t\u00A00\u00A0\t\u30000", StringComparison.Ordinal);
        var report = Read(text);
        Assert.Equal(CellState.Number, report["table2.regulations.issued"].State);
        Assert.Equal(0m, report["table2.regulations.repealed"].Number);
        Assert.Equal(0m, report["table2.regulations.inForce"].Number);
    }

    [Fact]
    public void TextInValueCell_IsInvalid_AndKept()
    {
        var text = SeedText("001").Replace("行政许可\t0", "行政许可\t—", StringComparison.Ordinal);
        var report = Read(text);
        Assert.Equal(CellState.Invalid, report["table2.licensing.decisions"].State);
        Assert.Equal("—", report["table2.licensing.decisions"].Raw);
        Assert.Contains(ReportChecker.Check(report), f => f.Rule == RuleIds.CellInvalid && f.Cell == "table2.licensing.decisions");
    }

    [Theory]
    [InlineData("十二")]
    [InlineData("一百零五")]
    [InlineData("NaN")]
    [InlineData("50%")]
    [InlineData("#N/A")]
    [InlineData("null")]
    [InlineData("12/3")]
    public void NumberWrittenAsTextInATable3Row_IsAnInvalidCell_NotAMissingOne(string written)
    {
        // The received row's third cell (科研机构) is written as text; the other cells keep their places.
        var text = SeedText("001").Replace("本年新收政府信息公开申请数量\t\t0\t0\t0\t", $"本年新收政府信息公开申请数量\t\t0\t0\t{written}\t", StringComparison.Ordinal);
        Assert.NotEqual(SeedText("001"), text);
        var report = Read(text);
        var cell = report["table3.received.researchInstitution"];
        Assert.Equal(CellState.Invalid, cell.State);
        Assert.Equal(written, cell.Raw);
        Assert.Equal(0m, report["table3.received.socialWelfareOrganization"].Number);
        Assert.Equal(0m, report["table3.received.total"].Number);
        var findings = ReportChecker.Check(report);
        Assert.Contains(findings, f => f.Rule == RuleIds.CellInvalid && f.Cell == "table3.received.researchInstitution");
        Assert.DoesNotContain(findings, f => f.Message.Contains("该行只有", StringComparison.Ordinal));
    }

    [Fact]
    public void SplitDigits_AreNotJoinedSilently()
    {
        var text = SeedText("001").Replace("行政处罚\t0", "行政处罚\t1 2", StringComparison.Ordinal);
        var report = Read(text);
        Assert.Equal(CellState.Invalid, report["table2.punishment.decisions"].State);
    }

    [Fact]
    public void SpacedLabels_AreMatched()
    {
        var text = SeedText("001").Replace("本年新收政府信息公开申请数量", "本 年 新 收 政 府 信 息 公 开 申 请 数 量", StringComparison.Ordinal)
            .Replace("\t自然人\t", "\t自 然 人\t", StringComparison.Ordinal);
        Assert.Equal(Tables(Read(SeedText("001"))), Tables(Read(text)));
    }

    [Fact]
    public void HalfAndFullWidthBrackets_AreEquivalent()
    {
        var text = SeedText("000");
        Assert.Equal(Tables(Read(text)), Tables(Read(text.Replace("(", "（", StringComparison.Ordinal).Replace(")", "）", StringComparison.Ordinal))));
    }

    [Fact]
    public void RowBrokenMidLabel_IsJoined()
    {
        var report = Read(SeedText("003"));
        Assert.Equal(0m, report["table3.otherUnpaidFee.total"].Number);
        Assert.Equal(0m, report["table3.otherOther.total"].Number);
        Assert.DoesNotContain(report.ImportFindings, f => f.Severity > Severity.Info);
    }

    [Fact]
    public void BookmarkArtifact_IsDropped()
    {
        var report = Read(SeedText("002"));
        Assert.Equal("桐柏县安棚镇人民政府", report.Unit);
        Assert.DoesNotContain("bookmark", report.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownRowWithNumbers_IsAFinding_NotAGuess()
    {
        var text = SeedText("000").Replace("⇥⇥8. 属于行政查询事项", "x", StringComparison.Ordinal)
            .Replace("\t\t8. 属于行政查询事项\t", "\t\t8. 属于某种未知情形\t", StringComparison.Ordinal);
        var report = Read(text);
        Assert.False(report["table3.deniedAdministrativeQuery.total"].IsPresent);
        Assert.Contains(report.ImportFindings, f => f.Rule == RuleIds.ExtractAssumption && f.Message.Contains("属于某种未知情形", StringComparison.Ordinal));
        Assert.Contains(ReportChecker.Check(report), f => f.Rule == RuleIds.RowMissing && f.Cell == "table3.deniedAdministrativeQuery");
    }

    [Fact]
    public void MisspeltRowLabel_IsMatchedBySimilarity_AndReported()
    {
        var text = SeedText("000").Replace("2. 其他法律行政法规禁止公开", "2. 其他法律行政止公开", StringComparison.Ordinal);
        var report = Read(text);
        Assert.Equal(0m, report["table3.deniedProhibitedByLaw.total"].Number);
        Assert.Contains(report.ImportFindings, f => f.Cell == "table3.deniedProhibitedByLaw.naturalPerson" && f.Quote!.Contains("其他法律行政止公开", StringComparison.Ordinal));
    }

    [Fact]
    public void BlankAtEdgeWithPaddingOnBothSides_IsReportedAsAssumption()
    {
        // The 总计 value is blank and the row has padding cells on both sides: which column is blank cannot be known for sure.
        var text = SeedText("000").Replace("一、本年新收政府信息公开申请数量\t\t4\t0\t0\t0\t0\t0\t4\t", "一、本年新收政府信息公开申请数量\t\t4\t0\t0\t0\t0\t0\t\t", StringComparison.Ordinal);
        var report = Read(text);
        Assert.Equal(CellState.Blank, report["table3.received.total"].State);
        Assert.Contains(report.ImportFindings, f => f.Rule == RuleIds.ExtractAssumption && f.Cell == "table3.received.naturalPerson");
    }

    [Fact]
    public void BinaryNoise_IsAClearError()
    {
        var noise = new byte[4096];
        new Random(42).NextBytes(noise);
        noise[0] = 0;
        var result = ReportReader.Read(noise, "noise.bin");
        Assert.False(result.Success);
        Assert.Contains("noise.bin", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void EmptyFile_IsAClearError()
    {
        var result = ReportReader.Read(Array.Empty<byte>(), "empty.txt");
        Assert.False(result.Success);
        Assert.Contains("为空", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void TooLargeFile_IsRefusedWithoutReading()
    {
        var result = ReportReader.Read(new byte[2048], "big.txt", new ReadOptions { MaxInputBytes = 1024 });
        Assert.False(result.Success);
        Assert.Contains("过大", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void TextWithoutReport_IsOneNotAReportError_NotNineMissingParts()
    {
        var result = ReportReader.Read(Encoding.UTF8.GetBytes("这是一份会议纪要。\n与政府信息公开无关。"), "test.txt");
        Assert.False(result.Success);
        Assert.Equal(ReadErrorKind.NotAReport, result.ErrorKind);
    }

    [Fact]
    public void CanonicalJson_RoundTrips()
    {
        foreach (var seed in Seeds())
        {
            var report = Read(SeedText(seed));
            var json = CanonicalJson.ToJson(report);
            var back = ReportReader.Read(Encoding.UTF8.GetBytes(json), "x.json");
            Assert.True(back.Success, back.Error);
            Assert.Equal(json, CanonicalJson.ToJson(back.Report with { SourceName = report.SourceName }));
        }
    }
}

public sealed class LargeFileTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"gongkai-200mb-{Guid.NewGuid():N}.pdf");

    public void Dispose() => File.Delete(_path);

    [Fact]
    public void File200Mb_IsRefusedBeforeReading_WithAClearError()
    {
        // A sparse 200 MB file: refused from its size, so neither time nor memory is spent on it.
        using (var stream = File.Create(_path))
        {
            stream.Write("%PDF-1.7\n"u8);
            stream.SetLength(200L * 1024 * 1024);
        }

        var before = GC.GetTotalMemory(forceFullCollection: false);
        var result = ReportReader.ReadFile(_path);
        Assert.False(result.Success);
        Assert.Contains(_path, result.Error, StringComparison.Ordinal);
        Assert.Contains("过大", result.Error, StringComparison.Ordinal);
        Assert.True(GC.GetTotalMemory(forceFullCollection: false) - before < 50L * 1024 * 1024);
    }
}
