// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Text;
using System.Text.Unicode;

namespace Gongkai.Formats.Text;

/// <summary>Decodes text files whose encoding is not declared: detected, not assumed.</summary>
/// <remarks>
/// Order: a byte-order mark (UTF-8, UTF-16 LE/BE); UTF-16 without BOM (zero bytes on alternate
/// positions); strict UTF-8 when the bytes are valid UTF-8; UTF-8 with the invalid sequences read as U+FFFD when
/// at least 99 % of the multi-byte sequences are valid (<see cref="InvalidUtf8"/>); otherwise a statistical guess between
/// GB18030 (a superset of GBK/GB2312) and Big5 (UTF.Unknown), defaulting to GB18030.
/// </remarks>
internal static class TextDecoding
{
    static TextDecoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Decodes the bytes.</summary>
    /// <param name="data">The file.</param>
    /// <param name="encodingName">The encoding that was used (web name).</param>
    /// <returns>The text.</returns>
    public static string Decode(ReadOnlySpan<byte> data, out string encodingName) => Decode(data, out encodingName, out _);

    /// <summary>Decodes the bytes, telling the invalid sequences of a file that is UTF-8 but for a few.</summary>
    /// <param name="data">The file.</param>
    /// <param name="encodingName">The encoding that was used (web name).</param>
    /// <param name="invalid">The invalid sequences read as U+FFFD, or null when there were none.</param>
    /// <returns>The text.</returns>
    public static string Decode(ReadOnlySpan<byte> data, out string encodingName, out InvalidUtf8? invalid)
    {
        invalid = null;
        if (data.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            encodingName = "utf-8";
            return Encoding.UTF8.GetString(data[3..]);
        }

        if (data.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            encodingName = "utf-16";
            return Encoding.Unicode.GetString(data[2..]);
        }

        if (data.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            encodingName = "utf-16BE";
            return Encoding.BigEndianUnicode.GetString(data[2..]);
        }

        var utf16 = GuessUtf16(data);
        if (utf16 is not null)
        {
            encodingName = utf16.WebName;
            return utf16.GetString(data);
        }

        if (Utf8.IsValid(data))
        {
            encodingName = "utf-8";
            return Encoding.UTF8.GetString(data);
        }

        // One stray byte does not make a UTF-8 file GBK: decided by the share of valid sequences.
        invalid = InvalidUtf8.Find(data);
        if (invalid is not null)
        {
            encodingName = "utf-8";
            return InvalidUtf8.Decode(data);
        }

        var encoding = GuessLegacyChinese(data);
        encodingName = encoding.WebName;
        return encoding.GetString(data);
    }

    /// <summary>Returns whether the bytes are (very likely) text rather than binary.</summary>
    /// <param name="data">The head of the file.</param>
    /// <returns>Whether the bytes look like text.</returns>
    public static bool LooksLikeText(ReadOnlySpan<byte> data)
    {
        if (data.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || data.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) || GuessUtf16(data) is not null)
        {
            return true;
        }

        var head = data[..Math.Min(data.Length, 8192)];
        var control = 0;
        foreach (var b in head)
        {
            if (b == 0)
            {
                return false;
            }

            if (b < 0x20 && b is not (byte)'\t' and not (byte)'\n' and not (byte)'\r' and not 0x0C)
            {
                control++;
            }
        }

        return control * 50 < head.Length + 1;
    }

    private static Encoding? GuessUtf16(ReadOnlySpan<byte> data)
    {
        var n = Math.Min(data.Length, 4096) & ~1;
        if (n < 8)
        {
            return null;
        }

        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i < n; i += 2)
        {
            if (data[i] == 0)
            {
                evenZeros++;
            }

            if (data[i + 1] == 0)
            {
                oddZeros++;
            }
        }

        // ASCII-heavy UTF-16 has a zero in every other byte; CJK-heavy UTF-16 has none, so also check
        // that the pairs decode to mostly CJK/ASCII code units.
        var pairs = n / 2;
        if (oddZeros > pairs / 3 && evenZeros < pairs / 20)
        {
            return Encoding.Unicode;
        }

        if (evenZeros > pairs / 3 && oddZeros < pairs / 20)
        {
            return Encoding.BigEndianUnicode;
        }

        if (!Utf8.IsValid(data[..n]) && MostlyCjkUtf16(data[..n], bigEndian: false))
        {
            return Encoding.Unicode;
        }

        return null;
    }

    private static bool MostlyCjkUtf16(ReadOnlySpan<byte> data, bool bigEndian)
    {
        int good = 0, total = 0;
        for (var i = 0; i + 1 < data.Length; i += 2)
        {
            var c = bigEndian ? (char)((data[i] << 8) | data[i + 1]) : (char)(data[i] | (data[i + 1] << 8));
            total++;
            if (c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3000' and <= '\u303F') or (>= '\uFF00' and <= '\uFFEF') or '\n' or '\r' or '\t' or (>= ' ' and <= '~'))
            {
                good++;
            }
        }

        return total > 0 && good * 10 >= total * 9;
    }

    private static Encoding GuessLegacyChinese(ReadOnlySpan<byte> data)
    {
        var sample = data[..Math.Min(data.Length, 65536)].ToArray();
        var detected = UtfUnknown.CharsetDetector.DetectFromBytes(sample).Detected?.EncodingName;
        if (detected is not null && detected.Contains("big5", StringComparison.OrdinalIgnoreCase))
        {
            return Encoding.GetEncoding("big5");
        }

        return Encoding.GetEncoding("GB18030");
    }
}
