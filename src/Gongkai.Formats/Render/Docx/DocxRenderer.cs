// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.IO.Compression;
using System.Text;
using Gongkai.Formats.Render.Layout;

namespace Gongkai.Formats.Render.Docx;

/// <summary>Renders a report as a Word document (.docx) in the official layout.</summary>
/// <remarks>
/// <para>The package (ECMA-376 Part 2) is written directly: fixed parts from <see cref="DocxParts"/>, the main part
/// built as text. Paragraphs (Part 1 §17.3.1) carry styles for the title, the 一、 headings, （一） and 1.
/// sub-headings and body text; a line break inside a paragraph is <c>w:br</c> (§17.3.3.1), a tab <c>w:tab</c>.</para>
/// <para>Tables (§17.4) follow <see cref="OfficialLayout"/>: a fixed grid (<c>w:tblGrid</c>, <c>w:tblLayout
/// fixed</c>), horizontal merges as <c>w:gridSpan</c> (§17.4.17) and vertical merges as <c>w:vMerge</c> restart /
/// continue (§17.4.84), header rows repeated on each page (<c>w:tblHeader</c>, §17.4.49) and rows kept whole
/// (<c>w:cantSplit</c>, §17.4.6). Numbers are right-aligned; blank cells hold an empty paragraph.</para>
/// <para>In a <c>--recompute-totals</c> draft each replaced total carries a comment (§17.13.4) saying what was
/// stated, and the title carries the whole list.</para>
/// </remarks>
internal static class DocxRenderer
{
    /// <summary>Renders the document.</summary>
    /// <param name="view">The report view.</param>
    /// <returns>The .docx file.</returns>
    public static byte[] Render(ReportView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var comments = new List<string>();
        var document = Document(view, comments);
        using var output = new MemoryStream(64 * 1024);
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            var draft = comments.Count > 0;
            Add(zip, "[Content_Types].xml", DocxParts.ContentTypes(draft));
            Add(zip, "_rels/.rels", DocxParts.PackageRelationships);
            Add(zip, "docProps/core.xml", Core(view.Title));
            Add(zip, "docProps/app.xml", DocxParts.App);
            Add(zip, "word/_rels/document.xml.rels", DocxParts.DocumentRelationships(draft));
            Add(zip, "word/document.xml", document);
            Add(zip, "word/styles.xml", DocxParts.Styles);
            Add(zip, "word/settings.xml", DocxParts.Settings);
            Add(zip, "word/fontTable.xml", DocxParts.FontTable);
            Add(zip, "word/footer1.xml", OddFooter);
            Add(zip, "word/footer2.xml", EvenFooter);
            if (draft)
            {
                Add(zip, "word/comments.xml", Comments(comments));
            }
        }

        return output.ToArray();
    }

    private static readonly string OddFooter = DocxParts.Footer(odd: true);
    private static readonly string EvenFooter = DocxParts.Footer(odd: false);

    private static void Add(ZipArchive zip, string name, string content)
    {
        // A fixed timestamp keeps the output identical for identical input.
        var entry = zip.CreateEntry(name, CompressionLevel.Fastest);
        entry.LastWriteTime = new DateTimeOffset(2021, 1, 1, 0, 0, 0, TimeSpan.Zero);
        using var stream = entry.Open();
        var bytes = Encoding.UTF8.GetBytes(content);
        stream.Write(bytes);
    }

    private static string Core(string title)
    {
        var sb = new StringBuilder(DocxParts.Xml);
        sb.Append("<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">");
        sb.Append("<dc:title>");
        XmlText.Append(sb, title);
        sb.Append("</dc:title><dc:creator>Gongkai</dc:creator><dc:language>zh-CN</dc:language></cp:coreProperties>");
        return sb.ToString();
    }

    private static string Comments(List<string> comments)
    {
        var sb = new StringBuilder(DocxParts.Xml);
        sb.Append("<w:comments xmlns:w=\"").Append(DocxParts.W).Append("\">");
        for (var i = 0; i < comments.Count; i++)
        {
            sb.Append("<w:comment w:id=\"").Append(i).Append("\" w:author=\"Gongkai\" w:initials=\"GK\">");
            foreach (var line in comments[i].Split('\n'))
            {
                sb.Append("<w:p><w:pPr><w:pStyle w:val=\"CommentText\"/></w:pPr><w:r><w:t xml:space=\"preserve\">");
                XmlText.Append(sb, line);
                sb.Append("</w:t></w:r></w:p>");
            }

            sb.Append("</w:comment>");
        }

        sb.Append("</w:comments>");
        return sb.ToString();
    }

    private static string Document(ReportView view, List<string> comments)
    {
        var sb = new StringBuilder(96 * 1024);
        sb.Append(DocxParts.Xml).Append("<w:document xmlns:w=\"").Append(DocxParts.W).Append("\" xmlns:r=\"").Append(DocxParts.R).Append("\"><w:body>");
        if (view.IsDraft)
        {
            comments.Add(DraftNote.Text(view));
        }

        Title(sb, view);
        foreach (var p in view.Preamble)
        {
            Narrative(sb, p);
        }

        foreach (var section in view.Sections)
        {
            Paragraph(sb, "Heading1", section.Heading);
            foreach (var p in section.Paragraphs)
            {
                Narrative(sb, p);
            }

            if (section.Table is { } table)
            {
                Table(sb, table, view, comments);
            }
        }

        sb.Append(DocxParts.SectionProperties).Append("</w:body></w:document>");
        return sb.ToString();
    }

    /// <summary>Writes the title: the unit and the rest as two runs with a line break (§17.3.3.1) between them when
    /// the title is wider than a line (<see cref="ReportView.TitleBreak"/>), so Word never breaks it mid-phrase.</summary>
    private static void Title(StringBuilder sb, ReportView view)
    {
        var at = view.TitleBreak;
        if (at == 0)
        {
            Paragraph(sb, "Title", view.Title, view.IsDraft ? 0 : -1);
            return;
        }

        sb.Append("<w:p><w:pPr><w:pStyle w:val=\"Title\"/></w:pPr>");
        if (view.IsDraft)
        {
            sb.Append("<w:commentRangeStart w:id=\"0\"/>");
        }

        // A space between the unit and the year ends the first line, where it takes no room, not the second.
        var rest = view.Title[at..].TrimStart();
        Runs(sb, view.Title[..(view.Title.Length - rest.Length)]);
        sb.Append("<w:r><w:br/></w:r>");
        Runs(sb, rest);
        if (view.IsDraft)
        {
            CommentEnd(sb, 0);
        }

        sb.Append("</w:p>");
    }

    private static void Narrative(StringBuilder sb, string text)
    {
        var level = ReportView.Level(text);
        Paragraph(sb, level switch
        {
            ParagraphLevel.Second => "Heading2",
            ParagraphLevel.Third => "Heading3",
            _ => null,
        }, text);
    }

    private static void Paragraph(StringBuilder sb, string? style, string text, int comment = -1)
    {
        sb.Append("<w:p>");
        if (style is not null)
        {
            sb.Append("<w:pPr><w:pStyle w:val=\"").Append(style).Append("\"/></w:pPr>");
        }

        if (comment >= 0)
        {
            sb.Append("<w:commentRangeStart w:id=\"").Append(comment).Append("\"/>");
        }

        Runs(sb, text);
        if (comment >= 0)
        {
            CommentEnd(sb, comment);
        }

        sb.Append("</w:p>");
    }

    private static void CommentEnd(StringBuilder sb, int comment) =>
        sb.Append("<w:commentRangeEnd w:id=\"").Append(comment).Append("\"/><w:r><w:rPr><w:rStyle w:val=\"CommentReference\"/></w:rPr><w:commentReference w:id=\"")
          .Append(comment).Append("\"/></w:r>");

    /// <summary>Writes text as runs: tabs as <c>w:tab</c> (§17.3.3.32), line breaks as <c>w:br</c> (§17.3.3.1).</summary>
    private static void Runs(StringBuilder sb, string text)
    {
        if (text.Length == 0)
        {
            return;
        }

        sb.Append("<w:r>");
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] is not ('\t' or '\n' or '\r'))
            {
                continue;
            }

            if (i > start)
            {
                sb.Append("<w:t xml:space=\"preserve\">");
                XmlText.Append(sb, text.AsSpan(start, i - start));
                sb.Append("</w:t>");
            }

            if (i < text.Length)
            {
                if (text[i] == '\t')
                {
                    sb.Append("<w:tab/>");
                }
                else if (text[i] == '\n')
                {
                    sb.Append("<w:br/>");
                }
            }

            start = i + 1;
        }

        sb.Append("</w:r>");
    }

    private static void Table(StringBuilder sb, LayoutTable table, ReportView view, List<string> comments)
    {
        var corrected = view.Corrections.ToDictionary(c => c.Cell.Index);
        sb.Append("<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"").Append(table.ColumnWidths.Sum()).Append("\" w:type=\"dxa\"/>")
          .Append("<w:jc w:val=\"center\"/><w:tblBorders>").Append(DocxParts.Borders).Append("</w:tblBorders><w:tblLayout w:type=\"fixed\"/>")
          .Append("<w:tblCellMar><w:left w:w=\"57\" w:type=\"dxa\"/><w:right w:w=\"57\" w:type=\"dxa\"/></w:tblCellMar><w:tblLook w:val=\"0000\"/></w:tblPr><w:tblGrid>");
        foreach (var width in table.ColumnWidths)
        {
            sb.Append("<w:gridCol w:w=\"").Append(width).Append("\"/>");
        }

        sb.Append("</w:tblGrid>");
        var coverage = table.Coverage();
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var row = table.Rows[r];
            sb.Append("<w:tr><w:trPr><w:cantSplit/><w:trHeight w:val=\"340\" w:hRule=\"atLeast\"/>");
            if (row.IsHeader)
            {
                sb.Append("<w:tblHeader/>");
            }

            sb.Append("<w:jc w:val=\"center\"/></w:trPr>");

            // Rows never split (cantSplit above); tables 三 and 四 stay on one page and each sub-table of table 二
            // stays together: every row keeps with the next (§17.3.1.15 keepNext on its paragraphs), as Word users do it.
            var keep = table.KeepsWithNext(r);
            for (var c = 0; c < table.ColumnCount;)
            {
                if (coverage[r][c] is not { } covering)
                {
                    // A hole in the layout (never in the official tables): an empty cell keeps the grid whole.
                    TableCell(sb, table, c, 1, null, null, null, keep);
                    c++;
                    continue;
                }

                var (cell, origin) = covering;
                string? merge = cell.RowSpan > 1 ? (origin == r ? "restart" : "continue") : null;
                if (origin != r && merge is null)
                {
                    c++;
                    continue;
                }

                var comment = -1;
                if (origin == r && cell.Cell is { } definition && corrected.TryGetValue(definition.Index, out var correction))
                {
                    comment = comments.Count;
                    comments.Add(DraftNote.Heading + "\n" + correction);
                }

                TableCell(sb, table, c, cell.ColumnSpan, merge, origin == r ? cell : null, comment >= 0 ? comment : null, keep);
                c += cell.ColumnSpan;
            }

            sb.Append("</w:tr>");
        }

        sb.Append("</w:tbl>");
    }

    private static void TableCell(StringBuilder sb, LayoutTable table, int column, int span, string? merge, LayoutCell? cell, int? comment, bool keepNext)
    {
        var width = 0;
        for (var i = column; i < column + span && i < table.ColumnCount; i++)
        {
            width += table.ColumnWidths[i];
        }

        sb.Append("<w:tc><w:tcPr><w:tcW w:w=\"").Append(width).Append("\" w:type=\"dxa\"/>");
        if (span > 1)
        {
            sb.Append("<w:gridSpan w:val=\"").Append(span).Append("\"/>");
        }

        if (merge == "restart")
        {
            sb.Append("<w:vMerge w:val=\"restart\"/>");
        }
        else if (merge is not null)
        {
            sb.Append("<w:vMerge/>");
        }

        // §17.4.33 shd: captions a faint grey, the shaded sub-header rows of table 二 the template's light grey.
        if (cell?.Role == LayoutRole.Caption)
        {
            sb.Append("<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"F2F2F2\"/>");
        }
        else if (cell?.IsShaded == true)
        {
            sb.Append("<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"").Append(OfficialLayout.ShadeColor).Append("\"/>");
        }

        sb.Append("<w:vAlign w:val=\"center\"/></w:tcPr><w:p><w:pPr><w:pStyle w:val=\"TableText\"/>");
        if (keepNext)
        {
            sb.Append("<w:keepNext/>");
        }

        var align = cell switch
        {
            null => null,
            { Role: LayoutRole.Value, IsNumber: true } => "right",
            { Role: LayoutRole.Label, IsCentred: true } => "center",
            { Role: LayoutRole.Label or LayoutRole.Caption } => "left",
            _ => null,
        };
        if (align is not null)
        {
            sb.Append("<w:jc w:val=\"").Append(align).Append("\"/>");
        }

        sb.Append("</w:pPr>");
        if (cell is not null)
        {
            if (comment is { } id)
            {
                sb.Append("<w:commentRangeStart w:id=\"").Append(id).Append("\"/>");
            }

            Runs(sb, cell.Text);
            if (comment is { } end)
            {
                CommentEnd(sb, end);
            }
        }

        sb.Append("</w:p></w:tc>");
    }
}
