// Copyright (c) Gongkai contributors. Licensed under the MIT License.

namespace Gongkai.Formats.Docx;

/// <summary>What a WordprocessingML element is to the reader: the Open XML SDK type it would have, for the types the reader tells apart.</summary>
/// <remarks>
/// The SDK types an element by its parent's schema (ECMA-376 Part 1): <c>w:t</c> is text only inside a run, and
/// an element its parent's schema does not list is unknown, as is everything inside it. <see cref="DocxPartReader"/>
/// assigns these kinds the same way for the containers the reader walks.
/// </remarks>
internal enum DocxKind : byte
{
    /// <summary>Not an element the reader looks into: unknown to the parent's schema, or known but without text for the reader.</summary>
    Other = 0,

    /// <summary><c>w:body</c>.</summary>
    Body,

    /// <summary><c>w:p</c>.</summary>
    Paragraph,

    /// <summary><c>w:r</c> in a paragraph or run container.</summary>
    Run,

    /// <summary><c>m:r</c>: a math run, whose text is WordprocessingML text too.</summary>
    MathRun,

    /// <summary>An element whose children are runs and run containers: hyperlink, simple field, bidi embedding or override, run-level custom XML and content control content.</summary>
    RunContainer,

    /// <summary>Run-level <c>w:ins</c> or <c>w:moveTo</c> (§17.13.5): runs, but no hyperlinks, fields or custom XML.</summary>
    RevisionContainer,

    /// <summary><c>w:rt</c> or <c>w:rubyBase</c> (§17.3.3.25), or a hyperlink, field, custom XML or content control content inside one.</summary>
    RubyContainer,

    /// <summary><c>w:ruby</c> in a run.</summary>
    Ruby,

    /// <summary>Run-level <c>w:sdt</c>: its content is a <see cref="RunContainer"/>.</summary>
    RunSdt,

    /// <summary><c>w:sdt</c> inside ruby text: its content is a <see cref="RubyContainer"/>.</summary>
    RubySdt,

    /// <summary><c>m:oMath</c>.</summary>
    MathContainer,

    /// <summary><c>m:oMathPara</c>.</summary>
    MathParagraph,

    /// <summary><c>w:tbl</c> in a block container.</summary>
    Table,

    /// <summary><c>w:tr</c>.</summary>
    TableRow,

    /// <summary><c>w:tc</c>.</summary>
    TableCell,

    /// <summary>Block-level <c>w:sdt</c> (§17.5.2).</summary>
    BlockSdt,

    /// <summary>Block-level <c>w:sdtContent</c> or <c>w:customXml</c> (§17.5.2, §17.5.1).</summary>
    BlockContent,

    /// <summary>Row-level <c>w:sdt</c>.</summary>
    RowSdt,

    /// <summary>Row-level <c>w:sdtContent</c> or <c>w:customXml</c>.</summary>
    RowContent,

    /// <summary>Cell-level <c>w:sdt</c>.</summary>
    CellSdt,

    /// <summary>Cell-level <c>w:sdtContent</c> or <c>w:customXml</c>.</summary>
    CellContent,

    /// <summary><c>w:t</c> in a run: its first text node is <see cref="DocxNode.Value"/>.</summary>
    Text,

    /// <summary><c>w:tab</c> or <c>w:ptab</c> in a run.</summary>
    Tab,

    /// <summary><c>w:br</c> or <c>w:cr</c> in a run.</summary>
    Break,

    /// <summary><c>w:noBreakHyphen</c> in a run.</summary>
    NoBreakHyphen,

    /// <summary><c>w:pPr</c> of a paragraph.</summary>
    ParagraphProperties,

    /// <summary><c>w:rPr</c> of a run.</summary>
    RunProperties,

    /// <summary><c>w:tcPr</c> of a cell.</summary>
    CellProperties,

    /// <summary><c>w:trPr</c> of a row.</summary>
    RowProperties,

    /// <summary><c>w:numPr</c> of paragraph properties.</summary>
    NumberingProperties,

    /// <summary>A property element whose <c>w:val</c> is <see cref="DocxNode.Value"/> (pStyle, numId, ilvl, vanish, gridSpan, hMerge, vMerge, gridBefore).</summary>
    Property,

    /// <summary>An element of the numbering or styles part (read without schema typing).</summary>
    Part,
}

/// <summary>An element of a WordprocessingML part as the reader keeps it: far lighter than the SDK's typed element.</summary>
internal sealed class DocxNode
{
    /// <summary>Initializes a new instance of the <see cref="DocxNode"/> class.</summary>
    /// <param name="kind">The kind.</param>
    /// <param name="name">The local name (interned by the reader's name table) of a WordprocessingML element, else empty.</param>
    public DocxNode(DocxKind kind, string name)
    {
        Kind = kind;
        Name = name;
    }

    /// <summary>Gets the kind.</summary>
    public DocxKind Kind { get; }

    /// <summary>Gets the local name of a WordprocessingML element, or empty for other namespaces.</summary>
    public string Name { get; }

    /// <summary>Gets or sets the text of <see cref="DocxKind.Text"/>, or the <c>w:val</c> attribute of other elements (null when absent).</summary>
    public string? Value { get; set; }

    /// <summary>Gets or sets the WordprocessingML attributes (local name, value) of <see cref="DocxKind.Part"/> elements.</summary>
    public List<KeyValuePair<string, string>>? Attributes { get; set; }

    /// <summary>Gets the first child element kept.</summary>
    public DocxNode? FirstChild { get; private set; }

    /// <summary>Gets the next sibling element kept.</summary>
    public DocxNode? NextSibling { get; private set; }

    /// <summary>Gets or sets a value indicating whether a table lies anywhere below (the SDK's <c>Descendants&lt;Table&gt;().Any()</c>).</summary>
    public bool HoldsTable { get; set; }

    private DocxNode? LastChild { get; set; }

    /// <summary>Appends a child.</summary>
    /// <param name="child">The child.</param>
    public void Add(DocxNode child)
    {
        if (LastChild is null)
        {
            FirstChild = child;
        }
        else
        {
            LastChild.NextSibling = child;
        }

        LastChild = child;
    }

    /// <summary>Returns the first child of a kind (the SDK's typed property getters).</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The child, or null.</returns>
    public DocxNode? Child(DocxKind kind)
    {
        for (var child = FirstChild; child is not null; child = child.NextSibling)
        {
            if (child.Kind == kind)
            {
                return child;
            }
        }

        return null;
    }

    /// <summary>Returns the first child with a WordprocessingML local name.</summary>
    /// <param name="name">The local name.</param>
    /// <returns>The child, or null.</returns>
    public DocxNode? Child(string name)
    {
        for (var child = FirstChild; child is not null; child = child.NextSibling)
        {
            if (string.Equals(child.Name, name, StringComparison.Ordinal))
            {
                return child;
            }
        }

        return null;
    }

    /// <summary>Returns a WordprocessingML attribute of a part element.</summary>
    /// <param name="name">The local name.</param>
    /// <returns>The value, or null when absent.</returns>
    public string? Attribute(string name)
    {
        if (Attributes is null)
        {
            return null;
        }

        foreach (var (key, value) in Attributes)
        {
            if (string.Equals(key, name, StringComparison.Ordinal))
            {
                return value;
            }
        }

        return null;
    }
}
