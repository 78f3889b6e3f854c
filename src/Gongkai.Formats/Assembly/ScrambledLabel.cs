// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Collections.Frozen;
using Gongkai.Cells;
using Gongkai.Text;

namespace Gongkai.Formats.Assembly;

/// <summary>
/// Row labels whose characters a PDF converter put out of order: the text layer of a PDF printed from a web page
/// holds a cell's text in several runs, and a converter that orders runs by position writes them rotated or
/// interleaved (「1.密属于国家秘」, 「2. 政法规禁其他法律止行公 开」, 「一量、本年新收政府信息公开申请数」). Such a label has
/// exactly the characters of its official label, only not in their order; it is matched when those characters
/// (letters and digits, each as often as written) are those of one official label and no other.
/// </summary>
internal static class ScrambledLabel
{
    // Fewer letters than this are too common to name one row (「其他」「总计」).
    private const int MinLetters = 5;

    private static readonly FrozenDictionary<string, RowDefinition?> ByLetters = Build();

    /// <summary>Returns the one row whose official label has exactly the letters of <paramref name="folded"/>, or null.</summary>
    /// <param name="folded">The folded label.</param>
    /// <returns>The row, or null when none or several have those letters.</returns>
    public static RowDefinition? Match(string folded) =>
        Letters(folded) is { Length: >= MinLetters } key && ByLetters.TryGetValue(key, out var row) ? row : null;

    private static FrozenDictionary<string, RowDefinition?> Build()
    {
        var map = new Dictionary<string, RowDefinition?>(StringComparer.Ordinal);
        foreach (var row in ReportCatalog.Table3Rows)
        {
            var label = TextFold.Fold(row.Label);
            var forms = new HashSet<string>(StringComparer.Ordinal)
            {
                Letters(label),
                Letters(TextFold.Fold(row.FullLabel)),
                Letters(Table3Interpreter.Core(label)),
            };
            foreach (var form in forms)
            {
                if (form.Length < MinLetters)
                {
                    continue;
                }

                // Two rows with the same letters: neither can be told by them.
                map[form] = map.TryGetValue(form, out var other) && other != row ? null : row;
            }
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static string Letters(string text)
    {
        Span<char> letters = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        var n = 0;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                letters[n++] = c;
            }
        }

        letters = letters[..n];
        letters.Sort();
        return new string(letters);
    }
}
