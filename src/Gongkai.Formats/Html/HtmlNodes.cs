// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Buffers;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Gongkai.Formats.Html;

/// <summary>Classifies HTML elements for reading: skipped, block-level, chrome; and parses span attributes.</summary>
internal static class HtmlNodes
{
    /// <summary>The deepest element nesting that is read; deeper content is ignored (guards the recursion against crafted pages).</summary>
    public const int MaxDepth = 400;

    // Elements whose content is never rendered text of the page (WHATWG HTML §4.11, §4.12, §4.8 embedded content, forms).
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "head", "title", "meta", "link", "base", "iframe", "frame", "frameset",
        "noframes", "object", "embed", "applet", "svg", "math", "canvas", "audio", "video", "picture", "img", "map", "area",
        "select", "option", "optgroup", "datalist", "button", "input", "textarea", "nav", "dialog",
    };

    // Elements rendered as blocks by the WHATWG HTML §15.3 user-agent style sheet: they end the line before and after.
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dir", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr",
        "html", "legend", "li", "listing", "main", "menu", "ol", "p", "plaintext", "pre", "search", "section", "summary",
        "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "xmp",
    };

    // Class or id fragments of page chrome (breadcrumbs, share bars, print/close buttons, QR codes, related links).
    private static readonly string[] ChromeTokens =
    [
        "breadcrumb", "crumb", "share", "fenxiang", "print", "dayin", "qrcode", "ewm", "erweima", "pager", "pagination",
        "xglj", "related", "relnews", "toolbar", "guanbi", "nav", "menu", "footer", "copyright", "search", "login",
        "sidebar", "position", "weizhi", "dqwz", "location", "font_size", "fontsize", "zihao",
    ];

    private static readonly HashSet<string> ChromeRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "navigation", "banner", "contentinfo", "search", "menu", "menubar", "toolbar",
    };

    /// <summary>Returns whether an element and its content are never read: scripts, styles, embedded content, form controls, navigation, hidden elements.</summary>
    /// <param name="element">The element.</param>
    /// <returns>Whether to skip it.</returns>
    public static bool IsSkipped(IElement element) => Skipped.Contains(element.LocalName) || IsHidden(element);

    /// <summary>Returns whether an element is block-level (starts and ends a line).</summary>
    /// <param name="element">The element.</param>
    /// <returns>Whether it is a block.</returns>
    public static bool IsBlock(IElement element) => Blocks.Contains(element.LocalName);

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
        if (string.IsNullOrEmpty(style))
        {
            return false;
        }

        // Spaces are removed and the text lower-cased into a stack buffer: Word's HTML puts a long style attribute
        // on nearly every element, so this runs thousands of times. The keys are ASCII, so only ASCII letters and
        // the one non-ASCII character whose invariant lower case is ASCII (KELVIN SIGN → k) need lower-casing;
        // any other character stays unequal to every key character either way.
        const int StackLimit = 512;
        char[]? rented = null;
        var buffer = style.Length <= StackLimit ? stackalloc char[style.Length] : (rented = ArrayPool<char>.Shared.Rent(style.Length));
        var length = 0;
        foreach (var c in style)
        {
            if (c != ' ')
            {
                buffer[length++] = c switch
                {
                    >= 'A' and <= 'Z' => (char)(c + 32),
                    '\u212A' => 'k',
                    _ => c,
                };
            }
        }

        ReadOnlySpan<char> compact = buffer[..length];

        // mso-hide:all is how Word's HTML export marks hidden text.
        var hidden = compact.Contains("display:none", StringComparison.Ordinal)
            || compact.Contains("visibility:hidden", StringComparison.Ordinal)
            || compact.Contains("mso-hide:all", StringComparison.Ordinal);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return hidden;
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
            foreach (var child in node.ChildNodes)
            {
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
