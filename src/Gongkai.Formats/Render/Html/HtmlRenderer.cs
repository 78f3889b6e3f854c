// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Globalization;
using System.Text;
using Gongkai.Formats.Render.Layout;

namespace Gongkai.Formats.Render.Html;

/// <summary>Renders a report as one self-contained web page: semantic tables with <c>rowspan</c>/<c>colspan</c>, print CSS, no external resources.</summary>
/// <remarks>
/// <para>The page is what a unit posts on its site: an <c>article</c> holding the title (<c>h1</c>), the preamble,
/// and one <c>section</c> per statutory section (heading <c>h2</c>). Tables follow the official grid
/// (<see cref="OfficialLayout"/>): header rows in <c>thead</c> (WHATWG HTML §4.9.6) with <c>th scope</c>, row
/// labels as <c>th scope="row"</c>, values as <c>td</c>, numbers right-aligned. A line break inside a
/// paragraph becomes a new paragraph, since <c>br</c> and <c>p</c> read back the same.</para>
/// <para>Typography after GB/T 9704-2012: A4 with margins 37/35/28/26 mm (§5.2.1), title 2号 (22 pt) 小标宋,
/// body 3号 (16 pt) 仿宋 at 22 lines per page (§5.2.2, line height 28.95 pt), first-level headings 黑体,
/// second-level 楷体 (§7.3.3); tables in 10 pt as in the template, rows never split (<c>break-inside: avoid</c> on <c>tr</c>), header rows repeated (<c>thead</c> as <c>table-header-group</c>), each sub-table of table 二 and the whole of tables 三 and 四 kept on one page. Every font family lists fallbacks ending in fonts that Linux machines have
/// (Noto CJK) and a generic family, so the page renders without the official fonts.</para>
/// </remarks>
internal static class HtmlRenderer
{
    /// <summary>The title font stack (小标宋): the official font first, then other names of it, then Noto CJK and a generic family (<see cref="OfficialFonts"/>).</summary>
    internal static readonly string TitleFonts = OfficialFonts.CssStack(OfficialFonts.Title);

    /// <summary>The body font stack (仿宋).</summary>
    internal static readonly string BodyFonts = OfficialFonts.CssStack(OfficialFonts.Body);

    /// <summary>The first-level heading font stack (黑体).</summary>
    internal static readonly string HeadingFonts = OfficialFonts.CssStack(OfficialFonts.Heading);

    /// <summary>The second-level heading font stack (楷体).</summary>
    internal static readonly string KaiFonts = OfficialFonts.CssStack(OfficialFonts.Kai);

    /// <summary>The page number font stack (宋体).</summary>
    internal static readonly string PageNumberFonts = OfficialFonts.CssStack(OfficialFonts.PageNumber);

    /// <summary>The page number (GB/T 9704-2012 §7.5): 4号 (14 pt) 宋体, its top 7 mm below the type area.</summary>
    private static readonly string PageNumberStyle = "font-family:" + PageNumberFonts + ";font-size:14pt;line-height:1;vertical-align:top;padding-top:7mm;";

    private static readonly string Css =
        OfficialFonts.FontFaces() +
        "@page{size:A4;margin:37mm 26mm 35mm 28mm}" +
        "@page :right{@bottom-right{content:\"— \" counter(page) \" —\";" + PageNumberStyle + "padding-right:1em}}" +
        "@page :left{@bottom-left{content:\"— \" counter(page) \" —\";" + PageNumberStyle + "padding-left:1em}}" +
        "html{-webkit-text-size-adjust:100%}" +
        "body{margin:0;color:#000;background:#fff}" +
        ".gongkai-report{font-family:" + BodyFonts + ";font-size:16pt;line-height:28.95pt;max-width:156mm;margin:0 auto;padding:12mm 8mm}" +
        ".gongkai-report h1{font-family:" + TitleFonts + ";font-size:22pt;font-weight:normal;line-height:1.45;text-align:center;margin:0 0 28.95pt}" +
        ".gongkai-report h1 .title-unit{display:block}" +
        ".gongkai-report h2{font-family:" + HeadingFonts + ";font-size:16pt;font-weight:normal;text-indent:2em;margin:0;break-after:avoid;page-break-after:avoid}" +
        ".gongkai-report h3{font-family:" + KaiFonts + ";font-size:16pt;font-weight:normal;text-indent:2em;margin:0;break-after:avoid;page-break-after:avoid}" +
        ".gongkai-report p{margin:0;text-indent:2em;text-align:justify}" +
        ".gongkai-report p.level-3{font-weight:bold}" +
        ".gongkai-report table{width:100%;border-collapse:collapse;table-layout:fixed;margin:7pt 0 14pt;font-size:10pt;line-height:1.25}" +
        ".gongkai-report table.table-3,.gongkai-report table.table-4{break-inside:avoid;page-break-inside:avoid}" +
        ".gongkai-report th,.gongkai-report td{border:0.75pt solid #000;padding:1.5pt 2.5pt;vertical-align:middle;font-weight:normal;word-break:break-all;overflow-wrap:anywhere}" +
        ".gongkai-report thead th{text-align:center}" +
        ".gongkai-report th.caption{text-align:left;background:#f2f2f2}" +
        ".gongkai-report th.head{text-align:center}" +
        ".gongkai-report th[scope=row]{text-align:left}" +
        ".gongkai-report th[scope=row].center{text-align:center}" +
        ".gongkai-report th.shaded{background:#" + OfficialLayout.ShadeColor.ToLowerInvariant() + ";-webkit-print-color-adjust:exact;print-color-adjust:exact}" +
        ".gongkai-report td{text-align:center}" +
        ".gongkai-report td.num{text-align:right;font-variant-numeric:tabular-nums}" +
        ".gongkai-report thead{display:table-header-group}" +
        ".gongkai-report tr{break-inside:avoid;page-break-inside:avoid}" +
        ".gongkai-report tbody{break-inside:avoid;page-break-inside:avoid}" +
        "@media screen{body{background:#f4f4f4}.gongkai-report{background:#fff;margin:16px auto;padding:24mm 26mm 24mm 28mm;box-shadow:0 1px 4px rgba(0,0,0,.15)}}" +
        "@media screen and (max-width:700px){.gongkai-report{padding:16px;font-size:14pt;line-height:1.8}.gongkai-report table{font-size:9pt}}" +
        "@media print{body{background:#fff}.gongkai-report{max-width:none;margin:0;padding:0;box-shadow:none}}";

    /// <summary>Renders the page.</summary>
    /// <param name="view">The report view.</param>
    /// <returns>The page, UTF-8 without BOM.</returns>
    public static byte[] Render(ReportView view) => Encoding.UTF8.GetBytes(RenderText(view));

    /// <summary>Renders the page as text.</summary>
    /// <param name="view">The report view.</param>
    /// <returns>The HTML.</returns>
    public static string RenderText(ReportView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var sb = new StringBuilder(48 * 1024);
        sb.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
          .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
          .Append("<meta name=\"generator\" content=\"Gongkai\">\n<title>");
        Encode(sb, view.Title);
        sb.Append("</title>\n<style>").Append(Css).Append("</style>\n</head>\n<body>\n");
        if (view.IsDraft)
        {
            sb.Append("<!--\n").Append(Escape(DraftNote.Text(view))).Append("\n-->\n");
        }

        sb.Append("<article class=\"gongkai-report\">\n<h1>");
        Title(sb, view);
        sb.Append("</h1>\n");
        foreach (var p in view.Preamble)
        {
            Paragraphs(sb, p);
        }

        foreach (var section in view.Sections)
        {
            sb.Append("<section>\n<h2>");
            Encode(sb, section.Heading);
            sb.Append("</h2>\n");
            foreach (var p in section.Paragraphs)
            {
                Paragraphs(sb, p);
            }

            if (section.Table is { } table)
            {
                Table(sb, table);
            }

            sb.Append("</section>\n");
        }

        sb.Append("</article>\n</body>\n</html>\n");
        return sb.ToString();
    }

    private static void Title(StringBuilder sb, ReportView view)
    {
        // The break (ReportView.TitleBreak) is CSS only, so the title stays one line of text for readers.
        var title = view.Title;
        var at = view.TitleBreak;
        if (at == 0)
        {
            Encode(sb, title);
            return;
        }

        sb.Append("<span class=\"title-unit\">");
        Encode(sb, title[..at]);
        sb.Append("</span>");
        Encode(sb, title[at..]);
    }

    private static string Escape(string comment) => comment.Replace("--", "- -", StringComparison.Ordinal);

    private static void Paragraphs(StringBuilder sb, string text)
    {
        foreach (var line in ReportView.Lines(text))
        {
            switch (ReportView.Level(line))
            {
                case ParagraphLevel.Second:
                    sb.Append("<h3>");
                    Encode(sb, line);
                    sb.Append("</h3>\n");
                    break;
                case ParagraphLevel.Third:
                    sb.Append("<p class=\"level-3\">");
                    Encode(sb, line);
                    sb.Append("</p>\n");
                    break;
                default:
                    sb.Append("<p>");
                    Encode(sb, line);
                    sb.Append("</p>\n");
                    break;
            }
        }
    }

    private static void Table(StringBuilder sb, LayoutTable table)
    {
        var ci = CultureInfo.InvariantCulture;
        var total = table.ColumnWidths.Sum();
        sb.Append("<table class=\"table-").Append((int)table.Table).Append("\">\n<colgroup>");
        foreach (var width in table.ColumnWidths)
        {
            sb.Append(ci, $"<col style=\"width:{width * 100.0 / total:0.###}%\">");
        }

        sb.Append("</colgroup>\n");
        var inHead = false;
        var inBody = false;
        foreach (var row in table.Rows)
        {
            var caption = row.Cells.Count == 1 && row.Cells[0].Role == LayoutRole.Caption;
            if (row.IsHeader && !inHead)
            {
                sb.Append("<thead>\n");
                inHead = true;
            }
            else if (!row.IsHeader && inHead)
            {
                sb.Append("</thead>\n");
                inHead = false;
            }

            // Table 二: each sub-table (from its caption) is a row group of its own.
            if (!row.IsHeader && (caption || !inBody))
            {
                if (inBody)
                {
                    sb.Append("</tbody>\n");
                }

                sb.Append("<tbody>\n");
                inBody = true;
            }

            sb.Append("<tr>");
            foreach (var cell in row.Cells)
            {
                Cell(sb, cell, row.IsHeader);
            }

            sb.Append("</tr>\n");
        }

        sb.Append(inHead ? "</thead>\n" : inBody ? "</tbody>\n" : string.Empty).Append("</table>\n");
    }

    private static void Cell(StringBuilder sb, LayoutCell cell, bool headerRow)
    {
        switch (cell.Role)
        {
            case LayoutRole.Caption:
                sb.Append("<th class=\"caption\" scope=\"rowgroup\"");
                break;
            case LayoutRole.Header:
                // The corner cell of table 三 (the 勾稽关系 note) heads neither rows nor columns.
                sb.Append(!headerRow ? (cell.IsShaded ? "<th class=\"head shaded\" scope=\"col\"" : "<th class=\"head\" scope=\"col\"")
                    : cell.ColumnSpan > 1 && cell.RowSpan > 1 ? "<th"
                    : cell.ColumnSpan > 1 ? "<th scope=\"colgroup\"" : "<th scope=\"col\"");
                break;
            case LayoutRole.Label:
                sb.Append(cell.RowSpan > 1 ? "<th scope=\"rowgroup\"" : "<th scope=\"row\"");
                if (cell.IsCentred)
                {
                    sb.Append(" class=\"center\"");
                }

                break;
            default:
                sb.Append(cell.IsNumber ? "<td class=\"num\"" : "<td");
                break;
        }

        if (cell.ColumnSpan > 1)
        {
            sb.Append(" colspan=\"").Append(cell.ColumnSpan).Append('"');
        }

        if (cell.RowSpan > 1)
        {
            sb.Append(" rowspan=\"").Append(cell.RowSpan).Append('"');
        }

        sb.Append('>');
        Encode(sb, cell.Text);
        sb.Append(cell.Role == LayoutRole.Value ? "</td>" : "</th>");
    }

    /// <summary>Appends text with the characters that are markup in HTML escaped (WHATWG HTML §13.1.2.6).</summary>
    /// <param name="sb">The output.</param>
    /// <param name="text">The text.</param>
    internal static void Encode(StringBuilder sb, string text)
    {
        foreach (var c in text)
        {
            switch (c)
            {
                case '&':
                    sb.Append("&amp;");
                    break;
                case '<':
                    sb.Append("&lt;");
                    break;
                case '>':
                    sb.Append("&gt;");
                    break;
                case '"':
                    sb.Append("&quot;");
                    break;
                case '\n':
                    sb.Append("<br>");
                    break;
                default:
                    sb.Append(c);
                    break;
            }
        }
    }
}
