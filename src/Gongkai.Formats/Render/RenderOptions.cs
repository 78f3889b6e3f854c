// Copyright (c) Gongkai contributors. Licensed under the MIT License.

namespace Gongkai.Formats.Render;

/// <summary>Options for <see cref="ReportWriter"/>.</summary>
public sealed class RenderOptions
{
    /// <summary>Gets the default options: numbers written exactly as stated, PDF through Chromium.</summary>
    public static RenderOptions Default { get; } = new();

    /// <summary>
    /// Gets a value indicating whether to write a draft in which every computed total (table 三 row totals and
    /// （七）总计, table 四 block totals) that differs from the stated one is replaced by the sum of its parts.
    /// Default false: a number is never changed.
    /// </summary>
    /// <remarks>Each replacement is listed in <see cref="RenderResult.Corrections"/> and noted in the file (a Word or
    /// Excel comment, an HTML or Markdown comment, a JSON member).</remarks>
    public bool RecomputeTotals { get; init; }

    /// <summary>
    /// Gets a value indicating whether to print the official section headings (「二、主动公开政府信息情况」) instead of the
    /// headings as the source wrote them. Default false. Each changed heading is listed in the file's draft note and in
    /// <see cref="RenderResult.Notes"/>.
    /// </summary>
    public bool NormalizeHeadings { get; init; }

    /// <summary>Gets the PDF engine. Default <see cref="PdfEngine.Chromium"/>.</summary>
    public PdfEngine PdfEngine { get; init; } = PdfEngine.Chromium;

    /// <summary>Gets the Chromium executable, or null to use <c>GONGKAI_CHROMIUM</c> or find <c>chromium</c> on the machine.</summary>
    public string? ChromiumPath { get; init; }

    /// <summary>Gets the longest a PDF may take to print. Default 60 seconds.</summary>
    public TimeSpan PdfTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Gets a value indicating whether to check the report and list the rules it fails. Default true.</summary>
    public bool CheckReport { get; init; } = true;
}
