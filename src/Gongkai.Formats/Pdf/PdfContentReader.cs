// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Checking;
using Gongkai.Formats.Content;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Exceptions;

namespace Gongkai.Formats.Pdf;

/// <summary>Reads PDF reports (text layer via PdfPig, scans via OCR) into paragraphs and tables.</summary>
/// <remarks>
/// Per page: letters become glyphs, ruled tables are rebuilt from the ruling lines, unruled tables from
/// the alignment of numbers, the remaining lines become paragraphs; see <see cref="PdfPageAnalyzer"/>.
/// Interpretation (which row is which) is left to the assembler.
/// </remarks>
internal sealed class PdfContentReader : IContentReader
{
    /// <summary>The largest number of pages read; an annual report has 5–20.</summary>
    internal const int MaxPages = 200;

    /// <summary>A page with fewer glyphs than this and an image is treated as scanned.</summary>
    private const int ScanGlyphThreshold = 10;

    private readonly bool _useRulings;

    /// <summary>Initializes a new instance of the <see cref="PdfContentReader"/> class.</summary>
    public PdfContentReader()
        : this(useRulings: true)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="PdfContentReader"/> class.</summary>
    /// <param name="useRulings">False to ignore ruling lines and rebuild every table from text alignment (tests of the unruled path).</param>
    internal PdfContentReader(bool useRulings)
    {
        _useRulings = useRulings;
    }

    /// <inheritdoc/>
    public string Kind => "pdf";

    /// <inheritdoc/>
    /// <remarks>PDF 32000-1 §7.5.2: the header <c>%PDF-n.m</c>; readers accept it within the first 1024 bytes.</remarks>
    public bool Sniff(ReadOnlySpan<byte> data) => data[..Math.Min(data.Length, 1024)].IndexOf("%PDF-"u8) >= 0;

    /// <inheritdoc/>
    public DocumentContent Read(ReadOnlyMemory<byte> data, ReadOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);

        // PDF 32000-1 §7.5.5: the last line of the file is %%EOF; a file cut short has none near its end.
        var tail = data.Span[Math.Max(0, data.Length - 4096)..];
        if (tail.IndexOf("%%EOF"u8) < 0)
        {
            throw new ReportReadException(PdfMessages.Corrupt);
        }

        // Measured before PdfPig decodes anything: it decodes streams and pages whole, with no way to stop it.
        PdfStreamScan.Check(data, options, cancellationToken);

        PdfDocument document;
        try
        {
            document = PdfDocument.Open(data, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
        }
        catch (PdfDocumentEncryptedException ex)
        {
            throw new ReportReadException(PdfMessages.Encrypted, ex) { Kind = ReadErrorKind.Encrypted };
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
        {
            throw new ReportReadException(PdfMessages.Corrupt, ex);
        }

        using (document)
        {
            return Read(document, data, options, cancellationToken);
        }
    }

    private static List<PdfGlyph> Glyphs(Page page, PdfPageFrame frame, int number, ReadOptions options, CancellationToken cancellationToken)
    {
        var letters = page.Letters;
        if (letters.Count > options.MaxPdfGlyphsPerPage)
        {
            throw ReadLimits.PdfPageTooManyGlyphs(number, letters.Count, options.MaxPdfGlyphsPerPage);
        }

        var glyphs = new List<PdfGlyph>(letters.Count);
        for (var i = 0; i < letters.Count; i++)
        {
            if ((i & 0xFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var letter = letters[i];
            // Spaces carry no position information worth keeping: gaps are measured instead (PDF 32000-1 §9.4.4).
            if (!string.IsNullOrWhiteSpace(letter.Value))
            {
                glyphs.Add(frame.Glyph(letter));
            }
        }

        return glyphs;
    }

    private DocumentContent Read(PdfDocument document, ReadOnlyMemory<byte> data, ReadOptions options, CancellationToken cancellationToken)
    {
        var pageCount = document.NumberOfPages;
        if (pageCount > MaxPages)
        {
            throw new ReportReadException(PdfMessages.TooManyPages(pageCount, MaxPages)) { Kind = ReadErrorKind.TooComplex };
        }

        var pages = new List<PdfPageItem>?[pageCount + 1];
        var heights = new double[pageCount + 1];
        var scanned = new List<int>();
        for (var number = 1; number <= pageCount; number++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Page page;
            List<PdfGlyph> glyphs;
            PdfRulings rulings;
            PdfPageFrame frame;
            try
            {
                page = document.GetPage(number);
                frame = PdfPageFrame.Detect(page.Letters, page.Width, page.Height);
                glyphs = Glyphs(page, frame, number, options, cancellationToken);
                rulings = _useRulings ? frame.Map(PdfRulings.FromPaths(page.Paths)) : PdfRulings.None;
            }
            catch (PdfDocumentEncryptedException ex)
            {
                throw new ReportReadException(PdfMessages.Encrypted, ex) { Kind = ReadErrorKind.Encrypted };
            }
            catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException and not ReportReadException)
            {
                throw new ReportReadException(PdfMessages.Corrupt, ex) { Location = new SourceLocation { Page = number } };
            }

            heights[number] = frame.Height;
            if (glyphs.Count < ScanGlyphThreshold && page.NumberOfImages > 0)
            {
                heights[number] = page.Height;
                scanned.Add(number);
                continue;
            }

            pages[number] = PdfPageAnalyzer.Analyze(glyphs, rulings, frame.Height);
        }

        var findings = new List<Finding>();
        if (scanned.Count > 0)
        {
            OcrPages(data, scanned, pages, heights, options, findings, cancellationToken);
        }

        PdfPageAnalyzer.RemoveRunningLines(pages, heights);
        var builder = new PdfContentBuilder();
        for (var number = 1; number <= pageCount; number++)
        {
            if (pages[number] is { } items)
            {
                builder.AddPage(number, items);
            }
        }

        return new DocumentContent(builder.Build(), findings);
    }

    private static void OcrPages(
        ReadOnlyMemory<byte> data,
        List<int> scanned,
        List<PdfPageItem>?[] pages,
        double[] heights,
        ReadOptions options,
        List<Finding> findings,
        CancellationToken cancellationToken)
    {
        var textPages = pages.Count(static p => p is not null);
        if (!options.AllowOcr || !PdfOcr.IsAvailable)
        {
            if (textPages == 0)
            {
                throw new ReportReadException(options.AllowOcr ? PdfMessages.ScanWithoutOcr : PdfMessages.ScanOcrDisabled);
            }

            findings.Add(new Finding
            {
                Rule = RuleIds.ExtractAssumption,
                Severity = Severity.Warning,
                Message = PdfMessages.ScanPagesSkipped(scanned),
                Location = new SourceLocation { Page = scanned[0] },
            });
            return;
        }

        var work = Directory.CreateTempSubdirectory("gongkai-ocr-");
        try
        {
            var pdf = Path.Combine(work.FullName, "source.pdf");
            using (var stream = File.Create(pdf))
            {
                stream.Write(data.Span);
            }

            foreach (var number in scanned)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var (glyphs, rulings) = PdfOcr.Recognize(pdf, number, work.FullName, cancellationToken);
                pages[number] = PdfPageAnalyzer.Analyze(glyphs, rulings, heights[number]);
            }
        }
        finally
        {
            try
            {
                work.Delete(recursive: true);
            }
            catch (IOException)
            {
                // A temporary directory left behind is not worth failing the read.
            }
        }

        findings.Add(new Finding
        {
            Rule = RuleIds.ExtractAssumption,
            Severity = Severity.Warning,
            Message = PdfMessages.OcrUsed,
            Location = new SourceLocation { Page = scanned[0] },
        });
    }
}
