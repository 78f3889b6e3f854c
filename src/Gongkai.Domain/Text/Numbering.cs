// Copyright (c) Gongkai contributors. Licensed under the MIT License.

namespace Gongkai.Text;

/// <summary>Numbering prefixes of headings and list items: 「一、」「（一）」「1.」「第一部分」.</summary>
internal static class Numbering
{
    private const string Numerals = "一二三四五六七八九十";

    /// <summary>Returns the value of a Chinese numeral 一…十九 (0 when not one).</summary>
    /// <param name="text">The numeral text.</param>
    /// <returns>Its value.</returns>
    public static int NumeralValue(ReadOnlySpan<char> text)
    {
        if (text.Length == 1)
        {
            return Numerals.IndexOf(text[0], StringComparison.Ordinal) + 1;
        }

        if (text.Length == 2 && text[0] == '十')
        {
            var unit = Numerals.IndexOf(text[1], StringComparison.Ordinal) + 1;
            return unit is > 0 and < 10 ? 10 + unit : 0;
        }

        return 0;
    }

    /// <summary>Strips one leading numbering token from folded text: 「一、」「(一)」「1.」「1、」「第一部分」.</summary>
    /// <param name="folded">Folded text (no whitespace, half-width brackets).</param>
    /// <param name="number">The number stripped (0 when none).</param>
    /// <param name="style">The style: 'c' for 「一、」, 'p' for 「(一)」, 'd' for 「1.」, 'n' for none.</param>
    /// <returns>The rest.</returns>
    public static ReadOnlySpan<char> Strip(ReadOnlySpan<char> folded, out int number, out char style)
    {
        number = 0;
        style = 'n';
        if (folded.IsEmpty)
        {
            return folded;
        }

        // (一) / (1)
        if (folded[0] == '(')
        {
            var close = folded.IndexOf(')');
            if (close is > 1 and <= 4)
            {
                var inner = folded[1..close];
                var n = NumeralValue(inner);
                if (n == 0 && int.TryParse(inner, out var d))
                {
                    n = d;
                }

                if (n > 0)
                {
                    number = n;
                    style = 'p';
                    return folded[(close + 1)..];
                }
            }

            return folded;
        }

        // 一、 / 十一、 / 一. / 第一部分
        var k = 0;
        while (k < folded.Length && k < 3 && Numerals.Contains(folded[k]))
        {
            k++;
        }

        if (k > 0 && k < folded.Length && folded[k] is '、' or '.' or ',' or ':')
        {
            var n = NumeralValue(folded[..k]);
            if (n > 0)
            {
                number = n;
                style = 'c';
                return folded[(k + 1)..];
            }
        }

        if (folded.Length > 3 && folded[0] == '第' && folded.IndexOf("部分") is > 1 and <= 3 and var part)
        {
            var n = NumeralValue(folded[1..part]);
            if (n > 0)
            {
                number = n;
                style = 'c';
                var rest = folded[(part + 2)..];
                return rest.Length > 0 && rest[0] is '、' or ':' or '.' ? rest[1..] : rest;
            }
        }

        // 1. / 1、 / 12.  (not a decimal such as 1.5)
        k = 0;
        while (k < folded.Length && k < 3 && char.IsAsciiDigit(folded[k]))
        {
            k++;
        }

        if (k > 0 && k + 1 < folded.Length && folded[k] is '.' or '、' && !char.IsAsciiDigit(folded[k + 1]))
        {
            number = int.Parse(folded[..k], System.Globalization.CultureInfo.InvariantCulture);
            style = 'd';
            return folded[(k + 1)..];
        }

        return folded;
    }

}
