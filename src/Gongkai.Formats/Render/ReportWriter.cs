// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Gongkai.Checking;
using Gongkai.Documents;
using Gongkai.Formats.IO;
using Gongkai.Formats.Json;
using Gongkai.Formats.Render.Docx;
using Gongkai.Formats.Render.Html;
using Gongkai.Formats.Render.Markdown;
using Gongkai.Formats.Render.Pdf;
using Gongkai.Formats.Render.Xlsx;

namespace Gongkai.Formats.Render;

/// <summary>Writes a report as .docx, .html, .pdf, .xlsx, Markdown or canonical JSON: the front door of the exporters.</summary>
/// <remarks>
/// <para>Every format prints the same thing (<see cref="ReportView"/>): the title, the preamble, the six statutory
/// sections with their narrative, and tables 二/三/四 in the official layout of the report's format (2021 or 2019)
/// with the official labels, so that <see cref="ReportReader"/> reads every output back to the same cells and
/// section texts.</para>
/// <para>A number is never changed: cells are printed as read (counts as integers, amounts with every written
/// digit, blank cells empty, invalid cells as their text). Only <see cref="RenderOptions.RecomputeTotals"/> writes
/// a draft with recomputed totals, each listed in <see cref="RenderResult.Corrections"/> and noted in the file.</para>
/// <para>A report that fails rules is rendered all the same; the failures come back in
/// <see cref="RenderResult.Failures"/>. Expected failures (PDF engine missing, unwritable path) come back as a
/// failed <see cref="RenderResult"/> with a Chinese message and a typed <see cref="RenderResult.RenderError"/> — never as
/// an exception.</para>
/// <para>These calls are synchronous (the CLI's path); a server renders PDFs with <see cref="PdfRenderService"/>.</para>
/// </remarks>
public static class ReportWriter
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Gets the names accepted for each format (<c>--to</c>), first the canonical one.</summary>
    public static IReadOnlyList<(string Name, RenderFormat Format)> FormatNames { get; } =
    [
        ("docx", RenderFormat.Docx),
        ("html", RenderFormat.Html),
        ("pdf", RenderFormat.Pdf),
        ("xlsx", RenderFormat.Xlsx),
        ("md", RenderFormat.Markdown),
        ("json", RenderFormat.Json),
        ("htm", RenderFormat.Html),
        ("markdown", RenderFormat.Markdown),
    ];

    /// <summary>Parses a format name (<c>docx</c>, <c>html</c>, <c>pdf</c>, <c>xlsx</c>, <c>md</c>, <c>json</c>; case-insensitive, a leading dot allowed).</summary>
    /// <param name="name">The name.</param>
    /// <param name="format">The format.</param>
    /// <returns>Whether the name is known.</returns>
    public static bool TryParseFormat(string? name, out RenderFormat format)
    {
        var key = name?.Trim().TrimStart('.').ToUpperInvariant();
        foreach (var (n, f) in FormatNames)
        {
            if (string.Equals(n.ToUpperInvariant(), key, StringComparison.Ordinal))
            {
                format = f;
                return true;
            }
        }

        format = default;
        return false;
    }

    /// <summary>Gets the usual file extension of a format, with its dot.</summary>
    /// <param name="format">The format.</param>
    /// <returns>The extension, e.g. <c>.docx</c>.</returns>
    public static string Extension(RenderFormat format) => format switch
    {
        RenderFormat.Markdown => ".md",
        _ => "." + format.ToString().ToLowerInvariant(),
    };

    /// <summary>Renders a report.</summary>
    /// <param name="report">The report.</param>
    /// <param name="format">The format.</param>
    /// <param name="options">The options, or null for <see cref="RenderOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels a long render (PDF).</param>
    /// <returns>The file, or a Chinese error; the rules failed; the totals replaced.</returns>
    public static RenderResult Render(AnnualReport report, RenderFormat format, RenderOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        options ??= RenderOptions.Default;
        var (view, failures, corrections) = Prepare(report, options, cancellationToken);
        try
        {
            var content = format switch
            {
                RenderFormat.Docx => DocxRenderer.Render(view),
                RenderFormat.Html => HtmlRenderer.Render(view),
                RenderFormat.Pdf => PdfRenderer.Render(view, options, cancellationToken),
                RenderFormat.Xlsx => XlsxRenderer.Render(view),
                RenderFormat.Markdown => MarkdownRenderer.Render(view),
                RenderFormat.Json => Json(view),
                _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown render format."),
            };
            return Done(format, content, view, failures);
        }
        catch (RenderException ex)
        {
            return Failed(format, ex, view, failures);
        }
    }

    /// <summary>Checks the report, recomputes its totals when asked, and makes the view every format prints.</summary>
    /// <param name="report">The report.</param>
    /// <param name="options">The options.</param>
    /// <param name="cancellationToken">Cancels the check.</param>
    /// <returns>The view, the errors found, the totals replaced.</returns>
    internal static (ReportView View, IReadOnlyList<Finding> Failures, IReadOnlyList<TotalCorrection> Corrections) Prepare(AnnualReport report, RenderOptions options, CancellationToken cancellationToken)
    {
        IReadOnlyList<Finding> failures = options.CheckReport
            ? [.. ReportChecker.Check(report, null, cancellationToken).Where(f => f.Severity == Severity.Error)]
            : [];
        var recomputation = options.RecomputeTotals ? TotalsRecomputer.Recompute(report) : null;
        var corrections = recomputation?.Corrections ?? [];
        var view = ReportView.From(recomputation?.Report ?? report, corrections, options.NormalizeHeadings, recomputation);
        return (view, failures, corrections);
    }

    /// <summary>Makes the result of a finished render.</summary>
    internal static RenderResult Done(RenderFormat format, byte[] content, ReportView view, IReadOnlyList<Finding> failures) =>
        RenderResult.Ok(format, content, failures, view.Corrections, view.Notes, view.HeldBack, view.Unreconciled);

    /// <summary>Makes the result of a failed render.</summary>
    internal static RenderResult Failed(RenderFormat format, RenderException exception, ReportView view, IReadOnlyList<Finding> failures) =>
        RenderResult.Fail(format, exception.Error, exception.Message, failures, view.Corrections);

    /// <summary>Renders a report into a file, replacing it atomically.</summary>
    /// <param name="report">The report.</param>
    /// <param name="path">The output file: a regular file or a new name (a folder, device, FIFO or link is refused).</param>
    /// <param name="format">The format.</param>
    /// <param name="options">The options, or null for <see cref="RenderOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels the render and the write; the target is then untouched.</param>
    /// <returns>The result; <see cref="RenderResult.Error"/> names the file when it cannot be written.</returns>
    /// <remarks>The file is written to a temporary file beside the target and moved into place only when complete
    /// (<see cref="AtomicFile"/>): an error or a cancellation never leaves a partial file.</remarks>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    public static RenderResult WriteFile(AnnualReport report, string path, RenderFormat format, RenderOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (AtomicFile.CheckTarget(path) is { } refused)
        {
            return RenderResult.CannotWrite(format, path, refused);
        }

        var result = Render(report, format, options, cancellationToken);
        if (!result.Success)
        {
            return result;
        }

        cancellationToken.ThrowIfCancellationRequested();
        return AtomicFile.Write(path, result.Content, cancellationToken) is { } error
            ? RenderResult.CannotWrite(format, path, error.Error, result.Failures, result.Corrections)
            : result;
    }

    private static byte[] Json(ReportView view)
    {
        var json = CanonicalJson.ToJson(view.Report);
        if (view.Corrections.Count == 0 && view.HeldBack.Count == 0 && view.Unreconciled.Count == 0)
        {
            return Encoding.UTF8.GetBytes(json + "\n");
        }

        // A draft says what it replaced (report-schema.md, "recomputedTotals").
        var root = JsonNode.Parse(json)!.AsObject();
        if (view.Corrections.Count > 0)
        {
            root["recomputedTotals"] = Totals(view.Corrections, c => c.ToString());
        }

        if (view.HeldBack.Count > 0)
        {
            root["heldBackTotals"] = Totals(view.HeldBack, c => c.DescribeHeldBack());
        }

        if (view.Unreconciled.Count > 0)
        {
            var unreconciled = new JsonArray();
            foreach (var f in view.Unreconciled)
            {
                unreconciled.Add(new JsonObject { ["rule"] = f.Rule, ["cell"] = f.Cell, ["expected"] = f.Expected, ["actual"] = f.Actual, ["message"] = f.Message });
            }

            root["unreconciled"] = unreconciled;
        }

        return Encoding.UTF8.GetBytes(root.ToJsonString(JsonOptions) + "\n");
    }

    private static JsonArray Totals(IReadOnlyList<TotalCorrection> totals, Func<TotalCorrection, string> message)
    {
        var list = new JsonArray();
        foreach (var c in totals)
        {
            list.Add(new JsonObject
            {
                ["cell"] = c.Cell.Path,
                ["rule"] = c.Rule,
                ["stated"] = c.Stated.HasNumber ? JsonValue.Create(c.Stated.Number) : c.Stated.State == Cells.CellState.Blank ? null : JsonValue.Create(c.Stated.Raw),
                ["computed"] = JsonValue.Create(c.Computed),
                ["message"] = message(c),
            });
        }

        return list;
    }
}
