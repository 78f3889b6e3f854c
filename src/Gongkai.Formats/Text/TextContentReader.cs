// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Text;
using Gongkai.Formats.Assembly;
using Gongkai.Formats.Content;
using Gongkai.Formats.Html;
using Gongkai.Text;

namespace Gongkai.Formats.Text;

/// <summary>Reads plain-text reports (every seed layout) into content blocks.</summary>
/// <remarks>
/// <para>Text copies of reports come in two table layouts (<c>domain.md</c> §4):</para>
/// <list type="bullet">
/// <item><b>tab rows</b>: one table row per line, cells separated by tabs, merged header cells
/// flattened into empty cells and leading tabs that shift columns (seeds 000, 001, 003);</item>
/// <item><b>one cell per line</b>: each cell on its own line after a tab, rows separated by blank lines,
/// line breaks inside header cells continuing on an untabbed line (seeds 002, 004).</item>
/// </list>
/// <para>Lines without tabs are paragraphs. Word artifacts such as <c>[bookmark: _GoBack]</c> are dropped.
/// The reader only recovers the grid; which row or column is which is decided by
/// <see cref="ReportAssembler"/> from the labels.</para>
/// </remarks>
internal sealed class TextContentReader : IContentReader
{
    private const int MaxContinuationLength = 20;

    private static readonly string[] NumberUnits = ["万元", "元", "件", "个", "项"];

    private static readonly System.Buffers.SearchValues<char> NumberChars = System.Buffers.SearchValues.Create("0123456789.,");

    public string Kind => "text";

    public bool Sniff(ReadOnlySpan<byte> data) => TextDecoding.LooksLikeText(data);

    public DocumentContent Read(ReadOnlyMemory<byte> data, ReadOptions options, CancellationToken cancellationToken)
    {
        if (!TextDecoding.LooksLikeText(data.Span))
        {
            throw new ReportReadException("文件不是可识别的文本、Word、网页或 PDF 格式（可能是二进制文件或已损坏）。") { Kind = ReadErrorKind.NotAReport };
        }

        var text = TextDecoding.Decode(data.Span, out _, out var invalid);
        var content = ReadText(text, options, cancellationToken);
        return invalid is null ? content : content with { Findings = [invalid.ToFinding()] };
    }

    /// <summary>Splits decoded text into blocks.</summary>
    /// <param name="text">The text.</param>
    /// <param name="cancellationToken">Cancels a long read.</param>
    /// <returns>The content.</returns>
    internal static DocumentContent ReadText(string text, CancellationToken cancellationToken = default) =>
        ReadText(text, ReadOptions.Default, cancellationToken);

    /// <summary>Splits decoded text into blocks, within the limits of <paramref name="options"/>.</summary>
    /// <param name="text">The text.</param>
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

        // Text copied or converted from a PDF carries the text layer's Kangxi radicals (⼈⺠⼀ for 人民一).
        text = TextFold.NormalizeRadicals(text);

        // A web page's &nbsp; (and the other fixed-width spaces) are spaces between cells, as ordinary spaces are;
        // replaced one for one, so columns stay where they were.
        text = WithOrdinarySpaces(text);

        // A crawler's or a web page's metadata header (「标题：」「发布时间：」…) is not part of the report: its lines are
        // blanked (their numbers kept) and its fields go to the assembler. Then a report run together on one line
        // (crawled or copied from a web page) is taken apart into lines.
        var metadata = MetadataHeader.Read(text, out text);
        text = OneLineText.Unflatten(text) ?? text;
        var lines = new TextLines(RemoveBookmarks(text), options.MaxLines);
        var cells = new TableCellBudget(options.MaxTableCells);

        // Several table rows on one line (pdf2md: 「规章 (^1 0 11) 行政规范性文件 (^8 26 66)」) become a line each, all
        // located at the line they came from.
        lines.SplitEach(SplitRowRuns);

        // A section heading run together with its first sentence or the table's note (pdf2md joins a text block's
        // lines: 「一、总体情况 2020年，我区…」) becomes its own line.
        lines.SplitEach(SplitLeadingHeading, digitsOnly: false);

        // Converter output: page furniture goes, space-aligned table lines become tab rows. Only lines that can be
        // either (short, or holding a space) are looked at as strings.
        for (var k = 0; k < lines.Count; k++)
        {
            var span = lines[k];
            if (span.IsEmpty || span.Contains('\t') || (span.Length > 24 && span.IndexOfAny(' ', '\u3000') < 0))
            {
                continue;
            }

            var line = span.ToString();
            var unmarked = WithoutHeadingMarker(line);
            var rewritten = IsPageFurniture(unmarked) ? string.Empty : AlignedRow(unmarked);
            if (!string.Equals(rewritten, line, StringComparison.Ordinal))
            {
                lines.Set(k, rewritten);
            }
        }

        var blocks = new List<ContentBlock>();
        var i = 0;
        while (i < lines.Count)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var line = lines[i];
            if (TextFold.IsBlank(line))
            {
                i++;
                continue;
            }

            // A table starts at its first row, or at the label fragments that lead to it (a header or a row label
            // broken over lines before the row's numbers: 「信息内容 本年新」/「制作数量」/…).
            if (line.Contains('\t') || (IsFragment(line, tableGoesOn: false) && RowFollows(lines, i + 1)))
            {
                var end = FindRunEnd(lines, i);
                blocks.Add(ReadTable(lines, i, end, cells));
                i = end;
                continue;
            }

            blocks.Add(new ContentParagraph(line.TrimEnd().ToString(), SourceLocation.AtLine(lines.LineNumber(i), 1 + LeadingSpace(line))));
            i++;
        }

        return new DocumentContent(blocks) { Metadata = metadata };
    }

    private static readonly System.Buffers.SearchValues<char> OtherSpaces = System.Buffers.SearchValues.Create(
        "\u00A0\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u202F\u205F");

    private static string WithOrdinarySpaces(string text)
    {
        var first = text.AsSpan().IndexOfAny(OtherSpaces);
        if (first < 0)
        {
            return text;
        }

        return string.Create(text.Length, (text, first), static (span, state) =>
        {
            state.text.AsSpan().CopyTo(span);
            for (var i = state.first; i < span.Length; i++)
            {
                if (OtherSpaces.Contains(span[i]))
                {
                    span[i] = ' ';
                }
            }
        });
    }

    // Word artifacts copied with the text: "[bookmark: _GoBack]" and friends, removed up to the first "]" on their line.
    private static string RemoveBookmarks(string text)
    {
        const string Marker = "[bookmark:";
        var at = text.IndexOf(Marker, StringComparison.Ordinal);
        if (at < 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        var copied = 0;
        while (at >= 0)
        {
            var lineEnd = text.AsSpan(at).IndexOfAny('\n', '\r') is var e and >= 0 ? at + e : text.Length;
            var close = text.AsSpan(at, lineEnd - at).IndexOf(']');
            if (close < 0)
            {
                // Unclosed: the rest of the line stays as it is.
                at = text.IndexOf(Marker, lineEnd, StringComparison.Ordinal);
                continue;
            }

            sb.Append(text, copied, at - copied);
            copied = at + close + 1;
            at = text.IndexOf(Marker, copied, StringComparison.Ordinal);
        }

        return sb.Append(text, copied, text.Length - copied).ToString();
    }

    private static int LeadingSpace(ReadOnlySpan<char> line)
    {
        var n = 0;
        while (n < line.Length && TextFold.IsSpace(line[n]))
        {
            n++;
        }

        return n;
    }

    // A line without tabs inside a table run: part of a label broken over lines (「（二）部分公开（区分处理的，只计这一」 /
    // 「情形，不计其他情形）」, 「（三）」/「不予公」/「开」), converters putting a blank line after every line. It is a short
    // fragment, not a heading and not a sentence, and either follows a row (the rest of that row's label) or leads,
    // through other fragments only, to a later row (the start of its label, or a group label).
    private static bool IsFragment(ReadOnlySpan<char> line, bool tableGoesOn)
    {
        // Length without spaces (labels are often spaced out: 「只 计 这 一 情 形」).
        var trimmed = TextFold.TrimAll(line);
        if (LooksLikeHeading(trimmed))
        {
            return false;
        }

        var length = TextFold.Fold(trimmed).Length;
        var fits = length <= MaxContinuationLength || (tableGoesOn && length <= 2 * MaxContinuationLength && !trimmed.Contains('。'));

        // An unnumbered section title right before its table (「主动公开政府信息情况」) is a heading, not a label.
        return fits && SectionHeadings.Match(trimmed.ToString(), out _) == 0;
    }

    // Whether a row follows line i through blank lines and label fragments only (at most a dozen of them).
    private static bool RowFollows(TextLines lines, int i)
    {
        var fragments = 0;
        for (; i < lines.Count && fragments <= 12; i++)
        {
            var line = lines[i];
            if (line.Contains('\t'))
            {
                return true;
            }

            if (TextFold.IsBlank(line))
            {
                continue;
            }

            if (!IsFragment(line, tableGoesOn: true))
            {
                return false;
            }

            fragments++;
        }

        return false;
    }

    // A numbered line is a heading, except the numbered row labels of table 三 (「三、本年度办理结果」, 「三、」 alone, 「四、结转
    // 下年度继续办理」) when they are broken over lines.
    private static bool LooksLikeHeading(ReadOnlySpan<char> text)
    {
        if (text.StartsWith("#"))
        {
            return true;
        }

        if (text.Length < 2 || text[1] != '、' || !"一二三四五六七八九十".Contains(text[0]))
        {
            return false;
        }

        var rest = text[2..];
        return !(rest.IsEmpty || rest.StartsWith("本年") || rest.StartsWith("上年") || rest.StartsWith("结转"));
    }

    private static int FindRunEnd(TextLines lines, int start)
    {
        var i = start;
        var end = start;
        var afterRow = false;
        while (i < lines.Count)
        {
            var line = lines[i];
            if (line.Contains('\t'))
            {
                end = ++i;
                afterRow = true;
                continue;
            }

            if (TextFold.IsBlank(line))
            {
                i++;
                continue;
            }

            var leads = RowFollows(lines, i + 1);
            if ((afterRow || leads) && IsFragment(line, leads))
            {
                end = ++i;
                afterRow = false;
                continue;
            }

            break;
        }

        // Trailing blank lines belong to what follows.
        return end;
    }

    private static ContentTable ReadTable(TextLines lines, int start, int end, TableCellBudget budget)
    {
        int single = 0, multi = 0;
        for (var i = start; i < end; i++)
        {
            var line = lines[i];
            var tabs = line.Count('\t');
            if (tabs == 0)
            {
                continue;
            }

            if (tabs == 1 && line[0] == '\t')
            {
                single++;
            }
            else
            {
                multi++;
            }
        }

        var rows = single > multi ? ReadCellPerLine(lines, start, end, budget) : ReadTabRows(lines, start, end, budget);
        return new ContentTable(rows, SourceLocation.AtLine(lines.LineNumber(start), 1));
    }

    private static List<ContentRow> ReadTabRows(TextLines lines, int start, int end, TableCellBudget budget)
    {
        var rows = new List<ContentRow>(end - start);
        for (var i = start; i < end; i++)
        {
            var line = lines[i];
            if (TextFold.IsBlank(line))
            {
                continue;
            }

            // An untabbed line inside a tab-row table is a row whose separators were lost
            // (「行政处罚1092」, a line of digits): a row of one cell, for the assembler to interpret.
            rows.Add(SplitRow(line, lines.LineNumber(i), budget));
        }

        return rows;
    }

    private static ContentRow SplitRow(ReadOnlySpan<char> line, int lineNumber, TableCellBudget budget)
    {
        budget.Take(line.Count('\t') + 1);
        var cells = new List<ContentCell>(16);
        var start = 0;
        for (var j = 0; j <= line.Length; j++)
        {
            if (j == line.Length || line[j] == '\t')
            {
                cells.Add(new ContentCell(line[start..j].ToString(), SourceLocation.AtLine(lineNumber, start + 1)));
                start = j + 1;
            }
        }

        return new ContentRow(cells, SourceLocation.AtLine(lineNumber, 1));
    }

    private static List<ContentRow> ReadCellPerLine(TextLines lines, int start, int end, TableCellBudget budget)
    {
        var rows = new List<ContentRow>();
        var cells = new List<ContentCell>();
        var rowLine = 0;

        void Flush()
        {
            if (cells.Count > 0)
            {
                rows.Add(new ContentRow(cells.ToArray(), SourceLocation.AtLine(rowLine, 1)));
                cells.Clear();
            }
        }

        for (var i = start; i < end; i++)
        {
            var line = lines[i];
            if (TextFold.IsBlank(line) && !line.Contains('\t'))
            {
                Flush();
                continue;
            }

            if (cells.Count == 0)
            {
                rowLine = lines.LineNumber(i);
            }

            if (!line.Contains('\t'))
            {
                // An untabbed line continues the cell above (a line break inside a header cell: 「商业」/「企业」).
                if (cells.Count > 0)
                {
                    var last = cells[^1];
                    cells[^1] = last with { Text = string.Concat(last.Text, "\n", line.Trim()) };
                }
                else
                {
                    budget.Take(1);
                    cells.Add(new ContentCell(line.ToString(), SourceLocation.AtLine(lines.LineNumber(i), 1)));
                }

                continue;
            }

            // "\tX" is one cell; a line with more tabs holds several cells (text before the first tab, if any, too).
            if (line[0] == '\t' && !line[1..].Contains('\t'))
            {
                budget.Take(1);
                cells.Add(new ContentCell(line[1..].ToString(), SourceLocation.AtLine(lines.LineNumber(i), 2)));
                continue;
            }

            var row = SplitRow(line, lines.LineNumber(i), budget);
            var first = line[0] == '\t' ? 1 : 0;
            for (var k = first; k < row.Cells.Count; k++)
            {
                cells.Add(row.Cells[k]);
            }
        }

        Flush();
        return rows;
    }

    /// <summary>The lines of a text as ranges of it: a string per line would cost more than the file for short lines.</summary>
    private sealed class TextLines
    {
        private readonly string _text;
        private List<(int Start, int Length)> _lines;
        private List<int>? _numbers;
        private Dictionary<int, string>? _replaced;

        public TextLines(string text, int maxLines)
        {
            _text = text;
            _lines = new List<(int, int)>(Math.Min(text.Length / 24, maxLines) + 1);
            var start = 0;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (c is '\n' or '\r')
                {
                    Add(start, i - start, maxLines);
                    if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    start = i + 1;
                }
            }

            if (start < text.Length)
            {
                Add(start, text.Length - start, maxLines);
            }
        }

        public int Count => _lines.Count;

        public ReadOnlySpan<char> this[int index] =>
            _replaced is not null && _replaced.TryGetValue(index, out var replaced) ? replaced : _text.AsSpan(_lines[index].Start, _lines[index].Length);

        /// <summary>Gets the 1-based number, in the source, of the line at <paramref name="index"/>.</summary>
        public int LineNumber(int index) => _numbers is null ? index + 1 : _numbers[index];

        /// <summary>Replaces each line the splitter splits by its parts, each located at the original line.</summary>
        /// <param name="splitter">Returns the parts of a line, or null to keep it.</param>
        /// <param name="digitsOnly">Whether only lines with a digit can split (the splitter is not asked about others).</param>
        public void SplitEach(Func<string, List<string>?> splitter, bool digitsOnly = true)
        {
            List<(int Start, int Length)>? lines = null;
            List<int>? numbers = null;
            Dictionary<int, string>? replaced = null;
            for (var i = 0; i < _lines.Count; i++)
            {
                var span = this[i];
                var parts = span.Length >= 8 && (!digitsOnly || span.IndexOfAnyInRange('0', '9') >= 0) ? splitter(span.ToString()) : null;
                if (parts is null && lines is null)
                {
                    continue;
                }

                if (lines is null)
                {
                    lines = _lines.GetRange(0, i);
                    numbers = [.. Enumerable.Range(1, i)];
                    replaced = _replaced is null ? [] : new Dictionary<int, string>(_replaced.Where(r => r.Key < i));
                }

                if (parts is null)
                {
                    if (_replaced is not null && _replaced.TryGetValue(i, out var line))
                    {
                        replaced![lines.Count] = line;
                    }

                    lines.Add(_lines[i]);
                    numbers!.Add(LineNumber(i));
                    continue;
                }

                foreach (var part in parts)
                {
                    replaced![lines.Count] = part;
                    lines.Add((0, 0));
                    numbers!.Add(LineNumber(i));
                }
            }

            if (lines is not null)
            {
                _lines = lines;
                _numbers = numbers;
                _replaced = replaced;
            }
        }

        /// <summary>Replaces one line (a converter's row rewritten as a tab row, page furniture emptied).</summary>
        public void Set(int index, string line) => (_replaced ??= [])[index] = line;

        private void Add(int start, int length, int maxLines)
        {
            if (_lines.Count == maxLines)
            {
                throw ReadLimits.TooManyLines(maxLines);
            }

            _lines.Add((start, length));
        }
    }

    // Page furniture that converters leave inside tables: page numbers (「—2—」「- 4 -」「第 3 页 共 5 页」) and
    // page-break comments (pdf2md's 「<!-- PAGE_BREAK -->」).
    private static bool IsPageFurniture(string line)
    {
        var s = line.AsSpan().Trim();
        if (s.Length == 0)
        {
            return false;
        }

        if (s.StartsWith("<!--") && s.EndsWith("-->"))
        {
            return true;
        }

        var dashes = 0;
        while (dashes < s.Length && IsDash(s[dashes]))
        {
            dashes++;
        }

        var end = s.Length;
        while (end > dashes && IsDash(s[end - 1]))
        {
            end--;
        }

        if (dashes > 0 && end < s.Length)
        {
            var inner = s[dashes..end].Trim();
            return inner.Length is > 0 and <= 4 && inner.IndexOfAnyExceptInRange('0', '9') < 0;
        }

        // 「第 3 页」「第3页 共5页」「第 3 页 / 共 5 页」
        var folded = TextFold.Fold(s.ToString());
        if (!folded.StartsWith('第'))
        {
            return false;
        }

        var rest = folded.AsSpan(1);
        var digits = rest.IndexOfAnyExceptInRange('0', '9');
        if (digits <= 0 || !rest[digits..].StartsWith("页"))
        {
            return false;
        }

        rest = rest[(digits + 1)..].TrimStart("/,，");
        if (rest.Length == 0)
        {
            return true;
        }

        if (!rest.StartsWith("共"))
        {
            return false;
        }

        rest = rest[1..];
        digits = rest.IndexOfAnyExceptInRange('0', '9');
        return digits > 0 && rest[digits..] is "页";
    }

    // 「一、总体情况 2020年，我区…」: a numbered known section title, then a space and more text. Only an exact title
    // splits (「一、总体情况良好，…」 and table labels such as 「一、本年新收…数量 20 0 …」 do not).
    private static List<string>? SplitLeadingHeading(string line)
    {
        var start = LeadingSpace(line);
        if (start >= line.Length || !(IsChineseNumeral(line[start]) || line[start] is '第' or '#'))
        {
            return null;
        }

        var text = WithoutHeadingMarker(line);
        var end = text.AsSpan(start).IndexOfAny(' ', '\u3000', '\t');
        if (end <= 0 || TextFold.IsBlank(text.AsSpan(start + end)))
        {
            return null;
        }

        end += start;
        return SectionHeadings.Match(text[start..end], out _, out var fit) > 0 && fit == HeadingFit.Exact
            ? [text[..end], text[end..]]
            : null;
    }

    private static bool IsChineseNumeral(char c) => c is '一' or '二' or '三' or '四' or '五' or '六';

    // PDF-to-Markdown converters mark every line of a page as an ATX heading (「### 规章 0 0 0」, CommonMark §4.2): the
    // marker is not part of a label, a row or a title. The leading spaces are kept for the source column.
    private static string WithoutHeadingMarker(string line)
    {
        var start = LeadingSpace(line);
        var hashes = 0;
        while (start + hashes < line.Length && line[start + hashes] == '#')
        {
            hashes++;
        }

        if (hashes is 0 or > 6 || (start + hashes < line.Length && line[start + hashes] is not (' ' or '\t')))
        {
            return line;
        }

        var rest = line.AsSpan(start + hashes).Trim(" \t");

        // A closing sequence of #s is not content either (「## 标题 ##」).
        rest = rest.TrimEnd('#').TrimEnd(" \t");
        return string.Concat(line.AsSpan(0, start), rest);
    }

    private static bool IsDash(char c) => c is '-' or '—' or '–' or '－' or '−' or '_' or '~';

    // A line of space-aligned columns (pdftotext -layout, -raw, pdf2md): a label followed by numbers separated by
    // spaces (「一、本年新收政府信息公开申请数量     4 0 0 0 0 0 4」), or a header of short cells separated by runs of two
    // or more spaces (「信息内容     本年制发件数     本年废止件数」), becomes a tab row: the label cells split at
    // runs of two or more spaces, each number its own cell. A single number after a single space, or a line
    // holding a sentence, stays text (the assembler still reads a label glued to its value).
    private static string AlignedRow(string line)
    {
        if (line.Contains('\t', StringComparison.Ordinal) || TextFold.IsBlank(line))
        {
            return line;
        }

        var tokens = new List<(int Start, int End)>();
        for (var i = 0; i < line.Length;)
        {
            while (i < line.Length && TextFold.IsSpace(line[i]))
            {
                i++;
            }

            var start = i;
            while (i < line.Length && !TextFold.IsSpace(line[i]))
            {
                i++;
            }

            if (i > start)
            {
                tokens.Add((start, i));
            }
        }

        var numbers = 0;
        while (numbers < tokens.Count && IsNumberToken(line.AsSpan(tokens[tokens.Count - 1 - numbers].Start, tokens[tokens.Count - 1 - numbers].End - tokens[tokens.Count - 1 - numbers].Start)))
        {
            numbers++;
        }

        var labelTokens = tokens.Count - numbers;
        var label = labelTokens == 0 ? string.Empty : line[tokens[0].Start..tokens[labelTokens - 1].End];
        if (label.Contains('。', StringComparison.Ordinal) || label.Contains('；', StringComparison.Ordinal))
        {
            return line;
        }

        // Numbers inside the label part mean several rows run together on one line (pdf2md: 「（一）予以公开 (^1288 21 …)
        // （二）部分公开… 447 7 …」): which numbers belong to which label is not evident, so the line stays text.
        for (var t = 0; t < labelTokens; t++)
        {
            var token = line.AsSpan(tokens[t].Start, tokens[t].End - tokens[t].Start).TrimStart("(（^");
            if (IsNumberToken(token) || (token.Length > 0 && char.IsAsciiDigit(token[^1]) && token.Contains('^')))
            {
                return line;
            }
        }

        var cells = new List<string>();
        if (numbers == 0)
        {
            cells.AddRange(SplitAtWideGaps(label));
            if (cells.Count < 3 || cells.Any(c => TextFold.Fold(c).Length > 14 || c.Contains('，', StringComparison.Ordinal)))
            {
                return line;
            }

            return string.Join('\t', cells);
        }

        if (numbers == 1)
        {
            var gap = tokens[labelTokens].Start - (labelTokens == 0 ? 0 : tokens[labelTokens - 1].End);
            if (labelTokens == 0 || gap < 2 || TextFold.Fold(label).Length > 30 || label.Contains('，', StringComparison.Ordinal) || label.Contains('：', StringComparison.Ordinal))
            {
                return line;
            }
        }
        else if (TextFold.Fold(label).Length > 60)
        {
            return line;
        }

        if (labelTokens > 0)
        {
            cells.AddRange(SplitAtWideGaps(label));
        }

        for (var t = labelTokens; t < tokens.Count; t++)
        {
            cells.Add(line[tokens[t].Start..tokens[t].End]);
        }

        // A row of numbers only keeps an empty label cell so that it is read as a row and not as one cell.
        return (labelTokens == 0 ? "\t" : string.Empty) + string.Join('\t', cells);
    }

    private static List<string> SplitAtWideGaps(string text)
    {
        var cells = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (!TextFold.IsSpace(text[i]))
            {
                continue;
            }

            var j = i;
            while (j < text.Length && TextFold.IsSpace(text[j]))
            {
                j++;
            }

            if (j - i >= 2)
            {
                cells.Add(text[start..i].Trim());
                start = j;
            }

            i = j - 1;
        }

        cells.Add(text[start..].Trim());
        cells.RemoveAll(c => c.Length == 0);
        return cells;
    }

    // A number as converters write it in a table: digits with thousands separators or a decimal point.
    // Table rows run together on one line by a converter: labels each followed by a run of at least three numbers
    // (「一、本年新收政府信息公开申请数量 (^3001 53 0 0 61 4 3119) 二、上年结转…」; pdf2md writes superscript-looking runs
    // as 「(^…)」 and 「…信息^746」). Returns the rows, or null when the line is not such a line.
    private static List<string>? SplitRowRuns(string line)
    {
        if (line.Contains('\t'))
        {
            return null;
        }

        var marked = line.AsSpan().IndexOf('^') is var caret and >= 0 && caret + 1 < line.Length && char.IsAsciiDigit(line[caret + 1]);
        var text = marked ? line.Replace("(^", " ", StringComparison.Ordinal).Replace('^', ' ') : line;
        var tokens = text.Split([' ', '\u3000'], StringSplitOptions.RemoveEmptyEntries);
        var rows = new List<string>();
        var current = new List<string>();
        int runs = 0, run = 0;
        foreach (var raw in tokens)
        {
            // The closing parenthesis of a wrapped run: 「66)」.
            var token = raw.EndsWith(')') && raw.Length > 1 && char.IsAsciiDigit(raw[^2]) && line.Contains("(^", StringComparison.Ordinal) ? raw[..^1] : raw;
            if (IsNumberToken(token))
            {
                run++;
                current.Add(token);
                continue;
            }

            if (run > 0)
            {
                if (run < 3)
                {
                    return null;
                }

                runs++;
                rows.Add(string.Join(' ', current));
                current.Clear();
                run = 0;
            }
            else if (token == ")")
            {
                continue;
            }

            current.Add(token);
        }

        if (run is > 0 and < 3)
        {
            return null;
        }

        if (run > 0)
        {
            runs++;
        }

        if (current.Count > 0)
        {
            rows.Add(string.Join(' ', current));
        }

        // Only labels and runs: the first row starts with a label, and every row but the last ends with its numbers.
        return runs >= 2 && rows.Count >= 2 && !IsNumberToken(tokens[0]) ? rows
            : marked && runs == 1 ? [string.Join(' ', rows)]
            : null;
    }

    // A number as a converter leaves it in a table line: digits and separators, with a sign where a change is
    // shown (「-18」, 2019 format's 本年增/减) and a unit written in the cell (「73802895.90元」).
    private static bool IsNumberToken(ReadOnlySpan<char> token)
    {
        if (token.Length > 1 && token[0] is '-' or '－' or '−' or '+' && char.IsAsciiDigit(token[1]))
        {
            token = token[1..];
        }

        foreach (var unit in NumberUnits)
        {
            if (token.Length > unit.Length && token.EndsWith(unit, StringComparison.Ordinal))
            {
                token = token[..^unit.Length];
                break;
            }
        }

        return token.Length is > 0 and <= 16 && char.IsAsciiDigit(token[0]) && char.IsAsciiDigit(token[^1]) && token.IndexOfAnyExcept(NumberChars) < 0;
    }
}
