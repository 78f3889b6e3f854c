// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Text;
using Gongkai.Cells;
using Gongkai.Documents;
using Gongkai.Text;

namespace Gongkai.Formats.Assembly;

/// <summary>
/// Tables 三 and 四 written with their labels only: a blank form (the official template, a unit with nothing to
/// report) through a PDF converter keeps the labels as loose lines and has no cell to drop, so no table run is
/// found. When a section holds the table's labels in their official order and not one number, the table is blank
/// — the only reading there is — and its cells are read as blank, with one finding that says so.
/// </summary>
internal static class BlankTables
{
    // Distinctive start of each label: enough to tell the rows apart, short enough to survive a group label's
    // pieces written into it by a converter.
    private const int KeyLength = 8;

    private static readonly string[] Table4Words = ["行政复议", "行政诉讼", "复议后起诉", "维持", "纠正", "尚未"];

    /// <summary>Reads table 三 as blank when <paramref name="paragraphs"/> hold its labels and no number.</summary>
    /// <param name="paragraphs">The paragraphs of the section that should hold table 三; the table's lines are removed.</param>
    /// <param name="context">The assembly.</param>
    /// <returns>Whether the table was read as blank.</returns>
    public static bool TryTable3(List<TextParagraph> paragraphs, AssemblyContext context)
    {
        var text = Concatenate(paragraphs, out var starts);
        (List<(RowDefinition Row, int At)> Found, int Total) best = ([], 0);
        foreach (var format in (ReadOnlySpan<ReportFormat>)[ReportFormat.Format2021, ReportFormat.Format2019])
        {
            var rows = ReportCatalog.Table3Rows.Where(r => r.IsIn(format)).ToList();
            var found = FindInOrder(text, rows);
            if (found.Count > best.Found.Count)
            {
                best = (found, rows.Count);
            }
        }

        var (matched, total) = best;
        if (matched.Count < 4 || matched.Count * 5 < total * 4)
        {
            return false;
        }

        var first = matched[0].At;
        var last = matched[^1].At;
        // Not one number from the first label to the end of the section (a value after the last label counts too).
        if (HasNumber(text.AsSpan(first)))
        {
            return false;
        }

        var from = Paragraph(starts, first);
        var to = Paragraph(starts, last);
        while (from > 0 && IsHeaderPiece(paragraphs[from - 1].Text))
        {
            from--;
        }

        foreach (var (row, at) in matched)
        {
            var location = paragraphs[Paragraph(starts, at)].Location;
            foreach (var cell in row.Cells)
            {
                context.Cells[cell] = CellValue.Blank(string.Empty, location);
            }
        }

        context.Assume($"表三只有行标题、没有任何数值（{matched.Count} 行），按空白表读取", paragraphs[from].Location, matched[0].Row.Cells[0].Path, Checking.Severity.Info);
        paragraphs.RemoveRange(from, to - from + 1);
        return true;
    }

    /// <summary>Reads table 四 as blank when <paramref name="paragraphs"/> hold its header words and no number.</summary>
    /// <param name="paragraphs">The paragraphs of the section that should hold table 四; the table's lines are removed.</param>
    /// <param name="context">The assembly.</param>
    /// <returns>Whether the table was read as blank.</returns>
    public static bool TryTable4(List<TextParagraph> paragraphs, AssemblyContext context)
    {
        var text = Concatenate(paragraphs, out var starts);
        var first = text.IndexOf(Table4Words[0], StringComparison.Ordinal);
        if (first < 0)
        {
            return false;
        }

        // Converters scramble the header's words (「结果 结果 其他 尚未 总计 …」), so each is looked for, not their order.
        var end = first;
        foreach (var word in Table4Words.AsSpan(1))
        {
            var at = text.LastIndexOf(word, StringComparison.Ordinal);
            if (at < first)
            {
                return false;
            }

            end = Math.Max(end, at + word.Length);
        }

        var totals = 0;
        for (var p = text.IndexOf("总计", first, StringComparison.Ordinal); p >= 0; p = text.IndexOf("总计", p + 2, StringComparison.Ordinal))
        {
            totals++;
            end = Math.Max(end, p + 2);
        }

        if (totals < 3 || HasNumber(text.AsSpan(first)))
        {
            return false;
        }

        var from = Paragraph(starts, first);
        var to = Paragraph(starts, end - 1);
        var location = paragraphs[from].Location;
        foreach (var block in ReportCatalog.Table4Blocks)
        {
            foreach (var cell in block.Cells)
            {
                context.Cells[cell] = CellValue.Blank(string.Empty, location);
            }
        }

        context.Assume("表四只有表头、没有任何数值，按空白表读取", location, ReportCatalog.Table4Blocks[0].Cells[0].Path, Checking.Severity.Info);
        paragraphs.RemoveRange(from, to - from + 1);
        return true;
    }

    private static string Concatenate(List<TextParagraph> paragraphs, out int[] starts)
    {
        var text = new StringBuilder();
        starts = new int[paragraphs.Count];
        for (var i = 0; i < paragraphs.Count; i++)
        {
            starts[i] = text.Length;
            text.Append(TextFold.Fold(paragraphs[i].Text));
        }

        return text.ToString();
    }

    private static int Paragraph(int[] starts, int offset)
    {
        var i = Array.BinarySearch(starts, offset);
        if (i < 0)
        {
            i = ~i - 1;
        }

        // Empty paragraphs share a start: take the last of them, the one that holds the offset.
        while (i + 1 < starts.Length && starts[i + 1] == starts[i] && starts[i + 1] <= offset)
        {
            i++;
        }

        return Math.Max(i, 0);
    }

    private static string Key(RowDefinition row)
    {
        var core = row.Key == "partiallyGranted" ? "部分公开" : Table3Interpreter.Core(TextFold.Fold(row.Label));
        return core.Length > KeyLength ? core[..KeyLength] : core;
    }

    private static List<(RowDefinition Row, int At)> FindInOrder(string text, List<RowDefinition> rows)
    {
        var found = new List<(RowDefinition, int)>(rows.Count);
        var position = 0;
        foreach (var row in rows)
        {
            var key = Key(row);
            var at = text.IndexOf(key, position, StringComparison.Ordinal);
            if (at >= 0)
            {
                found.Add((row, at));
                position = at + key.Length;
            }
        }

        return found;
    }

    // A digit that is not an item number (「1.」「2、」) is a value: the table is not blank.
    private static bool HasNumber(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsAsciiDigit(text[i]) && !(i + 1 < text.Length && text[i + 1] is '.' or '、' or '．'))
            {
                return true;
            }
        }

        return false;
    }

    // The pieces of table 三's header and its 勾稽 note, short lines before the first row label.
    private static bool IsHeaderPiece(string text)
    {
        var folded = TextFold.Fold(text);
        return folded.Length <= 16 || folded.Contains("勾稽", StringComparison.Ordinal);
    }
}
