// Copyright (c) Gongkai contributors. Licensed under the MIT License.

namespace Gongkai.Formats.Render.Docx;

/// <summary>The fixed parts of the Word package: content types, relationships, styles, settings, fonts, footers.</summary>
/// <remarks>
/// <para>ECMA-376 Part 2 (OPC) §10.1.2 content types and §9.3 relationships; Part 1 §17.7 styles, §17.15 settings,
/// §17.8 font table, §17.10 headers and footers.</para>
/// <para>Typography after GB/T 9704-2012: A4 (§5.2.1) with margins 37 mm top, 35 mm bottom, 28 mm left, 26 mm right
/// (2098/1984/1587/1474 twips); body 3号 (16 pt) 仿宋_GB2312 with exact 28.95 pt lines, 22 lines per page (§5.2.2),
/// first line indented two characters; title 2号 (22 pt) 方正小标宋简体 centred (§7.3.1); headings 一、 黑体,
/// （一） 楷体, 1. 仿宋 bold (§7.3.3); page numbers 4号 (14 pt) 宋体 between em dashes, odd pages right and even
/// pages left, each one character in (§7.5). Latin letters and digits use Times New Roman.</para>
/// <para>The font table (§17.8.3.1 <c>w:altName</c>, §17.8.3.13 <c>w:panose1</c>, §17.8.3.2 <c>w:charset</c> 0x86 =
/// GB2312, §17.8.3.9 <c>w:family</c>) declares for each official font a fallback every Windows machine has (仿宋, 宋体,
/// SimHei, 楷体) and its family (<c>roman</c> for 宋/仿宋/楷, <c>swiss</c> for 黑), so Word substitutes a face of the same
/// kind where the official fonts are not installed (<see cref="OfficialFonts"/>). LibreOffice ignores these; its
/// converter is given fontconfig fallbacks instead (<see cref="Pdf.LibreOfficeConverter"/>).</para>
/// </remarks>
internal static class DocxParts
{
    public const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    public const string R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <summary>Body font (GB/T 9704 §7.3.3 仿宋).</summary>
    public const string BodyFont = "仿宋_GB2312";

    /// <summary>Title font (GB/T 9704 §7.3.1 小标宋).</summary>
    public const string TitleFont = "方正小标宋简体";

    /// <summary>First-level heading font.</summary>
    public const string HeadingFont = "黑体";

    /// <summary>Second-level heading font.</summary>
    public const string KaiFont = "楷体_GB2312";

    /// <summary>Page number font.</summary>
    public const string PageNumberFont = "宋体";

    public const string Xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

    public static string ContentTypes(bool comments) =>
        Xml + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
        "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>" +
        "<Default Extension=\"xml\" ContentType=\"application/xml\"/>" +
        "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>" +
        "<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>" +
        "<Override PartName=\"/word/settings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml\"/>" +
        "<Override PartName=\"/word/fontTable.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml\"/>" +
        "<Override PartName=\"/word/footer1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml\"/>" +
        "<Override PartName=\"/word/footer2.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml\"/>" +
        (comments ? "<Override PartName=\"/word/comments.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml\"/>" : string.Empty) +
        "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>" +
        "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>" +
        "</Types>";

    public const string PackageRelationships =
        Xml + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
        "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>" +
        "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>" +
        "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties\" Target=\"docProps/app.xml\"/>" +
        "</Relationships>";

    public static string DocumentRelationships(bool comments) =>
        Xml + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
        "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>" +
        "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings\" Target=\"settings.xml\"/>" +
        "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable\" Target=\"fontTable.xml\"/>" +
        "<Relationship Id=\"rId4\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer\" Target=\"footer1.xml\"/>" +
        "<Relationship Id=\"rId5\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer\" Target=\"footer2.xml\"/>" +
        (comments ? "<Relationship Id=\"rId6\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments\" Target=\"comments.xml\"/>" : string.Empty) +
        "</Relationships>";

    public const string App =
        Xml + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\"><Application>Gongkai</Application></Properties>";

    private const string Latin = "w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:cs=\"Times New Roman\"";

    public const string Styles =
        Xml + "<w:styles xmlns:w=\"" + W + "\">" +
        "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts " + Latin + " w:eastAsia=\"" + BodyFont + "\"/><w:kern w:val=\"2\"/><w:sz w:val=\"32\"/><w:szCs w:val=\"32\"/>" +
        "<w:lang w:val=\"en-US\" w:eastAsia=\"zh-CN\" w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault>" +
        "<w:pPrDefault><w:pPr><w:widowControl w:val=\"0\"/><w:spacing w:line=\"579\" w:lineRule=\"exact\"/><w:jc w:val=\"both\"/></w:pPr></w:pPrDefault></w:docDefaults>" +
        "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/>" +
        "<w:pPr><w:ind w:firstLineChars=\"200\" w:firstLine=\"640\"/></w:pPr></w:style>" +
        "<w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\"><w:name w:val=\"Default Paragraph Font\"/><w:uiPriority w:val=\"1\"/><w:semiHidden/><w:unhideWhenUsed/></w:style>" +
        "<w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/>" +
        "<w:pPr><w:spacing w:after=\"579\" w:line=\"700\" w:lineRule=\"exact\"/><w:ind w:firstLineChars=\"0\" w:firstLine=\"0\"/><w:jc w:val=\"center\"/></w:pPr>" +
        "<w:rPr><w:rFonts " + Latin + " w:eastAsia=\"" + TitleFont + "\"/><w:sz w:val=\"44\"/><w:szCs w:val=\"44\"/></w:rPr></w:style>" +
        "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/>" +
        "<w:pPr><w:keepNext/><w:outlineLvl w:val=\"0\"/></w:pPr><w:rPr><w:rFonts " + Latin + " w:eastAsia=\"" + HeadingFont + "\"/></w:rPr></w:style>" +
        "<w:style w:type=\"paragraph\" w:styleId=\"Heading2\"><w:name w:val=\"heading 2\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/>" +
        "<w:pPr><w:keepNext/><w:outlineLvl w:val=\"1\"/></w:pPr><w:rPr><w:rFonts " + Latin + " w:eastAsia=\"" + KaiFont + "\"/></w:rPr></w:style>" +
        "<w:style w:type=\"paragraph\" w:styleId=\"Heading3\"><w:name w:val=\"heading 3\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/>" +
        "<w:pPr><w:keepNext/><w:outlineLvl w:val=\"2\"/></w:pPr><w:rPr><w:b/><w:bCs/></w:rPr></w:style>" +
        "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"TableText\"><w:name w:val=\"Table Text\"/><w:basedOn w:val=\"Normal\"/><w:qFormat/>" +
        "<w:pPr><w:spacing w:line=\"240\" w:lineRule=\"auto\"/><w:ind w:firstLineChars=\"0\" w:firstLine=\"0\"/><w:jc w:val=\"center\"/></w:pPr>" +
        "<w:rPr><w:kern w:val=\"0\"/><w:sz w:val=\"20\"/><w:szCs w:val=\"20\"/></w:rPr></w:style>" +
        "<w:style w:type=\"paragraph\" w:styleId=\"Footer\"><w:name w:val=\"footer\"/><w:basedOn w:val=\"Normal\"/>" +
        "<w:pPr><w:spacing w:line=\"240\" w:lineRule=\"auto\"/><w:ind w:firstLineChars=\"0\" w:firstLine=\"0\"/></w:pPr>" +
        "<w:rPr><w:rFonts w:ascii=\"" + PageNumberFont + "\" w:hAnsi=\"" + PageNumberFont + "\" w:eastAsia=\"" + PageNumberFont + "\"/><w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/></w:rPr></w:style>" +
        "<w:style w:type=\"paragraph\" w:styleId=\"CommentText\"><w:name w:val=\"annotation text\"/><w:basedOn w:val=\"Normal\"/>" +
        "<w:pPr><w:spacing w:line=\"240\" w:lineRule=\"auto\"/><w:ind w:firstLineChars=\"0\" w:firstLine=\"0\"/><w:jc w:val=\"left\"/></w:pPr><w:rPr><w:sz w:val=\"21\"/><w:szCs w:val=\"21\"/></w:rPr></w:style>" +
        "<w:style w:type=\"character\" w:styleId=\"CommentReference\"><w:name w:val=\"annotation reference\"/><w:basedOn w:val=\"DefaultParagraphFont\"/><w:rPr><w:sz w:val=\"21\"/><w:szCs w:val=\"21\"/></w:rPr></w:style>" +
        "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/><w:uiPriority w:val=\"99\"/><w:semiHidden/><w:unhideWhenUsed/>" +
        "<w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/><w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>" +
        "<w:style w:type=\"table\" w:styleId=\"TableGrid\"><w:name w:val=\"Table Grid\"/><w:basedOn w:val=\"TableNormal\"/><w:uiPriority w:val=\"59\"/>" +
        "<w:tblPr><w:tblBorders>" + Borders + "</w:tblBorders></w:tblPr></w:style>" +
        "</w:styles>";

    /// <summary>Single 0.5 pt borders on every edge (§17.4.38 tblBorders).</summary>
    public const string Borders =
        "<w:top w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/><w:left w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>" +
        "<w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/><w:right w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>" +
        "<w:insideH w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/><w:insideV w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>";

    public const string Settings =
        Xml + "<w:settings xmlns:w=\"" + W + "\"><w:zoom w:percent=\"100\"/><w:defaultTabStop w:val=\"420\"/><w:evenAndOddHeaders/>" +
        "<w:characterSpacingControl w:val=\"compressPunctuation\"/><w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>" +
        "<w:themeFontLang w:val=\"en-US\" w:eastAsia=\"zh-CN\"/></w:settings>";

    /// <summary>Gets the font table (§17.8): Times New Roman, then each official font with the Windows font Word takes
    /// instead (<c>w:altName</c>), its PANOSE class, the GB2312 charset and its family — <c>roman</c> for 宋/仿宋/楷, <c>swiss</c>
    /// for 黑 — so a substitute keeps serif body text and a sans heading face (<see cref="OfficialFonts"/>).</summary>
    public static string FontTable { get; } = BuildFontTable();

    private static string BuildFontTable()
    {
        var sb = new System.Text.StringBuilder(Xml);
        sb.Append("<w:fonts xmlns:w=\"").Append(W).Append("\">")
          .Append("<w:font w:name=\"Times New Roman\"><w:panose1 w:val=\"02020603050405020304\"/><w:charset w:val=\"00\"/><w:family w:val=\"roman\"/><w:pitch w:val=\"variable\"/></w:font>");
        foreach (var font in OfficialFonts.All)
        {
            sb.Append("<w:font w:name=\"").Append(font.Name).Append("\"><w:altName w:val=\"").Append(font.WordAltName).Append("\"/>")
              .Append("<w:panose1 w:val=\"").Append(font.Panose).Append("\"/><w:charset w:val=\"86\"/><w:family w:val=\"").Append(font.WordFamily)
              .Append("\"/><w:pitch w:val=\"variable\"/></w:font>");
        }

        return sb.Append("</w:fonts>").ToString();
    }

    /// <summary>A page-number footer: 「— 1 —」 (GB/T 9704 §7.5) with a PAGE field (§17.16.5.47).</summary>
    /// <param name="odd">True for odd pages (right, one character in), false for even pages (left).</param>
    /// <returns>The part.</returns>
    public static string Footer(bool odd) =>
        Xml + "<w:ftr xmlns:w=\"" + W + "\"><w:p><w:pPr><w:pStyle w:val=\"Footer\"/>" +
        (odd ? "<w:ind w:right=\"280\" w:firstLine=\"0\"/><w:jc w:val=\"right\"/>" : "<w:ind w:left=\"280\" w:firstLine=\"0\"/><w:jc w:val=\"left\"/>") +
        "</w:pPr><w:r><w:t xml:space=\"preserve\">— </w:t></w:r><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>" +
        "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r><w:r><w:t xml:space=\"preserve\"> —</w:t></w:r></w:p></w:ftr>";

    /// <summary>The section properties: A4, GB/T 9704 margins, footers, a 22-line document grid (§17.6).</summary>
    public const string SectionProperties =
        "<w:sectPr><w:footerReference w:type=\"default\" r:id=\"rId4\"/><w:footerReference w:type=\"even\" r:id=\"rId5\"/>" +
        "<w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"2098\" w:right=\"1474\" w:bottom=\"1984\" w:left=\"1587\" w:header=\"851\" w:footer=\"1304\" w:gutter=\"0\"/>" +
        "<w:cols w:space=\"425\"/><w:docGrid w:type=\"lines\" w:linePitch=\"579\"/></w:sectPr>";
}
