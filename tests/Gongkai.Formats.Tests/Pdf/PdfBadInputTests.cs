// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Diagnostics;
using Gongkai.Formats;
using Gongkai.Formats.Content;
using Gongkai.Formats.Pdf;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Gongkai.Tests;

public sealed class PdfBadInputTests
{
    [Fact]
    public void Read_TruncatedPdf_FailsAsCorrupt()
    {
        var data = File.ReadAllBytes(PdfTestFiles.Corpus("huaian-2024"));
        AssertFails(data[..(data.Length / 2)], "truncated.pdf", PdfMessages.Corrupt);
    }

    [Fact]
    public void Read_RandomBytesAfterHeader_FailsAsCorrupt()
    {
        var random = new byte[64 * 1024];
        new Random(42).NextBytes(random);
        AssertFails([.. "%PDF-1.7\n"u8, .. random], "random.pdf", PdfMessages.Corrupt);
    }

    [Fact]
    public void Read_RandomBytesEndingWithEofMarker_FailsAsCorrupt()
    {
        // Passes the %%EOF check, so PdfPig's (lenient) parser itself must fail cleanly.
        var random = new byte[64 * 1024];
        new Random(7).NextBytes(random);
        AssertFails([.. "%PDF-1.7\n"u8, .. random, .. "\n%%EOF\n"u8], "random-eof.pdf", PdfMessages.Corrupt);
    }

    [Theory]
    [InlineData("encrypted-aes256.pdf")]
    [InlineData("encrypted-rc4-40.pdf")]
    public void Read_PasswordProtectedPdf_FailsAsEncrypted(string fixture)
    {
        AssertFails(File.ReadAllBytes(PdfTestFiles.Fixture(fixture)), fixture, PdfMessages.Encrypted);
    }

    [Fact]
    public void Read_OwnerPasswordOnly_IsRead()
    {
        var content = PdfTestFiles.ReadContent(PdfTestFiles.Fixture("owner-password-only.pdf"));
        Assert.Contains(content.Blocks.OfType<ContentParagraph>(), static p => p.Text == "Encrypted test document 2024");
    }

    [Fact]
    public void Read_TooManyPages_FailsWithTheLimit()
    {
        using var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        for (var i = 0; i <= PdfContentReader.MaxPages; i++)
        {
            builder.AddPage(PageSize.A4).AddText("page", 10, new PdfPoint(72, 700), font);
        }

        AssertFails(builder.Build(), "long.pdf", PdfMessages.TooManyPages(PdfContentReader.MaxPages + 1, PdfContentReader.MaxPages));
    }

    [Fact]
    public void Read_ScanWithOcrDisabled_FailsWithoutOcr()
    {
        var pdf = PdfTestFiles.ImageOnlyPdf(PdfTestFiles.TinyPng());
        AssertFails(pdf, "scan.pdf", PdfMessages.ScanOcrDisabled, new ReadOptions { AllowOcr = false });
    }

    private static void AssertFails(byte[] data, string name, string message, ReadOptions? options = null)
    {
        var watch = Stopwatch.StartNew();
        var result = ReportReader.Read(data, name, options);
        watch.Stop();
        Assert.False(result.Success);
        Assert.Equal("pdf", result.Kind);
        Assert.StartsWith(name, result.Error, StringComparison.Ordinal);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
    }
}
