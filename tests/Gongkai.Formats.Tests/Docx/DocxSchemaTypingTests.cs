// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.IO.Compression;
using System.Text;
using Gongkai.Formats;
using Gongkai.Formats.Content;
using Gongkai.Formats.Docx;

namespace Gongkai.Tests;

/// <summary>
/// The Word reader reads WordprocessingML without the Open XML SDK but types elements as the SDK did (by the
/// parent's schema) and resolves packages as it did; these cases pin what the SDK-based reader answered.
/// </summary>
public class DocxSchemaTypingTests
{
    private const string Namespaces = """xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" """;

    private const string InnerTable = "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>内表</w:t></w:r></w:p></w:tc></w:tr></w:tbl>";

    private static DocumentContent Read(byte[] data) => new DocxContentReader().Read(data, ReadOptions.Default, CancellationToken.None);

    private static byte[] Document(string body) =>
        BadInputs.MinimalPackage($"<w:document {Namespaces}><w:body>{body}</w:body></w:document>");

    private static string DataTable(string extraInFirstCell = "") =>
        $"<w:tbl><w:tr><w:tc><w:p><w:r><w:t>甲</w:t></w:r></w:p>{extraInFirstCell}</w:tc><w:tc><w:p><w:r><w:t>乙</w:t></w:r></w:p></w:tc></w:tr>"
        + "<w:tr><w:tc><w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>2</w:t></w:r></w:p></w:tc></w:tr></w:tbl>";

    [Theory]
    [InlineData("<w:p><w:r><w:t>甲</w:t></w:r><w:t>乙</w:t></w:p>", "甲")]
    [InlineData("<w:p><w:smartTag><w:r><w:t>乙</w:t></w:r></w:smartTag><w:r><w:t>甲</w:t></w:r></w:p>", "甲")]
    [InlineData("<w:p><w14:foo><w:r><w:t>乙</w:t></w:r></w14:foo><w:r><w:t>甲</w:t></w:r></w:p>", "甲")]
    [InlineData("<w:p><w:ins><w:hyperlink><w:r><w:t>乙</w:t></w:r></w:hyperlink><w:r><w:t>甲</w:t></w:r></w:ins></w:p>", "甲")]
    [InlineData("<w:p><w:hyperlink><w:ins><w:r><w:t>甲</w:t></w:r></w:ins></w:hyperlink><w:r><w:t>乙</w:t></w:r></w:p>", "甲乙")]
    [InlineData("<w:p><w:sdt><w:sdtContent><w:fldSimple><w:r><w:t>甲</w:t></w:r></w:fldSimple></w:sdtContent></w:sdt></w:p>", "甲")]
    [InlineData("<w:p><w:r><w:ruby><w:rt><w:r><w:t>jiǎ</w:t></w:r></w:rt><w:rubyBase><w:r><w:t>甲</w:t></w:r></w:rubyBase></w:ruby></w:r></w:p>", "jiǎ甲")]
    [InlineData("<w:p><m:oMath><m:r><w:t>x</w:t></m:r><w:r><w:t>乙</w:t></w:r></m:oMath><w:r><w:t>甲</w:t></w:r></w:p>", "x甲")]
    [InlineData("<w:p><w:r><w:t>甲<!-- 注 -->乙</w:t></w:r></w:p>", "甲")]
    [InlineData("<w:p><w:r><w:t><w:x>乙</w:x>甲</w:t></w:r></w:p>", "甲")]
    [InlineData("<w:p><w:r><w:t>甲</w:t><mc:AlternateContent><mc:Choice Requires=\"w14\"><w:t>乙</w:t></mc:Choice></mc:AlternateContent></w:r></w:p>", "甲")]
    [InlineData("<w:sdt><w:p><w:r><w:t>乙</w:t></w:r></w:p><w:sdtContent><w:p><w:r><w:t>甲</w:t></w:r></w:p></w:sdtContent></w:sdt>", "甲")]
    public void Elements_AreReadWhereTheSchemaPutsThem(string body, string expected)
    {
        Assert.Equal([expected], Read(Document(body)).Paragraphs());
    }

    [Fact]
    public void TableInATextBoxOfACell_MakesTheTableALayoutFrame()
    {
        var textBox = $"<w:p><w:r><w:pict><v:shape><v:textbox><w:txbxContent>{InnerTable}</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>";

        var content = Read(Document(DataTable(textBox)));

        Assert.Empty(content.Tables());
        Assert.Equal(["甲", "乙", "1", "2"], content.Paragraphs());
    }

    [Fact]
    public void TableInsideAnUnknownElementOfACell_DoesNotCount()
    {
        var unknown = $"<w:p><w:r><w14:foo>{InnerTable}</w14:foo></w:r></w:p>";

        Assert.Single(Read(Document(DataTable(unknown))).Tables());
    }

    [Fact]
    public void StrictPackage_IsReadWithTheStrictNamespaces()
    {
        const string Strict = "http://purl.oclc.org/ooxml/wordprocessingml/main";
        var data = BadInputs.Zip(
            ("[Content_Types].xml", """<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/></Types>"""),
            ("_rels/.rels", """<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument" Target="word/document.xml"/></Relationships>"""),
            ("word/document.xml", $"""<w:document xmlns:w="{Strict}"><w:body><w:p><w:r><w:t>一、总体情况</w:t></w:r></w:p></w:body></w:document>"""));

        Assert.Equal(["一、总体情况"], Read(data).Paragraphs());
    }

    [Fact]
    public void StrictNamespacesInATransitionalPackage_AreDamage()
    {
        var data = BadInputs.MinimalPackage("""<w:document xmlns:w="http://purl.oclc.org/ooxml/wordprocessingml/main"><w:body><w:p><w:r><w:t>一</w:t></w:r></w:p></w:body></w:document>""");

        var error = Assert.Throws<ReportReadException>(() => Read(data));

        Assert.Equal(DocxMessages.Corrupt, error.Message);
    }

    [Fact]
    public void PackageWithoutContentTypes_IsDamage_NamingThePart()
    {
        // The SDK found no main part in it and read it as an empty document; it is a damaged package.
        var data = BadInputs.Zip(
            ("_rels/.rels", """<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"""),
            ("word/document.xml", $"<w:document {Namespaces}><w:body><w:p><w:r><w:t>一</w:t></w:r></w:p></w:body></w:document>"));

        var error = Assert.Throws<ReportReadException>(() => Read(data));

        Assert.Equal(ReadErrorKind.Damaged, error.Kind);
        Assert.Contains("[Content_Types].xml", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StylesPartWithAnotherContentType_IsDamage()
    {
        var data = WithStyles("application/xml", """<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>""");

        Assert.Equal(DocxMessages.Corrupt, Assert.Throws<ReportReadException>(() => Read(data)).Message);
    }

    [Fact]
    public void StylesPartWithAnotherRootElement_IsDamage()
    {
        var data = WithStyles("application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml", """<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>""");

        Assert.Equal(DocxMessages.Corrupt, Assert.Throws<ReportReadException>(() => Read(data)).Message);
    }

    [Theory]
    [InlineData("abc", typeof(FormatException))]
    [InlineData("99999999999", typeof(OverflowException))]
    public void MalformedNumbers_FailAsTheSdkValuesDid(string gridSpan, Type exception)
    {
        var data = Document($"<w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val=\"{gridSpan}\"/></w:tcPr><w:p/></w:tc><w:tc><w:p/></w:tc></w:tr></w:tbl>");

        Assert.IsType(exception, Record.Exception(() => Read(data)));
    }

    [Fact]
    public void EmptyNumber_IsDamage()
    {
        var data = Document("<w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val=\"\"/></w:tcPr><w:p/></w:tc><w:tc><w:p/></w:tc></w:tr></w:tbl>");

        Assert.Equal(DocxMessages.Corrupt, Assert.Throws<ReportReadException>(() => Read(data)).Message);
    }

    private static byte[] WithStyles(string stylesContentType, string stylesXml)
    {
        using var stream = new MemoryStream();
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Add(string name, string text)
            {
                using var writer = new StreamWriter(archive.CreateEntry(name).Open(), Encoding.UTF8);
                writer.Write(text);
            }

            Add("[Content_Types].xml", $"""<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/word/styles.xml" ContentType="{stylesContentType}"/></Types>""");
            Add("_rels/.rels", """<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>""");
            Add("word/_rels/document.xml.rels", """<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>""");
            Add("word/document.xml", $"<w:document {Namespaces}><w:body><w:p><w:r><w:t>一</w:t></w:r></w:p></w:body></w:document>");
            Add("word/styles.xml", stylesXml);
        }

        return stream.ToArray();
    }
}
