// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Runtime.InteropServices;
using Gongkai.Formats.Content;

namespace Gongkai.Formats.Docx;

/// <summary>Reads Word documents (.docx, ECMA-376 WordprocessingML) into content blocks.</summary>
/// <remarks>
/// <para>Claimed by content: a ZIP archive (local file header <c>PK\x03\x04</c>) that is not a spreadsheet or a
/// presentation, and OLE compound files (<c>D0 CF 11 E0 A1 B1 1A E1</c>) — a Word 97-2003 .doc or a
/// password-protected .docx — which are answered with a clear error instead of being read as text.</para>
/// <para><see cref="DocxPackageGuard"/> checks the package against zip bombs and damage and reads the body,
/// numbering and styles parts with <see cref="DocxPartReader"/>; the body is then read by
/// <see cref="DocxBodyWalker"/>. The Open XML SDK is not used for reading: its typed object model cost about
/// 20 times the rest of the read.</para>
/// </remarks>
internal sealed class DocxContentReader : IContentReader
{
    private static readonly byte[] OleSignature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <inheritdoc/>
    public string Kind => "docx";

    /// <inheritdoc/>
    public bool Sniff(ReadOnlySpan<byte> data)
    {
        if (data.StartsWith(OleSignature))
        {
            return true;
        }

        if (!data.StartsWith("PK\x03\x04"u8))
        {
            return false;
        }

        // Leave spreadsheets and presentations to their own readers; any other ZIP is answered here.
        return data.IndexOf("word/document.xml"u8) >= 0
            || (data.IndexOf("xl/workbook.xml"u8) < 0 && data.IndexOf("ppt/presentation.xml"u8) < 0);
    }

    /// <inheritdoc/>
    public DocumentContent Read(ReadOnlyMemory<byte> data, ReadOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (data.Span.StartsWith(OleSignature))
        {
            throw new ReportReadException(CompoundDocumentMessage(data.Span));
        }

        // The package guard reads the parts into light trees (DocxPartReader) while it checks them; every failure
        // of the package or its XML is a ReportReadException from there, as the Open XML SDK's were mapped before.
        var parts = DocxPackageGuard.Open(data, options, cancellationToken);
        if (parts.Body is null)
        {
            return new DocumentContent([]);
        }

        try
        {
            var numbering = DocxNumbering.Create(parts.Numbering, parts.Styles);
            return new DocumentContent(DocxBodyWalker.Walk(parts.Body, numbering, options.MaxTableCells, cancellationToken));
        }
        catch (InvalidOperationException ex)
        {
            // An empty number attribute: the SDK's Int32Value threw this, and it was reported as damage.
            throw new ReportReadException(DocxMessages.Corrupt, ex);
        }
    }

    /// <summary>Wraps the bytes in a read-only stream without copying them when possible.</summary>
    /// <param name="data">The bytes.</param>
    /// <returns>The stream.</returns>
    internal static MemoryStream AsStream(ReadOnlyMemory<byte> data) =>
        MemoryMarshal.TryGetArray(data, out var segment) && segment.Array is not null
            ? new MemoryStream(segment.Array, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(data.ToArray(), writable: false);

    private static string CompoundDocumentMessage(ReadOnlySpan<byte> data)
    {
        // [MS-CFB] directory entries hold stream names in UTF-16LE; [MS-DOC] names its main stream "WordDocument",
        // [MS-OFFCRYPTO] §2.3.4.4 puts an encrypted OOXML package in a stream "EncryptedPackage".
        if (data.IndexOf("E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0"u8) >= 0)
        {
            return DocxMessages.Encrypted;
        }

        return data.IndexOf("W\0o\0r\0d\0D\0o\0c\0u\0m\0e\0n\0t\0"u8) >= 0
            ? DocxMessages.LegacyDoc
            : DocxMessages.OtherCompoundDocument;
    }
}
