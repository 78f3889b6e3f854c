// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Gongkai.Tests.Support;

/// <summary>Writes and reads 8-bit grayscale PNG (ISO/IEC 15948, W3C PNG §11) for the golden page pictures.</summary>
/// <remarks>Only what <see cref="Encode"/> writes is read back: colour type 0, bit depth 8, no interlace, each row with
/// filter 0 or 1 (Sub, §9.2), so the files stay small and viewable and the tests need no image library.</remarks>
internal static class Png
{
    private static readonly byte[] Signature = [137, 80, 78, 71, 13, 10, 26, 10];

    private static readonly uint[] CrcTable = [.. Enumerable.Range(0, 256).Select(n =>
    {
        var c = (uint)n;
        for (var k = 0; k < 8; k++)
        {
            c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        }

        return c;
    })];

    public static byte[] Encode(Pgm picture)
    {
        using var raw = new MemoryStream();
        using (var z = new ZLibStream(raw, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var row = new byte[picture.Width + 1];
            for (var y = 0; y < picture.Height; y++)
            {
                // Filter 1 (Sub): each byte minus its left neighbour; long white runs become zeros.
                row[0] = 1;
                for (var x = 0; x < picture.Width; x++)
                {
                    row[x + 1] = unchecked((byte)(picture[x, y] - (x > 0 ? picture[x - 1, y] : 0)));
                }

                z.Write(row);
            }
        }

        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, picture.Width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), picture.Height);
        header[8] = 8;
        using var output = new MemoryStream();
        output.Write(Signature);
        Chunk(output, "IHDR", header);
        Chunk(output, "IDAT", raw.ToArray());
        Chunk(output, "IEND", []);
        return output.ToArray();
    }

    public static Pgm Decode(byte[] png)
    {
        if (!png.AsSpan(0, 8).SequenceEqual(Signature))
        {
            throw new FormatException("not a PNG");
        }

        int width = 0, height = 0;
        using var data = new MemoryStream();
        for (var at = 8; at < png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            var type = Encoding.ASCII.GetString(png, at + 4, 4);
            var body = png.AsSpan(at + 8, length);
            if (type == "IHDR")
            {
                width = BinaryPrimitives.ReadInt32BigEndian(body);
                height = BinaryPrimitives.ReadInt32BigEndian(body[4..]);
                if (body[8] != 8 || body[9] != 0 || body[12] != 0)
                {
                    throw new FormatException("only 8-bit grayscale, non-interlaced PNG is read");
                }
            }
            else if (type == "IDAT")
            {
                data.Write(body);
            }

            at += 12 + length;
        }

        data.Position = 0;
        using var z = new ZLibStream(data, CompressionMode.Decompress);
        var rows = new byte[(width + 1) * height];
        z.ReadExactly(rows);
        var pixels = new byte[width * height];
        for (var y = 0; y < height; y++)
        {
            var filter = rows[y * (width + 1)];
            for (var x = 0; x < width; x++)
            {
                var value = rows[(y * (width + 1)) + 1 + x];
                pixels[(y * width) + x] = filter switch
                {
                    0 => value,
                    1 => unchecked((byte)(value + (x > 0 ? pixels[(y * width) + x - 1] : 0))),
                    _ => throw new FormatException($"PNG filter {filter} is not read"),
                };
            }
        }

        return new Pgm(width, height, pixels);
    }

    private static void Chunk(Stream output, string type, byte[] body)
    {
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(number, body.Length);
        output.Write(number);
        var typed = Encoding.ASCII.GetBytes(type).Concat(body).ToArray();
        output.Write(typed);
        var crc = 0xFFFFFFFFu;
        foreach (var b in typed)
        {
            crc = CrcTable[(crc ^ b) & 0xFF] ^ (crc >> 8);
        }

        BinaryPrimitives.WriteUInt32BigEndian(number, crc ^ 0xFFFFFFFFu);
        output.Write(number);
    }
}
