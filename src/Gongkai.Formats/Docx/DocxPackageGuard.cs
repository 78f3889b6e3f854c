// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Buffers;
using System.IO.Compression;
using System.IO.Packaging;
using System.Xml;

namespace Gongkai.Formats.Docx;

/// <summary>Opens a Word package (a ZIP archive, ECMA-376 Part 2 Open Packaging Conventions) safely and reads the parts the reader needs.</summary>
/// <remarks>
/// <para>A .docx is a ZIP archive, so a crafted file can unpack to gigabytes from a few kilobytes (a zip bomb).
/// The guard refuses a package whose declared sizes exceed <see cref="ReadOptions.MaxUnpackedBytes"/>, or
/// whose large parts compress better than <see cref="MaxCompressionRatio"/>:1, checks the main part's nesting
/// depth (<see cref="ReadOptions.MaxNestingDepth"/>) and every part's element count (<see cref="ReadOptions.MaxElements"/>), and then inflates every entry once while counting, because the sizes in the ZIP directory can lie.
/// Inflating costs little next to parsing the XML, and it also finds truncated or damaged entries.</para>
/// <para>The main part is read into a <see cref="DocxNode"/> tree while its depth is checked (one pass, where a
/// separate check and the Open XML SDK's parse were two). The package structure is then resolved as the SDK
/// resolves it when it opens a document: the package relationships name the main part (ECMA-376 Part 2 §9.3),
/// and the main part's relationships name its numbering and styles parts. A package the SDK would refuse is
/// <see cref="DocxMessages.Corrupt"/>, after the size checks, as before.</para>
/// </remarks>
internal static class DocxPackageGuard
{
    /// <summary>The largest accepted compression ratio for parts of at least <see cref="RatioCheckMinBytes"/>.</summary>
    /// <remarks>WordprocessingML compresses 5–30:1, long runs of repeated table rows up to about 80:1; runs of zeros reach 1000:1.</remarks>
    public const double MaxCompressionRatio = 200;

    /// <summary>Parts smaller than this are not checked for their ratio: they cannot hurt.</summary>
    public const long RatioCheckMinBytes = 4L * 1024 * 1024;

    /// <summary>The main part of a WordprocessingML package (ECMA-376 Part 1 §11.3.10, its usual name).</summary>
    public const string MainPartName = "word/document.xml";

    private static readonly string[] OfficeDocumentTypes =
    [
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
        "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument",
    ];

    private static readonly string[] NumberingTypes =
    [
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering",
        "http://purl.oclc.org/ooxml/officeDocument/relationships/numbering",
    ];

    private static readonly string[] StylesTypes =
    [
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles",
        "http://purl.oclc.org/ooxml/officeDocument/relationships/styles",
    ];

    // The content type the SDK requires of a part it knows by its relationship type; any other is damage to it.
    private static readonly Dictionary<string, string> KnownPartTypes = BuildKnownPartTypes();

    /// <summary>Checks the package and reads its body, numbering and styles, with the default limits but for the unpacked size.</summary>
    /// <param name="data">The file.</param>
    /// <param name="maxUnpackedBytes">The largest total unpacked size.</param>
    /// <param name="cancellationToken">Cancels the check.</param>
    /// <returns>The parts the reader needs.</returns>
    /// <exception cref="ReportReadException">The package is damaged, not a Word document, or a zip bomb.</exception>
    public static DocxParts Open(ReadOnlyMemory<byte> data, long maxUnpackedBytes, CancellationToken cancellationToken) =>
        Open(data, new ReadOptions { MaxUnpackedBytes = maxUnpackedBytes }, cancellationToken);

    /// <summary>Checks the package and reads its body, numbering and styles.</summary>
    /// <param name="data">The file.</param>
    /// <param name="options">The limits: unpacked size, archive entries, elements, depth, characters.</param>
    /// <param name="cancellationToken">Cancels the check.</param>
    /// <returns>The parts the reader needs.</returns>
    /// <exception cref="ReportReadException">The package is damaged, not a Word document, a zip bomb, or exceeds a limit.</exception>
    public static DocxParts Open(ReadOnlyMemory<byte> data, ReadOptions options, CancellationToken cancellationToken)
    {
        // Opening the archive builds an object per entry: the entries are counted in its directory first.
        var entries = ZipPackageChecks.CountEntries(data.Span, options.MaxArchiveEntries);
        if (entries > options.MaxArchiveEntries)
        {
            throw ReadLimits.TooManyEntries("Word 文件", entries, options.MaxArchiveEntries);
        }

        using var stream = DocxContentReader.AsStream(data);
        ZipArchive archive;
        try
        {
            archive = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException ex)
        {
            throw new ReportReadException(DocxMessages.Corrupt, ex);
        }

        using (archive)
        {
            return Read(data, archive, options, cancellationToken);
        }
    }

    private static DocxParts Read(ReadOnlyMemory<byte> data, ZipArchive archive, ReadOptions options, CancellationToken cancellationToken)
    {
        var maxUnpackedBytes = options.MaxUnpackedBytes;
        var hasMain = false;
        var isOpenDocument = false;
        long declared = 0;
        foreach (var entry in archive.Entries)
        {
            cancellationToken.ThrowIfCancellationRequested();
            hasMain |= string.Equals(entry.FullName, MainPartName, StringComparison.OrdinalIgnoreCase);
            isOpenDocument |= entry.FullName == "mimetype" && entry.Length < 200 && ReadSmall(entry).StartsWith("application/vnd.oasis.opendocument", StringComparison.Ordinal);
            declared += entry.Length;
            if (declared > maxUnpackedBytes)
            {
                throw new ReportReadException(DocxMessages.TooLarge(maxUnpackedBytes)) { Kind = ReadErrorKind.TooLarge };
            }

            if (entry.Length >= RatioCheckMinBytes)
            {
                var ratio = entry.Length / (double)Math.Max(1, entry.CompressedLength);
                if (ratio > MaxCompressionRatio)
                {
                    throw new ReportReadException(DocxMessages.SuspiciousRatio(entry.FullName, ratio)) { Kind = ReadErrorKind.TooLarge };
                }
            }
        }

        if (!hasMain)
        {
            throw new ReportReadException(isOpenDocument ? DocxMessages.OpenDocument : DocxMessages.NotWord) { Kind = ReadErrorKind.NotAReport };
        }

        // Without them the package has no main part to System.IO.Packaging and the Open XML SDK, and would read as empty.
        if (ZipPackageChecks.MissingRequiredPart(archive) is { } missing)
        {
            throw new ReportReadException(DocxMessages.MissingPart(missing));
        }

        // The depth check reads the whole main part; reading it into the tree the walker needs is the same pass.
        var mainEntry = archive.Entries.First(e => string.Equals(e.FullName, MainPartName, StringComparison.OrdinalIgnoreCase));
        // It is parsed as it is inflated: a part of hundreds of megabytes is refused at the element limit, not
        // first inflated whole into memory.
        long mainLength;
        MainPart main;
        using (var mainStream = new CountingStream(OpenEntry(mainEntry), maxUnpackedBytes))
        {
            main = ReadMain(mainStream, strict: false, options, cancellationToken);
            mainStream.Drain();
            mainLength = mainStream.Count;
        }

        // Every entry is inflated once while counting: the directory's sizes can lie.
        var buffer = ArrayPool<byte>.Shared.Rent(81920);
        try
        {
            long actual = 0;
            foreach (var entry in archive.Entries)
            {
                if (entry == mainEntry)
                {
                    actual += mainLength;
                    CheckSizes(entry, mainLength, actual, maxUnpackedBytes);
                    continue;
                }

                using var part = OpenEntry(entry);
                long inEntry = 0;
                int read;
                while ((read = Read(part, buffer)) > 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    inEntry += read;
                    actual += read;
                    CheckSizes(entry, inEntry, actual, maxUnpackedBytes);
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        return Resolve(data, mainEntry.FullName, main, options, cancellationToken);
    }

    private static MainPart ReadMain(ReadOnlyMemory<byte> xml, bool strict, ReadOptions options, CancellationToken cancellationToken)
    {
        using var stream = DocxContentReader.AsStream(xml);
        return ReadMain(stream, strict, options, cancellationToken);
    }

    private static MainPart ReadMain(Stream xml, bool strict, ReadOptions options, CancellationToken cancellationToken)
    {
        try
        {
            return DocxPartReader.ReadBody(xml, strict, options, cancellationToken);
        }
        catch (Exception ex) when (ex is XmlException or InvalidDataException or IOException)
        {
            throw new ReportReadException(DocxMessages.Corrupt, ex);
        }
    }

    private static void CheckSizes(ZipArchiveEntry entry, long inEntry, long actual, long maxUnpackedBytes)
    {
        if (actual > maxUnpackedBytes)
        {
            throw new ReportReadException(DocxMessages.TooLarge(maxUnpackedBytes)) { Kind = ReadErrorKind.TooLarge };
        }

        if (inEntry > entry.Length)
        {
            // The directory understates the size: a damaged or a crafted archive.
            throw new ReportReadException(DocxMessages.Corrupt);
        }
    }

    /// <summary>Finds the main part and its numbering and styles parts as the Open XML SDK does when it opens the package.</summary>
    /// <remarks>
    /// The package structure is read by System.IO.Packaging, as the SDK reads it (content types, part names and
    /// relationships are validated there; that costs about 50 µs). Like the SDK, every part reachable through
    /// relationships has its relationships loaded, so a damaged relationship part anywhere is damage, as is a
    /// relationship to a part that is not in the package. Without a relationship to an office document there is no
    /// main part: the package is damaged (the SDK read it as an empty document). A strict package (ISO/IEC 29500 strict relationship types) is
    /// read with the strict namespaces taken as the transitional ones.
    /// </remarks>
    private static DocxParts Resolve(ReadOnlyMemory<byte> data, string mainEntryName, MainPart main, ReadOptions options, CancellationToken cancellationToken)
    {
        using var stream = DocxContentReader.AsStream(data);
        Package package;
        try
        {
            package = Package.Open(stream, FileMode.Open, FileAccess.Read);
        }
#pragma warning disable CA1031 // The SDK reported any failure to open the package as OpenXmlPackageException, which was damage.
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
#pragma warning restore CA1031
        {
            throw new ReportReadException(DocxMessages.Corrupt, ex);
        }

        using (package)
        {
            try
            {
                return Resolve(package, mainEntryName, main, options, cancellationToken);
            }
            catch (Exception ex) when (ex is XmlException or InvalidDataException or IOException or FileFormatException or ArgumentException or InvalidOperationException or NotSupportedException)
            {
                throw new ReportReadException(DocxMessages.Corrupt, ex);
            }
        }
    }

    private static DocxParts Resolve(Package package, string mainEntryName, MainPart main, ReadOptions options, CancellationToken cancellationToken)
    {
        var maxUnpackedBytes = options.MaxUnpackedBytes;
        var root = new Uri("/", UriKind.Relative);
        PackagePart? mainPart = null;
        var strict = false;
        var pending = new Queue<PackagePart>();
        var loaded = new HashSet<Uri>();
        foreach (var relationship in package.GetRelationships())
        {
            if (Follow(package, root, relationship, pending, loaded) is { } part
                && mainPart is null && Array.IndexOf(OfficeDocumentTypes, relationship.RelationshipType) is var index and >= 0)
            {
                mainPart = part;
                strict = index == 1;
            }
        }

        // The SDK loads the relationships of every part it can reach when it opens a package.
        while (pending.TryDequeue(out var part))
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var relationship in part.GetRelationships())
            {
                Follow(package, part.Uri, relationship, pending, loaded);
            }
        }

        if (mainPart is null)
        {
            throw new ReportReadException(DocxMessages.NoMainRelationship);
        }

        if (strict || !string.Equals(mainPart.Uri.OriginalString.TrimStart('/'), mainEntryName, StringComparison.OrdinalIgnoreCase))
        {
            // The package names another part than word/document.xml as its main part, or is strict (rare): read it again.
            using var other = Content(mainPart, maxUnpackedBytes);
            main = ReadMain(other.Memory, strict, options, cancellationToken);
        }

        if (!main.IsDocument)
        {
            throw new ReportReadException(DocxMessages.Corrupt);
        }

        // Without a body the numbering and styles were never loaded (nor their XML checked).
        if (main.Body is null)
        {
            return new DocxParts(null, null, null);
        }

        var numbering = ReadRelatedPart(package, mainPart, NumberingTypes, "numbering", strict, options, cancellationToken);
        var styles = ReadRelatedPart(package, mainPart, StylesTypes, "styles", strict, options, cancellationToken);
        return new DocxParts(main.Body, numbering, styles);
    }

    /// <summary>Returns the part an internal relationship targets, queueing it once for its own relationships.</summary>
    private static PackagePart? Follow(Package package, Uri source, PackageRelationship relationship, Queue<PackagePart> pending, HashSet<Uri> loaded)
    {
        if (relationship.TargetMode == TargetMode.External)
        {
            return null;
        }

        var uri = PackUriHelper.ResolvePartUri(source, relationship.TargetUri);
        if (!package.PartExists(uri))
        {
            throw new ReportReadException(DocxMessages.Corrupt);
        }

        var part = package.GetPart(uri);
        if (KnownPartTypes.TryGetValue(relationship.RelationshipType, out var expected) && !string.Equals(part.ContentType, expected, StringComparison.Ordinal))
        {
            throw new ReportReadException(DocxMessages.Corrupt);
        }

        if (loaded.Add(uri))
        {
            pending.Enqueue(part);
        }

        return part;
    }

    private static Dictionary<string, string> BuildKnownPartTypes()
    {
        const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
        const string Word = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
        var types = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"] = "application/vnd.openxmlformats-package.core-properties+xml",
            [Relationships + "extended-properties"] = "application/vnd.openxmlformats-officedocument.extended-properties+xml",
            [Relationships + "custom-properties"] = "application/vnd.openxmlformats-officedocument.custom-properties+xml",
            [Relationships + "theme"] = "application/vnd.openxmlformats-officedocument.theme+xml",
        };
        foreach (var part in new[] { "styles", "numbering", "settings", "fontTable", "webSettings", "footnotes", "endnotes", "header", "footer", "comments" })
        {
            types[Relationships + part] = Word + part + "+xml";
        }

        return types;
    }

    private static DocxNode? ReadRelatedPart(Package package, PackagePart source, string[] types, string root, bool strict, ReadOptions options, CancellationToken cancellationToken)
    {
        foreach (var relationship in source.GetRelationships())
        {
            if (relationship.TargetMode == TargetMode.Internal && Array.IndexOf(types, relationship.RelationshipType) >= 0)
            {
                var part = package.GetPart(PackUriHelper.ResolvePartUri(source.Uri, relationship.TargetUri));
                using var content = Content(part, options.MaxUnpackedBytes);
                var node = DocxPartReader.ReadPart(content.Memory, strict, options, cancellationToken);
                return node?.Name == root ? node : throw new ReportReadException(DocxMessages.Corrupt);
            }
        }

        return null;
    }

    private static PooledBytes Content(PackagePart part, long maxUnpackedBytes)
    {
        using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
        return Inflate(stream, stream.CanSeek ? stream.Length : 0, maxUnpackedBytes);
    }

    private static PooledBytes Inflate(ZipArchiveEntry entry, long maxUnpackedBytes)
    {
        using var part = OpenEntry(entry);
        return Inflate(part, entry.Length, maxUnpackedBytes);
    }

    private static PooledBytes Inflate(Stream part, long expected, long maxUnpackedBytes)
    {
        var bytes = new PooledBytes((int)Math.Clamp(expected + 1, 4096, 1 << 24));
        try
        {
            int read;
            while ((read = Read(part, bytes.Free)) > 0)
            {
                if (bytes.Length + (long)read > maxUnpackedBytes)
                {
                    throw new ReportReadException(DocxMessages.TooLarge(maxUnpackedBytes)) { Kind = ReadErrorKind.TooLarge };
                }

                bytes.Advance(read);
            }

            return bytes;
        }
        catch
        {
            bytes.Dispose();
            throw;
        }
    }

    private static Stream OpenEntry(ZipArchiveEntry entry)
    {
        try
        {
            return entry.Open();
        }
        catch (Exception ex) when (ex is InvalidDataException or NotSupportedException or IOException)
        {
            throw new ReportReadException(DocxMessages.Corrupt, ex);
        }
    }

    private static int Read(Stream stream, Span<byte> buffer)
    {
        try
        {
            return stream.Read(buffer);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException)
        {
            throw new ReportReadException(DocxMessages.Corrupt, ex);
        }
    }

    private static string ReadSmall(ZipArchiveEntry entry)
    {
        try
        {
            using var stream = entry.Open();
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }
        catch (Exception ex) when (ex is InvalidDataException or NotSupportedException or IOException)
        {
            return string.Empty;
        }
    }
}

/// <summary>A part's stream as it is inflated, counting its bytes against the unpacked limit and reporting damage as <see cref="DocxMessages.Corrupt"/>.</summary>
internal sealed class CountingStream : Stream
{
    private readonly Stream _inner;
    private readonly long _limit;

    /// <summary>Initializes a new instance of the <see cref="CountingStream"/> class.</summary>
    /// <param name="inner">The inflating stream (owned).</param>
    /// <param name="limit">The largest number of bytes it may yield.</param>
    public CountingStream(Stream inner, long limit)
    {
        _inner = inner;
        _limit = limit;
    }

    /// <summary>Gets the number of bytes read.</summary>
    public long Count { get; private set; }

    /// <inheritdoc/>
    public override bool CanRead => true;

    /// <inheritdoc/>
    public override bool CanSeek => false;

    /// <inheritdoc/>
    public override bool CanWrite => false;

    /// <inheritdoc/>
    public override long Length => throw new NotSupportedException();

    /// <inheritdoc/>
    public override long Position
    {
        get => Count;
        set => throw new NotSupportedException();
    }

    /// <summary>Reads the rest of the stream, counting it.</summary>
    public void Drain()
    {
        Span<byte> buffer = stackalloc byte[4096];
        while (Read(buffer) > 0)
        {
        }
    }

    /// <inheritdoc/>
    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    /// <inheritdoc/>
    public override int Read(Span<byte> buffer)
    {
        int read;
        try
        {
            read = _inner.Read(buffer);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException)
        {
            throw new ReportReadException(DocxMessages.Corrupt, ex);
        }

        Count += read;
        if (Count > _limit)
        {
            throw new ReportReadException(DocxMessages.TooLarge(_limit)) { Kind = ReadErrorKind.TooLarge };
        }

        return read;
    }

    /// <inheritdoc/>
    public override void Flush()
    {
    }

    /// <inheritdoc/>
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    /// <inheritdoc/>
    public override void SetLength(long value) => throw new NotSupportedException();

    /// <inheritdoc/>
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }
}

/// <summary>An inflated part in a pooled buffer: a main part of a few hundred kilobytes would otherwise be a new array on the large object heap at every read, and the collections of that heap are full collections.</summary>
internal sealed class PooledBytes : IDisposable
{
    private byte[]? _array;

    /// <summary>Initializes a new instance of the <see cref="PooledBytes"/> class.</summary>
    /// <param name="capacity">The expected length.</param>
    public PooledBytes(int capacity)
    {
        _array = ArrayPool<byte>.Shared.Rent(capacity);
    }

    /// <summary>Gets the number of bytes written.</summary>
    public int Length { get; private set; }

    /// <summary>Gets the bytes written.</summary>
    public ReadOnlyMemory<byte> Memory => new(Array, 0, Length);

    /// <summary>Gets the space after the bytes written, grown when it is full.</summary>
    public Span<byte> Free
    {
        get
        {
            if (Length == Array.Length)
            {
                var larger = ArrayPool<byte>.Shared.Rent(Array.Length * 2);
                Array.AsSpan(0, Length).CopyTo(larger);
                ArrayPool<byte>.Shared.Return(Array);
                _array = larger;
            }

            return Array.AsSpan(Length);
        }
    }

    private byte[] Array => _array ?? throw new ObjectDisposedException(nameof(PooledBytes));

    /// <summary>Counts bytes written into <see cref="Free"/>.</summary>
    /// <param name="count">The number of bytes.</param>
    public void Advance(int count) => Length += count;

    /// <inheritdoc/>
    public void Dispose()
    {
        if (_array is not null)
        {
            ArrayPool<byte>.Shared.Return(_array);
            _array = null;
        }
    }
}

/// <summary>The parts of a Word package the reader uses.</summary>
/// <param name="Body">The main part's <c>w:body</c>, or null.</param>
/// <param name="Numbering">The numbering part's root, or null.</param>
/// <param name="Styles">The styles part's root, or null.</param>
internal sealed record DocxParts(DocxNode? Body, DocxNode? Numbering, DocxNode? Styles);

/// <summary>The main part as read: whether its root is <c>w:document</c>, and its body.</summary>
/// <param name="IsDocument">Whether the root element is <c>w:document</c>.</param>
/// <param name="Body">The body, or null.</param>
internal readonly record struct MainPart(bool IsDocument, DocxNode? Body);
