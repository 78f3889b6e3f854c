// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.IO.Compression;
using System.Text.Json;
using Gongkai.Formats;
using Gongkai.Formats.Content;
using Gongkai.Formats.Pdf;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace Gongkai.Tests;

/// <summary>Finds the corpus and the PDF fixtures, reads them, and builds small PDFs for tests.</summary>
internal static class PdfTestFiles
{
    private static readonly Lazy<string> Root = new(FindRoot);

    public static string RepositoryRoot => Root.Value;

    public static string Corpus(string name, string file = "source.pdf") =>
        Path.Combine(RepositoryRoot, "tests", "data", "corpus", name, file);

    public static string Fixture(string name) =>
        Path.Combine(RepositoryRoot, "tests", "Gongkai.Formats.Tests", "Pdf", "Data", name);

    public static DocumentContent ReadContent(string path, bool useRulings = true, ReadOptions? options = null) =>
        new PdfContentReader(useRulings).Read(File.ReadAllBytes(path), options ?? ReadOptions.Default, CancellationToken.None);

    public static JsonElement Truth(string name) =>
        JsonDocument.Parse(File.ReadAllText(Corpus(name, "truth.json"))).RootElement;

    /// <summary>Flattens the truth tables to <c>table3.received.naturalPerson → "3001"</c> (null for a blank cell).</summary>
    public static Dictionary<string, string?> FlattenTruth(JsonElement truth)
    {
        var result = new Dictionary<string, string?>();
        foreach (var table in new[] { "table2", "table3", "table4" })
        {
            if (truth.TryGetProperty(table, out var t))
            {
                Flatten(t, table, result);
            }
        }

        return result;
    }

    /// <summary>A one-page PDF whose only content is an image (a scan), built with PdfPig.</summary>
    public static byte[] ImageOnlyPdf(byte[] png)
    {
        using var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(PageSize.A4);
        page.AddPng(png, new PdfRectangle(0, 0, 595, 842));
        return builder.Build();
    }

    /// <summary>A tiny grey PNG (no image library needed).</summary>
    public static byte[] TinyPng(int width = 40, int height = 30)
    {
        using var raw = new MemoryStream();
        for (var y = 0; y < height; y++)
        {
            raw.WriteByte(0); // filter: none
            for (var x = 0; x < width; x++)
            {
                raw.WriteByte((byte)((x + y) % 2 == 0 ? 40 : 220));
            }
        }

        using var compressed = new MemoryStream();
        using (var z = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            raw.Position = 0;
            raw.CopyTo(z);
        }

        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        WriteInt(header, 0, width);
        WriteInt(header, 4, height);
        header[8] = 8; // bit depth
        header[9] = 0; // greyscale
        Chunk(png, "IHDR", header);
        Chunk(png, "IDAT", compressed.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Flatten(JsonElement e, string prefix, Dictionary<string, string?> result)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var p in e.EnumerateObject())
                {
                    Flatten(p.Value, prefix + "." + p.Name, result);
                }

                break;
            case JsonValueKind.Null:
                result[prefix] = null;
                break;
            case JsonValueKind.Number:
                result[prefix] = e.GetRawText();
                break;
            case JsonValueKind.String:
                result[prefix] = e.GetString();
                break;
        }
    }

    private static void Chunk(Stream s, string type, byte[] data)
    {
        var len = new byte[4];
        WriteInt(len, 0, data.Length);
        s.Write(len);
        var typeBytes = System.Text.Encoding.ASCII.GetBytes(type);
        s.Write(typeBytes);
        s.Write(data);
        var crc = new byte[4];
        WriteInt(crc, 0, unchecked((int)Crc32([.. typeBytes, .. data])));
        s.Write(crc);
    }

    private static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }

    private static void WriteInt(byte[] buffer, int offset, int value)
    {
        unchecked
        {
            buffer[offset] = (byte)(value >> 24);
            buffer[offset + 1] = (byte)(value >> 16);
            buffer[offset + 2] = (byte)(value >> 8);
            buffer[offset + 3] = (byte)value;
        }
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Gongkai.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Gongkai.slnx not found above " + AppContext.BaseDirectory);
    }
}
