// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.IO.Compression;
using Gongkai.Formats;
using Gongkai.Formats.Render;
using Gongkai.Tests.Support;

namespace Gongkai.Tests.Docx;

/// <summary>Word and Excel packages that lack a part every package has are damaged, and the error says which part.</summary>
public class PackageStructureTests
{
    private static readonly Lazy<byte[]> Word = new(() => File.ReadAllBytes(Path.Combine(TestPaths.Corpus, "blank-template-2021", "source.docx")));

    private static readonly Lazy<byte[]> Excel = new(() =>
    {
        var report = ReportReader.ReadFile(TestPaths.SeedFiles().Last()).Report!;
        return ReportWriter.Render(report, RenderFormat.Xlsx).Content!;
    });

    public static TheoryData<string, string> RequiredParts() => new()
    {
        { "docx", "[Content_Types].xml" },
        { "docx", "_rels/.rels" },
        { "xlsx", "[Content_Types].xml" },
        { "xlsx", "_rels/.rels" },
    };

    [Theory]
    [MemberData(nameof(RequiredParts))]
    public void PackageWithoutARequiredPart_IsDamaged_NamingThePart(string kind, string part)
    {
        var data = Without(kind == "docx" ? Word.Value : Excel.Value, part);

        var result = ReportReader.Read(data, "缺件." + kind);

        Assert.False(result.Success);
        Assert.Equal(kind, result.Kind);
        Assert.Equal(ReadErrorKind.Damaged, result.ErrorKind);
        Assert.Contains("缺少 " + part, result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("docx")]
    [InlineData("xlsx")]
    public void CompletePackage_IsRead(string kind)
    {
        var result = ReportReader.Read(kind == "docx" ? Word.Value : Excel.Value, "完整." + kind);

        Assert.True(result.Success, result.Error);
        Assert.NotEmpty(result.Report.Sections);
    }

    [Fact]
    public void WordPackageWhoseRelationshipsNameNoMainPart_IsDamaged()
    {
        var data = BadInputs.Zip(
            ("[Content_Types].xml", """<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/></Types>"""),
            ("_rels/.rels", """<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>"""),
            ("word/document.xml", """<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>一、总体情况</w:t></w:r></w:p></w:body></w:document>"""));

        var result = ReportReader.Read(data, "无正文关系.docx");

        Assert.Equal(ReadErrorKind.Damaged, result.ErrorKind);
        Assert.Contains("_rels/.rels", result.Error, StringComparison.Ordinal);
    }

    /// <summary>Copies a package without one of its entries.</summary>
    internal static byte[] Without(byte[] package, string part)
    {
        using var input = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        using var output = new MemoryStream();
        using (var copy = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in input.Entries)
            {
                if (entry.FullName == part || entry.FullName.EndsWith('/'))
                {
                    continue;
                }

                using var from = entry.Open();
                using var to = copy.CreateEntry(entry.FullName).Open();
                from.CopyTo(to);
            }
        }

        return output.ToArray();
    }
}
