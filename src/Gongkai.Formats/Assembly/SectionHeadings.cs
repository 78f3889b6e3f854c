// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Text;

namespace Gongkai.Formats.Assembly;

/// <summary>How surely a line is a section heading.</summary>
internal enum HeadingFit : byte
{
    /// <summary>Not a heading.</summary>
    None = 0,

    /// <summary>Numbered 「一、」 and the title contains a section's key words, or unnumbered and the whole line is a known title.</summary>
    Probable = 1,

    /// <summary>Numbered 「一、」 (or 「第一部分」) and the whole title is a known title variant.</summary>
    Exact = 2,
}

/// <summary>Recognises the headings of the six statutory sections by their titles, not their numbers.</summary>
/// <remarks>
/// <para>A heading is a short line that is not a sentence (no 「。」 or 「，」 inside) whose text after any 「一、」-style
/// numbering is a section title. Parenthesised or Arabic numbering (「（一）」「1.」) marks a sub-part and is never a
/// section heading.</para>
/// <para>The titles are those of 条例 第五十条 (2019), the 2019 trial format and the 2021 format, with the
/// variants authors write: with or without 「政府信息公开」/「工作」/「年度」 before the title, 「情况」 or 「的」 inside it,
/// and the wording of the problems section (「存在的主要问题及改进情况」「存在的主要问题和改进措施」…). The title is
/// first reduced to its core (<see cref="Core"/>) and then looked up in <see cref="Variants"/>; a numbered line whose
/// title only contains a section's key words is a <see cref="HeadingFit.Probable"/> heading, an unnumbered line must be
/// a known title to count at all (so a wrapped preamble line mentioning several sections is never a heading).</para>
/// </remarks>
internal static class SectionHeadings
{
    private const int MaxHeadingLength = 40;

    /// <summary>The cores (see <see cref="Core"/>) of every known title, by section.</summary>
    internal static readonly (int Section, string Core)[] Variants =
    [
        (1, "总体"), (1, "概述"), (1, "基本"), (1, "总体概述"), (1, "总体工作"), (1, "总体概况"), (1, "概况"), (1, "工作概况"), (1, "工作概述"),
        (1, "总体情况概述"),
        (2, "主动公开政府信息"), (2, "主动公开政府信息工作"),
        (3, "收到和处理政府信息公开申请"), (3, "收到和处理申请"), (3, "依申请公开政府信息"), (3, "收到和处理公开申请"),
        (3, "收到及处理政府信息公开申请"), (3, "受理和处理政府信息公开申请"), (3, "申请办理"), (3, "依申请公开政府信息办理"),
        (3, "收到和处理依申请公开"),
        (4, "政府信息公开行政复议、行政诉讼"), (4, "行政复议、行政诉讼"), (4, "政府信息公开行政复议和行政诉讼"), (4, "行政复议和行政诉讼"),
        (4, "政府信息公开行政复议及行政诉讼"), (4, "行政复议及行政诉讼"), (4, "因政府信息公开申请行政复议、提起行政诉讼"),
        (4, "因政府信息公开被申请行政复议、提起行政诉讼"), (4, "政府信息公开行政复议、诉讼"), (4, "行政复议、诉讼"),
        (4, "因政府信息公开引起的行政复议、行政诉讼"), (4, "被申请行政复议、提起行政诉讼"),
        (5, "存在的主要问题及改进"), (5, "存在的主要问题和改进"), (5, "存在的主要问题及改进措施"), (5, "存在的主要问题和改进措施"),
        (5, "存在主要问题及改进"), (5, "存在主要问题和改进"), (5, "存在主要问题及改进措施"), (5, "存在主要问题和改进措施"),
        (5, "存在的问题及改进"), (5, "存在的问题和改进"), (5, "存在的问题及改进措施"), (5, "存在的问题和改进措施"),
        (5, "存在问题及改进"), (5, "存在问题和改进"), (5, "存在问题及改进措施"), (5, "存在问题和改进措施"),
        (5, "主要问题及改进"), (5, "主要问题和改进"), (5, "主要问题及改进措施"), (5, "主要问题和改进措施"),
        (5, "存在的主要问题"), (5, "存在的问题"), (5, "存在的不足及改进措施"), (5, "存在的不足和改进措施"), (5, "存在的主要问题及整改"),
        (5, "存在的主要问题及下一步工作"), (5, "存在的主要问题及下一步工作打算"), (5, "存在的主要问题及改进方向"),
        (6, "其他需要报告的事项"), (6, "其他需要报告事项"), (6, "其他事项"), (6, "其他需要说明的事项"), (6, "其他"),
    ];

    private static readonly Dictionary<string, int> ByCore = Variants.ToDictionary(v => v.Core, v => v.Section, StringComparer.Ordinal);

    // Prefixes an author may put before any title, longest first: 「政府信息公开工作存在的主要问题…」, 「本年度…」.
    private static readonly string[] Prefixes = ["2019年度", "年度政府信息公开工作", "政府信息公开工作", "政府信息公开", "本年度", "年度", "工作中", "工作"];

    /// <summary>Returns the statutory section (1–6) the line heads, or 0.</summary>
    /// <param name="raw">The line.</param>
    /// <param name="writtenNumber">The numeral written before the title (0 when none).</param>
    /// <returns>The section number, or 0.</returns>
    public static int Match(string raw, out int writtenNumber) => Match(raw, out writtenNumber, out _);

    /// <summary>Returns the statutory section (1–6) the line heads, or 0, and how surely.</summary>
    /// <param name="raw">The line.</param>
    /// <param name="writtenNumber">The numeral written before the title (0 when none).</param>
    /// <param name="fit">How surely the line is the heading.</param>
    /// <returns>The section number, or 0.</returns>
    public static int Match(string raw, out int writtenNumber, out HeadingFit fit)
    {
        writtenNumber = 0;
        fit = HeadingFit.None;
        var folded = LabelText.FoldHeading(raw);
        if (folded.Length is 0 or > MaxHeadingLength || folded.Contains(',', StringComparison.Ordinal) || folded.Contains('。', StringComparison.Ordinal)
            || folded.Contains(';', StringComparison.Ordinal))
        {
            return 0;
        }

        var rest = Numbering.Strip(folded, out var number, out var style);
        if (style is 'p' or 'd')
        {
            return 0;
        }

        var title = rest.TrimStart(":、.").ToString();
        var core = Core(title);
        if (ByCore.TryGetValue(core, out var section))
        {
            writtenNumber = number;
            fit = number > 0 ? HeadingFit.Exact : HeadingFit.Probable;
            return section;
        }

        // A numbered line whose title holds a section's key words: probably its heading, worded unusually.
        if (number > 0 && title.Length <= 24 && KeyWords(core) is var loose and > 0)
        {
            writtenNumber = number;
            fit = HeadingFit.Probable;
            return loose;
        }

        return 0;
    }

    /// <summary>Chooses the heading of each section among the candidate lines of a document.</summary>
    /// <param name="blocks">The document's blocks in reading order.</param>
    /// <returns>For each chosen heading's block index, its section and written numeral.</returns>
    /// <remarks>
    /// The first candidate does not simply win: a numbered exact title beats a probable one, a numeral that matches the
    /// section beats one that does not, and a candidate that lies between the chosen headings of the sections before
    /// and after it beats one that does not (a wrapped preamble line that names section 四 is not 四's heading
    /// when the real 「四、…」 comes after 三). Ties go to the earlier line.
    /// </remarks>
    public static Dictionary<int, (int Section, int Written)> Choose(IReadOnlyList<Content.ContentBlock> blocks)
    {
        var candidates = new List<(int Index, int Section, int Written, int Score)>();
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i] is Content.ContentParagraph paragraph && !TextFold.IsBlank(paragraph.Text))
            {
                var section = Match(paragraph.Text, out var written, out var fit);
                if (section > 0)
                {
                    candidates.Add((i, section, written, ((int)fit * 2) + (written == section ? 2 : 0)));
                }
            }
        }

        var chosen = new (int Index, int Written)?[8];
        for (var pass = 0; pass < 2; pass++)
        {
            for (var n = 1; n <= 6; n++)
            {
                var best = -1;
                var bestScore = int.MinValue;
                for (var c = 0; c < candidates.Count; c++)
                {
                    var (index, section, _, score) = candidates[c];
                    if (section != n)
                    {
                        continue;
                    }

                    if (pass > 0 && FitsSequence(chosen, n, index))
                    {
                        score += 3;
                    }

                    if (score > bestScore)
                    {
                        best = c;
                        bestScore = score;
                    }
                }

                chosen[n] = best < 0 ? null : (candidates[best].Index, candidates[best].Written);
            }
        }

        var result = new Dictionary<int, (int, int)>();
        for (var n = 1; n <= 6; n++)
        {
            if (chosen[n] is { } c)
            {
                result[c.Index] = (n, c.Written);
            }
        }

        return result;
    }

    private static bool FitsSequence((int Index, int Written)?[] chosen, int section, int index)
    {
        for (var before = section - 1; before >= 1; before--)
        {
            if (chosen[before] is { } b)
            {
                if (b.Index > index)
                {
                    return false;
                }

                break;
            }
        }

        for (var after = section + 1; after <= 6; after++)
        {
            if (chosen[after] is { } a)
            {
                return a.Index > index;
            }
        }

        return true;
    }

    /// <summary>Reduces a title to its core: prefixes (「政府信息公开工作」「年度」…), a leading year, and the endings 「情况」「的情况」「工作情况」 removed.</summary>
    /// <param name="title">The folded title.</param>
    /// <returns>The core.</returns>
    internal static string Core(string title)
    {
        var t = title.AsSpan();

        // 「2024年度…」「2024年…」
        var k = 0;
        while (k < t.Length && char.IsAsciiDigit(t[k]))
        {
            k++;
        }

        if (k == 4 && k < t.Length && t[k] == '年')
        {
            t = t[(k + 1)..];
            if (t.StartsWith("度"))
            {
                t = t[1..];
            }
        }

        foreach (var prefix in Prefixes)
        {
            if (t.Length > prefix.Length + 1 && t.StartsWith(prefix, StringComparison.Ordinal))
            {
                t = t[prefix.Length..];
                break;
            }
        }

        foreach (var ending in (ReadOnlySpan<string>)["的情况", "情况", "的事项"])
        {
            if (t.Length > ending.Length + 1 && t.EndsWith(ending, StringComparison.Ordinal) && !(ending == "的事项" && t.StartsWith("其他需要")))
            {
                t = t[..^ending.Length];
                break;
            }
        }

        if (t.EndsWith("工作", StringComparison.Ordinal) && t.Length > 4 && !ByCore.ContainsKey(t.ToString()))
        {
            t = t[..^2];
        }

        return t.ToString();
    }

    private static int KeyWords(string t)
    {
        if (t.Contains("行政复议", StringComparison.Ordinal) && t.Contains("诉讼", StringComparison.Ordinal))
        {
            return 4;
        }

        if (t.Contains("收到和处理", StringComparison.Ordinal))
        {
            return 3;
        }

        if (t.StartsWith("主动公开政府信息", StringComparison.Ordinal))
        {
            return 2;
        }

        if (t.Contains("问题", StringComparison.Ordinal) && (t.Contains("改进", StringComparison.Ordinal) || t.Contains("整改", StringComparison.Ordinal) || t.StartsWith("存在", StringComparison.Ordinal)))
        {
            return 5;
        }

        if (t.StartsWith("其他需要", StringComparison.Ordinal))
        {
            return 6;
        }

        return t.StartsWith("总体", StringComparison.Ordinal) ? 1 : 0;
    }
}
