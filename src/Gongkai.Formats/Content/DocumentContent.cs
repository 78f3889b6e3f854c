// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Checking;

namespace Gongkai.Formats.Content;

/// <summary>A source document reduced to paragraphs and tables in reading order.</summary>
/// <remarks>
/// Every importer (text, Word, HTML, PDF) produces this; <see cref="ReportAssembler"/> turns it into an
/// <see cref="Documents.AnnualReport"/> by meaning (section titles, row and column labels), so the
/// interpretation rules live in one place whatever the file type.
/// </remarks>
/// <param name="Blocks">The blocks in reading order.</param>
/// <param name="Findings">Findings of the reader itself (e.g. an assumed encoding, OCR used).</param>
public sealed record DocumentContent(IReadOnlyList<ContentBlock> Blocks, IReadOnlyList<Finding> Findings)
{
    /// <summary>Initializes a new instance of the <see cref="DocumentContent"/> class without findings.</summary>
    /// <param name="blocks">The blocks in reading order.</param>
    public DocumentContent(IReadOnlyList<ContentBlock> blocks)
        : this(blocks, [])
    {
    }

    /// <summary>Gets the metadata header above the report (a crawled or copied web page), or null.</summary>
    internal DocumentMetadata? Metadata { get; init; }
}
