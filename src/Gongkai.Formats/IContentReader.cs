// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Formats.Content;

namespace Gongkai.Formats;

/// <summary>Reads one kind of source (text, Word, HTML, PDF) into <see cref="DocumentContent"/>.</summary>
/// <remarks>
/// Readers are chosen by content (magic bytes, markup), never by file name. A reader reports an expected
/// failure (corrupt file, encrypted PDF, scan without OCR) by throwing <see cref="ReportReadException"/>
/// with a Chinese message; <see cref="ReportReader"/> turns it into a <see cref="ReadResult"/>.
/// </remarks>
internal interface IContentReader
{
    /// <summary>Gets the short name of the source kind, e.g. "docx".</summary>
    string Kind { get; }

    /// <summary>Returns whether the bytes look like this reader's kind.</summary>
    /// <param name="data">The whole file.</param>
    /// <returns>Whether this reader should read it.</returns>
    bool Sniff(ReadOnlySpan<byte> data);

    /// <summary>Reads the file.</summary>
    /// <param name="data">The whole file.</param>
    /// <param name="options">The options.</param>
    /// <param name="cancellationToken">Cancels a long read.</param>
    /// <returns>The content.</returns>
    /// <exception cref="ReportReadException">The file cannot be read; the message says why, in Chinese.</exception>
    DocumentContent Read(ReadOnlyMemory<byte> data, ReadOptions options, CancellationToken cancellationToken);
}
