// Copyright (c) Gongkai contributors. Licensed under the MIT License.

namespace Gongkai.Formats.Html;

/// <summary>Shortens inline <c>style</c> attributes before parsing to what the reader asks of them: whether they hide the element.</summary>
/// <remarks>
/// <para>Word's HTML export writes a long <c>style</c> attribute on nearly every element (in pingtan-2020, 230,000
/// of the page's 320,000 characters). The reader only asks of a style whether it hides the element
/// (<see cref="HtmlNodes.IsHidingStyle"/>), yet the HTML parser tokenizes, stores and later hands over every one of
/// them. Removing each style attribute that does not hide, and shortening one that does to <c>display:none</c>,
/// gives the same document tree with the same answers, for a third less parsing. Since the tokenizer keeps the
/// first of repeated attributes, a tag's styles are rewritten together or not at all. Attributes the reader never
/// asks for and the tree builder never consults (lang, width, href …) are removed too: the parser does work for
/// each attribute, and for some (href, src) parses a URL.</para>
/// <para>The text is scanned as the tokenizer of the WHATWG HTML Living Standard §13.2.5 reads it in the data
/// state: comments (ending at <c>--&gt;</c> or <c>--!&gt;</c>), bogus comments and doctypes (at <c>&gt;</c>),
/// tags with their attributes (quoted values may hold <c>&gt;</c>), and the raw text of <c>script</c>,
/// <c>style</c>, <c>textarea</c>, <c>title</c>, <c>xmp</c>, <c>iframe</c>, <c>noembed</c> and <c>noframes</c>
/// (to their end tag), which is copied unchanged. The tree builder can keep the tokenizer in the data state where
/// this scan sees raw text (in <c>select</c>, where only <c>textarea</c> and <c>script</c>, text the reader skips,
/// can start raw text again; inside <c>svg</c> and <c>math</c>, whose pages are left alone). Where the two may
/// disagree the scan errs on copying, and a value is only rewritten when it holds no <c>&lt;</c>, <c>&gt;</c> or
/// NUL and no character reference but the simple ones (decoded before the check), so a rewrite can neither end nor
/// start a comment, a tag or raw text, wherever it lands: at worst it changes text of a comment, a script or a
/// textarea, which is not read.
/// Since no rewrite is longer than the value it replaces, the text is rewritten in place.</para>
/// </remarks>
internal static class HtmlStyleCompactor
{
    private const string Hidden = "display:none";

    // The share of the text in style values from which the rewrite pays.
    private const double MinStyleShare = 0.25;

    // A tag with more attributes than this is left as it is.
    private const int MaxAttributesPerTag = 32;

    // Elements whose content the tokenizer reads as raw text or escapable raw text (§13.2.6.4.7 and the tree builder's
    // rules for them). noscript is not among them: the parser runs with scripting disabled, so its content is markup.
    private static readonly string[] RawTextElements = ["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes"];

    [ThreadStatic]
    private static AttributeSpan[]? _attributes;

    // Pages with these are left as they are (see Compact).
    private static readonly string[] Unsafe = ["<svg", "<math", "<xmp", "<plaintext"];

    /// <summary>Rewrites the style attributes of <paramref name="text"/> in place.</summary>
    /// <param name="text">The page's text.</param>
    /// <returns>The new length of the text.</returns>
    public static int Compact(Span<char> text)
    {
        // The scan costs about 1.5 ns a character. It pays on Word's pages, whose styles are most of the text (72% of
        // pingtan-2020: the whole read went from 2.6 to 2.0 ms of CPU), and on CMS pages with styles and links on
        // most elements (44% of pingtan-2023: 1.18 to 1.05 ms); on a page of plain paragraphs it would only cost.
        // The share of style values is estimated first (quoting not checked: it is only an estimate).
        return StyleShare(text) < MinStyleShare ? text.Length : Rewrite(text);
    }

    /// <summary>Rewrites the style attributes of <paramref name="text"/> in place, whatever their share of the text.</summary>
    /// <param name="text">The page's text.</param>
    /// <returns>The new length of the text.</returns>
    internal static int Rewrite(Span<char> text)
    {
        // Inside svg and math the tree builder keeps the tokenizer in the data state where this scan sees raw text,
        // and can leave foreign content for HTML again; and xmp and plaintext text is read as the report's text.
        // The scan could then disagree with the tokenizer inside text that is read, so such pages are not touched.
        foreach (var tag in Unsafe)
        {
            if (text.IndexOf(tag, StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return text.Length;
            }
        }

        // pos is where the scan is; text[read..pos] is scanned but not yet moved to write: it is moved only before a
        // rewrite and at the end, in one piece rather than tag by tag.
        var pos = 0;
        var read = 0;
        var write = 0;
        while (pos < text.Length)
        {
            var lt = text[pos..].IndexOf('<');
            if (lt < 0)
            {
                break;
            }

            pos += lt;

            // False: the rest is text to the tokenizer (plaintext, or markup cut off by the end of the file).
            if (!ReadMarkup(text, ref pos, ref read, ref write))
            {
                break;
            }
        }

        Copy(text, ref read, ref write, text.Length);
        return write;
    }

    /// <summary>Moves <c>text[read..end]</c> to <paramref name="write"/>.</summary>
    private static void Copy(Span<char> text, ref int read, ref int write, int end)
    {
        if (write != read)
        {
            text[read..end].CopyTo(text[write..]);
        }

        write += end - read;
        read = end;
    }

    /// <summary>Reads the markup at <c>text[read]</c> (a <c>&lt;</c>), rewriting style values; returns false when the rest of the text must be copied unchanged.</summary>
    private static bool ReadMarkup(Span<char> text, ref int pos, ref int read, ref int write)
    {
        var start = pos;
        var next = start + 1 < text.Length ? text[start + 1] : '\0';
        if (next == '!')
        {
            var rest = text[(start + 2)..];
            int close;
            if (rest.StartsWith("--"))
            {
                // A comment ends at the first --> or --!> after <!, including <!--> and <!--->.
                var dashes = text[(start + 2)..];
                var arrow = dashes.IndexOf("-->");
                var bang = dashes.IndexOf("--!>");
                close = arrow < 0 ? bang : bang < 0 ? arrow : Math.Min(arrow, bang);
                if (close < 0)
                {
                    return false;
                }

                close = start + 2 + close + (close == bang ? 4 : 3);
            }
            else
            {
                close = rest.IndexOf('>');
                if (close < 0)
                {
                    return false;
                }

                close = start + 2 + close + 1;
            }

            pos = close;
            return true;
        }

        if (next == '?')
        {
            var close = text[(start + 1)..].IndexOf('>');
            if (close < 0)
            {
                return false;
            }

            pos = start + 1 + close + 1;
            return true;
        }

        var isEndTag = next == '/';
        var nameStart = start + (isEndTag ? 2 : 1);
        if (nameStart >= text.Length || !char.IsAsciiLetter(text[nameStart]))
        {
            // Not a tag: the < is text (and </ followed by other than a letter is a bogus comment or text, which
            // holds no tag either; it is copied through the scan of the following text, as the tokenizer reads it).
            pos = start + 1;
            return true;
        }

        return ReadTag(text, ref pos, ref read, ref write, nameStart, isEndTag);
    }

    private static bool ReadTag(Span<char> text, ref int pos, ref int read, ref int write, int nameStart, bool isEndTag)
    {
        var i = nameStart;
        while (i < text.Length && !IsTagSpace(text[i]) && text[i] is not '/' and not '>')
        {
            i++;
        }

        var name = text[nameStart..i];
        // A buffer kept per thread: a stack buffer would be cleared for every tag.
        var attributes = _attributes ??= new AttributeSpan[MaxAttributesPerTag];
        var count = 0;
        var stylesRewritable = true;
        while (true)
        {
            while (i < text.Length && (IsTagSpace(text[i]) || text[i] == '/'))
            {
                i++;
            }

            if (i >= text.Length)
            {
                // End of file in a tag: the tokenizer drops the tag.
                return false;
            }

            if (text[i] == '>')
            {
                i++;
                break;
            }

            // §13.2.5.33: an attribute name runs to space, /, > or = (a leading = belongs to the name).
            var attributeStart = i++;
            while (i < text.Length && !IsTagSpace(text[i]) && text[i] is not '/' and not '>' and not '=')
            {
                i++;
            }

            var attributeName = text[attributeStart..i];
            var isStyle = attributeName.Equals("style", StringComparison.OrdinalIgnoreCase);
            var kind = isStyle ? AttributeKind.Style : IsKept(attributeName) ? AttributeKind.Kept : AttributeKind.Unused;
            var afterName = i;
            while (i < text.Length && IsTagSpace(text[i]))
            {
                i++;
            }

            int valueStart = -1, valueEnd = -1, attributeEnd;
            bool? hides = null;
            if (i >= text.Length || text[i] != '=')
            {
                // No value: what follows the spaces is the next attribute (a style without a value stays as it is).
                stylesRewritable &= !isStyle;
                i = Math.Max(afterName, i);
                attributeEnd = afterName;
            }
            else
            {
                i++;
                while (i < text.Length && IsTagSpace(text[i]))
                {
                    i++;
                }

                if (i >= text.Length)
                {
                    return false;
                }

                var quote = text[i];
                if (quote is '"' or '\'')
                {
                    valueStart = i + 1;
                    var length = text[valueStart..].IndexOf(quote);
                    if (length < 0)
                    {
                        return false;
                    }

                    valueEnd = valueStart + length;
                    if (isStyle)
                    {
                        hides = HidesOrNot(text[valueStart..valueEnd]);
                        stylesRewritable &= hides is not null;
                    }

                    i = valueEnd + 1;
                }
                else
                {
                    // §13.2.5.38: an unquoted value runs to space or >.
                    stylesRewritable &= !isStyle;
                    while (i < text.Length && !IsTagSpace(text[i]) && text[i] != '>')
                    {
                        i++;
                    }
                }

                attributeEnd = i;
            }

            if (count == MaxAttributesPerTag)
            {
                // Too many to keep track of: the tag is left as it is.
                stylesRewritable = false;
                kind = AttributeKind.Kept;
            }
            else
            {
                attributes[count++] = new AttributeSpan(attributeStart, valueStart, valueEnd, attributeEnd, kind, hides == true);
            }
        }

        if (!isEndTag && count < MaxAttributesPerTag)
        {
            // The tokenizer keeps the first of repeated attributes: the first style decides, so it stays only when it
            // hides (shortened), and every style after it goes; styles are rewritten together or not at all. An
            // attribute the reader never asks for goes when it is plain text. A removed attribute leaves a space, so
            // that a / before it does not become the end of a self-closing tag.
            var firstStyle = true;
            foreach (var attribute in attributes.AsSpan(0, count))
            {
                var remove = attribute.Kind switch
                {
                    AttributeKind.Style => stylesRewritable && !(firstStyle && attribute.Hides),
                    AttributeKind.Unused => text[attribute.Start..attribute.End].IndexOfAny('<', '>', '\0') < 0,
                    _ => false,
                };
                if (attribute.Kind == AttributeKind.Style && stylesRewritable && firstStyle && attribute.Hides)
                {
                    Copy(text, ref read, ref write, attribute.ValueStart);
                    Hidden.AsSpan().CopyTo(text[write..]);
                    write += Hidden.Length;
                    read = attribute.ValueEnd;
                }
                else if (remove)
                {
                    Copy(text, ref read, ref write, attribute.Start);
                    text[write++] = ' ';
                    read = attribute.End;
                }

                firstStyle &= attribute.Kind != AttributeKind.Style;
            }
        }

        pos = i;
        if (isEndTag)
        {
            return true;
        }

        if (name.Equals("plaintext", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        foreach (var element in RawTextElements)
        {
            if (name.Equals(element, StringComparison.OrdinalIgnoreCase))
            {
                // Raw text runs to the first end tag of the same name followed by space, / or > (§13.2.5.11).
                var close = FindEndTag(text, pos, element);
                if (close < 0)
                {
                    return false;
                }

                pos = close;
                break;
            }
        }

        return true;
    }

    /// <summary>Returns whether a style value (as written, before character references are decoded) hides its element, or null when it is not rewritten.</summary>
    private static bool? HidesOrNot(ReadOnlySpan<char> value)
    {
        if (value.IndexOfAny('<', '>', '\0') >= 0)
        {
            return null;
        }

        if (value.IndexOf('&') < 0)
        {
            return HtmlNodes.IsHidingStyle(value);
        }

        // A named reference decodes to a character that is no space, colon or letter, and the keys are made of
        // those: such references cannot make or break a key, and the value is checked as it is.
        if (OnlyNamedReferences(value))
        {
            return HtmlNodes.IsHidingStyle(value);
        }

        // Word writes font names as &quot;Times New Roman&quot;: the simple references are decoded here as the
        // tokenizer decodes them in an attribute value (§13.2.5.72); a value with any other is left as it is.
        Span<char> decoded = value.Length <= 512 ? stackalloc char[value.Length] : new char[value.Length];
        var length = 0;
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] != '&')
            {
                decoded[length++] = value[i];
                continue;
            }

            var semicolon = value[i..].IndexOf(';');
            if (semicolon < 0 || Decode(value.Slice(i + 1, semicolon - 1)) is not { } c)
            {
                return null;
            }

            decoded[length++] = c;
            i += semicolon;
        }

        return HtmlNodes.IsHidingStyle(decoded[..length]);
    }

    private static bool OnlyNamedReferences(ReadOnlySpan<char> value)
    {
        for (var at = value.IndexOf('&'); at >= 0; at = value[(at + 1)..].IndexOf('&') is var next and >= 0 ? at + 1 + next : -1)
        {
            var semicolon = value[at..].IndexOf(';');
            if (semicolon < 0 || value.Slice(at + 1, semicolon - 1) is not ("quot" or "amp" or "apos" or "lt" or "gt" or "nbsp"))
            {
                return false;
            }
        }

        return true;
    }

    private static char? Decode(ReadOnlySpan<char> reference)
    {
        switch (reference)
        {
            case "quot":
                return '"';
            case "amp":
                return '&';
            case "apos":
                return '\'';
            case "lt":
                return '<';
            case "gt":
                return '>';
            case "nbsp":
                return '\u00A0';
            default:
                break;
        }

        // Numeric references to printable ASCII only: others are remapped (C1 controls, NUL, surrogates) or not needed.
        if (reference.Length >= 2 && reference[0] == '#')
        {
            var hex = reference[1] is 'x' or 'X';
            var digits = reference[(hex ? 2 : 1)..];
            if (digits.Length is > 0 and <= 4
                && int.TryParse(digits, hex ? System.Globalization.NumberStyles.AllowHexSpecifier : System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var code)
                && code is >= 0x20 and <= 0x7E)
            {
                return (char)code;
            }
        }

        return null;
    }

    private static double StyleShare(ReadOnlySpan<char> text)
    {
        long length = 0;
        var at = 0;
        while (true)
        {
            var found = text[at..].IndexOf("style=", StringComparison.OrdinalIgnoreCase);
            if (found < 0 || at + found + 7 >= text.Length)
            {
                break;
            }

            var valueStart = at + found + 7;
            var quote = text[valueStart - 1];
            var end = quote is '"' or '\'' ? text[valueStart..].IndexOf(quote) : -1;
            if (end < 0)
            {
                at = valueStart;
                continue;
            }

            length += end;
            at = valueStart + end + 1;
        }

        return text.IsEmpty ? 0 : length / (double)text.Length;
    }

    private static int FindEndTag(ReadOnlySpan<char> text, int from, string name)
    {
        var at = from;
        while (true)
        {
            var found = text[at..].IndexOf("</", StringComparison.Ordinal);
            if (found < 0)
            {
                return -1;
            }

            var start = at + found;
            var nameEnd = start + 2 + name.Length;
            if (nameEnd < text.Length
                && text.Slice(start + 2, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase)
                && (IsTagSpace(text[nameEnd]) || text[nameEnd] is '/' or '>'))
            {
                return start;
            }

            at = start + 2;
        }
    }

    // ASCII whitespace as the tokenizer sees it; CR is here because the input stream turns it into LF first.
    private static bool IsTagSpace(char c) => c is ' ' or '\t' or '\n' or '\f' or '\r';

    private enum AttributeKind
    {
        Unused = 0,
        Kept,
        Style,
    }

    // Attributes the reader asks for (HtmlNodes, ReportRegionLocator, HtmlBlockWalker) or the tree builder consults
    // (input type in tables, font color/face/size and annotation-xml encoding in foreign content, meta charset,
    // declarative shadow roots, customized built-ins); all others can go without changing the tree or an answer.
    internal static bool IsKept(ReadOnlySpan<char> name)
    {
        // By length first: this is asked for every attribute of the page.
        static bool Is(ReadOnlySpan<char> name, string kept) => name.Equals(kept, StringComparison.OrdinalIgnoreCase);
        return name.Length switch
        {
            2 => Is(name, "id") || Is(name, "is"),
            4 => Is(name, "role") || Is(name, "name") || Is(name, "type") || Is(name, "face") || Is(name, "size"),
            5 => Is(name, "class") || Is(name, "color"),
            6 => Is(name, "hidden"),
            7 => Is(name, "colspan") || Is(name, "rowspan") || Is(name, "content") || Is(name, "charset"),
            8 => Is(name, "encoding"),
            10 => Is(name, "http-equiv") || name.StartsWith("shadowroot", StringComparison.OrdinalIgnoreCase),
            _ => name.StartsWith("shadowroot", StringComparison.OrdinalIgnoreCase),
        };
    }

    /// <summary>An attribute of a tag: where it starts and ends, where its quoted value starts and ends (-1 without one), what it is to the reader, and, for a style, whether it hides.</summary>
    private readonly record struct AttributeSpan(int Start, int ValueStart, int ValueEnd, int End, AttributeKind Kind, bool Hides);
}
