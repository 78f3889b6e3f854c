// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Text;
using Gongkai.Cells;
using Gongkai.Formats.Render.Layout;

namespace Gongkai.Formats.Render.Markdown;

/// <summary>Renders a report as Markdown for quick review: headings, paragraphs and GFM pipe tables.</summary>
/// <remarks>
/// <para>Pipe tables (GitHub Flavored Markdown spec §4.10) have one header row and no merged cells, so the
/// tables are printed in a review layout that keeps every official label: table 二 as one pipe table per
/// sub-table (caption and 信息内容 in the corner), table 三 with one label column holding each row's full label
/// (「（三）不予公开 1.属于国家秘密」), table 四 as one row of fifteen values under fifteen two-part labels
/// (「未经复议直接起诉 结果维持」). A blank cell is an empty cell; numbers are right-aligned (<c>---:</c>).</para>
/// <para>Text is escaped with CommonMark backslash escapes (§2.4) wherever a character would be read as markup;
/// a line break inside a paragraph becomes a new paragraph. <see cref="Gongkai.Formats.Markdown.MarkdownContentReader"/>
/// reads the file back.</para>
/// </remarks>
internal static class MarkdownRenderer
{
    /// <summary>Renders the file.</summary>
    /// <param name="view">The report view.</param>
    /// <returns>The Markdown, UTF-8 without BOM.</returns>
    public static byte[] Render(ReportView view) => Encoding.UTF8.GetBytes(RenderText(view));

    /// <summary>Renders the file as text.</summary>
    /// <param name="view">The report view.</param>
    /// <returns>The Markdown.</returns>
    public static string RenderText(ReportView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var sb = new StringBuilder(16 * 1024);
        if (view.IsDraft)
        {
            sb.Append("<!--\n").Append(DraftNote.Text(view).Replace("--", "- -", StringComparison.Ordinal)).Append("\n-->\n\n");
        }

        sb.Append("# ");
        Escape(sb, view.Title);
        sb.Append("\n\n");
        foreach (var p in view.Preamble)
        {
            Paragraphs(sb, p);
        }

        foreach (var section in view.Sections)
        {
            sb.Append("## ");
            Escape(sb, section.Heading);
            sb.Append("\n\n");
            foreach (var p in section.Paragraphs)
            {
                Paragraphs(sb, p);
            }

            switch (section.Table?.Table)
            {
                case ReportTable.Table2:
                    Table2(sb, view);
                    break;
                case ReportTable.Table3:
                    Table3(sb, view);
                    break;
                case ReportTable.Table4:
                    Table4(sb, view);
                    break;
                default:
                    break;
            }
        }

        return sb.ToString();
    }

    private static void Paragraphs(StringBuilder sb, string text)
    {
        foreach (var line in ReportView.Lines(text))
        {
            if (ReportView.Level(line) == ParagraphLevel.Second)
            {
                sb.Append("### ");
            }

            Escape(sb, line);
            sb.Append("\n\n");
        }
    }

    private static void Table2(StringBuilder sb, ReportView view)
    {
        var cells = view.Report.Cells;
        var mask = view.Format == ReportFormat.Format2019 ? FormatMask.Format2019 : FormatMask.Format2021;
        foreach (var (caption, keys, formats) in OfficialLayout.Table2Parts)
        {
            var rows = keys.Select(k => ReportCatalog.GetRow(ReportTable.Table2, k)).Where(cells.HasRow).ToList();
            if ((formats & mask) == 0 && rows.Count == 0)
            {
                continue;
            }

            var first = ReportCatalog.GetRow(ReportTable.Table2, keys[0]);
            var columns = first.Cells.Where(c => c.IsIn(view.Format) || rows.Any(r => ReportCatalog.FindCell(r, c.ColumnKey) is { } x && cells[x].IsPresent)).ToList();
            Row(sb, [$"{caption} {OfficialLayout.InformationContent}", .. columns.Select(c => OfficialLayout.ColumnLabel(c, view.Format))]);
            Delimiter(sb, columns.Count);
            foreach (var row in rows)
            {
                Row(sb, [OfficialLayout.RowLabel(row, view.Format), .. columns.Select(c => ReportCatalog.FindCell(row, c.ColumnKey) is { } cell ? OfficialLayout.ValueText(cells[cell], cell) : string.Empty)]);
            }

            sb.Append('\n');
        }
    }

    private static void Table3(StringBuilder sb, ReportView view)
    {
        var cells = view.Report.Cells;
        var columns = ReportCatalog.GetRow(ReportTable.Table3, Table3Keys.Received).Cells;
        Row(sb, [OfficialLayout.BalanceNote, .. columns.Select(c => c.ColumnLabel)]);
        Delimiter(sb, columns.Count);
        foreach (var row in ReportCatalog.Table3Rows.Where(cells.HasRow))
        {
            var label = row.Group is null ? row.Label : row.Group + " " + row.Label;
            Row(sb, [label, .. row.Cells.Select(c => OfficialLayout.ValueText(cells[c], c))]);
        }

        sb.Append('\n');
    }

    private static void Table4(StringBuilder sb, ReportView view)
    {
        var cells = view.Report.Cells;
        var all = ReportCatalog.Table4Blocks.SelectMany(b => b.Cells).ToList();
        var headers = all.Select(c => ReportCatalog.GetRow(ReportTable.Table4, c.RowKey).Label.Split(OfficialLayout.BlockSeparator)[^1] + " " + c.ColumnLabel).ToList();
        sb.Append('|');
        foreach (var header in headers)
        {
            sb.Append(' ');
            Escape(sb, header);
            sb.Append(" |");
        }

        sb.Append('\n');
        Delimiter(sb, all.Count, labelColumn: false);
        Row(sb, [.. all.Select(c => OfficialLayout.ValueText(cells[c], c))]);
        sb.Append('\n');
    }

    private static void Row(StringBuilder sb, IReadOnlyList<string> cells)
    {
        sb.Append('|');
        foreach (var cell in cells)
        {
            sb.Append(' ');
            Escape(sb, cell, inTable: true);
            sb.Append(" |");
        }

        sb.Append('\n');
    }

    private static void Delimiter(StringBuilder sb, int values, bool labelColumn = true)
    {
        sb.Append(labelColumn ? "| --- |" : "|");
        for (var i = 0; i < values; i++)
        {
            sb.Append(" ---: |");
        }

        sb.Append('\n');
    }

    /// <summary>Appends text with CommonMark backslash escapes (§2.4) for every character that could be read as markup.</summary>
    /// <param name="sb">The output.</param>
    /// <param name="text">The text.</param>
    /// <param name="inTable">Whether the text is a table cell (line breaks become <c>&lt;br&gt;</c>).</param>
    internal static void Escape(StringBuilder sb, string text, bool inTable = false)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                sb.Append(inTable ? "<br>" : " ");
                continue;
            }

            if (c is '\\' or '*' or '_' or '`' or '[' or ']' or '<' or '>' or '|' or '#' or '~' || (i == 0 && c is '-' or '+' or '='))
            {
                sb.Append('\\');
            }

            sb.Append(c);
        }
    }
}
