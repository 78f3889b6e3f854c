// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Text;
using Gongkai.Formats.Content;
using Gongkai.Formats.Text;
using Gongkai.Text;

namespace Gongkai.Formats.Markdown;

/// <summary>Reads Markdown reports with pipe tables (GFM) into content blocks.</summary>
/// <remarks>
/// <para>Claimed by content: text holding a pipe table, i.e. a line starting with <c>|</c> followed by a
/// delimiter row (<c>| --- | ---: |</c>, GitHub Flavored Markdown spec §4.10). Markdown without pipe tables is
/// left to the text reader, which already reads headings and list dashes.</para>
/// <para>Each line outside a table is a paragraph, as in the text reader: ATX heading markers (<c>#</c>, CommonMark
/// §4.2), list bullets and block-quote markers are removed, backslash escapes (§2.4) resolved, HTML comments
/// (§4.6) skipped. A table row's cells are split at unescaped pipes; <c>&lt;br&gt;</c> inside a cell is a line
/// break. The delimiter row is not a row of the table, nor is a second one in the body, where PDF-to-Markdown converters
/// mark a page break.</para>
/// </remarks>
internal sealed class MarkdownContentReader : IContentReader
{
    /// <inheritdoc/>
    public string Kind => "markdown";

    /// <inheritdoc/>
    public bool Sniff(ReadOnlySpan<byte> data)
    {
        // Byte-level: the pipe and the delimiter row are ASCII in UTF-8 and GB18030 alike.
        var previousStartsWithPipe = false;
        var limit = Math.Min(data.Length, 1 << 20);
        var start = 0;
        while (start < limit)
        {
            var end = data[start..limit].IndexOf((byte)'\n');
            var line = end < 0 ? data[start..limit] : data.Slice(start, end);
            var trimmed = line.Trim(" \t\r"u8);
            if (previousStartsWithPipe && IsDelimiterRow(trimmed))
            {
                return TextDecoding.LooksLikeText(data);
            }

            previousStartsWithPipe = trimmed.Length > 1 && trimmed[0] == (byte)'|';
            if (end < 0)
            {
                break;
            }

            start += end + 1;
        }

        return false;
    }

    /// <inheritdoc/>
    public DocumentContent Read(ReadOnlyMemory<byte> data, ReadOptions options, CancellationToken cancellationToken)
    {
        var text = TextDecoding.Decode(data.Span, out _, out var invalid);
        var content = ReadText(text, options, cancellationToken);
        return invalid is null ? content : content with { Findings = [invalid.ToFinding()] };
    }

    /// <summary>Splits decoded Markdown into blocks.</summary>
    /// <param name="text">The Markdown.</param>
    /// <param name="cancellationToken">Cancels a long read.</param>
    /// <returns>The content.</returns>
    internal static DocumentContent ReadText(string text, CancellationToken cancellationToken = default) =>
        ReadText(text, ReadOptions.Default, cancellationToken);

    /// <summary>Splits decoded Markdown into blocks, within the limits of <paramref name="options"/>.</summary>
    /// <param name="text">The Markdown.</param>
    /// <param name="options">The limits (<see cref="ReadOptions.MaxCharacters"/>, <see cref="ReadOptions.MaxLines"/>, <see cref="ReadOptions.MaxTableCells"/>).</param>
    /// <param name="cancellationToken">Cancels a long read.</param>
    /// <returns>The content.</returns>
    /// <exception cref="ReportReadException">The text exceeds a limit.</exception>
    internal static DocumentContent ReadText(string text, ReadOptions options, CancellationToken cancellationToken = default)
    {
        if (text.Length > options.MaxCharacters)
        {
            throw ReadLimits.TooManyCharacters(options.MaxCharacters);
        }

        // Counted before the text is split into a string per line (CR, LF and CRLF each end a line).
        if (text.AsSpan().Count('\n') + text.AsSpan().Count('\r') - text.AsSpan().Count("\r\n") >= options.MaxLines)
        {
            throw ReadLimits.TooManyLines(options.MaxLines);
        }

        // A row has at most one cell more than pipes: counted before its cells are made.
        var cellsLeft = (long)options.MaxTableCells;
        string Take(string row)
        {
            cellsLeft -= row.AsSpan().Count('|') + 1;
            return cellsLeft >= 0 ? row : throw ReadLimits.TooManyCells(options.MaxTableCells);
        }

        // Markdown made from a PDF carries the text layer's Kangxi radicals (⼈⺠⼀ for 人民一).
        var lines = TextFold.NormalizeRadicals(text).ReplaceLineEndings("\n").Split('\n');
        var blocks = new List<ContentBlock>();
        for (var i = 0; i < lines.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var line = lines[i];
            var trimmed = line.Trim();
            if (TextFold.IsBlank(trimmed))
            {
                continue;
            }

            if (trimmed.StartsWith("<!--", StringComparison.Ordinal))
            {
                while (i < lines.Length && !lines[i].Contains("-->", StringComparison.Ordinal))
                {
                    i++;
                }

                continue;
            }

            if (trimmed[0] == '|' && i + 1 < lines.Length && IsDelimiterRow(Encoding.UTF8.GetBytes(lines[i + 1].Trim())))
            {
                var start = i;
                var rows = new List<ContentRow> { Row(Take(trimmed), i + 1) };
                i += 2;
                while (i < lines.Length && lines[i].TrimStart().StartsWith('|'))
                {
                    // A delimiter row inside the body is where a converter broke the table at a page (GFM would read
                    // a row of hyphens): no row of the table.
                    if (!IsDelimiterRow(Encoding.UTF8.GetBytes(lines[i].Trim())))
                    {
                        rows.Add(Row(Take(lines[i].Trim()), i + 1));
                    }

                    i++;
                }

                i--;
                blocks.Add(new ContentTable(rows, SourceLocation.AtLine(start + 1, 1)));
                continue;
            }

            var paragraph = Unescape(StripBlockMarkers(trimmed)).Trim();
            if (paragraph.Length > 0)
            {
                blocks.Add(new ContentParagraph(paragraph, SourceLocation.AtLine(i + 1, 1)));
            }
        }

        return new DocumentContent(blocks);
    }

    private static bool IsDelimiterRow(ReadOnlySpan<byte> line)
    {
        // GFM §4.10: cells of hyphens with optional colons, separated by pipes; at least one hyphen in each.
        if (line.IndexOf((byte)'-') < 0 || line.IndexOf((byte)'|') < 0)
        {
            return false;
        }

        foreach (var b in line)
        {
            if (b is not ((byte)'|' or (byte)'-' or (byte)':' or (byte)' ' or (byte)'\t'))
            {
                return false;
            }
        }

        return true;
    }

    private static string StripBlockMarkers(string line)
    {
        var s = line.AsSpan();
        if (s.StartsWith("#"))
        {
            // CommonMark §4.2: 1–6 '#' then a space or the end; an optional closing sequence of '#'.
            var n = 0;
            while (n < s.Length && s[n] == '#')
            {
                n++;
            }

            if (n <= 6 && (n == s.Length || s[n] is ' ' or '\t'))
            {
                s = s[n..].Trim();
                var close = s.Length;
                while (close > 0 && s[close - 1] == '#')
                {
                    close--;
                }

                if (close == 0 || (close < s.Length && s[close - 1] is ' ' or '\t'))
                {
                    s = s[..close];
                }

                return s.Trim().ToString();
            }
        }

        if (s.Length > 1 && s[0] is '-' or '+' or '*' && s[1] is ' ' or '\t')
        {
            return s[2..].Trim().ToString();
        }

        if (s.StartsWith(">"))
        {
            return s[1..].Trim().ToString();
        }

        return line;
    }

    private static ContentRow Row(string line, int lineNumber)
    {
        var cells = new List<ContentCell>(16);
        var cell = new StringBuilder();
        var column = 1;
        var start = line.StartsWith('|') ? 1 : 0;
        var end = line.Length;
        if (end > start && line[end - 1] == '|' && (end < 2 || line[end - 2] != '\\'))
        {
            end--;
        }

        for (var i = start; i <= end; i++)
        {
            if (i == end || line[i] == '|')
            {
                cells.Add(new ContentCell(CellText(cell.ToString()), SourceLocation.AtLine(lineNumber, column)));
                cell.Clear();
                column = i + 2;
                continue;
            }

            if (line[i] == '\\' && i + 1 < end && line[i + 1] == '|')
            {
                cell.Append("\\|");
                i++;
                continue;
            }

            cell.Append(line[i]);
        }

        return new ContentRow(cells, SourceLocation.AtLine(lineNumber, 1));
    }

    private static string CellText(string raw)
    {
        var text = raw.Trim();
        foreach (var br in (ReadOnlySpan<string>)["<br>", "<br/>", "<br />"])
        {
            text = text.Replace(br, "\n", StringComparison.OrdinalIgnoreCase);
        }

        return Unescape(text);
    }

    /// <summary>Resolves CommonMark backslash escapes (§2.4): a backslash before ASCII punctuation stands for that character.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The text without escapes.</returns>
    internal static string Unescape(string text)
    {
        if (!text.Contains('\\', StringComparison.Ordinal))
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length && char.IsAsciiLetterOrDigit(text[i + 1]) is false && text[i + 1] is > ' ' and < '\x7f')
            {
                sb.Append(text[i + 1]);
                i++;
                continue;
            }

            sb.Append(text[i]);
        }

        return sb.ToString();
    }
}
