// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Formats;
using Gongkai.Tests.Support;

namespace Gongkai.Tests;

/// <summary>The reader is chosen by content (magic bytes, markup), whatever the file is called.</summary>
public sealed class SniffingTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("gongkai-sniff-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData("huaian-2024/source.pdf", "pdf")]
    [InlineData("pingtan-2023/source.html", "html")]
    [InlineData("blank-template-2021/source.docx", "docx")]
    [InlineData("hongze-2024/truth.json", "json")]
    public void MisnamedFile_IsReadByItsContent(string source, string kind)
    {
        foreach (var name in new[] { "report.txt", "report.doc", "report", "报告.pdf.bak" })
        {
            var path = Path.Combine(_dir, name);
            File.Copy(Path.Combine(TestPaths.Corpus, source), path, overwrite: true);
            var result = ReportReader.ReadFile(path);
            Assert.True(result.Success, result.Error);
            Assert.Equal(kind, result.Kind);
        }
    }

    [Fact]
    public void TextSeed_NamedPdf_IsReadAsText()
    {
        var path = Path.Combine(_dir, "seed.pdf");
        File.Copy(TestPaths.SeedFiles().First(), path);
        var result = ReportReader.ReadFile(path);
        Assert.True(result.Success, result.Error);
        Assert.Equal("text", result.Kind);
    }
}
