// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Formats.Render.Docx;
using Gongkai.Formats.Render.Html;

namespace Gongkai.Formats.Render.Pdf;

/// <summary>Renders a report as PDF: the HTML page printed by headless Chromium, or the Word document converted by LibreOffice.</summary>
/// <remarks>
/// <para>Chromium (default) prints the page of <see cref="HtmlRenderer"/> at its CSS page size (A4, GB/T 9704 margins)
/// with a 「— N —」 page number in the bottom margin, right on odd pages and left on even pages, one character in
/// (GB/T 9704 §7.5). Chromium's header and footer templates cannot tell odd from even pages, so the number is the page's
/// own: CSS page margin boxes <c>@bottom-right</c> / <c>@bottom-left</c> in <c>@page :right</c> / <c>:left</c> (CSS Paged
/// Media 3 §4.2 and §5.3; Chromium 131 and later), printed with <c>displayHeaderFooter</c> off. Chromium embeds the fonts it used as subsets with a ToUnicode map (ISO 32000-1 §9.10.3), so the
/// text layer can be extracted; on machines without the official fonts the page's font stacks fall back to Noto CJK.</para>
/// <para>LibreOffice converts the .docx of <see cref="DocxRenderer"/>, with its odd/even footers.</para>
/// </remarks>
internal static class PdfRenderer
{
    /// <summary>Renders the PDF.</summary>
    /// <param name="view">The report view.</param>
    /// <param name="options">The options (engine, executable, timeout).</param>
    /// <param name="cancellationToken">Cancels the render.</param>
    /// <returns>The PDF.</returns>
    /// <exception cref="RenderException">The engine is missing or fails.</exception>
    public static byte[] Render(ReportView view, RenderOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.PdfEngine == PdfEngine.LibreOffice)
        {
            return LibreOfficeConverter.Convert(DocxRenderer.Render(view), ".docx", "pdf", options.PdfTimeout, cancellationToken);
        }

        var chromium = Executables.Chromium(options.ChromiumPath) ?? throw PdfMessages.ChromiumMissingError();
        var html = HtmlRenderer.RenderText(view);
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        cts.CancelAfter(options.PdfTimeout);
        for (var attempt = 0; ; attempt++)
        {
            var browser = ChromiumBrowser.Shared(chromium, options.PdfTimeout);
            try
            {
                return browser.PrintAsync(html, null, cts.Token).GetAwaiter().GetResult();
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                browser.Dispose();
                throw PdfMessages.TimeoutError(options.PdfTimeout);
            }
            catch (RenderException) when (attempt == 0 && !browser.IsAlive)
            {
                // The shared browser died between prints: start a new one once.
            }
        }
    }
}
