// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Buffers;
using System.Text;
using System.Text.Unicode;
using Gongkai.Formats.Text;
using UtfUnknown;

namespace Gongkai.Formats.Html;

/// <summary>Decodes the bytes of a text-like source (HTML, plain text) to a string, choosing the character encoding.</summary>
/// <remarks>
/// <para>The order of evidence is: a byte order mark; otherwise strict UTF-8 when every byte sequence is valid
/// UTF-8, or UTF-8 with the stray sequences read as U+FFFD when at least 99 % of them are (<see cref="InvalidUtf8"/>) (a long Chinese text in GBK or Big5 is practically never valid UTF-8, while archived pages are often
/// re-saved as UTF-8 but keep their old <c>charset=gb2312</c> declaration); otherwise the declared charset;
/// otherwise GB18030 (a superset of GBK and GB2312, the usual encoding of Chinese government files), or Big5
/// when the statistical detector is confident the bytes are Big5.</para>
/// <para>Charset labels follow the WHATWG Encoding Standard §4.2 "Names and labels": every GBK-family label
/// (gb2312, gbk, x-gbk, chinese, csgb2312, iso-ir-58, gb_2312-80 …) decodes as GB18030, as browsers do.</para>
/// </remarks>
internal static class HtmlTextDecoding
{
    private static readonly Encoding Utf8Strict = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static HtmlTextDecoding()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Gb18030 = Encoding.GetEncoding("GB18030");
        Big5 = Encoding.GetEncoding("big5");
    }

    /// <summary>Gets the GB18030 encoding (also used for GBK and GB2312 content).</summary>
    public static Encoding Gb18030 { get; }

    /// <summary>Gets the Big5 encoding (code page 950).</summary>
    public static Encoding Big5 { get; }

    /// <summary>Decodes <paramref name="data"/>, choosing the encoding as described on <see cref="HtmlTextDecoding"/>.</summary>
    /// <param name="data">The whole file.</param>
    /// <param name="declaredCharset">The charset label the file declares (HTML <c>meta</c>, XML declaration), or null.</param>
    /// <returns>The text (without the byte order mark), the encoding used, how it was chosen, and a note in Chinese when the choice is worth telling the user.</returns>
    public static DecodedText Decode(ReadOnlySpan<byte> data, string? declaredCharset = null)
    {
        var choice = Choose(data, declaredCharset);
        return new DecodedText(choice.Encoding.GetString(data[choice.Skip..]), choice.Encoding, choice.Source, choice.Note, choice.Invalid);
    }

    /// <summary>Decodes <paramref name="data"/> as <see cref="Decode"/> does, into a buffer rented from <see cref="ArrayPool{T}.Shared"/>.</summary>
    /// <param name="data">The whole file.</param>
    /// <param name="declaredCharset">The charset label the file declares, or null.</param>
    /// <param name="buffer">The rented buffer holding the text; the caller returns it to the pool.</param>
    /// <param name="length">The number of characters of text in <paramref name="buffer"/>.</param>
    /// <returns>The decoding (its <see cref="DecodedText.Text"/> is empty): a page of a few hundred kilobytes as one string would be a new large-object-heap allocation at every read.</returns>
    public static DecodedText DecodeToBuffer(ReadOnlySpan<byte> data, string? declaredCharset, out char[] buffer, out int length)
    {
        var choice = Choose(data, declaredCharset);
        var bytes = data[choice.Skip..];
        buffer = ArrayPool<char>.Shared.Rent(Math.Max(1, choice.Encoding.GetMaxCharCount(bytes.Length)));
        length = choice.Encoding.GetChars(bytes, buffer);
        return new DecodedText(string.Empty, choice.Encoding, choice.Source, choice.Note, choice.Invalid);
    }

    /// <summary>Detects a UTF-8 or UTF-16 byte order mark.</summary>
    /// <param name="data">The start of the file.</param>
    /// <param name="length">The length of the mark in bytes, or 0.</param>
    /// <returns>The encoding the mark stands for, or null when there is none.</returns>
    public static Encoding? DetectBom(ReadOnlySpan<byte> data, out int length)
    {
        if (data.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            length = 3;
            return Encoding.UTF8;
        }

        if (data.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            length = 2;
            return Encoding.Unicode;
        }

        if (data.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            length = 2;
            return Encoding.BigEndianUnicode;
        }

        length = 0;
        return null;
    }

    private static (Encoding Encoding, int Skip, TextEncodingSource Source, string? Note, InvalidUtf8? Invalid) Choose(ReadOnlySpan<byte> data, string? declaredCharset)
    {
        var bom = DetectBom(data, out var bomLength);
        if (bom is not null)
        {
            return (bom, bomLength, TextEncodingSource.ByteOrderMark, null, null);
        }

        var declared = FromLabel(declaredCharset);
        if (IsValidUtf8(data))
        {
            string? note = null;
            if (declared is not null && declared.CodePage != Encoding.UTF8.CodePage && !IsAscii(data))
            {
                note = $"文件声明的字符编码为 {declaredCharset}，但内容是有效的 UTF-8，已按 UTF-8 读取。";
            }

            return (Encoding.UTF8, 0, TextEncodingSource.Utf8, note, null);
        }

        // UTF-8 but for a few stray bytes (at least 99 % of the multi-byte sequences valid): still UTF-8, whatever the
        // declaration says, with the stray bytes read as U+FFFD and reported.
        if (InvalidUtf8.Find(data) is { } invalid)
        {
            return (Encoding.UTF8, 0, TextEncodingSource.Utf8, null, invalid);
        }

        if (declared is not null && declared.CodePage != Encoding.UTF8.CodePage)
        {
            return (declared, 0, TextEncodingSource.Declared, null, null);
        }

        var guess = LooksLikeBig5(data) ? Big5 : Gb18030;
        var why = declared is null ? "文件未声明字符编码" : $"文件声明为 {declaredCharset} 但内容不是有效的 UTF-8";
        return (guess, 0, TextEncodingSource.Fallback, $"{why}，已按 {guess.WebName.ToUpperInvariant()} 读取，若出现乱码请另存为 UTF-8 后再导入。", null);
    }

    /// <summary>Maps a charset label to an encoding (WHATWG Encoding Standard §4.2 labels for the encodings Chinese sources use).</summary>
    /// <param name="label">The label, e.g. <c>gb2312</c>, <c>UTF-8</c>, <c>big5</c>; may be null.</param>
    /// <returns>The encoding, or null when the label is empty or unknown.</returns>
    public static Encoding? FromLabel(string? label)
    {
        var name = label?.Trim().Trim('"', '\'').Trim().ToLowerInvariant();
        switch (name)
        {
            case null or "":
                return null;
            case "utf-8" or "utf8" or "unicode-1-1-utf-8" or "unicode11utf8" or "unicode20utf8" or "x-unicode20utf8":
                return Encoding.UTF8;
            case "gb2312" or "gbk" or "x-gbk" or "gb18030" or "chinese" or "csgb2312" or "csiso58gb231280" or "gb_2312" or "gb_2312-80" or "iso-ir-58" or "cp936" or "ms936" or "windows-936" or "euc-cn":
                return Gb18030;
            case "big5" or "big5-hkscs" or "cn-big5" or "csbig5" or "x-x-big5" or "cp950" or "ms950":
                return Big5;
            case "utf-16" or "utf-16le" or "unicode" or "ucs-2" or "csunicode" or "iso-10646-ucs-2" or "unicodefeff":
                return Encoding.Unicode;
            case "utf-16be" or "unicodefffe":
                return Encoding.BigEndianUnicode;
            default:
                try
                {
                    return Encoding.GetEncoding(name);
                }
                catch (ArgumentException)
                {
                    return null;
                }
        }
    }

    /// <summary>Returns whether the bytes are valid UTF-8, allowing one sequence cut off at the very end (a truncated file).</summary>
    /// <param name="data">The bytes.</param>
    /// <returns>Whether they decode as strict UTF-8.</returns>
    public static bool IsValidUtf8(ReadOnlySpan<byte> data)
    {
        if (Utf8.IsValid(data))
        {
            return true;
        }

        // A file cut mid-character ends with a lead byte and fewer continuation bytes than it announces.
        for (var cut = 1; cut <= 3 && cut < data.Length; cut++)
        {
            var b = data[^cut];
            if ((b & 0xC0) == 0xC0)
            {
                return Utf8.IsValid(data[..^cut]);
            }

            if ((b & 0xC0) != 0x80)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Decodes strictly as UTF-8, or returns null when the bytes are not valid UTF-8.</summary>
    /// <param name="data">The bytes.</param>
    /// <returns>The text, or null.</returns>
    public static string? TryDecodeUtf8(ReadOnlySpan<byte> data)
    {
        try
        {
            return Utf8Strict.GetString(data);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private static bool IsAscii(ReadOnlySpan<byte> data) => System.Text.Ascii.IsValid(data);

    private static bool LooksLikeBig5(ReadOnlySpan<byte> data)
    {
        // The detector only arbitrates between the two Chinese legacy encodings; GB18030 stays the default.
        var sample = data.Length > 65536 ? data[..65536] : data;
        var result = CharsetDetector.DetectFromBytes(sample.ToArray()).Detected;
        return result is not null
            && result.Confidence >= 0.9f
            && result.EncodingName is not null
            && result.EncodingName.StartsWith("big5", StringComparison.OrdinalIgnoreCase);
    }
}
