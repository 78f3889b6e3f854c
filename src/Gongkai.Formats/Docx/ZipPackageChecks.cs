// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Buffers.Binary;
using System.IO.Compression;

namespace Gongkai.Formats.Docx;

/// <summary>Checks shared by the Word and Excel readers on the ZIP package (ECMA-376 Part 2, Open Packaging Conventions) before it is opened.</summary>
internal static class ZipPackageChecks
{
    /// <summary>The content types part every package has (OPC §10.1.2.2).</summary>
    public const string ContentTypesPart = "[Content_Types].xml";

    /// <summary>The package relationships part, which names the main part (OPC §9.3).</summary>
    public const string PackageRelationshipsPart = "_rels/.rels";

    private const uint EndOfCentralDirectory = 0x06054B50;
    private const uint Zip64Locator = 0x07064B50;
    private const uint Zip64EndOfCentralDirectory = 0x06064B50;
    private const uint CentralDirectoryHeader = 0x02014B50;
    private const int EndRecordLength = 22;
    private const int CentralHeaderLength = 46;

    /// <summary>Counts the entries of a ZIP archive from its central directory without opening it, stopping after <paramref name="stopAfter"/>.</summary>
    /// <remarks>
    /// <see cref="ZipArchive"/> builds an object for every central directory record as it opens the archive (about
    /// 1 KB each, with System.IO.Packaging's part objects on top), whatever count the end record declares; so the
    /// records are counted here first, walking the directory (APPNOTE.TXT §4.3.12), with the declared count
    /// (§4.3.16, or the ZIP64 record of §4.3.14) taken when it is larger. Nothing is allocated.
    /// </remarks>
    /// <param name="data">The file.</param>
    /// <param name="stopAfter">The count beyond which counting stops.</param>
    /// <returns>The number of entries (at most <paramref name="stopAfter"/> + 1 from the walk), or -1 when no end record is found (the archive's own reader then reports the damage).</returns>
    public static long CountEntries(ReadOnlySpan<byte> data, long stopAfter)
    {
        var end = FindEndRecord(data);
        if (end < 0)
        {
            return -1;
        }

        long declared = BinaryPrimitives.ReadUInt16LittleEndian(data[(end + 10)..]);
        long directory = BinaryPrimitives.ReadUInt32LittleEndian(data[(end + 16)..]);
        if ((declared == 0xFFFF || directory == 0xFFFFFFFF) && end >= 20 && BinaryPrimitives.ReadUInt32LittleEndian(data[(end - 20)..]) == Zip64Locator)
        {
            var record = BinaryPrimitives.ReadUInt64LittleEndian(data[(end - 20 + 8)..]);
            if (data.Length >= 56 && record <= (ulong)(data.Length - 56) && BinaryPrimitives.ReadUInt32LittleEndian(data[(int)record..]) == Zip64EndOfCentralDirectory)
            {
                declared = (long)Math.Min(BinaryPrimitives.ReadUInt64LittleEndian(data[((int)record + 32)..]), long.MaxValue);
                directory = (long)Math.Min(BinaryPrimitives.ReadUInt64LittleEndian(data[((int)record + 48)..]), long.MaxValue);
            }
        }

        long count = 0;
        var at = directory;
        while (count <= stopAfter && at >= 0 && at <= data.Length - CentralHeaderLength
            && BinaryPrimitives.ReadUInt32LittleEndian(data[(int)at..]) == CentralDirectoryHeader)
        {
            count++;
            var header = data[(int)at..];
            at += CentralHeaderLength + BinaryPrimitives.ReadUInt16LittleEndian(header[28..])
                + BinaryPrimitives.ReadUInt16LittleEndian(header[30..]) + BinaryPrimitives.ReadUInt16LittleEndian(header[32..]);
        }

        return Math.Max(count, declared);
    }

    /// <summary>Returns the first part that every package must have and this one lacks, with what it is, or null.</summary>
    /// <param name="archive">The opened archive.</param>
    /// <returns>The part name and its meaning (Chinese), or null when both are there.</returns>
    public static string? MissingRequiredPart(ZipArchive archive)
    {
        bool contentTypes = false, relationships = false;
        foreach (var entry in archive.Entries)
        {
            // Part names compare case-insensitively (OPC §9.1.1.2).
            contentTypes |= string.Equals(entry.FullName, ContentTypesPart, StringComparison.OrdinalIgnoreCase);
            relationships |= string.Equals(entry.FullName, PackageRelationshipsPart, StringComparison.OrdinalIgnoreCase);
        }

        return !contentTypes ? $"{ContentTypesPart}（内容类型清单）"
            : !relationships ? $"{PackageRelationshipsPart}（包关系，指明正文所在的部件）"
            : null;
    }

    private static int FindEndRecord(ReadOnlySpan<byte> data)
    {
        // The end record is the last 22 bytes but for a comment of at most 65,535 bytes.
        var lowest = Math.Max(0, data.Length - EndRecordLength - ushort.MaxValue);
        for (var at = data.Length - EndRecordLength; at >= lowest; at--)
        {
            if (data[at] == 0x50 && BinaryPrimitives.ReadUInt32LittleEndian(data[at..]) == EndOfCentralDirectory)
            {
                return at;
            }
        }

        return -1;
    }
}
