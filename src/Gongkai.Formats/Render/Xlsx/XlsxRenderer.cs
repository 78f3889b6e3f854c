// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Globalization;
using System.IO.Compression;
using System.Text;
using Gongkai.Cells;
using Gongkai.Formats.Render.Layout;

namespace Gongkai.Formats.Render.Xlsx;

/// <summary>Renders a report as an Excel workbook (.xlsx): the narrative on one sheet, each table on its own sheet in the official layout.</summary>
/// <remarks>
/// <para>SpreadsheetML (ECMA-376 Part 1 §18) written directly. Sheet 「正文」 holds the title, the preamble, the six
/// section headings and their paragraphs in column A, one paragraph per row. Each table has a sheet named after its
/// section, laid out as <see cref="OfficialLayout"/> with merged cells (§18.3.1.55 <c>mergeCell</c>), borders, and
/// the official labels; the sheets carry no extra title rows, so that <see cref="Gongkai.Formats.Xlsx.XlsxContentReader"/>
/// reads back exactly the tables.</para>
/// <para>Counts are numeric cells; amounts are numeric cells whose stored text keeps every written digit
/// (<c>&lt;v&gt;73802895.90&lt;/v&gt;</c>) with a number format showing the same decimals (§18.8.30); blank cells
/// have no value; an invalid cell keeps its text (inline string, §18.3.1.53). Strings are inline, so no shared
/// string table is needed. A draft's replaced totals carry cell comments (§18.7) and are formulas over their parts
/// (<c>SUM(D5:I5)</c>, §18.17) with the sum as cached value, so Excel shows them without recalculating.</para>
/// </remarks>
internal static class XlsxRenderer
{
    /// <summary>The name of the narrative sheet.</summary>
    public const string TextSheet = "正文";

    private const string Xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    // Cell formats (indexes into cellXfs below).
    private const int StyleTitle = 1;
    private const int StyleText = 2;
    private const int StyleHeading = 3;
    private const int StyleHeader = 4;
    private const int StyleLabel = 5;
    private const int StyleCaption = 6;
    private const int StyleValue = 7;
    private const int StyleNumber = 8;
    private const int StyleShadedHeader = 9;
    private const int StyleCentredLabel = 10;
    private const int FirstAmountStyle = 11;

    /// <summary>Renders the workbook.</summary>
    /// <param name="view">The report view.</param>
    /// <returns>The .xlsx file.</returns>
    public static byte[] Render(ReportView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var scales = new SortedSet<int>();
        foreach (var section in view.Sections)
        {
            foreach (var cell in section.Table?.Rows.SelectMany(r => r.Cells) ?? [])
            {
                if (cell is { IsNumber: true, Cell.Kind: CellKind.Amount } && decimal.TryParse(cell.Text, NumberStyles.Number, CultureInfo.InvariantCulture, out var d) && d.Scale > 0)
                {
                    scales.Add(d.Scale);
                }
            }
        }

        var amountStyles = scales.Select((s, i) => (s, FirstAmountStyle + i)).ToDictionary(p => p.s, p => p.Item2);
        var sheets = new List<Sheet> { TextSheetOf(view) };
        foreach (var section in view.Sections)
        {
            if (section.Table is { } table)
            {
                sheets.Add(TableSheet(section.OfficialHeading, table, view, amountStyles));
            }
        }

        using var output = new MemoryStream(32 * 1024);
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "[Content_Types].xml", ContentTypes(sheets));
            Add(zip, "_rels/.rels", Xml + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
                "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>" +
                "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>" +
                "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties\" Target=\"docProps/app.xml\"/></Relationships>");
            Add(zip, "docProps/core.xml", Core(view.Title));
            Add(zip, "docProps/app.xml", Xml + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\"><Application>Gongkai</Application></Properties>");
            Add(zip, "xl/workbook.xml", Workbook(sheets));
            Add(zip, "xl/_rels/workbook.xml.rels", WorkbookRelationships(sheets));
            Add(zip, "xl/styles.xml", Styles(scales));
            for (var i = 0; i < sheets.Count; i++)
            {
                var n = i + 1;
                Add(zip, $"xl/worksheets/sheet{n}.xml", sheets[i].Xml);
                if (sheets[i].Comments.Count > 0)
                {
                    Add(zip, $"xl/worksheets/_rels/sheet{n}.xml.rels", Xml + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
                        $"<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments\" Target=\"../comments{n}.xml\"/>" +
                        $"<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing\" Target=\"../drawings/vmlDrawing{n}.vml\"/></Relationships>");
                    Add(zip, $"xl/comments{n}.xml", CommentsPart(sheets[i].Comments));
                    Add(zip, $"xl/drawings/vmlDrawing{n}.vml", Vml(sheets[i].Comments));
                }
            }
        }

        return output.ToArray();
    }

    private sealed record Sheet(string Name, string Xml, List<(int Row, int Column, string Text)> Comments);

    private static void Add(ZipArchive zip, string name, string content)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Fastest);
        entry.LastWriteTime = new DateTimeOffset(2021, 1, 1, 0, 0, 0, TimeSpan.Zero);
        using var stream = entry.Open();
        stream.Write(Encoding.UTF8.GetBytes(content));
    }

    /// <summary>Gets the A1-style column letters of a 0-based column (§18.3.1.4).</summary>
    /// <param name="column">The column.</param>
    /// <returns>The letters.</returns>
    internal static string ColumnName(int column)
    {
        var name = string.Empty;
        for (var n = column + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    private static string Ref(int row, int column) => ColumnName(column) + (row + 1).ToString(CultureInfo.InvariantCulture);

    private static Sheet TextSheetOf(ReportView view)
    {
        var sb = new StringBuilder(32 * 1024);
        var comments = new List<(int, int, string)>();
        sb.Append(Xml).Append("<worksheet xmlns=\"").Append(Main).Append("\" xmlns:r=\"").Append(Rel).Append("\">")
          .Append("<sheetViews><sheetView workbookViewId=\"0\"/></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/><cols><col min=\"1\" max=\"1\" width=\"110\" customWidth=\"1\"/></cols><sheetData>");
        var row = 0;
        void Line(string text, int style)
        {
            sb.Append("<row r=\"").Append(row + 1).Append("\">");
            InlineString(sb, row, 0, text, style);
            sb.Append("</row>");
            row++;
        }

        if (view.IsDraft)
        {
            comments.Add((0, 0, DraftNote.Text(view)));
        }

        Line(view.Title, StyleTitle);
        foreach (var p in view.Preamble)
        {
            Line(p, StyleText);
        }

        foreach (var section in view.Sections)
        {
            Line(section.Heading, StyleHeading);
            foreach (var p in section.Paragraphs)
            {
                Line(p, ReportView.Level(p) == ParagraphLevel.Body ? StyleText : StyleHeading);
            }
        }

        sb.Append("</sheetData>");
        PageSetup(sb, landscape: false);
        if (comments.Count > 0)
        {
            sb.Append("<legacyDrawing r:id=\"rId2\"/>");
        }

        sb.Append("</worksheet>");
        return new Sheet(TextSheet, sb.ToString(), comments);
    }

    private static void PageSetup(StringBuilder sb, bool landscape) =>
        // GB/T 9704 margins in inches (§18.3.1.62); A4 is paperSize 9 (§18.3.1.63).
        sb.Append("<pageMargins left=\"1.102\" right=\"1.024\" top=\"1.457\" bottom=\"1.378\" header=\"0.5\" footer=\"0.5\"/>")
          .Append("<pageSetup paperSize=\"9\" orientation=\"").Append(landscape ? "landscape" : "portrait").Append("\" fitToHeight=\"0\"/>");

    private static Sheet TableSheet(string name, LayoutTable table, ReportView view, Dictionary<int, int> amountStyles)
    {
        var corrected = view.Corrections.ToDictionary(c => c.Cell.Index);
        var comments = new List<(int, int, string)>();
        var sb = new StringBuilder(32 * 1024);
        sb.Append(Xml).Append("<worksheet xmlns=\"").Append(Main).Append("\" xmlns:r=\"").Append(Rel).Append("\">");
        sb.Append("<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr><sheetViews><sheetView workbookViewId=\"0\"/></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/><cols>");
        var total = table.ColumnWidths.Sum();
        var width = table.Table == ReportTable.Table4 ? 150.0 : 120.0;
        for (var c = 0; c < table.ColumnCount; c++)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<col min=\"{c + 1}\" max=\"{c + 1}\" width=\"{Math.Max(6, width * table.ColumnWidths[c] / total):0.##}\" customWidth=\"1\"/>");
        }

        sb.Append("</cols><sheetData>");
        var coverage = table.Coverage();
        var formulas = Formulas(table, view, corrected);
        var merges = new List<string>();
        for (var r = 0; r < table.Rows.Count; r++)
        {
            sb.Append("<row r=\"").Append(r + 1).Append("\">");
            for (var c = 0; c < table.ColumnCount; c++)
            {
                if (coverage[r][c] is not { } covering)
                {
                    continue;
                }

                var (cell, origin) = covering;
                var style = cell.Role switch
                {
                    LayoutRole.Caption => StyleCaption,
                    LayoutRole.Header => cell.IsShaded ? StyleShadedHeader : StyleHeader,
                    LayoutRole.Label => cell.IsCentred ? StyleCentredLabel : StyleLabel,
                    _ => cell.IsNumber ? StyleNumber : StyleValue,
                };
                if (origin != r || c != cell.Column)
                {
                    // A covered position: styled (for its borders), no value (§18.3.1.55).
                    sb.Append("<c r=\"").Append(Ref(r, c)).Append("\" s=\"").Append(style).Append("\"/>");
                    continue;
                }

                if (cell.ColumnSpan > 1 || cell.RowSpan > 1)
                {
                    merges.Add(Ref(r, c) + ":" + Ref(r + cell.RowSpan - 1, c + cell.ColumnSpan - 1));
                }

                if (cell.Cell is { } definition && corrected.TryGetValue(definition.Index, out var correction))
                {
                    comments.Add((r, c, DraftNote.Heading + "\n" + correction));
                }

                if (cell.Role == LayoutRole.Value && cell.IsNumber)
                {
                    if (cell.Cell?.Kind == CellKind.Amount && decimal.TryParse(cell.Text, NumberStyles.Number, CultureInfo.InvariantCulture, out var d) && d.Scale > 0)
                    {
                        style = amountStyles[d.Scale];
                    }

                    sb.Append("<c r=\"").Append(Ref(r, c)).Append("\" s=\"").Append(style).Append("\">");
                    if (cell.Cell is { } summed && formulas.TryGetValue(summed.Index, out var formula))
                    {
                        // §18.3.1.40 f with the cached value in v (§18.3.1.96): shown as is, recalculated the same.
                        sb.Append("<f>").Append(formula).Append("</f>");
                    }

                    sb.Append("<v>").Append(cell.Text).Append("</v></c>");
                }
                else if (cell.Text.Length == 0)
                {
                    sb.Append("<c r=\"").Append(Ref(r, c)).Append("\" s=\"").Append(style).Append("\"/>");
                }
                else
                {
                    InlineString(sb, r, c, cell.Text, style);
                }
            }

            sb.Append("</row>");
        }

        sb.Append("</sheetData>");
        if (merges.Count > 0)
        {
            sb.Append("<mergeCells count=\"").Append(merges.Count).Append("\">");
            foreach (var m in merges)
            {
                sb.Append("<mergeCell ref=\"").Append(m).Append("\"/>");
            }

            sb.Append("</mergeCells>");
        }

        PageSetup(sb, landscape: table.Table != ReportTable.Table2);
        if (comments.Count > 0)
        {
            sb.Append("<legacyDrawing r:id=\"rId2\"/>");
        }

        sb.Append("</worksheet>");
        return new Sheet(name, sb.ToString(), comments);
    }

    /// <summary>Gets the formulas of a draft's recomputed totals on a sheet: each total replaced by the sum of its parts is
    /// written as that sum (<c>SUM(D5:I5)</c>, ECMA-376 Part 1 §18.17), so the workbook keeps adding up when a part is
    /// edited; a total whose parts are not all on the sheet, and every total the draft left as stated, stays a value.</summary>
    private static Dictionary<int, string> Formulas(LayoutTable table, ReportView view, Dictionary<int, TotalCorrection> corrected)
    {
        var formulas = new Dictionary<int, string>();
        if (corrected.Count == 0)
        {
            return formulas;
        }

        var at = new Dictionary<int, (int Row, int Column)>();
        for (var r = 0; r < table.Rows.Count; r++)
        {
            foreach (var cell in table.Rows[r].Cells)
            {
                if (cell is { Role: LayoutRole.Value, Cell: { } definition })
                {
                    at[definition.Index] = (r, cell.Column);
                }
            }
        }

        foreach (var (index, correction) in corrected)
        {
            if (!at.ContainsKey(index))
            {
                continue;
            }

            var parts = TotalsRecomputer.Parts(correction, view.Report.Cells);
            if (parts.Count == 0 || !parts.All(p => at.ContainsKey(p.Index)))
            {
                continue;
            }

            formulas[index] = "SUM(" + Ranges([.. parts.Select(p => at[p.Index])]) + ")";
        }

        return formulas;
    }

    /// <summary>Writes cell positions as A1 references, runs of neighbours in one row or one column as ranges (D5:I5).</summary>
    private static string Ranges(List<(int Row, int Column)> cells)
    {
        var sameRow = cells.All(c => c.Row == cells[0].Row) && cells.Select((c, i) => c.Column - i).Distinct().Count() == 1;
        var sameColumn = cells.All(c => c.Column == cells[0].Column) && cells.Select((c, i) => c.Row - i).Distinct().Count() == 1;
        return cells.Count > 1 && (sameRow || sameColumn)
            ? Ref(cells[0].Row, cells[0].Column) + ":" + Ref(cells[^1].Row, cells[^1].Column)
            : string.Join(",", cells.Select(c => Ref(c.Row, c.Column)));
    }

    private static void InlineString(StringBuilder sb, int row, int column, string text, int style)
    {
        sb.Append("<c r=\"").Append(Ref(row, column)).Append("\" s=\"").Append(style).Append("\" t=\"inlineStr\"><is><t xml:space=\"preserve\">");
        XmlText.Append(sb, text);
        sb.Append("</t></is></c>");
    }

    private static string ContentTypes(List<Sheet> sheets)
    {
        var sb = new StringBuilder(Xml);
        sb.Append("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">")
          .Append("<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>")
          .Append("<Default Extension=\"xml\" ContentType=\"application/xml\"/>")
          .Append("<Default Extension=\"vml\" ContentType=\"application/vnd.openxmlformats-officedocument.vmlDrawing\"/>")
          .Append("<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>")
          .Append("<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>");
        for (var i = 1; i <= sheets.Count; i++)
        {
            sb.Append("<Override PartName=\"/xl/worksheets/sheet").Append(i).Append(".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
            if (sheets[i - 1].Comments.Count > 0)
            {
                sb.Append("<Override PartName=\"/xl/comments").Append(i).Append(".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml\"/>");
            }
        }

        sb.Append("<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>")
          .Append("<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/></Types>");
        return sb.ToString();
    }

    private static string Core(string title)
    {
        var sb = new StringBuilder(Xml);
        sb.Append("<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>");
        XmlText.Append(sb, title);
        sb.Append("</dc:title><dc:creator>Gongkai</dc:creator></cp:coreProperties>");
        return sb.ToString();
    }

    private static string Workbook(List<Sheet> sheets)
    {
        var sb = new StringBuilder(Xml);
        sb.Append("<workbook xmlns=\"").Append(Main).Append("\" xmlns:r=\"").Append(Rel).Append("\"><bookViews><workbookView/></bookViews><sheets>");
        for (var i = 0; i < sheets.Count; i++)
        {
            sb.Append("<sheet name=\"");
            XmlText.Append(sb, sheets[i].Name);
            sb.Append("\" sheetId=\"").Append(i + 1).Append("\" r:id=\"rId").Append(i + 1).Append("\"/>");
        }

        sb.Append("</sheets></workbook>");
        return sb.ToString();
    }

    private static string WorkbookRelationships(List<Sheet> sheets)
    {
        var sb = new StringBuilder(Xml);
        sb.Append("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        for (var i = 1; i <= sheets.Count; i++)
        {
            sb.Append("<Relationship Id=\"rId").Append(i).Append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet").Append(i).Append(".xml\"/>");
        }

        sb.Append("<Relationship Id=\"rId").Append(sheets.Count + 1).Append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/></Relationships>");
        return sb.ToString();
    }

    private static string Styles(IEnumerable<int> scales)
    {
        // §18.8: fonts 0 body 宋体 11, 1 title 16 bold, 2 heading bold; borders 0 none, 1 thin all round.
        var sb = new StringBuilder(Xml);
        sb.Append("<styleSheet xmlns=\"").Append(Main).Append("\">");
        var list = scales.ToList();
        if (list.Count > 0)
        {
            sb.Append("<numFmts count=\"").Append(list.Count).Append("\">");
            for (var i = 0; i < list.Count; i++)
            {
                sb.Append("<numFmt numFmtId=\"").Append(164 + i).Append("\" formatCode=\"0.").Append('0', list[i]).Append("\"/>");
            }

            sb.Append("</numFmts>");
        }

        const string Font = "<name val=\"宋体\"/><family val=\"3\"/><charset val=\"134\"/>";
        sb.Append("<fonts count=\"3\"><font><sz val=\"11\"/>").Append(Font).Append("</font><font><b/><sz val=\"16\"/>").Append(Font).Append("</font><font><b/><sz val=\"12\"/>").Append(Font).Append("</font></fonts>")
          .Append("<fills count=\"4\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill>")
          .Append("<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFF2F2F2\"/><bgColor indexed=\"64\"/></patternFill></fill>")
          .Append("<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FF").Append(OfficialLayout.ShadeColor).Append("\"/><bgColor indexed=\"64\"/></patternFill></fill></fills>")
          .Append("<borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border>")
          .Append("<border><left style=\"thin\"><color auto=\"1\"/></left><right style=\"thin\"><color auto=\"1\"/></right><top style=\"thin\"><color auto=\"1\"/></top><bottom style=\"thin\"><color auto=\"1\"/></bottom><diagonal/></border></borders>")
          .Append("<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>")
          .Append("<cellXfs count=\"").Append(FirstAmountStyle + list.Count).Append("\">")
          .Append("<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>")
          .Append("<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\" applyAlignment=\"1\"><alignment horizontal=\"center\" wrapText=\"1\"/></xf>")
          .Append("<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyAlignment=\"1\"><alignment vertical=\"top\" wrapText=\"1\"/></xf>")
          .Append("<xf numFmtId=\"0\" fontId=\"2\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\" applyAlignment=\"1\"><alignment vertical=\"top\" wrapText=\"1\"/></xf>")
          .Append("<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"1\" xfId=\"0\" applyBorder=\"1\" applyAlignment=\"1\"><alignment horizontal=\"center\" vertical=\"center\" wrapText=\"1\"/></xf>")
          .Append("<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"1\" xfId=\"0\" applyBorder=\"1\" applyAlignment=\"1\"><alignment horizontal=\"left\" vertical=\"center\" wrapText=\"1\"/></xf>")
          .Append("<xf numFmtId=\"0\" fontId=\"0\" fillId=\"2\" borderId=\"1\" xfId=\"0\" applyFill=\"1\" applyBorder=\"1\" applyAlignment=\"1\"><alignment horizontal=\"left\" vertical=\"center\"/></xf>")
          .Append("<xf numFmtId=\"49\" fontId=\"0\" fillId=\"0\" borderId=\"1\" xfId=\"0\" applyNumberFormat=\"1\" applyBorder=\"1\" applyAlignment=\"1\"><alignment horizontal=\"center\" vertical=\"center\"/></xf>")
          .Append("<xf numFmtId=\"1\" fontId=\"0\" fillId=\"0\" borderId=\"1\" xfId=\"0\" applyNumberFormat=\"1\" applyBorder=\"1\" applyAlignment=\"1\"><alignment horizontal=\"right\" vertical=\"center\"/></xf>")
          .Append("<xf numFmtId=\"0\" fontId=\"0\" fillId=\"3\" borderId=\"1\" xfId=\"0\" applyFill=\"1\" applyBorder=\"1\" applyAlignment=\"1\"><alignment horizontal=\"center\" vertical=\"center\" wrapText=\"1\"/></xf>")
          .Append("<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"1\" xfId=\"0\" applyBorder=\"1\" applyAlignment=\"1\"><alignment horizontal=\"center\" vertical=\"center\" wrapText=\"1\"/></xf>");
        for (var i = 0; i < list.Count; i++)
        {
            sb.Append("<xf numFmtId=\"").Append(164 + i).Append("\" fontId=\"0\" fillId=\"0\" borderId=\"1\" xfId=\"0\" applyNumberFormat=\"1\" applyBorder=\"1\" applyAlignment=\"1\"><alignment horizontal=\"right\" vertical=\"center\"/></xf>");
        }

        sb.Append("</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles></styleSheet>");
        return sb.ToString();
    }

    private static string CommentsPart(List<(int Row, int Column, string Text)> comments)
    {
        var sb = new StringBuilder(Xml);
        sb.Append("<comments xmlns=\"").Append(Main).Append("\"><authors><author>Gongkai</author></authors><commentList>");
        foreach (var (row, column, text) in comments)
        {
            sb.Append("<comment ref=\"").Append(Ref(row, column)).Append("\" authorId=\"0\"><text><t xml:space=\"preserve\">");
            XmlText.Append(sb, text);
            sb.Append("</t></text></comment>");
        }

        sb.Append("</commentList></comments>");
        return sb.ToString();
    }

    private static string Vml(List<(int Row, int Column, string Text)> comments)
    {
        // The legacy drawing Excel needs to show comments (ECMA-376 Part 4 §19, VML); one hidden note shape per comment.
        var sb = new StringBuilder();
        sb.Append("<xml xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" xmlns:x=\"urn:schemas-microsoft-com:office:excel\">")
          .Append("<o:shapelayout v:ext=\"edit\"><o:idmap v:ext=\"edit\" data=\"1\"/></o:shapelayout>")
          .Append("<v:shapetype id=\"_x0000_t202\" coordsize=\"21600,21600\" o:spt=\"202\" path=\"m,l,21600r21600,l21600,xe\"><v:stroke joinstyle=\"miter\"/><v:path gradientshapeok=\"t\" o:connecttype=\"rect\"/></v:shapetype>");
        var id = 1025;
        foreach (var (row, column, _) in comments)
        {
            sb.Append("<v:shape id=\"_x0000_s").Append(id++).Append("\" type=\"#_x0000_t202\" style=\"position:absolute;margin-left:80pt;margin-top:2pt;width:240pt;height:90pt;z-index:1;visibility:hidden\" fillcolor=\"#ffffe1\" o:insetmode=\"auto\">")
              .Append("<v:fill color2=\"#ffffe1\"/><v:shadow on=\"t\" color=\"black\" obscured=\"t\"/><v:path o:connecttype=\"none\"/><v:textbox style=\"mso-direction-alt:auto\"><div style=\"text-align:left\"></div></v:textbox>")
              .Append("<x:ClientData ObjectType=\"Note\"><x:MoveWithCells/><x:SizeWithCells/><x:AutoFill>False</x:AutoFill><x:Row>").Append(row).Append("</x:Row><x:Column>").Append(column).Append("</x:Column></x:ClientData></v:shape>");
        }

        sb.Append("</xml>");
        return sb.ToString();
    }
}
