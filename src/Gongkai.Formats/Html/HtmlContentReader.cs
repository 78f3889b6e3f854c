// Copyright (c) Gongkai contributors. Licensed under the MIT License.

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
/// 4 KB), parsed by AngleSharp's HTML5 parser, the report is located by <see cref="ReportRegionLocator"/> and
/// read by <see cref="HtmlBlockWalker"/>. A page with no report at all fails with
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
    private static HtmlParser? _parser;

    /// <inheritdoc/>
    public string Kind => "html";

    private static HtmlParser Parser => _parser ??= new HtmlParser();

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
        var decoded = HtmlTextDecoding.Decode(span, declared);
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

        // The asynchronous overload observes the token inside the tree builder, whose work grows with the square
        // of the nesting depth: a crafted page of deeply nested elements then ends at the read timeout.
        // With a string source nothing is awaited, so blocking on it is safe.
        var document = Parser.ParseDocumentAsync(decoded.Text, cancellationToken).GetAwaiter().GetResult();
        var region = ReportRegionLocator.Locate(document, cancellationToken)
            ?? throw new ReportReadException(HtmlMessages.NoReport);
        return new DocumentContent(HtmlBlockWalker.Walk(region, cancellationToken), findings);
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
}
