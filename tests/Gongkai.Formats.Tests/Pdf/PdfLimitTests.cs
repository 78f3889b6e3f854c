// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Text;
using Xunit.Abstractions;
using Gongkai.Formats;
using Gongkai.Formats.Pdf;

namespace Gongkai.Tests;

/// <summary>Runs the memory-measuring tests one at a time, so no other test's allocations are counted.</summary>
[CollectionDefinition(nameof(SerialPdfLimits), DisableParallelization = true)]
public sealed class SerialPdfLimits;

/// <summary>
/// Hostile PDFs (decompression bombs, pages drawing millions of glyphs, forms drawn a hundred thousand times) are
/// refused before PdfPig decodes them, within a bounded allocation; the corpus stays far below every limit.
/// </summary>
[Collection(nameof(SerialPdfLimits))]
public sealed class PdfLimitTests(ITestOutputHelper output)
{
    /// <summary>What one file may allocate in all (the bound); the hostile files cost 4.8 and 6 GB before.</summary>
    private const long AllocationBound = 1L << 30;

    private static readonly string[] CorpusPdfs = ["hongze-2024", "huaian-2024"];

    private const string Image = "/Type /XObject /Subtype /Image /Width 1000 /Height 1000 /BitsPerComponent 8 /ColorSpace /DeviceGray ";

    private static byte[] HelloContent => "BT /F1 12 Tf 72 720 Td (Hello) Tj ET"u8.ToArray();

    private ReadResult ReadBounded(byte[] pdf, ReadOptions? options = null)
    {
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var result = ReportReader.Read(pdf, "恶意.pdf", options);
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        output.WriteLine($"{pdf.Length:N0} bytes: {result.ErrorKind}, allocated {allocated:N0} bytes in {clock.ElapsedMilliseconds} ms");
        Assert.True(allocated < AllocationBound, $"allocated {allocated:N0} bytes");
        return result;
    }

    [Fact]
    public void FlateBomb_TwoMegabytesToTwoGigabytes_IsRefusedAsTooLarge()
    {
        // An image of 2 GiB of zeros deflated to about 2 MB, besides a normal page.
        var bomb = HostilePdf.Deflate([0], 2L << 30);
        Assert.InRange(bomb.Length, 1_000_000, 3_000_000);
        var pdf = HostilePdf.Page(HostilePdf.Deflate(HelloContent), extra: p => p.AddStream(Image + "/Filter /FlateDecode", bomb));

        var result = ReadBounded(pdf);

        Assert.Equal(ReadErrorKind.TooLarge, result.ErrorKind);
        Assert.Contains("压缩炸弹", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void FlateBomb_InsideAFlateStream_IsMeasuredThroughTheWholeFilterChain()
    {
        // Deflate twice: 300 MiB of zeros → 300 KB → a few hundred bytes.
        var pdf = HostilePdf.Page(
            HostilePdf.Deflate(HelloContent),
            extra: p => p.AddStream(Image + "/Filter [/FlateDecode /FlateDecode]", HostilePdf.Deflate(HostilePdf.Deflate([0], 300L << 20))));

        var result = ReadBounded(pdf);

        Assert.Equal(ReadErrorKind.TooLarge, result.ErrorKind);
    }

    [Theory]
    [InlineData("/Filter /RunLengthDecode")]
    [InlineData("/Filter /LZWDecode")]
    public void Bomb_InOtherExpandingFilters_IsRefused(string filter)
    {
        var data = filter.Contains("RunLength", StringComparison.Ordinal) ? RunLengthZeros(300L << 20) : LzwZeros(100_000);
        var pdf = HostilePdf.Page(HostilePdf.Deflate(HelloContent), extra: p => p.AddStream(Image + filter, data));

        var result = ReadBounded(pdf, new ReadOptions { MaxUnpackedBytes = 64L << 20 });

        Assert.Equal(ReadErrorKind.TooLarge, result.ErrorKind);
    }

    [Fact]
    public void FlateBomb_InAStreamThatMayDraw_IsRefusedAtTheDrawingLimit()
    {
        // Without a type, a stream may be a page's content: the smaller drawing limit applies.
        var pdf = HostilePdf.Page(HostilePdf.Deflate(HelloContent), extra: p => p.AddStream("/Filter /FlateDecode", HostilePdf.Deflate([0], 1L << 30)));

        var result = ReadBounded(pdf);

        Assert.Equal(ReadErrorKind.TooComplex, result.ErrorKind);
        Assert.Contains("压缩炸弹", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void HugeContentStream_OnOnePage_IsRefusedAsTooComplex()
    {
        // The page: about 100 KB that decodes to 100 MB of drawing (paths), 6 GB and 50 s in PdfPig before.
        var content = HostilePdf.Deflate("0 0 m 1 1 l S\n"u8, 100L << 20);

        var result = ReadBounded(HostilePdf.Page(content));

        Assert.Equal(ReadErrorKind.TooComplex, result.ErrorKind);
        Assert.Contains("绘制指令", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void PageShowingMillionsOfGlyphs_IsRefusedBeforeReading()
    {
        // 20 MB of "(AAAA…) Tj": within the drawing limit, but 19 million glyphs.
        var line = "BT /F1 1 Tf 10 10 Td (" + new string('A', 1000) + ") Tj ET\n";
        var content = HostilePdf.Deflate(Encoding.ASCII.GetBytes(line), 20L << 20);

        var result = ReadBounded(HostilePdf.Page(content));

        Assert.Equal(ReadErrorKind.TooComplex, result.ErrorKind);
        Assert.Contains("要绘制的文字", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void FormDrawnAHundredThousandTimes_CountsItsGlyphsEachTime()
    {
        var form = "BT /F1 1 Tf (" + new string('A', 5000) + ") Tj ET";
        var draws = HostilePdf.Deflate("/Fm1 Do\n"u8, 800_000);
        var formNumber = 0;
        var pdf = HostilePdf.Page(
            draws,
            xobjects: "/XObject << /Fm1 2 0 R >>",
            extra: p => formNumber = p.AddStream("/Type /XObject /Subtype /Form /BBox [0 0 100 100]", Encoding.ASCII.GetBytes(form)));
        Assert.Equal(2, formNumber);

        var result = ReadBounded(pdf);

        Assert.Equal(ReadErrorKind.TooComplex, result.ErrorKind);
    }

    [Fact]
    public void PageWithMoreGlyphsThanThePageLimit_IsRefusedNamingThePage()
    {
        var content = Encoding.ASCII.GetBytes("BT /F1 1 Tf 10 10 Td (" + new string('A', 5000) + ") Tj ET");

        var result = ReadBounded(HostilePdf.Page(HostilePdf.Deflate(content)), new ReadOptions { MaxPdfGlyphsPerPage = 1000 });

        Assert.Equal(ReadErrorKind.TooComplex, result.ErrorKind);
        Assert.Contains("第 1 页有 5,000 个字符", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void PageJustUnderThePageGlyphLimit_IsReadWithinTheBound()
    {
        // 95,000 glyphs in 950 lines of 100: the most a page may draw, read whole.
        var content = new StringBuilder("BT /F1 0.8 Tf 1 0 0 1 10 830 Tm 0 -0.85 TD\n");
        for (var line = 0; line < 950; line++)
        {
            content.Append('(').Append(new string((char)('A' + (line % 26)), 100)).Append(") Tj T*\n");
        }

        content.Append("ET");

        var result = ReadBounded(HostilePdf.Page(HostilePdf.Deflate(Encoding.ASCII.GetBytes(content.ToString()))));

        Assert.NotEqual(ReadErrorKind.TooComplex, result.ErrorKind);
        Assert.NotEqual(ReadErrorKind.Timeout, result.ErrorKind);
    }

    [Fact]
    public void Timeout_ReachesIntoTheReadingOfAPdf()
    {
        var pdf = File.ReadAllBytes(PdfTestFiles.Corpus("hongze-2024"));

        var result = ReportReader.Read(pdf, "hongze.pdf", new ReadOptions { Timeout = TimeSpan.FromMilliseconds(1) });

        Assert.Equal(ReadErrorKind.Timeout, result.ErrorKind);
    }

    [Fact]
    public void SmallValidPdf_InEveryFilter_StillReads()
    {
        foreach (var (filter, data) in new[]
        {
            ("/Filter /FlateDecode", HostilePdf.Deflate(HelloContent)),
            ("/Filter /ASCIIHexDecode", Encoding.ASCII.GetBytes(Convert.ToHexString(HelloContent) + ">")),
            ("/Filter /RunLengthDecode", RunLength(HelloContent)),
            (string.Empty, HelloContent),
        })
        {
            var stats = PdfStreamScan.Check(HostilePdf.Page(data, filter), ReadOptions.Default, CancellationToken.None);
            Assert.Equal(HelloContent.Length, stats.DrawingBytes);
            Assert.Equal(5, stats.GlyphEstimate);
        }
    }

    [Fact]
    public void CorpusPdfs_StayTwentyTimesBelowEveryLimit()
    {
        var options = ReadOptions.Default;
        foreach (var name in CorpusPdfs)
        {
            var stats = PdfStreamScan.Check(File.ReadAllBytes(PdfTestFiles.Corpus(name)), options, CancellationToken.None);
            output.WriteLine($"{name}: {stats}");

            Assert.True(stats.Streams > 0, name);
            Assert.True(stats.DecodedBytes * 20 < options.MaxUnpackedBytes, $"{name}: {stats}");
            Assert.True(stats.DrawingBytes * 20 < options.MaxPdfDrawingBytes, $"{name}: {stats}");
            Assert.True(stats.GlyphEstimate * 20 < options.MaxPdfGlyphs, $"{name}: {stats}");
        }
    }

    [Fact]
    public void CorpusPdfs_ReadWithLimitsTwentyTimesTighter()
    {
        var tight = new ReadOptions { MaxPdfDrawingBytes = (32L << 20) / 20, MaxPdfGlyphs = 100_000, MaxPdfGlyphsPerPage = 5_000 };
        foreach (var name in CorpusPdfs)
        {
            var result = ReportReader.ReadFile(PdfTestFiles.Corpus(name), tight);
            Assert.True(result.Success, $"{name}: {result.Error}");
        }
    }

    private static byte[] RunLength(byte[] data)
    {
        var output = new List<byte>();
        for (var i = 0; i < data.Length; i += 128)
        {
            var n = Math.Min(128, data.Length - i);
            output.Add((byte)(n - 1));
            output.AddRange(data.AsSpan(i, n));
        }

        output.Add(128);
        return [.. output];
    }

    private static byte[] RunLengthZeros(long length)
    {
        // Each pair (129, 0) repeats a zero 128 times.
        var pairs = (int)(length / 128);
        var output = new byte[(pairs * 2) + 1];
        for (var i = 0; i < pairs; i++)
        {
            output[i * 2] = 129;
        }

        output[^1] = 128;
        return output;
    }

    private static byte[] LzwZeros(int codes)
    {
        // Codes 0, 258, 259, …: each repeats one more zero than the last, until the table is full; then clear and again.
        var bits = new List<bool>();
        void Write(int code, int width)
        {
            for (var b = width - 1; b >= 0; b--)
            {
                bits.Add(((code >> b) & 1) != 0);
            }
        }

        var written = 0;
        while (written < codes)
        {
            Write(256, 9);
            Write(0, 9);
            var next = 258;
            var width = 9;
            for (var code = 258; code < 4095 && written < codes; code++, written++)
            {
                Write(code, width);
                next++;
                if (next + 1 >= 1 << width && width < 12)
                {
                    width++;
                }
            }

            Write(256, width);
        }

        var output = new byte[(bits.Count + 7) / 8];
        for (var i = 0; i < bits.Count; i++)
        {
            if (bits[i])
            {
                output[i / 8] |= (byte)(0x80 >> (i % 8));
            }
        }

        return output;
    }
}
