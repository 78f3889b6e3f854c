// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.IO.Compression;
using System.Xml;

namespace Gongkai.Formats.Docx;

/// <summary>Checks a Word package (a ZIP archive, ECMA-376 Part 2 Open Packaging Conventions) before it is opened.</summary>
/// <remarks>
/// <para>A .docx is a ZIP archive, so a crafted file can unpack to gigabytes from a few kilobytes (a zip bomb).
/// The guard refuses a package whose declared sizes exceed <see cref="ReadOptions.MaxUnpackedBytes"/>, or
/// whose large parts compress better than <see cref="MaxCompressionRatio"/>:1, and then inflates every entry
/// once while counting, because the sizes in the ZIP directory can lie. Inflating costs little next to parsing
/// the XML, and it also finds truncated or damaged entries before the Open XML SDK does.</para>
/// </remarks>
internal static class DocxPackageGuard
{
    /// <summary>The largest accepted compression ratio for parts of at least <see cref="RatioCheckMinBytes"/>.</summary>
    /// <remarks>WordprocessingML compresses 5–30:1, long runs of repeated table rows up to about 80:1; runs of zeros reach 1000:1.</remarks>
    public const double MaxCompressionRatio = 200;

    /// <summary>Parts smaller than this are not checked for their ratio: they cannot hurt.</summary>
    public const long RatioCheckMinBytes = 4L * 1024 * 1024;

    /// <summary>The deepest element nesting accepted in the main part.</summary>
    /// <remarks>Real documents stay under 40 levels (about ten per nested table); the XML object model and the
    /// body walker recurse once per level, so a crafted document nested thousands deep could exhaust the stack.</remarks>
    public const int MaxXmlDepth = 256;

    /// <summary>The main part of a WordprocessingML package (ECMA-376 Part 1 §11.3.10, its usual name).</summary>
    public const string MainPartName = "word/document.xml";

    /// <summary>Checks the package.</summary>
    /// <param name="data">The file.</param>
    /// <param name="maxUnpackedBytes">The largest total unpacked size.</param>
    /// <param name="cancellationToken">Cancels the check.</param>
    /// <exception cref="ReportReadException">The package is damaged, not a Word document, or a zip bomb.</exception>
    public static void Check(ReadOnlyMemory<byte> data, long maxUnpackedBytes, CancellationToken cancellationToken)
    {
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
            CheckEntries(archive, maxUnpackedBytes, cancellationToken);
        }
    }

    private static void CheckEntries(ZipArchive archive, long maxUnpackedBytes, CancellationToken cancellationToken)
    {
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
                throw new ReportReadException(DocxMessages.TooLarge(maxUnpackedBytes));
            }

            if (entry.Length >= RatioCheckMinBytes)
            {
                var ratio = entry.Length / (double)Math.Max(1, entry.CompressedLength);
                if (ratio > MaxCompressionRatio)
                {
                    throw new ReportReadException(DocxMessages.SuspiciousRatio(entry.FullName, ratio));
                }
            }
        }

        if (!hasMain)
        {
            throw new ReportReadException(isOpenDocument ? DocxMessages.OpenDocument : DocxMessages.NotWord);
        }

        CheckMainPartXml(archive.Entries.First(e => string.Equals(e.FullName, MainPartName, StringComparison.OrdinalIgnoreCase)), cancellationToken);
        var buffer = new byte[81920];
        long actual = 0;
        foreach (var entry in archive.Entries)
        {
            using var part = OpenEntry(entry);
            long inEntry = 0;
            int read;
            while ((read = Read(part, buffer)) > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                inEntry += read;
                actual += read;
                if (actual > maxUnpackedBytes)
                {
                    throw new ReportReadException(DocxMessages.TooLarge(maxUnpackedBytes));
                }

                if (inEntry > entry.Length)
                {
                    // The directory understates the size: a damaged or a crafted archive.
                    throw new ReportReadException(DocxMessages.Corrupt);
                }
            }
        }
    }

    private static void CheckMainPartXml(ZipArchiveEntry entry, CancellationToken cancellationToken)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreWhitespace = true };
        try
        {
            using var part = OpenEntry(entry);
            using var reader = XmlReader.Create(part, settings);
            var count = 0;
            while (reader.Read())
            {
                if (reader.Depth > MaxXmlDepth)
                {
                    throw new ReportReadException(DocxMessages.TooDeep);
                }

                if (++count % 4096 == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }
            }
        }
        catch (Exception ex) when (ex is XmlException or InvalidDataException or IOException)
        {
            throw new ReportReadException(DocxMessages.Corrupt, ex);
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

    private static int Read(Stream stream, byte[] buffer)
    {
        try
        {
            return stream.Read(buffer, 0, buffer.Length);
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
