// Copyright (c) Gongkai contributors. Licensed under the MIT License.

namespace Gongkai.Formats;

/// <summary>Options for <see cref="ReportReader"/>.</summary>
/// <remarks>
/// The limits keep what a file costs to read in proportion to what a report needs: a crafted file (millions of
/// lines, elements or archive entries, nesting thousands deep) is refused with a clear error
/// (<see cref="ReadErrorKind.TooComplex"/> or <see cref="ReadErrorKind.TooLarge"/>) before it can exhaust memory or
/// time. Real reports stay far below every default: the seeds have at most 420 lines and 31 table rows, the Word
/// template 16 archive entries and 7,600 XML elements, the web pages 2,000 elements nested 24 deep.
/// </remarks>
public sealed class ReadOptions
{
    /// <summary>Gets the default options.</summary>
    public static ReadOptions Default { get; } = new();

    /// <summary>Gets the largest file accepted, in bytes. Default 64 MiB; larger files are refused with a clear error.</summary>
    public long MaxInputBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>Gets the largest total size of the parts unpacked from a Word or Excel file, in bytes (zip-bomb guard). Default 256 MiB.</summary>
    public long MaxUnpackedBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>Gets the largest number of entries accepted in a Word or Excel package (a ZIP archive). Default 10,000.</summary>
    /// <remarks>Opening an archive costs about 1 KB per entry before anything is read (420 MB for 400,000 empty
    /// entries); a report's package has 10 to 50 (the Word template 16), a few hundred with many pictures.</remarks>
    public int MaxArchiveEntries { get; init; } = 10_000;

    /// <summary>Gets the largest number of elements accepted in a Word or Excel part or in a web page. Default 500,000.</summary>
    /// <remarks>Every element kept costs 100 to 500 bytes in the tree the reader builds; the Word template has 7,600
    /// elements in its main part, the web pages of the corpus 1,100 and 2,000.</remarks>
    public int MaxElements { get; init; } = 500_000;

    /// <summary>Gets the deepest element nesting accepted in a Word main part or a web page. Default 256.</summary>
    /// <remarks>Real documents stay under 40 levels (about ten per nested table), web pages under 30; the HTML tree
    /// builder's work grows with the square of the depth, and the Word reader recurses once per level.</remarks>
    public int MaxNestingDepth { get; init; } = 256;

    /// <summary>Gets the largest number of lines accepted in a text or Markdown file. Default 200,000.</summary>
    /// <remarks>The seeds have 89 to 420 lines; a compilation of a hundred reports would have about 50,000.</remarks>
    public int MaxLines { get; init; } = 200_000;

    /// <summary>Gets the largest number of table cells accepted in a file, merged cells counted once per position they cover. Default 500,000.</summary>
    /// <remarks>The three tables of a report have about 300 cells; a merged range or a span covering a whole sheet
    /// would otherwise expand to billions.</remarks>
    public int MaxTableCells { get; init; } = 500_000;

    /// <summary>Gets the largest number of characters of text accepted: what a text, Markdown or web file decodes to, or the text of a Word body. Default 32,000,000.</summary>
    /// <remarks>A report's text has 5,000 to 100,000 characters.</remarks>
    public int MaxCharacters { get; init; } = 32_000_000;

    /// <summary>Gets the most bytes the content streams and forms of a PDF may decode to. Default 32 MiB.</summary>
    /// <remarks>PdfPig turns a content stream whole into operations, paths and letters, at 50 to 100 times its size
    /// in memory; the corpus PDFs draw at most 1.2 MB (a 12-page report with ruled tables).</remarks>
    public long MaxPdfDrawingBytes { get; init; } = 32L * 1024 * 1024;

    /// <summary>Gets the most glyphs a PDF may draw, estimated before reading from the strings its pages show. Default 2,000,000.</summary>
    /// <remarks>Every letter PdfPig keeps costs about 500 bytes; a report draws 2,000 to 5,000 per page. A form drawn
    /// many times counts once per drawing.</remarks>
    public long MaxPdfGlyphs { get; init; } = 2_000_000;

    /// <summary>Gets the most glyphs read from one PDF page. Default 100,000.</summary>
    /// <remarks>A dense A4 page has about 2,000; the page analysis grows faster than linearly with the glyphs.</remarks>
    public int MaxPdfGlyphsPerPage { get; init; } = 100_000;

    /// <summary>Gets the longest a single file may take to read. Default 60 seconds.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Gets a value indicating whether scanned PDFs are OCR'd with tesseract when it is installed. Default true.</summary>
    public bool AllowOcr { get; init; } = true;
}
