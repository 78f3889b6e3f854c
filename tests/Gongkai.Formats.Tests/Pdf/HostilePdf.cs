// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.IO.Compression;
using System.Text;

namespace Gongkai.Tests;

/// <summary>Writes small PDFs with full control of their streams (filters, sizes, forms): the hostile inputs of the limit tests.</summary>
internal sealed class HostilePdf
{
    private readonly List<byte[]> _objects = [];

    /// <summary>Adds an object and returns its number.</summary>
    public int Add(string body) => Add(Encoding.Latin1.GetBytes(body));

    /// <summary>Adds a stream object with the dictionary entries <paramref name="entries"/> and the already-encoded <paramref name="data"/>.</summary>
    public int AddStream(string entries, byte[] data)
    {
        using var buffer = new MemoryStream();
        var head = Encoding.Latin1.GetBytes($"<< {entries} /Length {data.Length} >>\nstream\n");
        buffer.Write(head);
        buffer.Write(data);
        buffer.Write("\nendstream"u8);
        return Add(buffer.ToArray());
    }

    /// <summary>A one-page document whose page draws <paramref name="content"/> (already encoded with <paramref name="filter"/>) with Helvetica as /F1 and the forms in <paramref name="xobjects"/>.</summary>
    public static byte[] Page(byte[] content, string filter = "/Filter /FlateDecode", string xobjects = "", Action<HostilePdf>? extra = null)
    {
        var pdf = new HostilePdf();
        var font = pdf.Add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        extra?.Invoke(pdf);
        var contents = pdf.AddStream(filter, content);
        var page = pdf.Add($"<< /Type /Page /Parent 999 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 {font} 0 R >> {xobjects} >> /Contents {contents} 0 R >>");
        var pages = pdf.Add($"<< /Type /Pages /Kids [{page} 0 R] /Count 1 >>");
        pdf.Patch(page, "999 0 R", $"{pages} 0 R");
        var catalog = pdf.Add($"<< /Type /Catalog /Pages {pages} 0 R >>");
        return pdf.Build(catalog);
    }

    /// <summary>Deflates <paramref name="length"/> bytes made by repeating <paramref name="pattern"/>.</summary>
    public static byte[] Deflate(ReadOnlySpan<byte> pattern, long length)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            var block = new byte[1 << 20];
            for (var i = 0; i < block.Length; i++)
            {
                block[i] = pattern[i % pattern.Length];
            }

            // Whole blocks keep the pattern's phase only when the block is a multiple of it; good enough for a bomb.
            for (long written = 0; written < length; written += block.Length)
            {
                zlib.Write(block, 0, (int)Math.Min(block.Length, length - written));
            }
        }

        return output.ToArray();
    }

    /// <summary>Deflates <paramref name="data"/>.</summary>
    public static byte[] Deflate(byte[] data)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(data);
        }

        return output.ToArray();
    }

    private int Add(byte[] body)
    {
        _objects.Add(body);
        return _objects.Count;
    }

    private void Patch(int number, string from, string to) =>
        _objects[number - 1] = Encoding.Latin1.GetBytes(Encoding.Latin1.GetString(_objects[number - 1]).Replace(from, to, StringComparison.Ordinal));

    private byte[] Build(int catalog)
    {
        using var output = new MemoryStream();
        output.Write("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n"u8);
        var offsets = new long[_objects.Count];
        for (var i = 0; i < _objects.Count; i++)
        {
            offsets[i] = output.Position;
            output.Write(Encoding.Latin1.GetBytes($"{i + 1} 0 obj\n"));
            output.Write(_objects[i]);
            output.Write("\nendobj\n"u8);
        }

        var xref = output.Position;
        var table = new StringBuilder();
        table.Append("xref\n0 ").Append(_objects.Count + 1).Append("\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            table.Append(offset.ToString("D10", System.Globalization.CultureInfo.InvariantCulture)).Append(" 00000 n \n");
        }

        table.Append("trailer\n<< /Size ").Append(_objects.Count + 1).Append(" /Root ").Append(catalog).Append(" 0 R >>\nstartxref\n").Append(xref).Append("\n%%EOF\n");
        output.Write(Encoding.Latin1.GetBytes(table.ToString()));
        return output.ToArray();
    }
}
