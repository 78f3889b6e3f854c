// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Globalization;

namespace Gongkai.Formats;

/// <summary>The errors of the structural limits of <see cref="ReadOptions"/>, with their Chinese messages, shared by the readers.</summary>
internal static class ReadLimits
{
    /// <summary>A text or Markdown file has more lines than <see cref="ReadOptions.MaxLines"/>.</summary>
    /// <param name="limit">The limit.</param>
    /// <returns>The exception to throw.</returns>
    public static ReportReadException TooManyLines(int limit) =>
        TooComplex($"文件超过 {N(limit)} 行（一份年度报告通常不足 1,000 行），可能是恶意构造的文件或并非年度报告，未读取。");

    /// <summary>A file has more table cells than <see cref="ReadOptions.MaxTableCells"/>.</summary>
    /// <param name="limit">The limit.</param>
    /// <returns>The exception to throw.</returns>
    public static ReportReadException TooManyCells(int limit) =>
        TooComplex($"文件中的表格单元格超过 {N(limit)} 个（含合并单元格覆盖的位置；一份年度报告的表格约 300 个单元格），可能是恶意构造的文件，未读取。");

    /// <summary>A part or page has more elements than <see cref="ReadOptions.MaxElements"/>.</summary>
    /// <param name="what">What was read, e.g. 「Word 文件」.</param>
    /// <param name="limit">The limit.</param>
    /// <returns>The exception to throw.</returns>
    public static ReportReadException TooManyElements(string what, int limit) =>
        TooComplex($"{what}中的元素超过 {N(limit)} 个（一份年度报告通常不足 10,000 个），可能是恶意构造的文件，未读取。");

    /// <summary>A part or page is nested deeper than <see cref="ReadOptions.MaxNestingDepth"/>.</summary>
    /// <param name="what">What was read.</param>
    /// <param name="limit">The limit.</param>
    /// <returns>The exception to throw.</returns>
    public static ReportReadException TooDeep(string what, int limit) =>
        TooComplex($"{what}结构嵌套过深（超过 {N(limit)} 层；一份年度报告通常不足 40 层），可能是恶意构造的文件，未读取。");

    /// <summary>A package has more entries than <see cref="ReadOptions.MaxArchiveEntries"/>.</summary>
    /// <param name="what">What was read.</param>
    /// <param name="count">The entries counted.</param>
    /// <param name="limit">The limit.</param>
    /// <returns>The exception to throw.</returns>
    public static ReportReadException TooManyEntries(string what, long count, int limit) =>
        TooComplex($"{what}中的压缩包条目过多（{(count > limit + 1L ? N(count) : "超过 " + N(limit))} 个，上限 {N(limit)}；一份报告通常不足 100 个），可能是恶意构造的文件，未读取。");

    /// <summary>A file decodes to more characters than <see cref="ReadOptions.MaxCharacters"/>.</summary>
    /// <param name="limit">The limit.</param>
    /// <returns>The exception to throw.</returns>
    public static ReportReadException TooManyCharacters(int limit) =>
        new($"文件的文字超过 {N(limit)} 个字符（一份年度报告通常不足 100,000 个），未读取。") { Kind = ReadErrorKind.TooLarge };

    /// <summary>A PDF's streams decode to more than <see cref="ReadOptions.MaxUnpackedBytes"/>.</summary>
    /// <param name="limit">The limit.</param>
    /// <returns>The exception to throw.</returns>
    public static ReportReadException PdfTooMuchData(long limit) =>
        new($"PDF 文件中的压缩数据解压后超过 {Mb(limit)}（一份年度报告通常不足 50 MB），可能是恶意构造的“压缩炸弹”，未读取。") { Kind = ReadErrorKind.TooLarge };

    /// <summary>A PDF's pages decode to more drawing instructions than <see cref="ReadOptions.MaxPdfDrawingBytes"/>.</summary>
    /// <param name="limit">The limit.</param>
    /// <returns>The exception to throw.</returns>
    public static ReportReadException PdfTooMuchDrawing(long limit) =>
        TooComplex($"PDF 页面的绘制指令解压后超过 {Mb(limit)}（一份年度报告通常不足 2 MB），可能是恶意构造的文件（如“压缩炸弹”），未读取。");

    /// <summary>A PDF draws more glyphs than <see cref="ReadOptions.MaxPdfGlyphs"/>.</summary>
    /// <param name="limit">The limit.</param>
    /// <returns>The exception to throw.</returns>
    public static ReportReadException PdfTooManyGlyphs(long limit) =>
        TooComplex($"PDF 文件要绘制的文字超过 {N(limit)} 个（一份年度报告通常不足 100,000 个），可能是恶意构造的文件，未读取。");

    /// <summary>A PDF page has more glyphs than <see cref="ReadOptions.MaxPdfGlyphsPerPage"/>.</summary>
    /// <param name="page">The page number.</param>
    /// <param name="count">The glyphs on it.</param>
    /// <param name="limit">The limit.</param>
    /// <returns>The exception to throw.</returns>
    public static ReportReadException PdfPageTooManyGlyphs(int page, int count, int limit) =>
        TooComplex($"PDF 第 {page} 页有 {N(count)} 个字符，超过上限 {N(limit)} 个（一页通常不足 3,000 个），可能是恶意构造的文件，未读取。");

    private static string Mb(long bytes) => (bytes / (1024 * 1024)).ToString("N0", CultureInfo.InvariantCulture) + " MB";

    private static ReportReadException TooComplex(string message) => new(message) { Kind = ReadErrorKind.TooComplex };

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
