// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Globalization;
using System.Xml;

namespace Gongkai.Formats.Docx;

/// <summary>Reads the XML parts of a Word package into <see cref="DocxNode"/> trees, typing elements as the Open XML SDK does.</summary>
/// <remarks>
/// <para>The SDK's typed DOM cost about 20 times what reading the report needs, so the parts are read here with one
/// forward pass of an <see cref="XmlReader"/>. Only what the body walker and the numbering look at is kept: block
/// and table structure, runs and their text, and the few properties that matter (paragraph style and numbering,
/// hidden runs, cell spans and merges). Everything else is read past without allocating.</para>
/// <para>Elements are typed by their parent's schema, as the SDK types them (its element metadata, ECMA-376 Part 1):
/// an element the parent's schema does not list is unknown to the SDK, and so is everything inside it, so it is
/// skipped; <c>w:t</c> is text only inside a run (<c>w:r</c> or <c>m:r</c>). In a strict package (ISO/IEC 29500
/// strict relationship types) the strict namespaces are read as the transitional ones, as the SDK does; in a
/// transitional package they are foreign, as they were to the SDK. Whitespace text nodes are kept, as the SDK keeps
/// them (<c>IgnoreWhitespace = false</c>), and a <c>w:t</c> takes its first text node, as the SDK's leaf text
/// elements do.</para>
/// <para>The main part is also checked for depth (<see cref="ReadOptions.MaxNestingDepth"/>) while it is read:
/// the same check, over the same nodes, that the package guard made with a separate reader before; every part is
/// checked for its number of elements (<see cref="ReadOptions.MaxElements"/>), and the text kept for its length
/// (<see cref="ReadOptions.MaxCharacters"/>).</para>
/// </remarks>
internal static class DocxPartReader
{
    /// <summary>The WordprocessingML namespace (ECMA-376 transitional).</summary>
    public const string WordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private const string MathNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/math";
    private const string StrictWordNamespace = "http://purl.oclc.org/ooxml/wordprocessingml/main";
    private const string StrictMathNamespace = "http://purl.oclc.org/ooxml/officeDocument/math";
    private const string CompatibilityNamespace = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    // Elements of numbering and styles parts deeper than this are read past: the numbering looks at most four levels down.
    private const int MaxPartDepth = 32;

    private enum Space
    {
        Other = 0,
        Word,
        Math,
        Compatibility,
    }

    /// <summary>Reads the main document part and returns its <c>w:body</c>.</summary>
    /// <param name="xml">The part's bytes.</param>
    /// <param name="strict">Whether the package is strict (ISO/IEC 29500 strict namespaces are then read as the transitional ones).</param>
    /// <param name="cancellationToken">Cancels a long read.</param>
    /// <returns>Whether the root element is <c>w:document</c>, and its body (null when it has none).</returns>
    /// <exception cref="ReportReadException">The XML is nested too deeply.</exception>
    /// <exception cref="XmlException">The XML is malformed.</exception>
    public static MainPart ReadBody(ReadOnlyMemory<byte> xml, bool strict, CancellationToken cancellationToken) =>
        ReadBody(xml, strict, ReadOptions.Default, cancellationToken);

    /// <summary>Reads the main document part and returns its <c>w:body</c>, within the limits of <paramref name="options"/>.</summary>
    /// <param name="xml">The part's bytes.</param>
    /// <param name="strict">Whether the package is strict.</param>
    /// <param name="options">The limits (<see cref="ReadOptions.MaxNestingDepth"/>, <see cref="ReadOptions.MaxElements"/>, <see cref="ReadOptions.MaxCharacters"/>).</param>
    /// <param name="cancellationToken">Cancels a long read.</param>
    /// <returns>Whether the root element is <c>w:document</c>, and its body (null when it has none).</returns>
    /// <exception cref="ReportReadException">The XML is nested too deeply, has too many elements or too much text.</exception>
    /// <exception cref="XmlException">The XML is malformed.</exception>
    public static MainPart ReadBody(ReadOnlyMemory<byte> xml, bool strict, ReadOptions options, CancellationToken cancellationToken)
    {
        using var stream = DocxContentReader.AsStream(xml);
        return ReadBody(stream, strict, options, cancellationToken);
    }

    /// <summary>Reads the main document part from a stream (e.g. as it is inflated), within the limits of <paramref name="options"/>.</summary>
    /// <param name="xml">The part's bytes.</param>
    /// <param name="strict">Whether the package is strict.</param>
    /// <param name="options">The limits.</param>
    /// <param name="cancellationToken">Cancels a long read.</param>
    /// <returns>Whether the root element is <c>w:document</c>, and its body (null when it has none).</returns>
    /// <exception cref="ReportReadException">The XML is nested too deeply, has too many elements or too much text.</exception>
    /// <exception cref="XmlException">The XML is malformed.</exception>
    public static MainPart ReadBody(Stream xml, bool strict, ReadOptions options, CancellationToken cancellationToken)
    {
        using var reader = XmlReader.Create(xml, Settings());
        var context = new Context(reader, strict, options, cancellationToken);
        DocxNode? body = null;
        var isDocument = false;
        while (context.Read())
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            // The reader itself refuses a second root element.
            isDocument = context.SpaceOf(reader.NamespaceURI) == Space.Word && reader.LocalName == "document";
            var document = new DocxNode(DocxKind.Other, reader.LocalName);
            if (isDocument)
            {
                ReadChildren(context, document, DocumentChild);
            }
            else
            {
                SkipElement(context);
            }

            body = document.Child(DocxKind.Body);
        }

        return new MainPart(isDocument, body);
    }

    /// <summary>Reads a numbering or styles part: its WordprocessingML elements with their WordprocessingML attributes.</summary>
    /// <param name="xml">The part's bytes.</param>
    /// <param name="strict">Whether the package is strict.</param>
    /// <param name="cancellationToken">Cancels a long read.</param>
    /// <returns>The root element, or null when it is not in the WordprocessingML namespace.</returns>
    /// <exception cref="XmlException">The XML is malformed.</exception>
    public static DocxNode? ReadPart(ReadOnlyMemory<byte> xml, bool strict, CancellationToken cancellationToken) =>
        ReadPart(xml, strict, ReadOptions.Default, cancellationToken);

    /// <summary>Reads a numbering or styles part within the element limit of <paramref name="options"/>.</summary>
    /// <param name="xml">The part's bytes.</param>
    /// <param name="strict">Whether the package is strict.</param>
    /// <param name="options">The limits (<see cref="ReadOptions.MaxElements"/>).</param>
    /// <param name="cancellationToken">Cancels a long read.</param>
    /// <returns>The root element, or null when it is not in the WordprocessingML namespace.</returns>
    /// <exception cref="ReportReadException">The part has too many elements.</exception>
    /// <exception cref="XmlException">The XML is malformed.</exception>
    public static DocxNode? ReadPart(ReadOnlyMemory<byte> xml, bool strict, ReadOptions options, CancellationToken cancellationToken)
    {
        using var stream = DocxContentReader.AsStream(xml);
        using var reader = XmlReader.Create(stream, Settings());
        var context = new Context(reader, strict, options, cancellationToken) { CheckDepth = false };
        DocxNode? root = null;
        var open = new Stack<DocxNode?>();
        while (context.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    var parent = open.Count == 0 ? null : open.Peek();
                    DocxNode? node = null;
                    if ((parent is not null || open.Count == 0) && open.Count < MaxPartDepth && context.SpaceOf(reader.NamespaceURI) == Space.Word)
                    {
                        node = new DocxNode(DocxKind.Part, reader.LocalName) { Attributes = WordAttributes(context) };
                        node.Value = node.Attribute("val");
                        if (parent is null)
                        {
                            root ??= node;
                        }
                        else
                        {
                            parent.Add(node);
                        }
                    }

                    if (!reader.IsEmptyElement)
                    {
                        open.Push(node);
                    }

                    break;
                case XmlNodeType.EndElement:
                    open.Pop();
                    break;
                default:
                    break;
            }
        }

        return root;
    }

    /// <summary>Parses an <c>xsd:int</c> attribute as the SDK's <c>Int32Value.Value</c> does.</summary>
    /// <param name="value">The attribute text, or null when absent.</param>
    /// <returns>The number, or null when the attribute is absent.</returns>
    /// <exception cref="InvalidOperationException">The attribute is empty.</exception>
    /// <exception cref="FormatException">The attribute is not a number.</exception>
    /// <exception cref="OverflowException">The number does not fit.</exception>
    public static int? Int(string? value) => value switch
    {
        null => null,
        "" => throw new InvalidOperationException("Empty integer value."),
        _ => XmlConvert.ToInt32(value),
    };

    /// <summary>Parses an <c>ST_OnOff</c> attribute as the SDK's <c>OnOffValue.Value</c> does.</summary>
    /// <param name="value">The attribute text, or null when absent.</param>
    /// <returns>The value, or null when the attribute is absent.</returns>
    /// <exception cref="FormatException">The attribute is not one of the six ST_OnOff spellings.</exception>
    public static bool? OnOff(string? value) => value switch
    {
        null => null,
        "true" or "on" or "1" => true,
        "false" or "off" or "0" => false,
        _ => throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"'{value}' is not an ST_OnOff value.")),
    };

    private static XmlReaderSettings Settings() => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreWhitespace = false,
    };

    private static List<KeyValuePair<string, string>>? WordAttributes(Context context)
    {
        var reader = context.Reader;
        List<KeyValuePair<string, string>>? attributes = null;
        if (reader.MoveToFirstAttribute())
        {
            do
            {
                if (context.SpaceOf(reader.NamespaceURI) == Space.Word)
                {
                    (attributes ??= []).Add(new(reader.LocalName, reader.Value));
                }
            }
            while (reader.MoveToNextAttribute());
            reader.MoveToElement();
        }

        return attributes;
    }

    /// <summary>Reads the children of the element the reader is on into <paramref name="parent"/>.</summary>
    private static void ReadChildren(Context context, DocxNode parent, Func<DocxKind, Space, string, Typing> typing)
    {
        var reader = context.Reader;
        if (reader.IsEmptyElement)
        {
            return;
        }

        while (context.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.EndElement:
                    return;
                case XmlNodeType.Element:
                    var space = context.SpaceOf(reader.NamespaceURI);
                    var type = space == Space.Compatibility && reader.LocalName == "AlternateContent"
                        ? Typing.SkipHoldingTables
                        : typing(parent.Kind, space, reader.LocalName);
                    if (type.Kind is { } kind)
                    {
                        var node = new DocxNode(kind, space == Space.Word ? reader.LocalName : string.Empty);
                        if (kind == DocxKind.Property)
                        {
                            node.Value = reader.GetAttribute("val", context.WordNamespaceUri);
                        }

                        parent.Add(node);
                        if (kind == DocxKind.Text)
                        {
                            ReadText(context, node);
                        }
                        else
                        {
                            ReadChildren(context, node, ChildTyping);
                        }

                        parent.HoldsTable |= kind == DocxKind.Table || node.HoldsTable;
                    }
                    else
                    {
                        parent.HoldsTable |= SkipElement(context) && type.HoldsTables;
                    }

                    break;
                default:
                    break;
            }
        }
    }

    /// <summary>Reads the first text node of a <c>w:t</c>, as the SDK's leaf text element does, and passes the rest.</summary>
    private static void ReadText(Context context, DocxNode node)
    {
        var reader = context.Reader;
        if (reader.IsEmptyElement)
        {
            return;
        }

        while (context.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.EndElement:
                    return;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                    if (node.Value is null)
                    {
                        node.Value = reader.Value;
                        context.CountCharacters(node.Value.Length);
                    }

                    break;
                case XmlNodeType.Element:
                    SkipElement(context);
                    break;
                default:
                    break;
            }
        }
    }

    /// <summary>Reads past the element the reader is on, checking depth; returns whether it holds a <c>w:tbl</c>.</summary>
    private static bool SkipElement(Context context)
    {
        var reader = context.Reader;
        if (reader.IsEmptyElement)
        {
            return false;
        }

        var holdsTable = false;
        var depth = reader.Depth;
        while (context.Read())
        {
            if (reader.NodeType == XmlNodeType.Element)
            {
                holdsTable |= reader.LocalName == "tbl" && context.SpaceOf(reader.NamespaceURI) == Space.Word;
            }
            else if (reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth)
            {
                break;
            }
        }

        return holdsTable;
    }

    private static Typing DocumentChild(DocxKind parent, Space space, string name) =>
        space == Space.Word && name == "body" ? new(DocxKind.Body) : Typing.Skip;

    // The children the SDK's schema types for each parent, among those the reader keeps (see DocxKind).
    private static Typing ChildTyping(DocxKind parent, Space space, string name)
    {
        if (space == Space.Math)
        {
            return parent switch
            {
                DocxKind.Paragraph or DocxKind.RunContainer or DocxKind.RevisionContainer or DocxKind.RubyContainer
                    or DocxKind.MathContainer or DocxKind.MathParagraph => name switch
                    {
                        "r" => new(DocxKind.MathRun),
                        "oMath" => new(DocxKind.MathContainer),
                        "oMathPara" when parent is not DocxKind.MathParagraph => new(DocxKind.MathParagraph),
                        _ => Typing.Skip,
                    },
                _ => Typing.Skip,
            };
        }

        if (space != Space.Word)
        {
            return Typing.Skip;
        }

        return parent switch
        {
            DocxKind.Body or DocxKind.BlockContent or DocxKind.TableCell => name switch
            {
                "p" => new(DocxKind.Paragraph),
                "tbl" => new(DocxKind.Table),
                "sdt" => new(DocxKind.BlockSdt),
                "customXml" => new(DocxKind.BlockContent),
                "tcPr" when parent == DocxKind.TableCell => new(DocxKind.CellProperties),
                _ => Typing.Skip,
            },
            DocxKind.BlockSdt => name == "sdtContent" ? new(DocxKind.BlockContent) : Typing.Skip,
            DocxKind.Table or DocxKind.RowContent => name switch
            {
                "tr" => new(DocxKind.TableRow),
                "sdt" => new(DocxKind.RowSdt),
                "customXml" => new(DocxKind.RowContent),
                _ => Typing.Skip,
            },
            DocxKind.RowSdt => name == "sdtContent" ? new(DocxKind.RowContent) : Typing.Skip,
            DocxKind.TableRow or DocxKind.CellContent => name switch
            {
                "tc" => new(DocxKind.TableCell),
                "sdt" => new(DocxKind.CellSdt),
                "customXml" => new(DocxKind.CellContent),
                "trPr" when parent == DocxKind.TableRow => new(DocxKind.RowProperties),
                _ => Typing.Skip,
            },
            DocxKind.CellSdt => name == "sdtContent" ? new(DocxKind.CellContent) : Typing.Skip,
            DocxKind.Paragraph or DocxKind.RunContainer => name switch
            {
                "r" => new(DocxKind.Run),
                "hyperlink" or "fldSimple" or "customXml" or "dir" or "bdo" => new(DocxKind.RunContainer),
                "ins" or "moveTo" => new(DocxKind.RevisionContainer),
                "sdt" => new(DocxKind.RunSdt),
                "pPr" when parent == DocxKind.Paragraph => new(DocxKind.ParagraphProperties),
                _ => Typing.Skip,
            },
            DocxKind.RevisionContainer => name switch
            {
                "r" => new(DocxKind.Run),
                "dir" or "bdo" => new(DocxKind.RunContainer),
                "ins" or "moveTo" => new(DocxKind.RevisionContainer),
                "sdt" => new(DocxKind.RunSdt),
                _ => Typing.Skip,
            },
            DocxKind.RubyContainer => name switch
            {
                "r" => new(DocxKind.Run),
                "hyperlink" or "fldSimple" or "customXml" => new(DocxKind.RubyContainer),
                "ins" or "moveTo" => new(DocxKind.RevisionContainer),
                "sdt" => new(DocxKind.RubySdt),
                _ => Typing.Skip,
            },
            DocxKind.MathContainer => name switch
            {
                "hyperlink" or "fldSimple" or "customXml" => new(DocxKind.RunContainer),
                "ins" or "moveTo" => new(DocxKind.RevisionContainer),
                "sdt" => new(DocxKind.RunSdt),
                _ => Typing.Skip,
            },
            DocxKind.MathParagraph => name switch
            {
                "r" => new(DocxKind.Run),
                "ins" or "moveTo" => new(DocxKind.RevisionContainer),
                _ => Typing.Skip,
            },
            DocxKind.RunSdt => name == "sdtContent" ? new(DocxKind.RunContainer) : Typing.Skip,
            DocxKind.RubySdt => name == "sdtContent" ? new(DocxKind.RubyContainer) : Typing.Skip,
            DocxKind.Ruby => name is "rt" or "rubyBase" ? new(DocxKind.RubyContainer) : Typing.Skip,
            DocxKind.Run or DocxKind.MathRun => name switch
            {
                "t" => new(DocxKind.Text),
                "tab" or "ptab" => new(DocxKind.Tab),
                "br" or "cr" => new(DocxKind.Break),
                "noBreakHyphen" => new(DocxKind.NoBreakHyphen),
                "rPr" => new(DocxKind.RunProperties),
                "ruby" => new(DocxKind.Ruby),
                "drawing" or "pict" or "object" => Typing.SkipHoldingTables,
                _ => Typing.Skip,
            },
            DocxKind.ParagraphProperties => name switch
            {
                "pStyle" => new(DocxKind.Property),
                "numPr" => new(DocxKind.NumberingProperties),
                _ => Typing.Skip,
            },
            DocxKind.NumberingProperties => name is "numId" or "ilvl" ? new(DocxKind.Property) : Typing.Skip,
            DocxKind.RunProperties => name == "vanish" ? new(DocxKind.Property) : Typing.Skip,
            DocxKind.CellProperties => name is "gridSpan" or "hMerge" or "vMerge" ? new(DocxKind.Property) : Typing.Skip,
            DocxKind.RowProperties => name == "gridBefore" ? new(DocxKind.Property) : Typing.Skip,
            _ => Typing.Skip,
        };
    }

    /// <summary>How an element is kept: as a node of a kind, or read past (noting whether tables inside count as the SDK's tables).</summary>
    private readonly record struct Typing(DocxKind? Kind, bool HoldsTables = false)
    {
        public static Typing Skip => new(null);

        /// <summary>Gets the typing of drawings, pictures, embedded objects and alternate content: skipped, but tables in their text boxes are tables to the SDK.</summary>
        public static Typing SkipHoldingTables => new(null, HoldsTables: true);
    }

    /// <summary>The reader and the checks made on every node.</summary>
    private sealed class Context(XmlReader reader, bool strict, ReadOptions options, CancellationToken cancellationToken)
    {
        private int _count;
        private int _elements;
        private long _characters;

        public XmlReader Reader { get; } = reader;

        public bool CheckDepth { get; init; } = true;

        public string WordNamespaceUri => strict ? StrictWordNamespace : WordNamespace;

        // The SDK reads a strict package's namespaces as the transitional ones, and a transitional package's strict names as foreign.
        public Space SpaceOf(string uri) => uri switch
        {
            WordNamespace when !strict => Space.Word,
            MathNamespace when !strict => Space.Math,
            StrictWordNamespace when strict => Space.Word,
            StrictMathNamespace when strict => Space.Math,
            CompatibilityNamespace => Space.Compatibility,
            _ => Space.Other,
        };

        /// <summary>Counts text kept against <see cref="ReadOptions.MaxCharacters"/>.</summary>
        public void CountCharacters(int length)
        {
            _characters += length;
            if (_characters > options.MaxCharacters)
            {
                throw ReadLimits.TooManyCharacters(options.MaxCharacters);
            }
        }

        public bool Read()
        {
            if (!Reader.Read())
            {
                return false;
            }

            // The guard's reader ignored insignificant whitespace and checked the depth of every other node.
            if (CheckDepth && Reader.Depth > options.MaxNestingDepth && Reader.NodeType != XmlNodeType.Whitespace)
            {
                throw new ReportReadException(DocxMessages.TooDeep) { Kind = ReadErrorKind.TooComplex };
            }

            // Every element counts, kept or read past: a part of millions of elements is refused before its tree is built.
            if (Reader.NodeType == XmlNodeType.Element && ++_elements > options.MaxElements)
            {
                throw ReadLimits.TooManyElements("Word 文件", options.MaxElements);
            }

            if (++_count % 4096 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            return true;
        }
    }
}
