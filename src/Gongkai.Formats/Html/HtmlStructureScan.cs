// Copyright (c) Gongkai contributors. Licensed under the MIT License.

namespace Gongkai.Formats.Html;

/// <summary>Refuses a page whose markup is excessive — too many elements, or nested too deep — before the HTML parser builds its tree.</summary>
/// <remarks>
/// <para>AngleSharp's tree builder does work in proportion to the stack of open elements at nearly every token, so a
/// page nested 100,000 deep (1 MB) takes minutes, and every element costs about 500 bytes in the tree. This scan reads
/// the tags as the tokenizer would in the data state (comments, doctypes and processing instructions are passed
/// over, the raw text of <c>script</c>, <c>style</c>, <c>textarea</c>, <c>title</c> and the like runs to its end
/// tag) at about 1 ns a character, counting start tags against <see cref="ReadOptions.MaxElements"/> and keeping a
/// stack of open elements against <see cref="ReadOptions.MaxNestingDepth"/>.</para>
/// <para>The stack follows the tree builder closely enough to bound the real depth without taking sloppy pages for
/// deep ones: void elements are not pushed; an end tag closes the innermost open element of its name and everything
/// above it (as the tree builder's "any other end tag" does), and is ignored when none is open; a start tag of an
/// element with an optional end tag (<c>p</c>, <c>li</c>, <c>dt</c>/<c>dd</c>, <c>td</c>/<c>th</c>, <c>tr</c>,
/// <c>option</c> …) closes an open one of its group, up to the nearest table or list; <c>a</c>, <c>nobr</c>,
/// <c>button</c>, <c>form</c> and the headings close an open one of their own kind; <c>html</c>, <c>head</c> and
/// <c>body</c> are not pushed (a second one is merged into the first). <c>/&gt;</c> closes an element only inside
/// <c>svg</c> and <c>math</c>: on an HTML element it is ignored, and <c>&lt;div/&gt;</c> opens a div.</para>
/// </remarks>
internal static class HtmlStructureScan
{
    private static readonly HashSet<string> Void = new(StringComparer.Ordinal)
    {
        "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "img", "image", "input", "keygen", "link",
        "meta", "param", "source", "track", "wbr",
    };

    private static readonly HashSet<string> NotPushed = new(StringComparer.Ordinal) { "html", "head", "body" };

    private static readonly string[] RawText = ["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes"];

    /// <summary>Checks the page.</summary>
    /// <param name="text">The decoded page.</param>
    /// <param name="options">The limits.</param>
    /// <exception cref="ReportReadException">The page exceeds a limit.</exception>
    public static void Check(ReadOnlySpan<char> text, ReadOptions options)
    {
        if (text.Length > options.MaxCharacters)
        {
            throw ReadLimits.TooManyCharacters(options.MaxCharacters);
        }

        var open = new List<string>(64);
        var elements = 0;
        var foreign = 0;
        var at = 0;
        while (true)
        {
            var lt = text[at..].IndexOf('<');
            if (lt < 0)
            {
                return;
            }

            at += lt;
            var rest = text[at..];
            if (rest.StartsWith("<!--", StringComparison.Ordinal))
            {
                var end = rest[4..].IndexOf("-->", StringComparison.Ordinal);
                if (end < 0)
                {
                    return;
                }

                at += 4 + end + 3;
                continue;
            }

            if (rest.Length > 1 && rest[1] is '!' or '?')
            {
                var end = rest.IndexOf('>');
                if (end < 0)
                {
                    return;
                }

                at += end + 1;
                continue;
            }

            var isEnd = rest.Length > 1 && rest[1] == '/';
            var nameStart = isEnd ? 2 : 1;
            if (nameStart >= rest.Length || !char.IsAsciiLetter(rest[nameStart]))
            {
                at++;
                continue;
            }

            var nameEnd = nameStart;
            while (nameEnd < rest.Length && rest[nameEnd] is not (' ' or '\t' or '\n' or '\r' or '\f' or '/' or '>'))
            {
                nameEnd++;
            }

            var name = rest[nameStart..nameEnd].ToString().ToLowerInvariant();
            var tagEnd = TagEnd(rest, nameEnd, out var selfClosing);
            if (tagEnd < 0)
            {
                // End of file inside a tag: the tokenizer drops it.
                return;
            }

            at += tagEnd;
            if (isEnd)
            {
                Close(open, name, ref foreign);
                continue;
            }

            if (++elements > options.MaxElements)
            {
                throw ReadLimits.TooManyElements("网页", options.MaxElements);
            }

            if (Array.IndexOf(RawText, name) >= 0)
            {
                // Raw text runs to the end tag of the same name; the element holds no markup.
                var close = text[at..].IndexOf(("</" + name).AsSpan(), StringComparison.OrdinalIgnoreCase);
                if (close < 0)
                {
                    return;
                }

                at += close;
                continue;
            }

            if (name == "plaintext")
            {
                return;
            }

            if (Void.Contains(name) || NotPushed.Contains(name) || (selfClosing && foreign > 0))
            {
                continue;
            }

            CloseImplied(open, name);
            foreign += name is "svg" or "math" ? 1 : 0;
            open.Add(name);
            if (open.Count > options.MaxNestingDepth)
            {
                throw ReadLimits.TooDeep("网页", options.MaxNestingDepth);
            }
        }
    }

    /// <summary>Returns the index just past the tag's <c>&gt;</c> (quoted attribute values may hold one), or -1.</summary>
    private static int TagEnd(ReadOnlySpan<char> tag, int from, out bool selfClosing)
    {
        selfClosing = false;
        var i = from;
        while (i < tag.Length)
        {
            var c = tag[i];
            if (c == '>')
            {
                selfClosing = i > 0 && tag[i - 1] == '/';
                return i + 1;
            }

            if (c is '"' or '\'' && i > 0 && tag[..i].TrimEnd(" \t\n\r\f").EndsWith("="))
            {
                var close = tag[(i + 1)..].IndexOf(c);
                if (close < 0)
                {
                    return -1;
                }

                i += close + 2;
                continue;
            }

            i++;
        }

        return -1;
    }

    /// <summary>An end tag closes the innermost open element of its name and all above it; without one it is ignored.</summary>
    private static void Close(List<string> open, string name, ref int foreign)
    {
        var index = open.LastIndexOf(name);
        if (index < 0)
        {
            return;
        }

        for (var i = open.Count - 1; i >= index; i--)
        {
            foreign -= open[i] is "svg" or "math" ? 1 : 0;
        }

        open.RemoveRange(index, open.Count - index);
    }

    /// <summary>A start tag of an element with an optional end tag closes an open one of its group, as far as the nearest table or list.</summary>
    private static void CloseImplied(List<string> open, string name)
    {
        string[]? group = name switch
        {
            "p" => ["p"],
            "li" => ["li"],
            "dt" or "dd" => ["dt", "dd"],
            "td" or "th" => ["td", "th"],
            "tr" => ["tr", "td", "th"],
            "tbody" or "thead" or "tfoot" => ["tbody", "thead", "tfoot", "tr", "td", "th"],
            "option" => ["option"],
            "optgroup" => ["optgroup", "option"],
            "rb" or "rt" or "rtc" or "rp" => ["rb", "rt", "rtc", "rp"],
            "a" or "nobr" or "button" or "form" or "select" => [name],
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" => ["h1", "h2", "h3", "h4", "h5", "h6"],
            _ => null,
        };
        if (group is null)
        {
            return;
        }

        for (var i = open.Count - 1; i >= 0; i--)
        {
            var element = open[i];
            if (Array.IndexOf(group, element) >= 0)
            {
                open.RemoveRange(i, open.Count - i);
                return;
            }

            if (element is "table" or "ul" or "ol" or "dl" or "select" or "svg" or "math")
            {
                return;
            }
        }
    }
}
