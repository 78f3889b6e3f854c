// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Globalization;

namespace Gongkai.Text;

/// <summary>Reads numbers written with any Unicode decimal digits (ASCII, full-width １２, Arabic-Indic …), as a regex <c>\d</c> matches them.</summary>
/// <remarks>
/// <c>\d</c> in .NET matches every decimal digit (category Nd), but <see cref="int.Parse(string)"/> accepts ASCII digits only;
/// rules that find numbers with <c>\d</c> read them here, so a sentence such as 「受理依申请公开事项１２件」 is read as 12.
/// </remarks>
internal static class Digits
{
    /// <summary>Replaces every non-ASCII decimal digit with its ASCII digit; nothing else changes.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The text (the same instance when it has no such digit).</returns>
    public static string ToAscii(string text)
    {
        var span = text.AsSpan();
        var first = -1;
        for (var i = 0; i < span.Length; i++)
        {
            if (span[i] > '\u007F' && char.IsDigit(span[i]))
            {
                first = i;
                break;
            }
        }

        if (first < 0)
        {
            return text;
        }

        return string.Create(text.Length, (text, first), static (destination, state) =>
        {
            var (s, start) = state;
            s.AsSpan().CopyTo(destination);
            for (var i = start; i < destination.Length; i++)
            {
                var c = destination[i];
                if (c > '\u007F' && char.IsDigit(c))
                {
                    destination[i] = (char)('0' + CharUnicodeInfo.GetDecimalDigitValue(c));
                }
            }
        });
    }

    /// <summary>Reads a run of decimal digits as an integer, saturating at <see cref="long.MaxValue"/>.</summary>
    /// <param name="digits">The digits (every character a Unicode decimal digit).</param>
    /// <returns>The value.</returns>
    /// <exception cref="FormatException">A character is not a decimal digit.</exception>
    public static long ParseLong(ReadOnlySpan<char> digits)
    {
        if (digits.IsEmpty)
        {
            throw new FormatException("No digits.");
        }

        long value = 0;
        foreach (var c in digits)
        {
            var d = CharUnicodeInfo.GetDecimalDigitValue(c);
            if (d < 0)
            {
                throw new FormatException($"'{c}' is not a decimal digit.");
            }

            value = value > (long.MaxValue - d) / 10 ? long.MaxValue : (value * 10) + d;
        }

        return value;
    }

    /// <summary>Reads a run of decimal digits as an integer, saturating at <see cref="int.MaxValue"/>.</summary>
    /// <param name="digits">The digits.</param>
    /// <returns>The value.</returns>
    public static int ParseInt(ReadOnlySpan<char> digits) => (int)Math.Min(ParseLong(digits), int.MaxValue);
}
