// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Text;

namespace Gongkai.Formats.Assembly;

/// <summary>Helpers for folded label text: numbering prefixes, similarity.</summary>
internal static class LabelText
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
    public static ReadOnlySpan<char> StripNumbering(ReadOnlySpan<char> folded, out int number, out char style)
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

    /// <summary>Folds and strips markdown markers (#, list dashes) and surrounding punctuation from a heading-like line.</summary>
    /// <param name="text">The raw text.</param>
    /// <returns>The folded text.</returns>
    public static string FoldHeading(string text)
    {
        var folded = TextFold.Fold(text).AsSpan();
        folded = folded.TrimStart("#*->");
        folded = folded.TrimEnd("。.:;,*");
        return folded.ToString();
    }

    /// <summary>The length of the longest common subsequence of two strings.</summary>
    /// <param name="a">The first string.</param>
    /// <param name="b">The second string.</param>
    /// <returns>The length.</returns>
    public static int CommonSubsequence(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.IsEmpty || b.IsEmpty)
        {
            return 0;
        }

        Span<int> previous = b.Length < 128 ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
        Span<int> current = b.Length < 128 ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
        previous.Clear();
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = 0;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = a[i - 1] == b[j - 1] ? previous[j - 1] + 1 : Math.Max(previous[j], current[j - 1]);
            }

            var swap = previous;
            previous = current;
            current = swap;
        }

        return previous[b.Length];
    }

    /// <summary>Similarity of two strings in [0, 1]: common subsequence over the longer length.</summary>
    /// <param name="a">The first string.</param>
    /// <param name="b">The second string.</param>
    /// <returns>The similarity.</returns>
    public static double Similarity(ReadOnlySpan<char> a, ReadOnlySpan<char> b) =>
        a.IsEmpty && b.IsEmpty ? 1 : (double)CommonSubsequence(a, b) / Math.Max(a.Length, b.Length);
}
