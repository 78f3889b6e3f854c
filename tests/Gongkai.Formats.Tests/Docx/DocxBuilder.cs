// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace Gongkai.Tests;

/// <summary>Builds small .docx files in memory for the Word reader's tests.</summary>
internal static class DocxBuilder
{
    /// <summary>Creates a document whose body holds <paramref name="blocks"/>; numbering and styles parts are optional.</summary>
    public static byte[] Create(IEnumerable<OpenXmlElement> blocks, Numbering? numbering = null, Styles? styles = null)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(blocks));
            if (numbering is not null)
            {
                main.AddNewPart<NumberingDefinitionsPart>().Numbering = numbering;
            }

            if (styles is not null)
            {
                main.AddNewPart<StyleDefinitionsPart>().Styles = styles;
            }
        }

        return stream.ToArray();
    }

    public static Paragraph P(params OpenXmlElement[] content) => new(content.Select(c => c is WText ? new Run(c) : c));

    public static Paragraph P(string text) => new(new Run(T(text)));

    public static WText T(string text) => new(text) { Space = SpaceProcessingModeValues.Preserve };

    public static Run R(string text) => new(T(text));

    /// <summary>A paragraph numbered by <c>w:numPr</c>.</summary>
    public static Paragraph Numbered(string text, int numId, int level) =>
        new(new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = level }, new NumberingId { Val = numId })), R(text));

    /// <summary>A paragraph with a paragraph style.</summary>
    public static Paragraph Styled(string text, string styleId) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = styleId }), R(text));

    /// <summary>A table from rows of cells.</summary>
    public static Table Table(params TableRow[] rows)
    {
        var table = new Table(new TableProperties(new TableBorders()));
        table.Append(rows);
        return table;
    }

    public static TableRow Row(params TableCell[] cells) => new(cells);

    /// <summary>A cell with one paragraph per text, and optional span and vertical merge.</summary>
    public static TableCell Cell(string text, int gridSpan = 1, string? vMerge = null, params string[] moreParagraphs)
    {
        var properties = new TableCellProperties();
        if (gridSpan > 1)
        {
            properties.Append(new GridSpan { Val = gridSpan });
        }

        if (vMerge is "restart")
        {
            properties.Append(new VerticalMerge { Val = MergedCellValues.Restart });
        }
        else if (vMerge is "continue")
        {
            properties.Append(new VerticalMerge());
        }

        var cell = new TableCell(properties, P(text));
        foreach (var more in moreParagraphs)
        {
            cell.Append(P(more));
        }

        return cell;
    }

    public static TableCell Cell(params Paragraph[] paragraphs)
    {
        var cell = new TableCell(new TableCellProperties());
        cell.Append(paragraphs);
        return cell;
    }

    /// <summary>A numbering part with one abstract list (levels: format, text template) used by instance <paramref name="numId"/>.</summary>
    public static Numbering Numbering(int numId, params (string Format, string Text)[] levels)
    {
        var abstractNum = new AbstractNum { AbstractNumberId = 1 };
        for (var i = 0; i < levels.Length; i++)
        {
            abstractNum.Append(new Level(
                new StartNumberingValue { Val = 1 },
                new NumberingFormat { Val = new EnumValue<NumberFormatValues>(new NumberFormatValues(levels[i].Format)) },
                new LevelText { Val = levels[i].Text },
                new LevelSuffix { Val = LevelSuffixValues.Nothing })
            { LevelIndex = i });
        }

        return new Numbering(abstractNum, new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = numId });
    }
}
