// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Gongkai.Formats.Html;

/// <summary>Classifies HTML elements for reading: skipped, block-level, chrome; and parses span attributes.</summary>
internal static class HtmlNodes
{
    /// <summary>The deepest element nesting that is read; deeper content is ignored (guards the recursion against crafted pages).</summary>
    public const int MaxDepth = 400;

    // Elements whose content is never rendered text of the page (WHATWG HTML §4.11, §4.12, §4.8 embedded content, forms).
    // A switch rather than a set: it is asked twice for every element of a page. The tokenizer lower-cases tag names,
    // and no foreign element's adjusted name (foreignObject …) is one of these, so case needs no folding.
    private static bool IsSkippedName(string name) => name switch
    {
        "script" or "style" or "noscript" or "template" or "head" or "title" or "meta" or "link" or "base" or "iframe" or "frame"
            or "frameset" or "noframes" or "object" or "embed" or "applet" or "svg" or "math" or "canvas" or "audio" or "video"
            or "picture" or "img" or "map" or "area" or "select" or "option" or "optgroup" or "datalist" or "button" or "input"
            or "textarea" or "nav" or "dialog" => true,
        _ => false,
    };

    // Elements rendered as blocks by the WHATWG HTML §15.3 user-agent style sheet: they end the line before and after.
    private static bool IsBlockName(string name) => name switch
    {
        "address" or "article" or "aside" or "blockquote" or "body" or "caption" or "center" or "dd" or "details" or "dir" or "div"
            or "dl" or "dt" or "fieldset" or "figcaption" or "figure" or "footer" or "form" or "h1" or "h2" or "h3" or "h4" or "h5"
            or "h6" or "header" or "hgroup" or "hr" or "html" or "legend" or "li" or "listing" or "main" or "menu" or "ol" or "p"
            or "plaintext" or "pre" or "search" or "section" or "summary" or "table" or "tbody" or "td" or "tfoot" or "th"
            or "thead" or "tr" or "ul" or "xmp" => true,
        _ => false,
    };

    // Class or id fragments of page chrome (breadcrumbs, share bars, print/close buttons, QR codes, related links).
    private static readonly string[] ChromeTokens =
    [
        "breadcrumb", "crumb", "share", "fenxiang", "print", "dayin", "qrcode", "ewm", "erweima", "pager", "pagination",
        "xglj", "related", "relnews", "toolbar", "guanbi", "nav", "menu", "footer", "copyright", "search", "login",
        "sidebar", "position", "weizhi", "dqwz", "location", "font_size", "fontsize", "zihao",
    ];

    // The values of the three hiding declarations (IsHidingStyle), and white space as CSS sees it.
    private static readonly System.Buffers.SearchValues<string> HidingValues =
        System.Buffers.SearchValues.Create(["none", "hidden", "all"], StringComparison.OrdinalIgnoreCase);

    private const string CssSpace = " \t\n\r\f";

    private static readonly HashSet<string> ChromeRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "navigation", "banner", "contentinfo", "search", "menu", "menubar", "toolbar",
    };

    /// <summary>Returns whether an element and its content are never read: scripts, styles, embedded content, form controls, navigation, hidden elements.</summary>
    /// <param name="element">The element.</param>
    /// <returns>Whether to skip it.</returns>
    public static bool IsSkipped(IElement element) => IsSkippedName(element.LocalName) || IsHidden(element);

    /// <summary>Returns whether an element is block-level (starts and ends a line).</summary>
    /// <param name="element">The element.</param>
    /// <returns>Whether it is a block.</returns>
    public static bool IsBlock(IElement element) => IsBlockName(element.LocalName);

    /// <summary>Returns whether an element looks like page chrome by its tag, role, class or id.</summary>
    /// <param name="element">The element.</param>
    /// <returns>Whether it looks like chrome; callers keep it anyway when it holds report content.</returns>
    public static bool LooksLikeChrome(IElement element)
    {
        if (element.LocalName is "header" or "footer" or "aside")
        {
            return true;
        }

        if (element.GetAttribute("role") is { } role && ChromeRoles.Contains(role.Trim()))
        {
            return true;
        }

        return HasChromeToken(element.GetAttribute("class")) || HasChromeToken(element.Id);
    }

    /// <summary>Returns whether an element is hidden: the <c>hidden</c> attribute (WHATWG HTML §6.1) or an inline style that hides it.</summary>
    /// <param name="element">The element.</param>
    /// <returns>Whether it is hidden.</returns>
    public static bool IsHidden(IElement element)
    {
        if (element.HasAttribute("hidden"))
        {
            return true;
        }

        var style = element.GetAttribute("style");
        return !string.IsNullOrEmpty(style) && IsHidingStyle(style);
    }

    /// <summary>Returns whether an inline style hides its element: <c>display:none</c>, <c>visibility:hidden</c> or Word's <c>mso-hide:all</c>, ignoring case and white space around the colon.</summary>
    /// <param name="style">The style attribute's value.</param>
    /// <returns>Whether it hides.</returns>
    public static bool IsHidingStyle(ReadOnlySpan<char> style)
    {
        // The three values are searched for at once (a vectorized multi-string search: Word writes a colon every ten
        // characters, and a loop over the colons was a sixth of the time spent preparing a Word page), and each find
        // is checked backwards for its property. As in CSS (Syntax Level 3 §4), white space may stand around the colon,
        // not inside a name or a keyword. mso-hide:all is how Word's HTML export marks hidden text.
        var offset = 0;
        while (offset < style.Length)
        {
            var found = style[offset..].IndexOfAny(HidingValues);
            if (found < 0)
            {
                return false;
            }

            var at = offset + found;
            var property = (style[at] | 0x20) switch
            {
                'n' => "display",
                'h' => "visibility",
                _ => "mso-hide",
            };
            if (PropertyBefore(style[..at], property))
            {
                return true;
            }

            offset = at + 1;
        }

        return false;
    }

    /// <summary>Returns the rows of a table in table order (thead, then body rows, then tfoot), not those of nested tables.</summary>
    /// <param name="table">The table element.</param>
    /// <returns>The rows.</returns>
    public static IEnumerable<IHtmlTableRowElement> Rows(IElement table) =>
        table is IHtmlTableElement html ? html.Rows : [];

    /// <summary>Returns whether a table contains another table.</summary>
    /// <param name="table">The table.</param>
    /// <returns>Whether it nests a table.</returns>
    public static bool HasNestedTable(IElement table)
    {
        // The same answer as QuerySelector("table") (tag names are lower-cased by the tokenizer), without parsing a
        // selector each time; iterative, because a crafted page may nest far deeper than the stack allows.
        var pending = new Stack<INode>();
        pending.Push(table);
        while (pending.TryPop(out var node))
        {
            var children = node.ChildNodes;
            for (var c = 0; c < children.Length; c++)
            {
                var child = children[c];
                if (child is IElement element)
                {
                    if (element.LocalName == "table")
                    {
                        return true;
                    }

                    pending.Push(element);
                }
            }
        }

        return false;
    }

    /// <summary>Parses <c>colspan</c> or <c>rowspan</c> with the WHATWG "rules for parsing non-negative integers" (§2.3.4.1).</summary>
    /// <param name="value">The attribute value, or null.</param>
    /// <param name="fallback">The value when absent or not a number.</param>
    /// <returns>The parsed value (may be 0), or <paramref name="fallback"/>.</returns>
    public static int ParseSpan(string? value, int fallback)
    {
        if (value is null)
        {
            return fallback;
        }

        var span = value.AsSpan().TrimStart(" \t\n\f\r");
        if (span.Length > 0 && span[0] == '+')
        {
            span = span[1..];
        }

        long result = 0;
        var digits = 0;
        while (digits < span.Length && span[digits] is >= '0' and <= '9' && result < 100000)
        {
            result = (result * 10) + (span[digits] - '0');
            digits++;
        }

        return digits == 0 ? fallback : (int)Math.Min(result, 100000);
    }

    /// <summary>Returns whether <paramref name="before"/> ends with <paramref name="property"/> (ASCII case ignored) and a colon, white space allowed around the colon.</summary>
    private static bool PropertyBefore(ReadOnlySpan<char> before, string property)
    {
        before = before.TrimEnd(CssSpace);
        if (before.IsEmpty || before[^1] != ':')
        {
            return false;
        }

        return before[..^1].TrimEnd(CssSpace).EndsWith(property, StringComparison.OrdinalIgnoreCase);
    }

    private static bool HasChromeToken(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return false;
        }

        var rest = value.AsSpan();
        foreach (var range in rest.SplitAny(" \t\n\r"))
        {
            var token = rest[range];
            if (token.IsEmpty)
            {
                continue;
            }

            foreach (var chrome in ChromeTokens)
            {
                if (token.Contains(chrome, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
