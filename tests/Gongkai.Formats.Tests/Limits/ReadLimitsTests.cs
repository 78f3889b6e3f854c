// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.IO.Compression;
using System.Text;
using Gongkai.Formats;
using Gongkai.Formats.Docx;
using Gongkai.Formats.Html;
using Gongkai.Formats.Render;
using Gongkai.Tests.Support;

namespace Gongkai.Tests.Limits;

/// <summary>Files that are structurally excessive are refused with a clear error; real reports stay far below every limit.</summary>
public class ReadLimitsTests
{
    private const string WordNs = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>Limits twenty times below the defaults: the seeds and the corpus still read, so the defaults leave a wide margin.</summary>
    private static readonly ReadOptions Tight = new()
    {
        MaxLines = 10_000,
        MaxTableCells = 25_000,
        MaxElements = 25_000,
        MaxNestingDepth = 64,
        MaxArchiveEntries = 500,
        MaxCharacters = 1_600_000,
    };

    private static ReadResult AssertRefused(byte[] data, string name, ReadErrorKind kind, ReadOptions? options = null)
    {
        var result = ReportReader.Read(data, name, options);
        Assert.False(result.Success);
        Assert.Equal(kind, result.ErrorKind);
        Assert.StartsWith(name + "：", result.Error, StringComparison.Ordinal);
        Assert.Contains("未读取", result.Error, StringComparison.Ordinal);
        return result;
    }

    [Fact]
    public void Seeds_AndCorpus_ReadWithLimitsTwentyTimesTighter()
    {
        var files = TestPaths.SeedFiles()
            .Concat(Directory.EnumerateFiles(TestPaths.Corpus, "source.*", SearchOption.AllDirectories).Where(f => !f.EndsWith(".pdf", StringComparison.Ordinal)));
        foreach (var file in files)
        {
            var result = ReportReader.ReadFile(file, Tight);
            Assert.True(result.Success, result.Error);
        }
    }

    [Fact]
    public void Text_WithMoreLinesThanTheLimit_IsTooComplex()
    {
        // 200,001 one-letter lines (400 KB): read before as 200,001 paragraphs, at 30 times the file's size per line.
        var data = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("a\n", 200_001)));

        var result = AssertRefused(data, "多行.txt", ReadErrorKind.TooComplex);

        Assert.Contains("200,000 行", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_WithALineOfMillionsOfTabs_IsTooComplex()
    {
        var data = Encoding.ASCII.GetBytes("x" + new string('\t', 600_000));

        var result = AssertRefused(data, "制表符.txt", ReadErrorKind.TooComplex);

        Assert.Contains("单元格", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_WithMoreCharactersThanTheLimit_IsTooLarge()
    {
        var data = Encoding.UTF8.GetBytes(File.ReadAllText(TestPaths.SeedFiles().First()));

        var result = AssertRefused(data, "长文.txt", ReadErrorKind.TooLarge, new ReadOptions { MaxCharacters = 1000 });

        Assert.Contains("1,000 个字符", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_WithMoreLinesOrCellsThanTheLimit_IsTooComplex()
    {
        var table = "| a | b |\n| --- | --- |\n" + string.Concat(Enumerable.Repeat("| 1 | 2 |\n", 100));

        AssertRefused(Encoding.UTF8.GetBytes(table), "多行.md", ReadErrorKind.TooComplex, new ReadOptions { MaxLines = 50 });
        AssertRefused(Encoding.UTF8.GetBytes(table), "多格.md", ReadErrorKind.TooComplex, new ReadOptions { MaxTableCells = 100 });
        Assert.True(ReportReader.Read(Encoding.UTF8.GetBytes(table), "正常.md") is { ErrorKind: ReadErrorKind.None or ReadErrorKind.NotAReport }); // within the limits (a fragment, not a report)
    }

    [Fact]
    public void Word_WithMoreElementsThanTheLimit_IsTooComplex()
    {
        // 180,000 paragraphs of three elements: 540,000 elements, 6 MB of XML, refused as it is parsed.
        var body = string.Concat(Enumerable.Repeat("<w:p><w:r><w:t>1</w:t></w:r></w:p>", 180_000));
        var data = BadInputs.MinimalPackage($"""<w:document xmlns:w="{WordNs}"><w:body>{body}</w:body></w:document>""");

        var result = AssertRefused(data, "元素.docx", ReadErrorKind.TooComplex);

        Assert.Contains("500,000 个", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Word_WithMoreTextThanTheLimit_IsTooLarge()
    {
        var data = BadInputs.MinimalPackage($"""<w:document xmlns:w="{WordNs}"><w:body><w:p><w:r><w:t>{new string('字', 5000)}</w:t></w:r></w:p></w:body></w:document>""");

        AssertRefused(data, "长文.docx", ReadErrorKind.TooLarge, new ReadOptions { MaxCharacters = 1000 });
    }

    [Fact]
    public void Word_NestingDepth_IsConfigurable()
    {
        var nested = string.Concat(Enumerable.Repeat("<w:sdt><w:sdtContent>", 30)) + "<w:p/>" + string.Concat(Enumerable.Repeat("</w:sdtContent></w:sdt>", 30));
        var data = BadInputs.MinimalPackage($"""<w:document xmlns:w="{WordNs}"><w:body>{nested}</w:body></w:document>""");

        Assert.True(ReportReader.Read(data, "嵌套.docx") is { ErrorKind: ReadErrorKind.None or ReadErrorKind.NotAReport }); // within the limits (a fragment, not a report)
        AssertRefused(data, "嵌套.docx", ReadErrorKind.TooComplex, new ReadOptions { MaxNestingDepth = 40 });
    }

    [Fact]
    public void Word_CellSpanningBillionsOfColumns_IsTooComplex()
    {
        var cell = """<w:tc><w:tcPr><w:gridSpan w:val="2000000000"/></w:tcPr><w:p><w:r><w:t>本年新收</w:t></w:r></w:p></w:tc>""";
        var data = BadInputs.MinimalPackage($"""<w:document xmlns:w="{WordNs}"><w:body><w:tbl><w:tr>{cell}<w:tc><w:p/></w:tc></w:tr><w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl></w:body></w:document>""");

        var result = AssertRefused(data, "跨列.docx", ReadErrorKind.TooComplex);

        Assert.Contains("单元格", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("docx")]
    [InlineData("xlsx")]
    public void Package_WithMoreEntriesThanTheLimit_IsTooComplex(string kind)
    {
        var package = kind == "docx"
            ? File.ReadAllBytes(Path.Combine(TestPaths.Corpus, "blank-template-2021", "source.docx"))
            : ReportWriter.Render(ReportReader.ReadFile(TestPaths.SeedFiles().Last()).Report!, RenderFormat.Xlsx).Content!;
        var data = WithEmptyEntries(package, 10_001);

        var result = AssertRefused(data, "条目." + kind, ReadErrorKind.TooComplex);

        Assert.Contains("压缩包条目过多", result.Error, StringComparison.Ordinal);
        Assert.True(ReportReader.Read(WithEmptyEntries(package, 100), "条目少." + kind) is { ErrorKind: ReadErrorKind.None or ReadErrorKind.NotAReport }); // within the limits (a fragment, not a report)
    }

    [Fact]
    public void ArchiveEntries_AreCountedInTheDirectory_NotTakenFromTheEndRecord()
    {
        var data = WithEmptyEntries(BadInputs.Zip(("a.txt", "a")), 300);

        Assert.Equal(301, ZipPackageChecks.CountEntries(data, 10_000));
        Assert.True(ZipPackageChecks.CountEntries(data, 10) > 10);

        // An end record that understates the count: the directory's records are still counted.
        var end = data.AsSpan().LastIndexOf("PK\x05\x06"u8);
        data[end + 8] = 1;
        data[end + 9] = 0;
        data[end + 10] = 1;
        data[end + 11] = 0;
        Assert.Equal(301, ZipPackageChecks.CountEntries(data, 10_000));
        Assert.Equal(-1, ZipPackageChecks.CountEntries("not a zip"u8, 10));
    }

    [Fact]
    public void Excel_MergedRangeOverTheWholeSheet_IsTooComplex()
    {
        var package = ReportWriter.Render(ReportReader.ReadFile(TestPaths.SeedFiles().Last()).Report!, RenderFormat.Xlsx).Content!;
        var data = EditEntry(package, "xl/worksheets/sheet2.xml", xml => xml.Contains("<mergeCells", StringComparison.Ordinal)
            ? xml.Replace("<mergeCell ref=\"", "<mergeCell ref=\"A1:XFD1048576\"/><mergeCell ref=\"", StringComparison.Ordinal)
            : xml.Replace("</sheetData>", "</sheetData><mergeCells count=\"1\"><mergeCell ref=\"A1:XFD1048576\"/></mergeCells>", StringComparison.Ordinal));

        AssertRefused(data, "合并.xlsx", ReadErrorKind.TooComplex);
    }

    [Fact]
    public void Excel_WithMoreElementsThanTheLimit_IsTooComplex()
    {
        var package = ReportWriter.Render(ReportReader.ReadFile(TestPaths.SeedFiles().Last()).Report!, RenderFormat.Xlsx).Content!;

        AssertRefused(package, "元素.xlsx", ReadErrorKind.TooComplex, new ReadOptions { MaxElements = 100 });
    }

    [Fact]
    public void Html_Nested100000Deep_IsRefusedBeforeParsing()
    {
        // Took the whole read timeout (60 s of CPU) in the tree builder before.
        var page = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 100_000)) + "一、总体情况" + string.Concat(Enumerable.Repeat("</div>", 100_000)) + "</body></html>";

        var result = AssertRefused(Encoding.UTF8.GetBytes(page), "嵌套.html", ReadErrorKind.TooComplex, new ReadOptions { Timeout = TimeSpan.FromSeconds(20) });

        Assert.Contains("嵌套过深", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_WithMoreElementsThanTheLimit_IsTooComplex()
    {
        var page = "<html><body><p>一、总体情况</p>" + string.Concat(Enumerable.Repeat("<p>x</p>", 1000)) + "</body></html>";

        AssertRefused(Encoding.UTF8.GetBytes(page), "元素.html", ReadErrorKind.TooComplex, new ReadOptions { MaxElements = 500 });
        Assert.True(ReportReader.Read(Encoding.UTF8.GetBytes(page), "元素.html") is { ErrorKind: ReadErrorKind.None or ReadErrorKind.NotAReport }); // within the limits (a fragment, not a report)
    }

    [Theory]
    [InlineData("<p><span>x</p>")]
    [InlineData("<li><b>x")]
    [InlineData("<div><span><font>x</div>")]
    [InlineData("<table><tr><td><span>x</table>")]
    [InlineData("<a href=x><span>x")]
    [InlineData("<script><div><div></script>")]
    [InlineData("<!-- <div><div> -->")]
    [InlineData("<br/><img src=x><hr>")]
    public void Html_SloppyButShallowMarkup_IsNotTakenForDeep(string repeated)
    {
        // Unclosed elements whose end the tree builder implies, repeated far past the depth limit.
        var page = "<html><body><p>一、总体情况</p>" + string.Concat(Enumerable.Repeat(repeated, 2000)) + "</body></html>";

        HtmlStructureScan.Check(page, new ReadOptions { MaxNestingDepth = 16 });
    }

    [Theory]
    [InlineData("<div/>")]
    [InlineData("<span>")]
    [InlineData("<font>")]
    [InlineData("<table><tr><td>")]
    [InlineData("<ul><li>")]
    public void Html_RealNesting_IsCounted(string repeated)
    {
        var page = "<html><body>" + string.Concat(Enumerable.Repeat(repeated, 300)) + "</body></html>";

        var error = Assert.Throws<ReportReadException>(() => HtmlStructureScan.Check(page, ReadOptions.Default));

        Assert.Equal(ReadErrorKind.TooComplex, error.Kind);
    }

    private static byte[] WithEmptyEntries(byte[] package, int count)
    {
        using var stream = new MemoryStream();
        stream.Write(package);
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            for (var i = 0; i < count; i++)
            {
                archive.CreateEntry($"customXml/item{i}.bin", CompressionLevel.NoCompression);
            }
        }

        return stream.ToArray();
    }

    private static byte[] EditEntry(byte[] package, string name, Func<string, string> edit)
    {
        using var stream = new MemoryStream();
        stream.Write(package);
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = archive.GetEntry(name)!;
            string text;
            using (var reader = new StreamReader(entry.Open()))
            {
                text = reader.ReadToEnd();
            }

            entry.Delete();
            using var writer = new StreamWriter(archive.CreateEntry(name).Open());
            writer.Write(edit(text));
        }

        return stream.ToArray();
    }
}
