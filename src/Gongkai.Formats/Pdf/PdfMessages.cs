// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Globalization;

namespace Gongkai.Formats.Pdf;

/// <summary>The Chinese messages of the PDF reader (tests assert these constants).</summary>
internal static class PdfMessages
{
    /// <summary>The file needs a password.</summary>
    public const string Encrypted = "PDF 文件有密码保护，无法读取。";

    /// <summary>The file is damaged or cut short.</summary>
    public const string Corrupt = "PDF 文件已损坏或不完整，无法读取。";

    /// <summary>A scan, and no OCR installed.</summary>
    public const string ScanWithoutOcr = "该 PDF 为扫描件（没有文字层），且本机未安装 OCR（tesseract chi_sim），无法读取。";

    /// <summary>A scan, and OCR switched off in the options.</summary>
    public const string ScanOcrDisabled = "该 PDF 为扫描件（没有文字层），且未启用 OCR，无法读取。";

    /// <summary>The warning attached to content read by OCR.</summary>
    public const string OcrUsed = "该 PDF 为扫描件，文字经 OCR 识别，请核对数字。";

    /// <summary>Gets the message for a document with too many pages.</summary>
    /// <param name="pages">The page count.</param>
    /// <param name="max">The limit.</param>
    /// <returns>The message.</returns>
    public static string TooManyPages(int pages, int max) =>
        string.Format(CultureInfo.InvariantCulture, "PDF 共 {0} 页，超过上限 {1} 页，未读取。", pages, max);

    /// <summary>Gets the warning for scanned pages skipped in a document that otherwise has text.</summary>
    /// <param name="pages">The skipped pages.</param>
    /// <returns>The message.</returns>
    public static string ScanPagesSkipped(IEnumerable<int> pages) =>
        string.Format(CultureInfo.InvariantCulture, "第 {0} 页为扫描图像（没有文字层），本机未启用或未安装 OCR，这些页未读取。", string.Join("、", pages));

    /// <summary>Gets the message for a failed OCR run.</summary>
    /// <param name="page">The page.</param>
    /// <param name="detail">What the tool said.</param>
    /// <returns>The message.</returns>
    public static string OcrFailed(int page, string detail) =>
        string.Format(CultureInfo.InvariantCulture, "第 {0} 页 OCR 识别失败（{1}），无法读取。", page, detail);
}
