// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Buffers;
using System.Runtime.CompilerServices;

namespace Gongkai.Formats.Html;

/// <summary>Shortens a page before parsing to what the reader asks of it: style attributes, unused attributes and bare inline wrappers go.</summary>
/// <remarks>
/// <para>Word's HTML export writes a long <c>style</c> attribute on nearly every element (in pingtan-2020, 230,000
/// of the page's 320,000 characters) and wraps every run of text in a <c>span</c>. The reader only asks of a style
/// whether it hides the element (<see cref="HtmlNodes.IsHidingStyle"/>), yet the HTML parser tokenizes, stores and
/// later hands over every one of them. Three rewrites, done in place in one scan, leave a page that reads the same:</para>
/// <list type="bullet">
/// <item>A style that does not hide is removed, and one that hides is shortened to <c>display:none</c>. Since the
/// tokenizer keeps the first of repeated attributes, a tag's styles are rewritten together or not at all.</item>
/// <item>Attributes the reader never asks for and the tree builder never consults (lang, width, href …) are removed:
/// the parser does work for each attribute, and for some (href, src) parses a URL.</item>
/// <item>An inline wrapper left with no attribute — <c>span</c>, <c>font</c>, <c>b</c>, <c>i</c> and the other
/// phrasing elements of <see cref="IsUnwrappable"/>, and Word's prefixed elements such as <c>o:p</c> — is removed
/// with its end tag when nothing but text (or other such wrappers, removed first) stands between them. The tree then
/// lacks that element and nothing else: its text joins its parent's at the same place. For the tree builder
/// (WHATWG HTML §13.2.6) such a pair changes no other node: the end tag of an ordinary element closes it when it is
/// the current node, and an unnested formatting element's end tag is the adoption agency's case without a furthest
/// block, which pops only that element; a start tag reconstructs the active formatting elements as the text
/// inside would (an empty pair may leave empty copies of formatting elements that the page without it lacks: they
/// hold no text); in a table both are foster-parented, as the text alone is (only white space, which stays in the
/// table when alone, differs, and white space is not read there). The reader joins inline text across element
/// boundaries anyway (<see cref="InlineTextBuilder"/>). A wrapper right after <c>pre</c> or <c>listing</c> stays, since it
/// keeps the first line feed from being dropped.</item>
/// </list>
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
/// Since no rewrite is longer than what it replaces, the text is rewritten in place.</para>
/// </remarks>
internal static class HtmlCompactor
{
    private const string Hidden = "display:none";

    // The share of the text in style values from which the rewrite pays.
    private const double MinStyleShare = 0.25;

    // A tag with more attributes than this is left as it is.
    private const int MaxAttributesPerTag = 32;

    // Wrappers open at once that are still candidates for removal; a deeper one stays.
    private const int MaxPendingWrappers = 16;

    // Elements whose content the tokenizer reads as raw text or escapable raw text (§13.2.6.4.7 and the tree builder's
    // rules for them). noscript is not among them: the parser runs with scripting disabled, so its content is markup.
    private static readonly string[] RawTextElements = ["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes"];

    // Pages with these are left as they are (see Rewrite).
    private static readonly SearchValues<string> Unsafe = SearchValues.Create(["<svg", "<math", "<xmp", "<plaintext"], StringComparison.OrdinalIgnoreCase);

    // What a style value is scanned for before its check: character references, and what forbids a rewrite.
    private static readonly SearchValues<char> StyleSpecials = SearchValues.Create("&<>\0");

    // White space to the tree builder, and the start of a character reference (which may stand for white space).
    private static readonly SearchValues<char> SpaceOrReference = SearchValues.Create(" \t\n\r\f&");

    [ThreadStatic]
    private static AttributeSpan[]? _attributes;

    [ThreadStatic]
    private static PendingWrapper[]? _wrappers;

    /// <summary>Rewrites <paramref name="text"/> in place when it pays.</summary>
    /// <param name="text">The page's text.</param>
    /// <returns>The new length of the text.</returns>
    public static int Compact(Span<char> text)
    {
        // The scan costs about 1 ns a character (330 µs for the 320,000 of pingtan-2020). It pays on Word's pages, whose styles are most of the text (72% of
        // pingtan-2020), and on CMS pages with styles and links on most elements (44% of pingtan-2023); on a page of
        // plain paragraphs it would only cost. The share of style values is estimated first (quoting not checked: it
        // is only an estimate).
        return StyleShare(text) < MinStyleShare ? text.Length : Rewrite(text);
    }

    /// <summary>Rewrites <paramref name="text"/> in place, whatever the share of its styles.</summary>
    /// <param name="text">The page's text.</param>
    /// <returns>The new length of the text.</returns>
    internal static int Rewrite(Span<char> text)
    {
        // Inside svg and math the tree builder keeps the tokenizer in the data state where this scan sees raw text,
        // and can leave foreign content for HTML again; and xmp and plaintext text is read as the report's text.
        // The scan could then disagree with the tokenizer inside text that is read, so such pages are not touched.
        if (text.IndexOfAny(Unsafe) >= 0)
        {
            return text.Length;
        }

        var rewriter = new Rewriter(text, _attributes ??= new AttributeSpan[MaxAttributesPerTag], _wrappers ??= new PendingWrapper[MaxPendingWrappers]);
        return rewriter.Run();
    }

    /// <summary>Returns whether an element without attributes may be removed around text: phrasing elements the tree builder treats as ordinary or formatting elements, and prefixed names.</summary>
    /// <param name="name">The tag name as written.</param>
    /// <returns>Whether it is a wrapper.</returns>
    internal static bool IsUnwrappable(ReadOnlySpan<char> name)
    {
        // Not a: an a start tag runs the adoption agency for an open a. Not nobr: its start tag does too.
        static bool Is(ReadOnlySpan<char> name, string wrapper) => name.Equals(wrapper, StringComparison.OrdinalIgnoreCase);
        return name.Contains(':') || name.Length switch
        {
            1 => Is(name, "b") || Is(name, "i") || Is(name, "u") || Is(name, "s"),
            2 => Is(name, "em") || Is(name, "tt"),
            3 => Is(name, "sub") || Is(name, "sup") || Is(name, "big"),
            4 => Is(name, "span") || Is(name, "font"),
            5 => Is(name, "small"),
            6 => Is(name, "strong") || Is(name, "strike"),
            _ => false,
        };
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

    /// <summary>Returns whether a style value (as written, before character references are decoded) hides its element, or null when it is not rewritten.</summary>
    private static bool? HidesOrNot(ReadOnlySpan<char> value)
    {
        // One scan finds the first reference or character that forbids a rewrite; most values have neither.
        var special = value.IndexOfAny(StyleSpecials);
        if (special < 0)
        {
            return HtmlNodes.IsHidingStyle(value);
        }

        if (value[special] != '&' || value[special..].IndexOfAny('<', '>', '\0') >= 0)
        {
            return null;
        }

        // A named reference decodes to a character that is no space, colon or letter, and the keys are made of
        // those: such references cannot make or break a key, and the value is checked as it is.
        if (OnlyNamedReferences(value))
        {
            return HtmlNodes.IsHidingStyle(value);
        }

        // Word writes font names as &quot;Times New Roman&quot; and quotes as &#39;: the simple references are
        // decoded here as the tokenizer decodes them in an attribute value (§13.2.5.72), the text between copied
        // in pieces; a value with any other reference is left as it is.
        Span<char> decoded = value.Length <= 512 ? stackalloc char[value.Length] : new char[value.Length];
        var length = 0;
        var rest = value;
        while (true)
        {
            var amp = rest.IndexOf('&');
            if (amp < 0)
            {
                rest.CopyTo(decoded[length..]);
                length += rest.Length;
                break;
            }

            rest[..amp].CopyTo(decoded[length..]);
            length += amp;
            var semicolon = rest[amp..].IndexOf(';');
            if (semicolon < 0 || Decode(rest.Slice(amp + 1, semicolon - 1)) is not { } c)
            {
                return null;
            }

            decoded[length++] = c;
            rest = rest[(amp + semicolon + 1)..];
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
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsTagSpace(char c) => c is ' ' or '\t' or '\n' or '\f' or '\r';

    private enum AttributeKind
    {
        Unused = 0,
        Kept,
        Style,
    }

    /// <summary>The scan: <c>text[.._write]</c> is the rewritten text, <c>text[_read.._pos]</c> is scanned but not yet moved to <c>_write</c> (it is moved only before a rewrite and at the end, in one piece rather than tag by tag).</summary>
    private ref struct Rewriter
    {
        private readonly Span<char> _text;
        private readonly AttributeSpan[] _attributes;
        private readonly PendingWrapper[] _wrappers;
        private int _pos;
        private int _read;
        private int _write;
        private int _wrapperCount;

        // Whether text that is not white space stands between the last markup that stays and the scan.
        private bool _textSeen;

        // Whether text here may be table text (see NoteTableTag).
        private bool _inTableText;

        // Where the text after a pre or listing start tag begins: a wrapper there stays.
        private int _afterPre = -1;

        public Rewriter(Span<char> text, AttributeSpan[] attributes, PendingWrapper[] wrappers)
        {
            _text = text;
            _attributes = attributes;
            _wrappers = wrappers;
        }

        public int Run()
        {
            while (_pos < _text.Length)
            {
                var lt = _text[_pos..].IndexOf('<');
                if (lt < 0)
                {
                    break;
                }

                if (lt > 0)
                {
                    ReadText(_text.Slice(_pos, lt));
                }

                _pos += lt;

                // False: the rest is text to the tokenizer (plaintext, or markup cut off by the end of the file).
                if (!ReadMarkup())
                {
                    break;
                }
            }

            Flush(_text.Length);
            return _write;
        }

        /// <summary>Notes text between markup: whether it holds a character that is not white space to the tree builder.</summary>
        private void ReadText(ReadOnlySpan<char> text)
        {
            // A character reference may stand for white space (&#32;, &Tab; …): only &nbsp; is counted among references.
            if (text.IndexOfAnyExcept(SpaceOrReference) < 0 && !text.Contains("&nbsp;", StringComparison.Ordinal))
            {
                return;
            }

            _textSeen = true;
            foreach (ref var wrapper in _wrappers.AsSpan(0, _wrapperCount))
            {
                wrapper = wrapper with { HoldsText = true };
            }
        }

        /// <summary>Follows, roughly and erring towards "may be", whether text here would be table text: directly in a table, a row group or a row, not in a cell or caption.</summary>
        /// <remarks>
        /// There the tree builder keeps a run of white space in the table but moves a run with other text before it
        /// (§13.2.6.4.10), so joining runs (as removing a wrapper between them does) can move white space that falls
        /// between two pieces of moved text. No wrapper goes there.
        /// </remarks>
        private void NoteTableTag(ReadOnlySpan<char> name, bool isEndTag)
        {
            static bool Is(ReadOnlySpan<char> name, string tag) => name.Equals(tag, StringComparison.OrdinalIgnoreCase);
            if (Is(name, "td") || Is(name, "th") || Is(name, "caption"))
            {
                // Into a cell or caption; out of one back into its row or table.
                _inTableText = isEndTag;
            }
            else if (Is(name, "tr") || Is(name, "tbody") || Is(name, "thead") || Is(name, "tfoot"))
            {
                _inTableText = true;
            }
            else if (Is(name, "table"))
            {
                // Out of a table: into its parent, a cell or flow content (a table is never a table's child).
                _inTableText = !isEndTag;
            }
        }

        /// <summary>Notes markup that stays: no wrapper open around it can go, and text before it no longer counts.</summary>
        private void Kept()
        {
            _wrapperCount = 0;
            _textSeen = false;
        }

        /// <summary>Moves <c>text[_read..end]</c> to <c>_write</c>.</summary>
        private void Flush(int end)
        {
            if (_write != _read)
            {
                _text[_read..end].CopyTo(_text[_write..]);
            }

            _write += end - _read;
            _read = end;
        }

        /// <summary>Reads the markup at <c>text[_pos]</c> (a <c>&lt;</c>); returns false when the rest of the text must be copied unchanged.</summary>
        private bool ReadMarkup()
        {
            var start = _pos;
            var next = start + 1 < _text.Length ? _text[start + 1] : '\0';
            if (next is '!' or '?')
            {
                // A comment, doctype, CDATA or processing instruction (a bogus comment): no wrapper around it goes.
                Kept();
                var close = next == '!' && _text[(start + 2)..].StartsWith("--") ? CommentEnd(start) : BogusCommentEnd(start);
                if (close < 0)
                {
                    return false;
                }

                _pos = close;
                return true;
            }

            var isEndTag = next == '/';
            var nameStart = start + (isEndTag ? 2 : 1);
            if (nameStart >= _text.Length || !char.IsAsciiLetter(_text[nameStart]))
            {
                // Not a tag: the < is text (and </ followed by other than a letter is a bogus comment or text, which
                // holds no tag either; it is copied through the scan of the following text, as the tokenizer reads it).
                ReadText("<");
                _pos = start + 1;
                return true;
            }

            return ReadTag(start, nameStart, isEndTag);
        }

        /// <summary>Returns where the comment at <paramref name="start"/> (<c>&lt;!--</c>) ends: after the first <c>--&gt;</c> or <c>--!&gt;</c> after <c>&lt;!</c>, including <c>&lt;!--&gt;</c> and <c>&lt;!---&gt;</c>; -1 at the end of the file.</summary>
        private readonly int CommentEnd(int start)
        {
            var dashes = _text[(start + 2)..];
            var arrow = dashes.IndexOf("-->");
            // --!> is rare: it is looked for only before the first -->, not through the rest of the page.
            var bang = (arrow < 0 ? dashes : dashes[..arrow]).IndexOf("--!>");
            return bang >= 0 ? start + 2 + bang + 4 : arrow >= 0 ? start + 2 + arrow + 3 : -1;
        }

        private readonly int BogusCommentEnd(int start)
        {
            var close = _text[(start + 1)..].IndexOf('>');
            return close < 0 ? -1 : start + 1 + close + 1;
        }

        private bool ReadTag(int start, int nameStart, bool isEndTag)
        {
            var i = nameStart;
            while (i < _text.Length && !IsTagSpace(_text[i]) && _text[i] is not '/' and not '>')
            {
                i++;
            }

            var nameEnd = i;
            var wrapper = IsUnwrappable(_text[nameStart..nameEnd]);
            var rewrittenStart = -1;
            if (wrapper && !isEndTag)
            {
                // The tag's place in the rewritten text must be known to remove it later.
                Flush(start);
                rewrittenStart = _write;
            }

            var count = 0;
            var stylesRewritable = true;
            while (true)
            {
                while (i < _text.Length && (IsTagSpace(_text[i]) || _text[i] == '/'))
                {
                    i++;
                }

                if (i >= _text.Length)
                {
                    // End of file in a tag: the tokenizer drops the tag.
                    return false;
                }

                if (_text[i] == '>')
                {
                    i++;
                    break;
                }

                if (!ReadAttribute(ref i, ref count, ref stylesRewritable))
                {
                    return false;
                }
            }

            var bare = !isEndTag && count < MaxAttributesPerTag && RewriteAttributes(count, stylesRewritable);
            _pos = i;
            if (isEndTag)
            {
                return EndTag(start, nameStart, nameEnd, wrapper);
            }

            if (wrapper && bare && start != _afterPre && !_inTableText && _wrapperCount < MaxPendingWrappers)
            {
                // A candidate: kept until its end tag shows whether only text stood between.
                Flush(_pos);
                _wrappers[_wrapperCount++] = new PendingWrapper(rewrittenStart, _write - rewrittenStart, nameEnd - nameStart, _textSeen, HoldsText: false);
                return true;
            }

            Kept();
            var name = _text[nameStart..nameEnd];
            NoteTableTag(name, isEndTag: false);
            if (name.Equals("pre", StringComparison.OrdinalIgnoreCase) || name.Equals("listing", StringComparison.OrdinalIgnoreCase))
            {
                _afterPre = _pos;
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
                    var close = FindEndTag(_text, _pos, element);
                    if (close < 0)
                    {
                        return false;
                    }

                    _pos = close;
                    break;
                }
            }

            return true;
        }

        /// <summary>Handles an end tag that has been scanned: it closes the innermost candidate wrapper of its name when only text stood between, and both go.</summary>
        private bool EndTag(int start, int nameStart, int nameEnd, bool wrapper)
        {
            if (!wrapper || _wrapperCount == 0)
            {
                Kept();
                NoteTableTag(_text[nameStart..nameEnd], isEndTag: true);
                return true;
            }

            var open = _wrappers[_wrapperCount - 1];
            // The wrapper's name, where its start tag now stands in the rewritten text. A wrapper with no text in it
            // goes only after text: its start tag would make the tree builder reconstruct the active formatting
            // elements where nothing else does, and after text they are all open already.
            var openName = _text.Slice(open.Start + 1, open.NameLength);
            if (!openName.Equals(_text[nameStart..nameEnd], StringComparison.OrdinalIgnoreCase) || !(open.HoldsText || open.AfterText))
            {
                Kept();
                return true;
            }

            // The text between moves back over the start tag, and the end tag is dropped.
            _wrapperCount--;
            Flush(start);
            var inner = _text[(open.Start + open.Length).._write];
            inner.CopyTo(_text[open.Start..]);
            _write -= open.Length;
            _read = _pos;
            return true;
        }

        /// <summary>Reads one attribute at <paramref name="i"/> into the attribute list; false at the end of the file.</summary>
        private readonly bool ReadAttribute(ref int i, ref int count, ref bool stylesRewritable)
        {
            // §13.2.5.33: an attribute name runs to space, /, > or = (a leading = belongs to the name).
            var attributeStart = i++;
            while (i < _text.Length && !IsTagSpace(_text[i]) && _text[i] is not '/' and not '>' and not '=')
            {
                i++;
            }

            var attributeName = _text[attributeStart..i];
            var isStyle = attributeName.Equals("style", StringComparison.OrdinalIgnoreCase);
            var kind = isStyle ? AttributeKind.Style : IsKept(attributeName) ? AttributeKind.Kept : AttributeKind.Unused;
            var afterName = i;
            while (i < _text.Length && IsTagSpace(_text[i]))
            {
                i++;
            }

            int valueStart = -1, valueEnd = -1, attributeEnd;
            bool? hides = null;
            if (i >= _text.Length || _text[i] != '=')
            {
                // No value: what follows the spaces is the next attribute (a style without a value stays as it is).
                stylesRewritable &= !isStyle;
                i = Math.Max(afterName, i);
                attributeEnd = afterName;
            }
            else
            {
                i++;
                while (i < _text.Length && IsTagSpace(_text[i]))
                {
                    i++;
                }

                if (i >= _text.Length)
                {
                    return false;
                }

                var quote = _text[i];
                if (quote is '"' or '\'')
                {
                    valueStart = i + 1;
                    var length = _text[valueStart..].IndexOf(quote);
                    if (length < 0)
                    {
                        return false;
                    }

                    valueEnd = valueStart + length;
                    if (isStyle)
                    {
                        hides = HidesOrNot(_text[valueStart..valueEnd]);
                        stylesRewritable &= hides is not null;
                    }

                    i = valueEnd + 1;
                }
                else
                {
                    // §13.2.5.38: an unquoted value runs to space or >.
                    stylesRewritable &= !isStyle;
                    while (i < _text.Length && !IsTagSpace(_text[i]) && _text[i] != '>')
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
            }
            else
            {
                _attributes[count++] = new AttributeSpan(attributeStart, valueStart, valueEnd, attributeEnd, kind, hides == true);
            }

            return true;
        }

        /// <summary>Rewrites the attributes of a start tag; returns whether none is left.</summary>
        private bool RewriteAttributes(int count, bool stylesRewritable)
        {
            // The tokenizer keeps the first of repeated attributes: the first style decides, so it stays only when it
            // hides (shortened), and every style after it goes; styles are rewritten together or not at all. An
            // attribute the reader never asks for goes when it is plain text. A removed attribute leaves a space, so
            // that a / before it does not become the end of a self-closing tag.
            var firstStyle = true;
            var bare = true;
            foreach (var attribute in _attributes.AsSpan(0, count))
            {
                var remove = attribute.Kind switch
                {
                    AttributeKind.Style => stylesRewritable && !(firstStyle && attribute.Hides),
                    AttributeKind.Unused => _text[attribute.Start..attribute.End].IndexOfAny('<', '>', '\0') < 0,
                    _ => false,
                };
                if (attribute.Kind == AttributeKind.Style && stylesRewritable && firstStyle && attribute.Hides)
                {
                    Flush(attribute.ValueStart);
                    Hidden.AsSpan().CopyTo(_text[_write..]);
                    _write += Hidden.Length;
                    _read = attribute.ValueEnd;
                    bare = false;
                }
                else if (remove)
                {
                    Flush(attribute.Start);
                    _text[_write++] = ' ';
                    _read = attribute.End;
                }
                else
                {
                    bare = false;
                }

                firstStyle &= attribute.Kind != AttributeKind.Style;
            }

            return bare;
        }
    }

    /// <summary>An attribute of a tag: where it starts and ends, where its quoted value starts and ends (-1 without one), what it is to the reader, and, for a style, whether it hides.</summary>
    private readonly record struct AttributeSpan(int Start, int ValueStart, int ValueEnd, int End, AttributeKind Kind, bool Hides);

    /// <summary>A wrapper start tag that may still go: where it starts in the rewritten text, its length there, the length of its name, whether text came before it (since markup that stays) and whether text stands inside it.</summary>
    private readonly record struct PendingWrapper(int Start, int Length, int NameLength, bool AfterText, bool HoldsText);
}
