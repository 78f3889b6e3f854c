// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using Gongkai.Formats;
using Gongkai.Formats.Docx;

namespace Gongkai.Tests;

/// <summary>Byte sequences of damaged or hostile files.</summary>
internal static class BadInputs
{
    /// <summary>An OLE compound file header followed by a directory entry name in UTF-16LE.</summary>
    public static byte[] OleHeader(string streamName)
    {
        var data = new byte[2048];
        byte[] signature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
        signature.CopyTo(data, 0);
        Encoding.Unicode.GetBytes(streamName).CopyTo(data, 1024);
        return data;
    }

    /// <summary>A ZIP archive whose <c>word/document.xml</c> inflates to <paramref name="bytes"/> zeros.</summary>
    public static byte[] ZipBomb(long bytes)
    {
        using var stream = new MemoryStream();
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            archive.CreateEntry("[Content_Types].xml").Open().Dispose();
            using var part = archive.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1 << 20];
            for (long written = 0; written < bytes; written += zeros.Length)
            {
                part.Write(zeros, 0, (int)Math.Min(zeros.Length, bytes - written));
            }
        }

        return stream.ToArray();
    }

    /// <summary>The smallest package Word documents need: content types, package relationships and the main part.</summary>
    public static byte[] MinimalPackage(string documentXml) => Zip(
        ("[Content_Types].xml", """<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/></Types>"""),
        ("_rels/.rels", """<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"""),
        ("word/document.xml", "<?xml version=\"1.0\"?>" + documentXml));

    /// <summary>A ZIP archive with the given entries (name → text).</summary>
    public static byte[] Zip(params (string Name, string Text)[] entries)
    {
        using var stream = new MemoryStream();
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in entries)
            {
                using var writer = new StreamWriter(archive.CreateEntry(name).Open());
                writer.Write(text);
            }
        }

        return stream.ToArray();
    }
}

public class DocxBadInputTests
{
    private const string Name = "测试/坏文件.docx";

    private static ReadResult ReadQuickly(byte[] data, ReadOptions? options = null)
    {
        var watch = Stopwatch.StartNew();
        var result = ReportReader.Read(data, Name, options);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
        Assert.False(result.Success);
        Assert.StartsWith(Name, result.Error, StringComparison.Ordinal);
        return result;
    }

    [Fact]
    public void TruncatedDocx_FailsWithCorruptMessage()
    {
        var whole = TestCorpus.Bytes("blank-template-2021");

        var result = ReadQuickly(whole[..(whole.Length / 2)]);

        Assert.Equal("docx", result.Kind);
        Assert.Contains(DocxMessages.Corrupt, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void RandomBytesWithZipHeader_FailWithCorruptMessage()
    {
        var data = new byte[4096];
        new Random(42).NextBytes(data);
        "PK\x03\x04"u8.CopyTo(data);

        var result = ReadQuickly(data);

        Assert.Contains(DocxMessages.Corrupt, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void DamagedDocumentXml_FailsWithCorruptMessage()
    {
        var data = BadInputs.MinimalPackage("""<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>一、总体""");

        var result = ReadQuickly(data);

        Assert.Contains(DocxMessages.Corrupt, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void DeeplyNestedDocumentXml_IsRefused()
    {
        var nested = string.Concat(Enumerable.Repeat("<w:sdt><w:sdtContent>", 200)) + "<w:p/>" + string.Concat(Enumerable.Repeat("</w:sdtContent></w:sdt>", 200));
        var data = BadInputs.MinimalPackage($"""<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{nested}</w:body></w:document>""");

        var result = ReadQuickly(data);

        Assert.Contains(DocxMessages.TooDeep, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void MinimalPackage_IsReadWhenWellFormed()
    {
        var data = BadInputs.MinimalPackage("""<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>一、总体情况</w:t></w:r></w:p></w:body></w:document>""");

        var content = new DocxContentReader().Read(data, ReadOptions.Default, CancellationToken.None);

        Assert.Equal(["一、总体情况"], content.Paragraphs());
    }

    [Fact]
    public void ZipWithoutWordDocument_FailsAsNotWord()
    {
        var result = ReadQuickly(BadInputs.Zip(("readme.txt", "hello")));

        Assert.Contains(DocxMessages.NotWord, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ZipBomb_IsRefusedBeforeInflating()
    {
        var data = BadInputs.ZipBomb(300L * 1024 * 1024);
        Assert.True(data.Length < 2 * 1024 * 1024);

        var result = ReadQuickly(data);

        Assert.Contains("恶意构造的压缩包", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void HighlyCompressedPart_IsRefusedByRatio()
    {
        var result = ReadQuickly(BadInputs.ZipBomb(32L * 1024 * 1024));

        Assert.Contains(DocxMessages.SuspiciousRatio("word/document.xml", 1000).Split('（')[0], result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void UnpackedSizeAboveTheOptionLimit_IsRefused()
    {
        var options = new ReadOptions { MaxUnpackedBytes = 64 * 1024 };

        var result = ReadQuickly(TestCorpus.Bytes("blank-template-2021"), options);

        Assert.Contains(DocxMessages.TooLarge(options.MaxUnpackedBytes), result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("WordDocument", DocxMessages.LegacyDoc)]
    [InlineData("EncryptedPackage", DocxMessages.Encrypted)]
    [InlineData("Workbook", DocxMessages.OtherCompoundDocument)]
    public void OleCompoundFile_FailsWithAClearMessage(string stream, string message)
    {
        var result = ReadQuickly(BadInputs.OleHeader(stream));

        Assert.Equal("docx", result.Kind);
        Assert.Equal($"{Name}：{message}", result.Error);
    }

    [Fact]
    public void Cancellation_IsHonoured()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() =>
            new DocxContentReader().Read(TestCorpus.Bytes("blank-template-2021"), ReadOptions.Default, cancelled.Token));
    }
}
