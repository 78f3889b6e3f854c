// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Globalization;
using System.Net;
using System.Text;
using Gongkai.Cells;
using Gongkai.Checking;
using Gongkai.Documents;
using Gongkai.Formats.Json;
using Gongkai.Formats.Render;
using Gongkai.Formats.Render.Layout;
using Microsoft.AspNetCore.Html;

namespace Gongkai.Web.Rendering;

/// <summary>The report as a web page fragment: the official layout of the exporters (<see cref="ReportView"/>, <see cref="OfficialLayout"/>) with each finding on its cell or sentence.</summary>
/// <remarks>
/// <para>A value cell with findings gets the class of its worst severity (<c>finding-error</c>, <c>finding-warning</c>,
/// <c>finding-info</c>), the Chinese messages as its <c>title</c> (shown on hover), an id <c>cell-PATH</c> and a link to each
/// finding in the list (<c>#finding-N</c>). A finding that quotes a sentence marks the quote in its section; one about a section
/// without a quote marks the section heading.</para>
/// <para>The tables are laid out by the same code as the Word, web and Excel exports, so the page shows what an export prints.</para>
/// </remarks>
internal static class ReportHtml
{
    /// <summary>Renders a report with its findings.</summary>
    /// <param name="report">The report.</param>
    /// <param name="findings">The findings, numbered in list order from 1; empty for the public view.</param>
    /// <returns>The HTML.</returns>
    public static IHtmlContent Render(AnnualReport report, IReadOnlyList<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(findings);
        var view = ReportView.From(report, []);
        var byCell = new Dictionary<string, List<(int Number, Finding Finding)>>(StringComparer.Ordinal);
        var bySection = new Dictionary<int, List<(int Number, Finding Finding)>>();
        for (var i = 0; i < findings.Count; i++)
        {
            var f = findings[i];
            if (f.Cell is { } cell)
            {
                Add(byCell, cell, (i + 1, f));
            }
            else if (f.Section is { } s)
            {
                Add(bySection, s, (i + 1, f));
            }
        }

        // A finding on a cell the layout does not print (a row the report lacks) is shown on its table's heading.
        var printed = view.Sections.Where(s => s.Table is not null)
            .SelectMany(s => s.Table!.Rows.SelectMany(r => r.Cells)).Where(c => c.Cell is not null).Select(c => c.Cell!.Path).ToHashSet(StringComparer.Ordinal);
        foreach (var (path, notes) in byCell.Where(p => !printed.Contains(p.Key)).ToList())
        {
            byCell.Remove(path);
            if (ReportCatalog.Find(path) is { } definition)
            {
                foreach (var note in notes)
                {
                    Add(bySection, (int)definition.Table, note);
                }
            }
        }

        var sb = new StringBuilder(64 * 1024);
        sb.Append("<article class=\"report\">\n<h1 class=\"report-title\">").Append(E(view.Title)).Append("</h1>\n");
        foreach (var p in view.Preamble)
        {
            Paragraph(sb, p, []);
        }

        foreach (var section in view.Sections)
        {
            var notes = bySection.GetValueOrDefault(section.Number) ?? [];
            var unplaced = notes.Where(n => Needle(n.Finding.Quote) is not { } q || !section.Paragraphs.Any(p => p.Contains(q, StringComparison.Ordinal))).ToList();
            sb.Append(CultureInfo.InvariantCulture, $"<section id=\"section-{section.Number}\">\n<h2");
            if (unplaced.Count > 0)
            {
                sb.Append(" class=\"").Append(SeverityClass(unplaced)).Append("\" title=\"").Append(E(Messages(unplaced))).Append('"');
            }

            sb.Append('>').Append(E(section.Heading));
            Links(sb, unplaced);
            sb.Append("</h2>\n");
            var quoted = notes.Except(unplaced).ToList();
            foreach (var p in section.Paragraphs)
            {
                Paragraph(sb, p, quoted);
            }

            if (section.Table is { } table)
            {
                Table(sb, table, byCell, editable: false);
            }

            sb.Append("</section>\n");
        }

        sb.Append("</article>\n");
        return new HtmlString(sb.ToString());
    }

    /// <summary>Renders the editor's form body: the title, the preamble and each of the six sections as text fields, the tables in the
    /// official layout with a field in every value cell, each finding on its cell.</summary>
    /// <param name="report">The report being edited.</param>
    /// <param name="findings">Its findings, numbered in list order from 1.</param>
    /// <returns>The HTML (inside the caller's form).</returns>
    public static IHtmlContent RenderEditor(AnnualReport report, IReadOnlyList<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(findings);
        var view = ReportView.From(report, []);
        var byCell = new Dictionary<string, List<(int Number, Finding Finding)>>(StringComparer.Ordinal);
        for (var i = 0; i < findings.Count; i++)
        {
            if (findings[i].Cell is { } cell)
            {
                Add(byCell, cell, (i + 1, findings[i]));
            }
        }

        var sb = new StringBuilder(96 * 1024);
        sb.Append("<article class=\"report editor\">\n<label class=\"field\">标题<input name=\"").Append(Editing.ReportForm.TitleField).Append("\" value=\"")
          .Append(E(report.Title ?? string.Empty)).Append("\" maxlength=\"400\"></label>\n");
        sb.Append("<label class=\"field\">前言<textarea name=\"").Append(Editing.ReportForm.PreambleField).Append("\" rows=\"3\">")
          .Append(E(Editing.ReportForm.Text(report.Preamble))).Append("</textarea></label>\n");
        for (var number = 1; number <= SectionTitles.All.Count; number++)
        {
            var section = report.Section(number);
            var table = view.Sections.FirstOrDefault(s => s.Number == number)?.Table;
            var paragraphs = section?.Paragraphs ?? [];
            sb.Append(CultureInfo.InvariantCulture, $"<section id=\"section-{number}\">\n<h2>").Append(E(section?.Heading ?? SectionTitles.Heading(number))).Append("</h2>\n");
            var rows = Math.Clamp(paragraphs.Sum(p => 1 + (p.Text.Length / 60)), table is null ? 4 : 2, 24);
            sb.Append(CultureInfo.InvariantCulture, $"<textarea name=\"{Editing.ReportForm.SectionField(number)}\" rows=\"{rows}\" aria-label=\"")
              .Append(E(SectionTitles.Heading(number))).Append("\">").Append(E(Editing.ReportForm.Text(paragraphs))).Append("</textarea>\n");
            if (table is not null)
            {
                Table(sb, table, byCell, editable: true);
            }

            sb.Append("</section>\n");
        }

        sb.Append("</article>\n");
        return new HtmlString(sb.ToString());
    }

    /// <summary>Gets the CSS class of a severity.</summary>
    /// <param name="severity">The severity.</param>
    /// <returns>The class.</returns>
    public static string SeverityClass(Severity severity) => "finding-" + FindingsJson.SeverityName(severity);

    /// <summary>Gets the Chinese name of a severity.</summary>
    /// <param name="severity">The severity.</param>
    /// <returns>错误, 警告 or 提示.</returns>
    public static string SeverityName(Severity severity) => severity switch
    {
        Severity.Error => "错误",
        Severity.Warning => "警告",
        _ => "提示",
    };

    /// <summary>Gets the id of a cell's element.</summary>
    /// <param name="path">The cell path.</param>
    /// <returns>The id.</returns>
    public static string CellId(string path) => "cell-" + path;

    private static void Add<TKey>(Dictionary<TKey, List<(int, Finding)>> map, TKey key, (int, Finding) item)
        where TKey : notnull
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        list.Add(item);
    }

    private static string SeverityClass(List<(int Number, Finding Finding)> notes) =>
        "finding " + SeverityClass(notes.MaxBy(n => n.Finding.Severity).Finding.Severity);

    private static string Messages(List<(int Number, Finding Finding)> notes) =>
        string.Join("\n", notes.Select(n => $"{n.Number}. [{SeverityName(n.Finding.Severity)}] {n.Finding.Message}"));

    private static void Links(StringBuilder sb, List<(int Number, Finding Finding)> notes)
    {
        foreach (var (number, finding) in notes)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<a class=\"finding-link {SeverityClass(finding.Severity)}\" href=\"#finding-{number}\" title=\"{E(finding.Message)}\">{number}</a>");
        }
    }

    private static void Paragraph(StringBuilder sb, string text, List<(int Number, Finding Finding)> quoted)
    {
        foreach (var line in ReportView.Lines(text))
        {
            var level = ReportView.Level(line);
            sb.Append(level switch { ParagraphLevel.Second => "<h3>", ParagraphLevel.Third => "<p class=\"level-3\">", _ => "<p>" });
            Marked(sb, line, quoted);
            sb.Append(level == ParagraphLevel.Second ? "</h3>\n" : "</p>\n");
        }
    }

    private static void Marked(StringBuilder sb, string line, List<(int Number, Finding Finding)> quoted)
    {
        // The first quote found in the line is marked; several findings on one sentence share the mark.
        var hits = quoted.Where(n => Needle(n.Finding.Quote) is { } q && line.Contains(q, StringComparison.Ordinal)).ToList();
        if (hits.Count == 0)
        {
            sb.Append(E(line));
            return;
        }

        var quote = Needle(hits[0].Finding.Quote)!;
        var at = line.IndexOf(quote, StringComparison.Ordinal);
        var same = hits.Where(h => Needle(h.Finding.Quote) == quote).ToList();
        sb.Append(E(line[..at]))
          .Append("<mark class=\"").Append(SeverityClass(same)).Append("\" tabindex=\"0\" title=\"").Append(E(Messages(same))).Append("\">")
          .Append(E(quote)).Append("</mark>");
        Links(sb, same);
        Marked(sb, line[(at + quote.Length)..], [.. quoted.Except(same)]);
    }

    private static void Table(StringBuilder sb, LayoutTable table, Dictionary<string, List<(int Number, Finding Finding)>> byCell, bool editable)
    {
        var total = table.ColumnWidths.Sum();
        sb.Append(CultureInfo.InvariantCulture, $"<div class=\"table-wrap\"><table class=\"official table-{(int)table.Table}\">\n<colgroup>");
        foreach (var width in table.ColumnWidths)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<col style=\"width:{width * 100.0 / total:0.###}%\">");
        }

        sb.Append("</colgroup>\n");
        foreach (var row in table.Rows)
        {
            sb.Append(row.IsHeader ? "<tr class=\"head\">" : "<tr>");
            foreach (var cell in row.Cells)
            {
                Cell(sb, cell, byCell, editable);
            }

            sb.Append("</tr>\n");
        }

        sb.Append("</table></div>\n");
    }

    private static void Cell(StringBuilder sb, LayoutCell cell, Dictionary<string, List<(int Number, Finding Finding)>> byCell, bool editable)
    {
        var value = cell.Role == LayoutRole.Value;
        var classes = new List<string>(3);
        if (cell.Role == LayoutRole.Caption)
        {
            classes.Add("caption");
        }

        if (cell.IsShaded)
        {
            classes.Add("shaded");
        }

        if (cell.IsNumber)
        {
            classes.Add("num");
        }

        List<(int Number, Finding Finding)>? notes = null;
        if (value && cell.Cell is { } definition && byCell.TryGetValue(definition.Path, out notes))
        {
            classes.Add(SeverityClass(notes));
        }

        sb.Append(value ? "<td" : "<th");
        if (value && cell.Cell is { } d)
        {
            sb.Append(" id=\"").Append(E(CellId(d.Path))).Append("\" data-cell=\"").Append(E(d.Path)).Append('"');
        }

        if (classes.Count > 0)
        {
            sb.Append(" class=\"").Append(string.Join(' ', classes)).Append('"');
        }

        if (cell.ColumnSpan > 1)
        {
            sb.Append(CultureInfo.InvariantCulture, $" colspan=\"{cell.ColumnSpan}\"");
        }

        if (cell.RowSpan > 1)
        {
            sb.Append(CultureInfo.InvariantCulture, $" rowspan=\"{cell.RowSpan}\"");
        }

        if (notes is not null)
        {
            sb.Append(" tabindex=\"0\" title=\"").Append(E(Messages(notes))).Append('"');
        }

        sb.Append('>');
        if (editable && value && cell.Cell is { } field)
        {
            sb.Append("<input name=\"").Append(E(field.Path)).Append("\" value=\"").Append(E(cell.Text)).Append("\" aria-label=\"").Append(E(field.DisplayName))
              .Append("\" autocomplete=\"off\" inputmode=\"").Append(field.Kind == CellKind.Amount ? "decimal" : "numeric").Append("\" maxlength=\"40\">");
        }
        else
        {
            sb.Append(E(cell.Text));
        }

        if (notes is not null)
        {
            Links(sb, notes);
        }

        sb.Append(value ? "</td>" : "</th>");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);

    /// <summary>The text of a quote to look for: without the ellipses a rule puts around an excerpt (「…全面落实…」).</summary>
    private static string? Needle(string? quote)
    {
        var text = quote?.Trim().Trim('…').Trim();
        return string.IsNullOrEmpty(text) ? null : text;
    }
}
