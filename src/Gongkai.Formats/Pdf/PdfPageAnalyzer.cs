// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Text.RegularExpressions;
using Gongkai.Text;

namespace Gongkai.Formats.Pdf;

/// <summary>One item of a page in reading order: a text line or a table.</summary>
/// <param name="Top">The top edge, for ordering.</param>
/// <param name="Line">The text line, or null.</param>
/// <param name="Table">The table, or null.</param>
internal sealed record PdfPageItem(double Top, PdfTextLine? Line, PdfTable? Table);

/// <summary>Turns the glyphs and rulings of one page into text lines and tables in reading order.</summary>
internal static partial class PdfPageAnalyzer
{
    /// <summary>Analyses a page.</summary>
    /// <param name="glyphs">The page's glyphs.</param>
    /// <param name="rulings">The page's rulings (<see cref="PdfRulings.None"/> for OCR or when ignored).</param>
    /// <param name="pageHeight">The page height, to recognise page numbers in the margins.</param>
    /// <returns>The items, top to bottom.</returns>
    public static List<PdfPageItem> Analyze(IReadOnlyList<PdfGlyph> glyphs, PdfRulings rulings, double pageHeight)
    {
        // Page line numbers (SourceLocation.Line) come from all glyphs, tables included: the glyphs are
        // clustered into lines once to number them, then placed in the grids or the flow with their number.
        var sorted = glyphs.ToArray();
        var grids = PdfRuledGrid.Find(rulings);
        var inGrid = new List<PdfGlyph>[grids.Count];
        for (var i = 0; i < inGrid.Length; i++)
        {
            inGrid[i] = [];
        }

        var flow = new PdfGlyph[sorted.Length];
        var flowCount = 0;
        PdfText.SortTopToBottom(sorted);
        for (int start = 0, line = 0; start < sorted.Length; line++)
        {
            var end = PdfText.LineEnd(sorted, start);
            var kept = PdfTextLine.SortAndDedupe(sorted.AsSpan(start, end - start));
            for (var k = start; k < start + kept; k++)
            {
                var g = sorted[k] with { Line = line };
                var placed = false;
                for (var i = 0; i < grids.Count && !placed; i++)
                {
                    if (grids[i].Contains(g.CenterX, g.CenterY))
                    {
                        inGrid[i].Add(g);
                        placed = true;
                    }
                }

                if (!placed)
                {
                    flow[flowCount++] = g;
                }
            }

            start = end;
        }

        var items = new List<PdfPageItem>();
        for (var i = 0; i < grids.Count; i++)
        {
            if (inGrid[i].Count > 0 && grids[i].Build(inGrid[i]) is { } table)
            {
                items.Add(new PdfPageItem(table.Top, null, table));
            }
            else
            {
                inGrid[i].CopyTo(flow, flowCount);
                flowCount += inGrid[i].Count;
            }
        }

        var lines = PdfText.ClusterLines(flow, flowCount);
        var unruled = PdfUnruledTables.Detect(lines, out var rest);
        foreach (var table in unruled)
        {
            items.Add(new PdfPageItem(table.Top, null, table));
        }

        foreach (var line in rest)
        {
            if (IsPageNumber(line, pageHeight))
            {
                continue;
            }

            items.Add(new PdfPageItem(line.Top, line, null));
        }

        items.Sort(static (a, b) => b.Top.CompareTo(a.Top));
        return items;
    }

    /// <summary>Drops running headers and footers: the same text in the top or bottom margin of most pages.</summary>
    /// <param name="pages">The pages' items (null for a page not read), changed in place.</param>
    /// <param name="heights">The page heights.</param>
    /// <remarks>Digits are ignored when comparing, so 「第 3 页 共 6 页」 counts as one text on every page.</remarks>
    public static void RemoveRunningLines(List<PdfPageItem>?[] pages, double[] heights)
    {
        var read = pages.Count(static p => p is not null);
        if (read < 3)
        {
            return;
        }

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < pages.Length; i++)
        {
            if (pages[i] is not { } items)
            {
                continue;
            }

            foreach (var key in items.Where(it => IsInMargin(it, heights[i])).Select(static it => RunningKey(it.Line!)).Distinct())
            {
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        }

        var threshold = Math.Max(3, (read + 1) / 2);
        for (var i = 0; i < pages.Length; i++)
        {
            pages[i]?.RemoveAll(it => IsInMargin(it, heights[i]) && counts[RunningKey(it.Line!)] >= threshold);
        }
    }

    private static bool IsInMargin(PdfPageItem item, double pageHeight) =>
        item.Line is { } line && (line.Bottom > 0.92 * pageHeight || line.Top < 0.08 * pageHeight);

    private static string RunningKey(PdfTextLine line) =>
        new(TextFold.Fold(line.Text).Where(static c => !PdfText.IsDigit(c)).ToArray());

    private static bool IsPageNumber(PdfTextLine line, double pageHeight)
    {
        var inMargin = line.Top < 0.12 * pageHeight || line.Bottom > 0.9 * pageHeight;
        return inMargin && PageNumber().IsMatch(line.Text);
    }

    [GeneratedRegex(@"^\s*([-—–－]\s*)?\d{1,4}(\s*[-—–－])?\s*$|^\s*第\s*\d{1,4}\s*页(\s*[,，/]?\s*共\s*\d{1,4}\s*页)?\s*$|^\s*\d{1,4}\s*/\s*\d{1,4}\s*$")]
    private static partial Regex PageNumber();
}
