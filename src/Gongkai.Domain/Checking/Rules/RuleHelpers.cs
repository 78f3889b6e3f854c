// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Collections.Frozen;
using System.Globalization;
using Gongkai.Cells;

namespace Gongkai.Checking.Rules;

/// <summary>Shared pieces of the rules: cell findings, numbers in messages.</summary>
internal static class RuleHelpers
{
    /// <summary>Whether the reader left cells of <paramref name="row"/> unread because their glued digits split several
    /// ways (an <c>extract.ambiguous</c> finding names the row's first cell, or any cell of table 四 for its blocks):
    /// such cells are not missing, and sums over them cannot be checked.</summary>
    public static bool IsAmbiguous(Documents.AnnualReport report, RowDefinition row)
    {
        var prefix = row + ".";
        foreach (var f in report.ImportFindings)
        {
            if (f.Rule == RuleIds.ExtractAmbiguous && f.Cell is { } cell
                && (cell.StartsWith(prefix, StringComparison.Ordinal) || (row.Table == ReportTable.Table4 && cell.StartsWith("table4.", StringComparison.Ordinal))))
            {
                return true;
            }
        }

        return false;
    }

    public static string N(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public static Finding CellFinding(string rule, Severity severity, CellDefinition cell, CellValue value, string message, string? expected = null, string? actual = null) => new()
    {
        Rule = rule,
        Severity = severity,
        Message = message,
        Cell = cell.Path,
        Expected = expected,
        Actual = actual,
        Location = value.Source,
    };

    /// <summary>A finding about narrative text: section (null for the preamble), quoted sentence and where the paragraph is.</summary>
    public static Finding TextFinding(string rule, Severity severity, int section, Documents.TextParagraph paragraph, string quote, string message, string? expected, string? actual) => new()
    {
        Rule = rule,
        Severity = severity,
        Message = message,
        Section = section == 0 ? null : section,
        Quote = quote,
        Expected = expected,
        Actual = actual,
        Location = paragraph.Location,
    };

    /// <summary>The sentence of <paramref name="paragraph"/> that contains <paramref name="text"/>, shortened around it.</summary>
    public static string QuoteSentence(Documents.TextParagraph paragraph, string text)
    {
        var sentence = TextUnits.Sentences(paragraph.Text).FirstOrDefault(s => s.Contains(text, StringComparison.Ordinal)) ?? paragraph.Text;
        return TextUnits.Quote(sentence, sentence.IndexOf(text, StringComparison.Ordinal));
    }

    /// <summary>Gets the numbers of <paramref name="cells"/>, or null when any is not a number (blank, absent, invalid).</summary>
    public static decimal? Sum(ReportCells values, IEnumerable<CellDefinition> cells)
    {
        decimal sum = 0;
        foreach (var cell in cells)
        {
            var v = values[cell];
            if (!v.HasNumber)
            {
                return null;
            }

            sum += v.Number;
        }

        return sum;
    }

    public static decimal? Number(ReportCells values, CellDefinition cell) => values[cell] is { HasNumber: true } v ? v.Number : null;

    public static CellDefinition Cell(string row, string column, ReportTable table = ReportTable.Table3) =>
        table == ReportTable.Table3 && Table3ColumnIndex.TryGetValue(column, out var index)
            ? ReportCatalog.GetRow(table, row).Cells[index]
            : ReportCatalog.FindCell(ReportCatalog.GetRow(table, row), column)!;

    // Every row of table 三 has the same seven columns in the same order.
    private static readonly FrozenDictionary<string, int> Table3ColumnIndex =
        Table3Keys.Columns.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i, StringComparer.Ordinal).ToFrozenDictionary(StringComparer.Ordinal);

    public static string ColumnLabel(string column) => Cell(Table3Keys.Received, column).ColumnLabel;
}
