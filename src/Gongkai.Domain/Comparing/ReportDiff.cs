// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Cells;
using Gongkai.Documents;

namespace Gongkai.Comparing;

/// <summary>One table cell that differs between two reports.</summary>
/// <param name="Cell">The cell.</param>
/// <param name="Before">Its value in the first report.</param>
/// <param name="After">Its value in the second report.</param>
public sealed record CellChange(CellDefinition Cell, CellValue Before, CellValue After);

/// <summary>How a line of text fares between two reports.</summary>
public enum LineChangeKind : byte
{
    /// <summary>In both.</summary>
    Same,

    /// <summary>Only in the first report.</summary>
    Removed,

    /// <summary>Only in the second report.</summary>
    Added,
}

/// <summary>One line of a text diff.</summary>
/// <param name="Kind">Whether it is in both, only the first or only the second report.</param>
/// <param name="Text">The line.</param>
public readonly record struct LineChange(LineChangeKind Kind, string Text);

/// <summary>The text of one section compared line by line (the preamble is section 0).</summary>
/// <param name="Number">The statutory position (1–6), or 0 for the preamble.</param>
/// <param name="Title">The official title (「前言」 for the preamble).</param>
/// <param name="Lines">The lines of both, in order, each marked same, removed or added.</param>
public sealed record SectionDiff(int Number, string Title, IReadOnlyList<LineChange> Lines)
{
    /// <summary>Gets a value indicating whether any line differs.</summary>
    public bool HasChanges => Lines.Any(l => l.Kind != LineChangeKind.Same);
}

/// <summary>What differs between two reports: the title, every table cell, the text of every section line by line.</summary>
/// <remarks>
/// <para>Cells are compared by state and number (<see cref="CellValue.Equals(CellValue)"/>) and, for invalid text, by the text:
/// 「12」 and 「12件」 are the same number, 「12」 and a blank are not, and a cell the report lacks differs from a blank one.</para>
/// <para>Text is compared by lines (a paragraph is one or more lines) with a longest common subsequence, so a sentence moved,
/// inserted or deleted shows as such. <see cref="TextSimilarity"/> is the share of characters in lines both have: 1 for the
/// same text, near 1 for a report copied from another with the names changed.</para>
/// </remarks>
public sealed record ReportDiff
{
    /// <summary>Above this many line pairs a section is compared by its common start and end only (bounded time and memory).</summary>
    private const long MaxCells = 4_000_000;

    /// <summary>Gets the title of the first report.</summary>
    public string? TitleBefore { get; init; }

    /// <summary>Gets the title of the second report.</summary>
    public string? TitleAfter { get; init; }

    /// <summary>Gets the cells that differ, in catalogue order (table, row, column).</summary>
    public IReadOnlyList<CellChange> Cells { get; init; } = [];

    /// <summary>Gets the preamble (0) and the sections (1–6) either report has, each compared line by line.</summary>
    public IReadOnlyList<SectionDiff> Sections { get; init; } = [];

    /// <summary>Gets the share (0–1) of the characters of both texts that are in lines both have.</summary>
    public double TextSimilarity { get; init; }

    /// <summary>Gets a value indicating whether the title differs.</summary>
    public bool TitleChanged => !string.Equals(TitleBefore, TitleAfter, StringComparison.Ordinal);

    /// <summary>Gets a value indicating whether nothing differs.</summary>
    public bool IsEmpty => !TitleChanged && Cells.Count == 0 && !Sections.Any(s => s.HasChanges);

    /// <summary>Compares two reports.</summary>
    /// <param name="before">The first (older) report.</param>
    /// <param name="after">The second (newer) report.</param>
    /// <returns>The differences.</returns>
    public static ReportDiff Compare(AnnualReport before, AnnualReport after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var cells = new List<CellChange>();
        foreach (var cell in ReportCatalog.Cells)
        {
            var a = before.Cells[cell];
            var b = after.Cells[cell];
            if (a != b || (a.State == CellState.Invalid && !string.Equals(a.Raw, b.Raw, StringComparison.Ordinal)))
            {
                cells.Add(new CellChange(cell, a, b));
            }
        }

        var sections = new List<SectionDiff>(7);
        long same = 0, total = 0;
        for (var number = 0; number <= SectionTitles.All.Count; number++)
        {
            var a = LinesOf(before, number);
            var b = LinesOf(after, number);
            if (a.Count == 0 && b.Count == 0)
            {
                continue;
            }

            var lines = Lines(a, b);
            foreach (var line in lines)
            {
                total += line.Text.Length;
                if (line.Kind == LineChangeKind.Same)
                {
                    same += 2L * line.Text.Length;
                    total += line.Text.Length;
                }
            }

            sections.Add(new SectionDiff(number, number == 0 ? "前言" : SectionTitles.Of(number), lines));
        }

        return new ReportDiff
        {
            TitleBefore = before.Title,
            TitleAfter = after.Title,
            Cells = cells,
            Sections = sections,
            TextSimilarity = total == 0 ? 1 : (double)same / total,
        };
    }

    /// <summary>Compares two lists of lines.</summary>
    /// <param name="before">The first.</param>
    /// <param name="after">The second.</param>
    /// <returns>The lines of both in order, each marked.</returns>
    public static IReadOnlyList<LineChange> Lines(IReadOnlyList<string> before, IReadOnlyList<string> after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var start = 0;
        while (start < before.Count && start < after.Count && string.Equals(before[start], after[start], StringComparison.Ordinal))
        {
            start++;
        }

        var endA = before.Count;
        var endB = after.Count;
        while (endA > start && endB > start && string.Equals(before[endA - 1], after[endB - 1], StringComparison.Ordinal))
        {
            endA--;
            endB--;
        }

        var result = new List<LineChange>(Math.Max(before.Count, after.Count) + 4);
        for (var i = 0; i < start; i++)
        {
            result.Add(new LineChange(LineChangeKind.Same, before[i]));
        }

        var n = endA - start;
        var m = endB - start;
        if ((long)n * m > MaxCells)
        {
            for (var i = start; i < endA; i++)
            {
                result.Add(new LineChange(LineChangeKind.Removed, before[i]));
            }

            for (var j = start; j < endB; j++)
            {
                result.Add(new LineChange(LineChangeKind.Added, after[j]));
            }
        }
        else if (n > 0 || m > 0)
        {
            // lcs[i, j]: the longest common subsequence of before[start + i..endA] and after[start + j..endB].
            var lcs = new int[(n + 1) * (m + 1)];
            for (var i = n - 1; i >= 0; i--)
            {
                for (var j = m - 1; j >= 0; j--)
                {
                    lcs[(i * (m + 1)) + j] = string.Equals(before[start + i], after[start + j], StringComparison.Ordinal)
                        ? lcs[((i + 1) * (m + 1)) + j + 1] + 1
                        : Math.Max(lcs[((i + 1) * (m + 1)) + j], lcs[(i * (m + 1)) + j + 1]);
                }
            }

            int x = 0, y = 0;
            while (x < n || y < m)
            {
                if (x < n && y < m && string.Equals(before[start + x], after[start + y], StringComparison.Ordinal))
                {
                    result.Add(new LineChange(LineChangeKind.Same, before[start + x]));
                    x++;
                    y++;
                }
                else if (x < n && (y == m || lcs[((x + 1) * (m + 1)) + y] >= lcs[(x * (m + 1)) + y + 1]))
                {
                    // Removed before added on a tie: the old line, then the one that replaces it.
                    result.Add(new LineChange(LineChangeKind.Removed, before[start + x]));
                    x++;
                }
                else
                {
                    result.Add(new LineChange(LineChangeKind.Added, after[start + y]));
                    y++;
                }
            }
        }

        for (var i = endA; i < before.Count; i++)
        {
            result.Add(new LineChange(LineChangeKind.Same, before[i]));
        }

        return result;
    }

    private static List<string> LinesOf(AnnualReport report, int number)
    {
        var paragraphs = number == 0 ? report.Preamble : report.Section(number)?.Paragraphs ?? [];
        var lines = new List<string>(paragraphs.Count);
        foreach (var p in paragraphs)
        {
            foreach (var line in p.Text.Split('\n'))
            {
                var t = line.Trim();
                if (t.Length > 0)
                {
                    lines.Add(t);
                }
            }
        }

        return lines;
    }
}
