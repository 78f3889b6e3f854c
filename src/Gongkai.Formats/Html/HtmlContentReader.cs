// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Gongkai.Checking;
using Gongkai.Formats.Content;

namespace Gongkai.Formats.Html;

/// <summary>Reads annual reports published as web pages (HTML, including Word's HTML export) into content blocks.</summary>
/// <remarks>
/// <para>Claimed by content: after an optional byte order mark, white space, comments and an XML declaration,
/// the file starts with a doctype or one of the usual HTML tags (<see cref="Sniff"/>).</para>
/// <para>The bytes are decoded by <see cref="HtmlTextDecoding"/> with the charset the page declares (a simplified
/// WHATWG "prescan a byte stream to determine its encoding", HTML Living Standard §13.2.3.2, over the first
/// 4 KB) into a pooled buffer, it is refused when its markup is excessive (<see cref="HtmlStructureScan"/>: elements, nesting), its markup is shortened to what the reader asks of it (styles, unused attributes and
/// bare inline wrappers go: <see cref="HtmlCompactor"/>), it is parsed by AngleSharp's HTML5 parser, the report is located by
/// <see cref="ReportRegionLocator"/> and read by <see cref="HtmlBlockWalker"/>. A page with no report at all fails with
/// <see cref="HtmlMessages.NoReport"/>.</para>
/// </remarks>
internal sealed partial class HtmlContentReader : IContentReader
{
    private const int SniffBytes = 2048;
    private const int PrescanBytes = 4096;

    private static readonly HashSet<string> StartTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "html", "head", "body", "meta", "title", "link", "base", "style", "script", "table", "div", "p", "span", "section",
        "article", "header", "nav", "main", "font", "center", "h1", "h2", "h3", "h4", "h5", "h6", "br", "ul", "ol", "form",
        "strong", "b",
    };

    // A parser builds its browsing context and configuration when created, a cost comparable to parsing a small
    // page; one per thread is kept (the parser keeps no state between documents, but is not documented as thread-safe).
    [ThreadStatic]
    private static CancellableParser? _parser;

    /// <inheritdoc/>
    public string Kind => "html";

    private static CancellableParser Parser => _parser ??= new CancellableParser();

    /// <inheritdoc/>
    public bool Sniff(ReadOnlySpan<byte> data)
    {
        var bom = HtmlTextDecoding.DetectBom(data, out var bomLength);
        var window = data[bomLength..];
        window = window[..Math.Min(SniffBytes, window.Length)];
        var head = bom is not null && bom.CodePage != Encoding.UTF8.CodePage
            ? bom.GetString(window[..(window.Length & ~1)])
            : Encoding.Latin1.GetString(window);
        return LooksLikeHtml(head);
    }

    /// <inheritdoc/>
    public DocumentContent Read(ReadOnlyMemory<byte> data, ReadOptions options, CancellationToken cancellationToken)
    {
        var span = data.Span;
        var declared = PrescanCharset(span[..Math.Min(PrescanBytes, span.Length)]);
        var decoded = HtmlTextDecoding.DecodeToBuffer(span, declared, out var text, out var length);
        try
        {
            var findings = new List<Finding>();
            if (decoded.Note is not null)
            {
                findings.Add(new Finding
                {
                    Rule = RuleIds.ExtractAssumption,
                    Severity = decoded.Source == TextEncodingSource.Fallback ? Severity.Warning : Severity.Info,
                    Message = decoded.Note,
                });
            }

            if (decoded.Invalid is not null)
            {
                findings.Add(decoded.Invalid.ToFinding());
            }

            HtmlStructureScan.Check(text.AsSpan(0, length), options);
            length = HtmlCompactor.Compact(text.AsSpan(0, length));
            var document = Parse(text, length, cancellationToken);
            var region = ReportRegionLocator.Locate(document, cancellationToken)
                ?? throw new ReportReadException(HtmlMessages.NoReport) { Kind = ReadErrorKind.NotAReport };
            return new DocumentContent(HtmlBlockWalker.Walk(region, options.MaxTableCells, cancellationToken), findings);
        }
        finally
        {
            // The document is not used after this, and its text nodes and attributes are strings of their own.
            ArrayPool<char>.Shared.Return(text);
        }
    }

    /// <summary>Parses the page's text, observing the cancellation token.</summary>
    /// <remarks>
    /// The tree builder's work grows with the square of the nesting depth, so a crafted page of deeply nested
    /// elements must end at the read timeout. The parser's asynchronous overload observed the token at every
    /// token but takes only a string (a new large-object-heap string at every read); the character-array
    /// overload is synchronous. It is cancelled here in two ways: the token is checked whenever the tree builder
    /// creates an element, and on cancellation the rest of the text is overwritten with spaces, so that the
    /// tokenizer runs out of tags at once and the builder finishes (the half-built tree is thrown away).
    /// </remarks>
    private static AngleSharp.Html.Dom.IHtmlDocument Parse(char[] text, int length, CancellationToken cancellationToken)
    {
        // ParseDocument(char[], 0) would read the whole (rented) array: an empty page is parsed from an empty one.
        if (length == 0)
        {
            text = [];
        }

        using var stop = cancellationToken.Register(static state =>
        {
            var (chars, count) = ((char[], int))state!;
            chars.AsSpan(0, count).Fill(' ');
        }, (text, length));
        var document = Parser.Parse(text, length, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        return document;
    }

    /// <summary>Finds the charset a page declares in a <c>meta</c> element or an XML declaration.</summary>
    /// <param name="head">The first bytes of the page.</param>
    /// <returns>The charset label, or null.</returns>
    internal static string? PrescanCharset(ReadOnlySpan<byte> head)
    {
        // Labels are ASCII, so a Latin-1 view of the bytes is enough whatever the real encoding.
        var text = Encoding.Latin1.GetString(head);
        var match = MetaCharset().Match(text);
        if (!match.Success)
        {
            match = XmlEncoding().Match(text);
        }

        if (!match.Success)
        {
            return null;
        }

        // §13.2.3.2: a meta declaring UTF-16 in an ASCII-compatible byte stream means UTF-8.
        var label = match.Groups["label"].Value;
        return label.StartsWith("utf-16", StringComparison.OrdinalIgnoreCase) ? "utf-8" : label;
    }

    private static bool LooksLikeHtml(string head)
    {
        var i = 0;
        while (true)
        {
            while (i < head.Length && (char.IsWhiteSpace(head[i]) || head[i] == '\0'))
            {
                i++;
            }

            if (i >= head.Length || head[i] != '<')
            {
                return false;
            }

            var rest = head.AsSpan(i);
            if (rest.StartsWith("<!--", StringComparison.Ordinal) || rest.StartsWith("<?", StringComparison.Ordinal))
            {
                var close = rest.StartsWith("<!--", StringComparison.Ordinal) ? "-->" : "?>";
                var end = head.IndexOf(close, i, StringComparison.Ordinal);
                if (end < 0)
                {
                    // A long comment fills the window: accept only a document element further on.
                    return head.Contains("<html", StringComparison.OrdinalIgnoreCase)
                        || head.Contains("<!doctype html", StringComparison.OrdinalIgnoreCase);
                }

                i = end + close.Length;
                continue;
            }

            if (rest.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            var nameEnd = 1;
            while (nameEnd < rest.Length && char.IsAsciiLetterOrDigit(rest[nameEnd]))
            {
                nameEnd++;
            }

            var name = rest[1..nameEnd].ToString();
            var terminated = nameEnd < rest.Length && (char.IsWhiteSpace(rest[nameEnd]) || rest[nameEnd] is '>' or '/');
            return terminated && StartTags.Contains(name);
        }
    }

    [GeneratedRegex("""<meta\b[^>]*?\bcharset\s*=\s*["']?\s*(?<label>[A-Za-z0-9_.:\-]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex MetaCharset();

    [GeneratedRegex("""^\s*<\?xml[^>]*?\bencoding\s*=\s*["'](?<label>[A-Za-z0-9_.:\-]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex XmlEncoding();

    /// <summary>An HTML parser whose element-creation hook throws when the current read is cancelled.</summary>
    private sealed class CancellableParser
    {
        private readonly HtmlParser _parser;
        private CancellationToken _cancellationToken;

        public CancellableParser()
        {
            _parser = new HtmlParser(new HtmlParserOptions { OnCreated = (_, _) => _cancellationToken.ThrowIfCancellationRequested() });
        }

        public AngleSharp.Html.Dom.IHtmlDocument Parse(char[] text, int length, CancellationToken cancellationToken)
        {
            _cancellationToken = cancellationToken;
            try
            {
                return _parser.ParseDocument(text, length);
            }
            finally
            {
                _cancellationToken = default;
            }
        }
    }
}
