// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Formats.Content;
using Gongkai.Formats.Docx;
using Gongkai.Formats.Html;
using Gongkai.Formats.IO;
using Gongkai.Formats.Json;
using Gongkai.Formats.Markdown;
using Gongkai.Formats.Pdf;
using Gongkai.Formats.Text;
using Gongkai.Formats.Xlsx;

namespace Gongkai.Formats;

/// <summary>Reads any annual report file into an <see cref="Documents.AnnualReport"/>: the front door of the importers.</summary>
/// <remarks>
/// The kind of file is decided by content (magic bytes, markup sniffing), whatever its name. Expected
/// failures (unreadable, too large, corrupt, encrypted) come back as a <see cref="ReadResult"/> with a
/// typed <see cref="ReadError"/> (a kind, a Chinese message without any path, a location; the caller adds the
/// file name it shows) — never as an exception.
/// </remarks>
public static class ReportReader
{
    // Order matters: the binary formats first; text accepts anything that decodes.
    private static readonly IContentReader[] Readers =
    [
        new PdfContentReader(),
        new XlsxContentReader(),
        new DocxContentReader(),
        new MarkdownContentReader(),
        new HtmlContentReader(),
        new TextContentReader(),
    ];

    /// <summary>Reads a file.</summary>
    /// <param name="path">The file path.</param>
    /// <param name="options">The options, or null for <see cref="ReadOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The report or the error.</returns>
    /// <remarks>Only a regular file is read (<see cref="SafeFile"/>): a folder, FIFO, device or broken link gives
    /// <see cref="ReadErrorKind.NotARegularFile"/>, and at most <see cref="ReadOptions.MaxInputBytes"/> + 1 bytes are
    /// read whatever the file claims. The read counts against <see cref="ReadOptions.Timeout"/>.</remarks>
    public static ReadResult ReadFile(string path, ReadOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        options ??= ReadOptions.Default;
        var file = SafeFile.Read(path, options.MaxInputBytes, cancellationToken);
        if (!file.Success)
        {
            return ReadResult.Fail(path, file.ReadError, null, file.Detail);
        }

        return Read(file.Data, path, options, cancellationToken);
    }

    /// <summary>Reads a file already in memory.</summary>
    /// <param name="data">The file's bytes.</param>
    /// <param name="sourceName">The name to report (a path or label).</param>
    /// <param name="options">The options, or null for <see cref="ReadOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The report or the error.</returns>
    public static ReadResult Read(ReadOnlyMemory<byte> data, string sourceName, ReadOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sourceName);
        options ??= ReadOptions.Default;
        if (data.Length > options.MaxInputBytes)
        {
            return ReadResult.Fail(sourceName, new ReadError(ReadErrorKind.TooLarge, $"文件过大（{data.Length / 1048576.0:F1} MB），超过上限 {options.MaxInputBytes / 1048576} MB，未读取。"));
        }

        if (data.IsEmpty)
        {
            return ReadResult.Fail(sourceName, new ReadError(ReadErrorKind.Empty, "文件为空。"));
        }

        var reader = CanonicalJson.Sniff(data.Span) ? null : Pick(data.Span);
        var kind = reader?.Kind ?? "json";
        try
        {
            // One timeout for the whole pipeline: the reader, the assembler and the JSON reader.
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(options.Timeout);
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            if (reader is null)
            {
                return ReadResult.Ok(sourceName, CanonicalJson.Read(data.Span, sourceName), kind);
            }

            var content = reader.Read(data, options, timeout.Token);
            var report = ReportAssembler.Assemble(content, sourceName, timeout.Token);

            // The timer that cancels may fire late on a loaded machine: the elapsed time decides as well, so a read
            // that took longer than the timeout is a timeout whatever the timer did.
            if (System.Diagnostics.Stopwatch.GetElapsedTime(started) > options.Timeout)
            {
                throw new OperationCanceledException(timeout.Token);
            }

            if (IsNotAReport(report))
            {
                return ReadResult.Fail(sourceName, new ReadError(ReadErrorKind.NotAReport, NotAReportMessage), kind);
            }

            return ReadResult.Ok(sourceName, report, kind);
        }
        catch (ReportReadException ex)
        {
            return ReadResult.Fail(sourceName, ex.ToReadError(), kind);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return ReadResult.Fail(sourceName, new ReadError(ReadErrorKind.Timeout, $"读取超时（超过 {options.Timeout.TotalSeconds:F0} 秒），文件可能已损坏或过于复杂。"), kind);
        }
#pragma warning disable CA1031 // A corrupt file must never crash a batch: any reader failure becomes a per-file error.
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
#pragma warning restore CA1031
        {
            return ReadResult.Fail(sourceName, new ReadError(ReadErrorKind.Damaged, $"文件内容无法解析（{kind}：{ex.GetType().Name}），可能已损坏。"), kind);
        }
    }

    /// <summary>Gets the message for a file that was read but is not an annual report.</summary>
    internal const string NotAReportMessage = "不是政府信息公开工作年度报告：没有找到报告标题、六个部分的标题，也没有表二、表三、表四的任何数字。";

    /// <summary>A source with no title, no statutory section and no table cell is not a report (a README, one byte, whitespace).</summary>
    private static bool IsNotAReport(Documents.AnnualReport report)
    {
        if (report.Title is not null || report.Sections.Count > 0)
        {
            return false;
        }

        foreach (var definition in Cells.ReportCatalog.Cells)
        {
            if (report.Cells[definition].State is not Cells.CellState.Absent)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Reads the content blocks only, without interpretation (for diagnostics and tests).</summary>
    /// <param name="data">The file's bytes.</param>
    /// <param name="options">The options.</param>
    /// <returns>The content and the reader kind.</returns>
    internal static (DocumentContent Content, string Kind) ReadContent(ReadOnlyMemory<byte> data, ReadOptions? options = null)
    {
        var reader = Pick(data.Span);
        return (reader.Read(data, options ?? ReadOptions.Default, CancellationToken.None), reader.Kind);
    }

    private static IContentReader Pick(ReadOnlySpan<byte> data)
    {
        foreach (var reader in Readers)
        {
            if (reader.Sniff(data))
            {
                return reader;
            }
        }

        return Readers[^1];
    }
}
