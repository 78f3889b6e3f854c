// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Text;

namespace Gongkai.Text;

/// <summary>Folds text to a key for matching labels and phrases by meaning rather than by bytes.</summary>
/// <remarks>
/// <para>The fold drops every kind of whitespace (including U+3000 ideographic space, NBSP and zero-width
/// characters), maps full-width ASCII (（）：，１２) to half-width and every other decimal digit to ASCII, unifies quote and bracket variants
/// (「」『』“” → ", 【】〔〕 → []), maps traditional characters to simplified (OpenCC's character
/// table, <c>Text/Data/ts-chars.txt</c>) and maps Kangxi and CJK-supplement radicals that PDF text
/// layers produce (⼈⺠⼯) to the ordinary characters.</para>
/// <para>It is one table lookup per character; the table (64K chars) is built once.</para>
/// </remarks>
public static class TextFold
{
    private const char Drop = '\0';
    private static readonly char[] RadicalTable = new char[0x2FE0 - 0x2E80];
    private static readonly char[] Table = BuildTable();

    /// <summary>Folds <paramref name="text"/> to its matching key.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The key.</returns>
    public static string Fold(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return string.Empty;
        }

        Span<char> buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        var n = Fold(text, buffer);
        return new string(buffer[..n]);
    }

    /// <summary>Folds <paramref name="text"/> into <paramref name="destination"/>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="destination">A buffer at least as long as <paramref name="text"/>.</param>
    /// <returns>The number of characters written.</returns>
    public static int Fold(ReadOnlySpan<char> text, Span<char> destination)
    {
        var n = 0;
        foreach (var c in text)
        {
            var f = Table[c];
            if (f != Drop)
            {
                destination[n++] = f;
            }
        }

        return n;
    }

    /// <summary>Maps one character (whitespace maps to <c>'\0'</c>).</summary>
    /// <param name="c">The character.</param>
    /// <returns>The folded character, or <c>'\0'</c> when it is dropped.</returns>
    public static char FoldChar(char c) => Table[c];

    /// <summary>Folds width, radicals and traditional characters but keeps whitespace and punctuation as spaces.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The text with the same length, whitespace normalised to ASCII space.</returns>
    /// <remarks>Used where character positions must be kept (quotes, region search).</remarks>
    public static string FoldKeepLength(ReadOnlySpan<char> text)
    {
        return string.Create(text.Length, text.ToString(), static (span, s) =>
        {
            for (var i = 0; i < s.Length; i++)
            {
                var f = Table[s[i]];
                span[i] = f == Drop ? ' ' : f;
            }
        });
    }

    /// <summary>Replaces Kangxi and CJK-supplement radicals (⼈⺠⼯, as PDF text layers emit them) with the ordinary characters; nothing else changes.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The text with radicals replaced (the same instance when there are none).</returns>
    public static string NormalizeRadicals(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var index = text.AsSpan().IndexOfAnyInRange('\u2E80', '\u2FDF');
        if (index < 0)
        {
            return text;
        }

        return string.Create(text.Length, text, static (span, s) =>
        {
            for (var i = 0; i < s.Length; i++)
            {
                var c = s[i];
                span[i] = c is >= '\u2E80' and <= '\u2FDF' && RadicalTable[c - 0x2E80] != '\0' ? RadicalTable[c - 0x2E80] : c;
            }
        });
    }

    /// <summary>Returns whether <paramref name="text"/> is empty or only whitespace of any kind (U+3000, NBSP included).</summary>
    /// <param name="text">The text.</param>
    /// <returns>Whether it is blank.</returns>
    public static bool IsBlank(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (Table[c] != Drop)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Returns whether <paramref name="c"/> is whitespace of any kind.</summary>
    /// <param name="c">The character.</param>
    /// <returns>Whether it is whitespace.</returns>
    public static bool IsSpace(char c) => Table[c] == Drop;

    /// <summary>Trims whitespace of every kind from both ends.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The trimmed span.</returns>
    public static ReadOnlySpan<char> TrimAll(ReadOnlySpan<char> text)
    {
        var start = 0;
        while (start < text.Length && IsSpace(text[start]))
        {
            start++;
        }

        var end = text.Length;
        while (end > start && IsSpace(text[end - 1]))
        {
            end--;
        }

        return text[start..end];
    }

    private static char[] BuildTable()
    {
        var table = new char[65536];
        for (var i = 0; i < table.Length; i++)
        {
            table[i] = (char)i;
        }

        for (var i = 0; i < table.Length; i++)
        {
            var c = (char)i;
            if (char.IsWhiteSpace(c) || c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD')
            {
                table[i] = Drop;
            }
        }

        table[0] = Drop;

        // Every decimal digit in the BMP (full-width １２, Arabic-Indic, Devanagari …) to its ASCII digit.
        for (var i = 128; i < table.Length; i++)
        {
            var d = System.Globalization.CharUnicodeInfo.GetDecimalDigitValue((char)i);
            if (d >= 0 && char.GetUnicodeCategory((char)i) == System.Globalization.UnicodeCategory.DecimalDigitNumber)
            {
                table[i] = (char)('0' + d);
            }
        }

        // Full-width ASCII (U+FF01–FF5E) to ASCII.
        for (var c = 0xFF01; c <= 0xFF5E; c++)
        {
            table[c] = (char)(c - 0xFEE0);
        }

        foreach (var (from, to) in new[]
        {
            ('「', '"'), ('」', '"'), ('『', '"'), ('』', '"'), ('“', '"'), ('”', '"'), ('„', '"'), ('〝', '"'), ('〞', '"'),
            ('‘', '\''), ('’', '\''), ('【', '['), ('】', ']'), ('〔', '['), ('〕', ']'), ('［', '['), ('］', ']'),
            ('﹝', '['), ('﹞', ']'), ('〈', '<'), ('〉', '>'), ('《', '<'), ('》', '>'), ('︰', ':'), ('∶', ':'),
            ('﹐', ','), ('﹑', '、'), ('﹒', '.'), ('﹔', ';'), ('﹕', ':'), ('﹙', '('), ('﹚', ')'), ('‐', '-'), ('‑', '-'),
            ('－', '-'), ('—', '-'), ('–', '-'), ('−', '-'), ('･', '·'), ('・', '·'), ('•', '·'),
        })
        {
            table[from] = to;
        }

        // Kangxi radicals (U+2F00–2FDF) fold by NFKC; the CJK radicals supplement (U+2E80–2EFF) has
        // no NFKC mapping for most characters, so those that PDF text layers emit are mapped explicitly.
        for (var c = 0x2F00; c <= 0x2FDF; c++)
        {
            var s = ((char)c).ToString().Normalize(NormalizationForm.FormKC);
            if (s.Length == 1)
            {
                table[c] = s[0];
            }
        }

        foreach (var (from, to) in new[]
        {
            ('⺀', '冫'), ('⺁', '厂'), ('⺃', '乚'), ('⺅', '亻'), ('⺇', '几'), ('⺈', '刀'), ('⺊', '卜'), ('⺋', '卩'),
            ('⺍', '小'), ('⺎', '兀'), ('⺏', '尣'), ('⺐', '尢'), ('⺑', '尢'), ('⺒', '巳'), ('⺓', '幺'), ('⺔', '彑'),
            ('⺖', '忄'), ('⺗', '心'), ('⺘', '扌'), ('⺙', '攵'), ('⺛', '旡'), ('⺜', '日'), ('⺝', '月'), ('⺟', '母'),
            ('⺠', '民'), ('⺡', '氵'), ('⺢', '水'), ('⺣', '灬'), ('⺤', '爪'), ('⺥', '爫'), ('⺦', '丬'), ('⺧', '牛'),
            ('⺨', '犭'), ('⺩', '王'), ('⺪', '疋'), ('⺫', '目'), ('⺬', '示'), ('⺭', '礻'), ('⺮', '竹'), ('⺯', '糸'),
            ('⺰', '纟'), ('⺱', '网'), ('⺲', '罒'), ('⺳', '网'), ('⺴', '网'), ('⺵', '网'), ('⺶', '羊'), ('⺷', '羊'),
            ('⺸', '羊'), ('⺹', '耂'), ('⺺', '肀'), ('⺻', '聿'), ('⺼', '月'), ('⺽', '臼'), ('⺾', '艹'), ('⺿', '艹'),
            ('⻀', '艹'), ('⻁', '虎'), ('⻂', '衤'), ('⻃', '覀'), ('⻄', '西'), ('⻅', '见'), ('⻆', '角'), ('⻇', '角'),
            ('⻈', '讠'), ('⻉', '贝'), ('⻊', '足'), ('⻋', '车'), ('⻌', '辶'), ('⻍', '辶'), ('⻎', '辶'), ('⻏', '阝'),
            ('⻐', '钅'), ('⻑', '长'), ('⻒', '镸'), ('⻓', '长'), ('⻔', '门'), ('⻕', '阝'), ('⻖', '阝'), ('⻗', '雨'),
            ('⻘', '青'), ('⻙', '韦'), ('⻚', '页'), ('⻛', '风'), ('⻜', '飞'), ('⻝', '食'), ('⻞', '食'), ('⻟', '食'),
            ('⻠', '饣'), ('⻡', '首'), ('⻢', '马'), ('⻣', '骨'), ('⻤', '鬼'), ('⻥', '鱼'), ('⻦', '鸟'), ('⻧', '卤'),
            ('⻨', '麦'), ('⻩', '黄'), ('⻪', '黾'), ('⻫', '齐'), ('⻬', '齐'), ('⻭', '齿'), ('⻮', '齿'), ('⻯', '龙'),
            ('⻰', '龙'), ('⻱', '龟'), ('⻲', '龟'), ('⻳', '龟'),
        })
        {
            table[from] = to;
        }

        // CJK compatibility ideographs (U+F900–FAFF) fold by NFKC to their unified forms.
        for (var c = 0xF900; c <= 0xFAFF; c++)
        {
            var s = ((char)c).ToString().Normalize(NormalizationForm.FormKC);
            if (s.Length == 1)
            {
                table[c] = s[0];
            }
        }

        for (var c = 0x2E80; c < 0x2FE0; c++)
        {
            RadicalTable[c - 0x2E80] = table[c] != (char)c ? table[c] : '\0';
        }

        // Traditional → simplified, applied after the radical folds so that folded radicals convert too.
        using var stream = typeof(TextFold).Assembly.GetManifestResourceStream("Gongkai.Text.Data.ts-chars.txt")
            ?? throw new InvalidOperationException("Missing resource ts-chars.txt");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 2 && line[0] != '#')
            {
                table[line[0]] = line[1];
            }
        }

        for (var i = 0; i < table.Length; i++)
        {
            var f = table[i];
            if (f != Drop && table[f] != f && table[f] != Drop)
            {
                table[i] = table[f];
            }
        }

        return table;
    }
}
