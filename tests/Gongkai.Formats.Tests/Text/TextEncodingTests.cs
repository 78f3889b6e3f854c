// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Text;
using Gongkai.Checking;
using Gongkai.Formats;
using Gongkai.Formats.Json;
using Gongkai.Formats.Text;
using Gongkai.Tests.Support;

namespace Gongkai.Tests.Text;

/// <summary>A UTF-8 file with a few invalid bytes stays UTF-8 (the bytes read as U+FFFD and reported with their lines); GBK files stay GBK.</summary>
public class TextEncodingTests
{
    static TextEncodingTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static TheoryData<string> Seeds() => [.. TestPaths.SeedFiles().Select(f => Path.GetFileName(f))];

    private static byte[] Seed(string name) => File.ReadAllBytes(Path.Combine(TestPaths.Seeds, name));

    /// <summary>Inserts a stray byte at the end of each of the given lines (1-based).</summary>
    private static byte[] WithStrayBytes(byte[] data, params int[] lines)
    {
        var result = new List<byte>(data.Length + lines.Length);
        var line = 1;
        foreach (var b in data)
        {
            if (b == (byte)'\n' && lines.Contains(line))
            {
                result.Add(0xFF);
            }

            result.Add(b);
            line += b == (byte)'\n' ? 1 : 0;
        }

        return [.. result];
    }

    private static string Tables(Documents.AnnualReport report)
    {
        var json = CanonicalJson.ToJson(report);
        return json[json.IndexOf("\"table2\"", StringComparison.Ordinal)..json.IndexOf("\"title\"", StringComparison.Ordinal)];
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void OneInvalidByte_InAUtf8File_IsReadAsUtf8_WithAWarningNamingTheLine(string seed)
    {
        var clean = ReportReader.Read(Seed(seed), seed);
        var data = WithStrayBytes(Seed(seed), 3);

        var result = ReportReader.Read(data, seed);

        Assert.True(result.Success, result.Error);
        Assert.Equal(Tables(clean.Report!), Tables(result.Report));
        var finding = Assert.Single(result.Report.ImportFindings, f => f.Rule == RuleIds.ExtractEncoding);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Contains("1 处无效字节（第 3 行）", finding.Message, StringComparison.Ordinal);
        Assert.Equal(3, finding.Location.Line);

        // Read as GBK before, the file gave ten false errors; now the checker finds what it finds in the clean file, plus the warning.
        var before = ReportChecker.Check(clean.Report!).Count;
        Assert.Equal(before + 1, ReportChecker.Check(result.Report).Count);
    }

    [Fact]
    public void ManyInvalidBytes_NameTheFirstLinesAndTheCount()
    {
        var data = WithStrayBytes(Seed("002_0b5f7dfbc2c1884c.txt"), 2, 5, 9, 14, 20, 27, 35);

        var result = ReportReader.Read(data, "x.txt");

        var finding = Assert.Single(result.Report!.ImportFindings, f => f.Rule == RuleIds.ExtractEncoding);
        Assert.Contains("7 处无效字节（第 2、5、9、14、20 行等）", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Gb18030File_IsNotTakenForUtf8(string seed)
    {
        var gbk = Encoding.GetEncoding("GB18030").GetBytes(File.ReadAllText(Path.Combine(TestPaths.Seeds, seed)));

        Assert.Null(InvalidUtf8.Find(gbk));
        var result = ReportReader.Read(gbk, seed);
        Assert.True(result.Success, result.Error);
        Assert.DoesNotContain(result.Report.ImportFindings, f => f.Rule == RuleIds.ExtractEncoding);
        Assert.Equal(Tables(ReportReader.Read(Seed(seed), seed).Report!), Tables(result.Report));
    }

    [Fact]
    public void Gb18030File_WithSomeUtf8Text_IsStillGbk()
    {
        // A GBK file quoting a little UTF-8 (a pasted line): far from 99 % valid UTF-8.
        var text = File.ReadAllText(TestPaths.SeedFiles().First());
        var data = Encoding.GetEncoding("GB18030").GetBytes(text).Concat(Encoding.UTF8.GetBytes("\n附：一、总体情况\n")).ToArray();

        Assert.Null(InvalidUtf8.Find(data));
    }

    [Fact]
    public void HtmlPage_WithoutCharset_AndAStrayByte_IsReadAsUtf8_WithTheWarning()
    {
        // A page of a few hundred characters (the share of valid sequences decides, so a page of thirty would not do).
        var narrative = string.Concat(Enumerable.Repeat("本机关认真贯彻落实《中华人民共和国政府信息公开条例》，", 10));
        var page = $"<html><body>\n<p>一、总体情况</p>\n<p>{narrative}</p>\n<p>二、主动公开政府信息情况</p>\n</body></html>";
        var data = WithStrayBytes(Encoding.UTF8.GetBytes(page), 3);

        var result = ReportReader.Read(data, "x.html");

        Assert.True(result.Success, result.Error);
        Assert.Equal("一、总体情况", result.Report.Sections[0].Heading);
        var finding = Assert.Single(result.Report.ImportFindings, f => f.Rule == RuleIds.ExtractEncoding);
        Assert.Contains("第 3 行", finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Report.ImportFindings, f => f.Message.Contains("GB18030", StringComparison.Ordinal));
    }
}
