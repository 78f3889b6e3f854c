// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Data.Entities;
using Gongkai.Formats.Render;

namespace Gongkai.Web.Rendering;

/// <summary>Renders stored versions for download: PDF through the site's one <see cref="PdfRenderService"/> (one long-lived
/// Chromium, awaited, never blocking a thread), the other formats with <see cref="ReportWriter"/> (in memory, no I/O).</summary>
internal sealed class ReportExporter
{
    private static readonly RenderOptions Options = new() { CheckReport = false };
    private readonly PdfRenderService _pdf;

    /// <summary>Initializes a new instance of the <see cref="ReportExporter"/> class.</summary>
    /// <param name="pdf">The PDF service (a singleton the host disposes).</param>
    public ReportExporter(PdfRenderService pdf) => _pdf = pdf;

    /// <summary>Renders a version.</summary>
    /// <param name="version">The version.</param>
    /// <param name="format">The format.</param>
    /// <param name="cancellationToken">Cancels the render.</param>
    /// <returns>The result (a Chinese error when the PDF engine is missing or fails).</returns>
    public Task<RenderResult> RenderAsync(ReportVersion version, RenderFormat format, CancellationToken cancellationToken)
    {
        var report = ReportExports.ReportOf(version);
        return format == RenderFormat.Pdf
            ? _pdf.RenderAsync(report, Options, cancellationToken)
            : Task.FromResult(ReportWriter.Render(report, format, Options, cancellationToken));
    }
}
