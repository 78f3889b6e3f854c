// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Globalization;
using System.Text;

namespace Gongkai.Formats.Docx;

/// <summary>Renders a list counter in a WordprocessingML number format (ECMA-376 Part 1 §17.18.59 ST_NumberFormat).</summary>
/// <remarks>
/// Only the formats that appear in Chinese documents are rendered faithfully; the Chinese counting systems
/// follow the informal algorithm of CSS Counter Styles Level 3 §7.1.3 (十, 十一, 二十, 一百零一), which is also
/// what Word shows. Unknown or decorative formats fall back to decimal digits; bullets render as nothing,
/// because a bullet glyph (often a private-use Symbol character) carries no meaning for the report.
/// </remarks>
internal static class DocxNumberFormat
{
    private const string SimplifiedDigits = "〇一二三四五六七八九";
    private const string LegalSimplifiedDigits = "零壹贰叁肆伍陆柒捌玖";
    private const string LegalTraditionalDigits = "零壹貳參肆伍陸柒捌玖";
    private const string HeavenlyStems = "甲乙丙丁戊己庚辛壬癸";
    private const string EarthlyBranches = "子丑寅卯辰巳午未申酉戌亥";

    /// <summary>Renders <paramref name="value"/> in the format <paramref name="format"/>.</summary>
    /// <param name="value">The counter value.</param>
    /// <param name="format">The <c>w:numFmt/@w:val</c> string, e.g. <c>chineseCounting</c>; null means decimal.</param>
    /// <returns>The rendered number.</returns>
    public static string Format(int value, string? format)
    {
        var ci = CultureInfo.InvariantCulture;
        switch (format)
        {
            case null or "" or "decimal" or "decimalHalfWidth" or "arabicAbjad" or "cardinalText" or "ordinal" or "ordinalText":
                return value.ToString(ci);
            case "none" or "bullet":
                return string.Empty;
            case "decimalZero":
                return value is >= 0 and < 10 ? "0" + value.ToString(ci) : value.ToString(ci);
            case "decimalFullWidth" or "decimalFullWidth2":
                return FullWidth(value.ToString(ci));
            case "decimalEnclosedCircle" or "decimalEnclosedCircleChinese":
                return value is >= 1 and <= 20 ? ((char)('①' + value - 1)).ToString() : value.ToString(ci);
            case "decimalEnclosedParen":
                return value is >= 1 and <= 20 ? ((char)('⑴' + value - 1)).ToString() : value.ToString(ci);
            case "decimalEnclosedFullstop":
                return value is >= 1 and <= 20 ? ((char)('⒈' + value - 1)).ToString() : value.ToString(ci);
            case "ideographEnclosedCircle":
                return value is >= 1 and <= 10 ? ((char)('㈠' + value - 1)).ToString() : value.ToString(ci);
            case "chineseCounting" or "chineseCountingThousand" or "japaneseCounting" or "japaneseDigitalTenThousand"
                or "taiwaneseCounting" or "taiwaneseCountingThousand" or "koreanCounting" or "koreanDigital2":
                return ChineseInformal(value, SimplifiedDigits, "十百千", "零");
            case "ideographDigital" or "taiwaneseDigital" or "koreanDigital" or "japaneseLegal":
                return Digitwise(value);
            case "chineseLegalSimplified":
                return ChineseInformal(value, LegalSimplifiedDigits, "拾佰仟", "零", formal: true);
            case "ideographLegalTraditional":
                return ChineseInformal(value, LegalTraditionalDigits, "拾佰仟", "零", formal: true);
            case "ideographTraditional":
                return value is >= 1 and <= 10 ? HeavenlyStems[value - 1].ToString() : value.ToString(ci);
            case "ideographZodiac":
                return value is >= 1 and <= 12 ? EarthlyBranches[value - 1].ToString() : value.ToString(ci);
            case "lowerLetter":
                return Letters(value, 'a');
            case "upperLetter":
                return Letters(value, 'A');
            case "lowerRoman":
                return Roman(value).ToLowerInvariant();
            case "upperRoman":
                return Roman(value);
            default:
                return value.ToString(ci);
        }
    }

    private static string FullWidth(string digits)
    {
        var sb = new StringBuilder(digits.Length);
        foreach (var c in digits)
        {
            sb.Append(c is >= '0' and <= '9' ? (char)('０' + (c - '0')) : c);
        }

        return sb.ToString();
    }

    private static string Digitwise(int value)
    {
        if (value < 0)
        {
            return value.ToString(CultureInfo.InvariantCulture);
        }

        var sb = new StringBuilder();
        foreach (var c in value.ToString(CultureInfo.InvariantCulture))
        {
            sb.Append(SimplifiedDigits[c - '0']);
        }

        return sb.ToString();
    }

    // CSS Counter Styles 3 §7.1.3 (simp-chinese-informal / -formal) for 1–9999; larger values as digits.
    private static string ChineseInformal(int value, string digits, string units, string zero, bool formal = false)
    {
        if (value is <= 0 or > 9999)
        {
            return value == 0 ? zero : value.ToString(CultureInfo.InvariantCulture);
        }

        var sb = new StringBuilder();
        var pendingZero = false;
        var d = new[] { value / 1000, value / 100 % 10, value / 10 % 10, value % 10 };
        for (var i = 0; i < 4; i++)
        {
            if (d[i] == 0)
            {
                pendingZero = sb.Length > 0;
                continue;
            }

            if (pendingZero)
            {
                sb.Append(zero);
                pendingZero = false;
            }

            // Informal style drops the 一 of 一十 when ten is the leading unit (十一, not 一十一).
            var isLeadingTen = i == 2 && sb.Length == 0 && d[i] == 1 && !formal;
            if (!isLeadingTen)
            {
                sb.Append(digits[d[i]]);
            }

            if (i < 3)
            {
                sb.Append(units[2 - i]);
            }
        }

        return sb.ToString();
    }

    private static string Letters(int value, char a)
    {
        if (value <= 0)
        {
            return value.ToString(CultureInfo.InvariantCulture);
        }

        // Word repeats the letter: a … z, aa … zz, aaa …
        var letter = (char)(a + ((value - 1) % 26));
        return new string(letter, ((value - 1) / 26) + 1);
    }

    private static string Roman(int value)
    {
        if (value is <= 0 or >= 4000)
        {
            return value.ToString(CultureInfo.InvariantCulture);
        }

        ReadOnlySpan<int> numbers = [1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1];
        string[] symbols = ["M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"];
        var sb = new StringBuilder();
        for (var i = 0; i < numbers.Length; i++)
        {
            while (value >= numbers[i])
            {
                sb.Append(symbols[i]);
                value -= numbers[i];
            }
        }

        return sb.ToString();
    }
}
