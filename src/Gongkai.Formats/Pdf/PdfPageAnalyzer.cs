// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Text.RegularExpressions;

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
        // Page line numbers (SourceLocation.Line) come from all glyphs, tables included.
        var all = PdfText.ClusterLines(glyphs);
        var numbered = new List<PdfGlyph>(glyphs.Count);
        for (var i = 0; i < all.Count; i++)
        {
            foreach (var g in all[i].Glyphs)
            {
                numbered.Add(g with { Line = i });
            }
        }

        var items = new List<PdfPageItem>();
        var flow = new List<PdfGlyph>(numbered.Count);
        var grids = PdfRuledGrid.Find(rulings);
        var inGrid = grids.Select(static _ => new List<PdfGlyph>()).ToList();
        foreach (var g in numbered)
        {
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
                flow.Add(g);
            }
        }

        for (var i = 0; i < grids.Count; i++)
        {
            if (inGrid[i].Count > 0 && grids[i].Build(inGrid[i]) is { } table)
            {
                items.Add(new PdfPageItem(table.Top, null, table));
            }
            else
            {
                flow.AddRange(inGrid[i]);
            }
        }

        var lines = PdfText.ClusterLines(flow);
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

    private static bool IsPageNumber(PdfTextLine line, double pageHeight)
    {
        var inMargin = line.Top < 0.12 * pageHeight || line.Bottom > 0.9 * pageHeight;
        return inMargin && PageNumber().IsMatch(line.Text);
    }

    [GeneratedRegex(@"^\s*([-—–－]\s*)?\d{1,4}(\s*[-—–－])?\s*$|^\s*第\s*\d{1,4}\s*页(\s*[,，/]?\s*共\s*\d{1,4}\s*页)?\s*$|^\s*\d{1,4}\s*/\s*\d{1,4}\s*$")]
    private static partial Regex PageNumber();
}
