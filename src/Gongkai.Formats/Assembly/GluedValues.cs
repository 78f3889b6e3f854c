// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Globalization;
using System.Text;
using Gongkai.Cells;

namespace Gongkai.Formats.Assembly;

/// <summary>Rows whose value cells ran together when the separators were lost (「行政规范性文件77132470」, 「4000004」).</summary>
internal static class GluedValues
{
    /// <summary>Returns whether the candidates are too few cells holding digit runs long enough for <paramref name="n"/> values.</summary>
    public static bool Applies(IReadOnlyList<TableCell> candidates, int n, out string digits, out HashSet<int> boundaries)
    {
        digits = string.Empty;
        boundaries = [];
        if (candidates.Count >= n)
        {
            return false;
        }

        var sb = new StringBuilder();
        foreach (var cell in candidates)
        {
            if (cell.Kind == CellTextKind.Empty)
            {
                continue;
            }

            if (cell.Kind != CellTextKind.Value || !cell.Folded.All(char.IsAsciiDigit))
            {
                return false;
            }

            if (sb.Length > 0)
            {
                boundaries.Add(sb.Length);
            }

            sb.Append(cell.Folded);
        }

        digits = sb.ToString();
        return digits.Length >= n && digits.Length > candidates.Count(c => c.Kind != CellTextKind.Empty);
    }

    /// <summary>Splits value cells whose numbers are separated by spaces only (「4 0 0 0 0 0 4」) when that gives exactly <paramref name="n"/> values.</summary>
    /// <returns>The expanded candidates, or null when the row is not of that kind.</returns>
    public static List<TableCell>? ExpandSpaced(IReadOnlyList<TableCell> candidates, int n)
    {
        var expanded = new List<TableCell>(n);
        var any = false;
        foreach (var cell in candidates)
        {
            if (cell.Kind == CellTextKind.Empty)
            {
                continue;
            }

            var tokens = cell.Trimmed.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (cell.Kind != CellTextKind.Value || tokens.Length == 1)
            {
                expanded.Add(cell);
                continue;
            }

            any = true;
            foreach (var token in tokens)
            {
                var folded = Gongkai.Text.TextFold.Fold(token);
                if (folded.Length == 0 || !folded.All(c => char.IsAsciiDigit(c) || c is '.' or '-'))
                {
                    return null;
                }

                expanded.Add(new TableCell(token, token, CellTextKind.Value, cell.Location, folded));
            }
        }

        return any && expanded.Count == n ? expanded : null;
    }

    /// <summary>Returns whether too few value cells hold numbers that ran together with a sign or a decimal part
    /// (「2648-18538」, 「39573802895.90」): the digit split cannot decide those, so the row is left unread.</summary>
    public static bool AppliesUnresolvable(IReadOnlyList<TableCell> candidates, int n, out string raw)
    {
        raw = string.Empty;
        var present = candidates.Where(static c => c.Kind != CellTextKind.Empty).ToList();
        if (candidates.Count >= n || present.Count == 0 || present.Exists(static c => c.Kind != CellTextKind.Value))
        {
            return false;
        }

        raw = string.Join(" ", present.Select(static c => c.Trimmed));
        return present.Exists(static c => IsGluedNumber(c.Folded));
    }

    private static bool IsGluedNumber(string folded)
    {
        for (var i = 1; i + 1 < folded.Length; i++)
        {
            if (folded[i] is '-' or '+' && char.IsAsciiDigit(folded[i - 1]) && char.IsAsciiDigit(folded[i + 1]))
            {
                return true;
            }
        }

        var dot = folded.IndexOf('.', StringComparison.Ordinal);
        return (dot > 8 && folded[..dot].All(char.IsAsciiDigit)) || (dot >= 0 && folded.IndexOf('.', dot + 1) > 0);
    }

    /// <summary>Stores one split as the cells' values.</summary>
    public static void Store(AssemblyContext context, IReadOnlyList<CellDefinition> cells, long[] values, SourceLocation location)
    {
        for (var i = 0; i < cells.Count && i < values.Length; i++)
        {
            context.Cells[cells[i]] = CellValue.Of(values[i], values[i].ToString(CultureInfo.InvariantCulture), location);
        }
    }

    public static string Show(long[] values) => string.Join(" | ", values.Select(v => v.ToString(CultureInfo.InvariantCulture)));

    /// <summary>The most candidates a message lists.</summary>
    private const int ShownCandidates = 12;

    /// <summary>Chooses among several segmentations by the counts the narrative states for the cells (「现行有效行政规范性文件698件」).</summary>
    /// <param name="context">The assembly (its <see cref="AssemblyContext.Narrative"/>).</param>
    /// <param name="cells">The cells, in the order of the values.</param>
    /// <param name="splits">The segmentations that fit the arithmetic.</param>
    /// <param name="complete">Whether <paramref name="splits"/> holds every one (a partial list decides nothing).</param>
    /// <param name="chosen">The one segmentation that agrees with every count stated.</param>
    /// <param name="sentence">The sentence that decided.</param>
    /// <returns>Whether exactly one segmentation agrees with the narrative, and the narrative states at least one of the cells.</returns>
    public static bool TryDecideByNarrative(AssemblyContext context, IReadOnlyList<CellDefinition> cells, IReadOnlyList<long[]> splits, bool complete, out long[] chosen, out string sentence)
    {
        var agreeing = ByNarrative(context, cells, splits, complete, out sentence);
        chosen = agreeing is [var one] ? one : [];
        return agreeing is [_];
    }

    /// <summary>The rest of an <c>extract.ambiguous</c> message: what the narrative said, if anything, and the candidates left.</summary>
    /// <param name="context">The assembly.</param>
    /// <param name="cells">The cells, in the order of the values.</param>
    /// <param name="splits">The segmentations that fit the arithmetic.</param>
    /// <param name="complete">Whether <paramref name="splits"/> holds every one.</param>
    /// <returns>The text, e.g. 「正文中也没有能确定的数字，无法确定，未读入数值。候选：69/366/5；693/66/5」.</returns>
    public static string Undecided(AssemblyContext context, IReadOnlyList<CellDefinition> cells, IReadOnlyList<long[]> splits, bool complete)
    {
        var agreeing = ByNarrative(context, cells, splits, complete, out var sentence);
        if (agreeing is null)
        {
            return $"正文中也没有能确定的数字，无法确定，未读入数值。{Candidates(splits, complete)}";
        }

        return agreeing.Count == 0
            ? $"正文「{sentence}」与其中任何一种都不相符，无法确定，未读入数值。{Candidates(splits, complete)}"
            : $"按正文「{sentence}」仍有 {agreeing.Count} 种相符，无法确定，未读入数值。{Candidates(agreeing, complete: true)}";
    }

    /// <summary>The segmentations that agree with every count the narrative states for the cells, or null when it states none
    /// (or the list is partial).</summary>
    private static List<long[]>? ByNarrative(AssemblyContext context, IReadOnlyList<CellDefinition> cells, IReadOnlyList<long[]> splits, bool complete, out string sentence)
    {
        sentence = string.Empty;
        if (!complete || splits.Count < 2)
        {
            return null;
        }

        var stated = new List<(int[] Indices, decimal Value, string Sentence)>();
        for (var i = 0; i < cells.Count; i++)
        {
            if (context.Narrative.Stated(cells[i].Path) is { } fact)
            {
                stated.Add(([i], fact.Value, fact.Sentence));
            }
        }

        // 「行政诉讼46件，其中结果维持25件…」: both litigation blocks together.
        foreach (var column in (ReadOnlySpan<string>)["upheld", "corrected", "other", "pending", "total"])
        {
            var direct = IndexOf(cells, $"table4.litigationDirect.{column}");
            var after = IndexOf(cells, $"table4.litigationAfterReconsideration.{column}");
            if (direct >= 0 && after >= 0 && context.Narrative.Stated(NarrativeFacts.LitigationPrefix + column) is { } fact)
            {
                stated.Add(([direct, after], fact.Value, fact.Sentence));
            }
        }

        if (stated.Count == 0)
        {
            return null;
        }

        sentence = string.Join("」「", stated.Select(static f => f.Sentence).Distinct(StringComparer.Ordinal));
        return [.. splits.Where(s => stated.TrueForAll(f => f.Indices.All(i => i < s.Length) && f.Indices.Sum(i => s[i]) == f.Value))];
    }

    private static int IndexOf(IReadOnlyList<CellDefinition> cells, string path)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (cells[i].Path == path)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The candidates for a message: 「候选：69/366/5；693/66/5」, at most <see cref="ShownCandidates"/>, then how many more.</summary>
    /// <param name="splits">The segmentations.</param>
    /// <param name="complete">Whether the list is complete.</param>
    /// <returns>The text.</returns>
    public static string Candidates(IReadOnlyList<long[]> splits, bool complete)
    {
        var shown = string.Join("；", splits.Take(ShownCandidates).Select(static s => string.Join("/", s.Select(static v => v.ToString(CultureInfo.InvariantCulture)))));
        var more = splits.Count > ShownCandidates || !complete ? $"；等共{(complete ? string.Empty : "至少")} {splits.Count} 种" : string.Empty;
        return $"候选：{shown}{more}";
    }

    /// <summary>How many segmentations: 「10 种」, or 「至少 64 种」 when the enumeration stopped.</summary>
    /// <param name="splits">The segmentations.</param>
    /// <param name="complete">Whether the list is complete.</param>
    /// <returns>The text.</returns>
    public static string HowMany(IReadOnlyList<long[]> splits, bool complete) =>
        string.Create(CultureInfo.InvariantCulture, $"{(complete ? string.Empty : "至少 ")}{splits.Count} 种");

    /// <summary>The table 三 row constraint: the six applicant columns sum to 总计.</summary>
    public static bool RowSums(long[] v) => v.Length == 7 && v[0] + v[1] + v[2] + v[3] + v[4] + v[5] == v[6];

    /// <summary>Checks the block just completed when value <paramref name="index"/> is a block's total.</summary>
    /// <param name="v">The values so far.</param>
    /// <param name="index">The value just set.</param>
    /// <returns>False when that block's total is not the sum of its four results.</returns>
    public static bool BlockSumSoFar(long[] v, int index) =>
        index % 5 != 4 || v[index - 4] + v[index - 3] + v[index - 2] + v[index - 1] == v[index];

    /// <summary>The table 四 constraint: in each block of five, 总计 = 维持 + 纠正 + 其他 + 尚未审结.</summary>
    public static bool BlockSums(long[] v)
    {
        for (var b = 0; b + 4 < v.Length; b += 5)
        {
            if (v[b] + v[b + 1] + v[b + 2] + v[b + 3] != v[b + 4])
            {
                return false;
            }
        }

        return true;
    }
}
