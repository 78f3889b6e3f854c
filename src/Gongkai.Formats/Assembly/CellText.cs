// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Globalization;
using Gongkai.Cells;
using Gongkai.Formats.Content;
using Gongkai.Text;

namespace Gongkai.Formats.Assembly;

/// <summary>What a table cell's text is: nothing, a number-like value, or a label.</summary>
internal enum CellTextKind : byte
{
    /// <summary>Whitespace only.</summary>
    Empty,

    /// <summary>Digits and number punctuation, or a placeholder such as 「—」 or 「无」 standing where a number belongs.</summary>
    Value,

    /// <summary>Text with letters: a row or column label.</summary>
    Label,
}

/// <summary>A table cell with its text classified.</summary>
/// <param name="Raw">The text as written.</param>
/// <param name="Trimmed">The text trimmed of every kind of whitespace.</param>
/// <param name="Kind">The classification.</param>
/// <param name="Location">Where it is.</param>
/// <param name="Folded">The folded text (see <see cref="TextFold"/>), computed once.</param>
internal readonly record struct TableCell(string Raw, string Trimmed, CellTextKind Kind, SourceLocation Location, string Folded)
{
    // Folded forms of the placeholders clerks write where a number belongs.
    private static readonly HashSet<string> Placeholders = ["-", "--", "/", "无", "×", "x", "X", "\\", "空", "不适用", "---", "----"];
    private static readonly string[] Units = ["万元", "元", "件", "个", "条", "项", "次", "人"];

    // Folded texts that spreadsheets and converters leave where a number belongs (compared case-sensitively after folding).
    private static readonly HashSet<string> NotNumbers = new(StringComparer.OrdinalIgnoreCase)
    {
        "nan", "n/a", "na", "null", "none", "nil", "undefined", "inf", "infinity", "-inf", "+inf", "#n/a", "#value!", "#ref!", "#div/0!", "#num!", "#name?", "#null!",
    };

    private static readonly System.Buffers.SearchValues<char> Brackets = System.Buffers.SearchValues.Create("(（");
    private static readonly System.Buffers.SearchValues<char> NumberPunctuation = System.Buffers.SearchValues.Create("0123456789.,)");
    private static readonly System.Buffers.SearchValues<char> ChineseNumerals = System.Buffers.SearchValues.Create("〇零一二三四五六七八九十百千万两壹贰叁肆伍陆柒捌玖拾佰仟");

    /// <summary>Classifies a content cell.</summary>
    /// <param name="cell">The cell.</param>
    /// <returns>The classified cell.</returns>
    public static TableCell From(ContentCell cell)
    {
        var span = TextFold.TrimAll(cell.Text);
        if (span.Length == 0)
        {
            return new TableCell(cell.Text, string.Empty, CellTextKind.Empty, cell.Location, string.Empty);
        }

        var trimmed = span.Length == cell.Text.Length ? cell.Text : span.ToString();
        var folded = TextFold.Fold(trimmed);
        return new TableCell(cell.Text, trimmed, IsValueLike(folded) ? CellTextKind.Value : CellTextKind.Label, cell.Location, folded);
    }

    private static bool IsValueLike(string folded)
    {
        if (Placeholders.Contains(folded) || NotNumbers.Contains(folded))
        {
            return true;
        }

        var core = StripUnit(WithoutNote(folded));
        if (core.Length == 0 || IsItemNumber(core))
        {
            return false;
        }

        // A number written in Chinese numerals (「十二」「一百零五」) stands where a number belongs: a value, read as invalid.
        if (core.Length <= 8 && core.AsSpan().IndexOfAnyExcept(ChineseNumerals) < 0)
        {
            return true;
        }

        // Digits with number punctuation or symbols but no letters (「50%」「12/3」「(12)」「1.2.3」): a value, valid or not.
        var digits = false;
        foreach (var c in core)
        {
            if (char.IsAsciiDigit(c))
            {
                digits = true;
            }
            else if (char.IsLetter(c))
            {
                return false;
            }
        }

        return digits;
    }

    // 「7.」「12、」 alone: an item's numbering that a converter put on a line or into a cell of its own, the start of a
    // row label (「7.」/「法案卷 0 0 0 …」), not a value — no count is written with a trailing dot.
    private static bool IsItemNumber(string core) =>
        core.Length is 2 or 3 && core[^1] is '.' or '、' && char.IsAsciiDigit(core[0]) && (core.Length == 2 || char.IsAsciiDigit(core[1]));

    /// <summary>The text without a trailing note in brackets after a number (「22(其中修订16件)」 is 22): clerks annotate a
    /// count inside its cell, and the note is no part of the number. Text that does not start with a digit is unchanged.</summary>
    /// <param name="folded">The folded text.</param>
    /// <returns>The number part, or <paramref name="folded"/>.</returns>
    internal static string WithoutNote(string folded)
    {
        if (folded.Length < 4 || folded[^1] != ')' || !char.IsAsciiDigit(folded[0]))
        {
            return folded;
        }

        var open = folded.IndexOf('(', StringComparison.Ordinal);
        if (open <= 0 || folded.IndexOf(')', StringComparison.Ordinal) != folded.Length - 1 || !folded.AsSpan(open + 1).ContainsAnyExcept(NumberPunctuation))
        {
            return folded;
        }

        var number = folded[..open].TrimEnd();
        foreach (var c in number)
        {
            if (!char.IsAsciiDigit(c) && c is not ('.' or ','))
            {
                return folded;
            }
        }

        return number;
    }

    /// <summary>Gets a value indicating whether the folded text is a note in brackets only (「(其中修订16件)」), left in a
    /// cell of its own when a converter split it from the number it annotates.</summary>
    /// <param name="folded">The folded text.</param>
    /// <returns>True for a note.</returns>
    internal static bool IsNote(string folded) =>
        folded.Length > 2 && folded[0] == '(' && folded[^1] == ')' && folded.IndexOf(')', StringComparison.Ordinal) == folded.Length - 1
        && (folded.StartsWith("(其中", StringComparison.Ordinal) || folded.StartsWith("(含", StringComparison.Ordinal) || folded.StartsWith("(包括", StringComparison.Ordinal));

    private static string StripUnit(string folded)
    {
        foreach (var unit in Units)
        {
            if (folded.Length > unit.Length && folded.EndsWith(unit, StringComparison.Ordinal))
            {
                return folded[..^unit.Length];
            }
        }

        return folded;
    }

    /// <summary>Turns the cell into a value for a cell of <paramref name="kind"/>: blank, a number, or invalid text.</summary>
    /// <param name="kind">The kind of number expected.</param>
    /// <returns>The value.</returns>
    public CellValue ToValue(CellKind kind)
    {
        if (Kind == CellTextKind.Empty)
        {
            return CellValue.Blank(Raw, Location);
        }

        // Interior whitespace ("1 2") is not silently joined: such a cell is invalid and reported. A note after the
        // number may hold spaces; the number may not.
        var t = Trimmed;
        var numberPart = WithoutNote(Folded);
        var noted = numberPart.Length != Folded.Length;
        foreach (var c in noted ? t.AsSpan(0, Math.Max(0, t.AsSpan().IndexOfAny(Brackets))).TrimEnd() : t)
        {
            if (TextFold.IsSpace(c))
            {
                return CellValue.Invalid(Raw, Location);
            }
        }

        var folded = StripUnit(numberPart);
        if (folded.Contains(',', StringComparison.Ordinal))
        {
            // Thousands separators only in groups of three: "1,234" yes, "1,2" no.
            var parts = folded.Split(',');
            if (parts.Skip(1).Any(p => p.Length < 3 || (p.Length > 3 && p[3] != '.')) || parts[0].Length is 0 or > 3)
            {
                return CellValue.Invalid(Raw, Location);
            }

            folded = folded.Replace(",", string.Empty, StringComparison.Ordinal);
        }

        var style = kind == CellKind.Amount ? NumberStyles.AllowDecimalPoint : NumberStyles.None;
        if (kind == CellKind.SignedCount)
        {
            style |= NumberStyles.AllowLeadingSign;
        }

        if (decimal.TryParse(folded, style, CultureInfo.InvariantCulture, out var number) && folded.Any(char.IsAsciiDigit))
        {
            return CellValue.Of(number, t, Location);
        }

        return CellValue.Invalid(Raw, Location);
    }
}
