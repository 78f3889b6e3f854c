// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Text;
using System.Text.RegularExpressions;
using Gongkai.Cells;
using Gongkai.Formats.Assembly;
using Gongkai.Text;

namespace Gongkai.Formats.Text;

/// <summary>
/// Restores the lines of a report delivered on one line, as crawlers and copy-paste from a web page give it: section
/// headings, sentences and tables run together, table cells glued into digit runs between the labels
/// (「…规章000行政规范性文件8855698第二十条第（五）项…」).
/// </summary>
/// <remarks>
/// <para>A line is taken apart only when it is long and holds at least two section headings or a table's labels. The
/// headings are found by their numbering and a known title (the variants of <see cref="SectionHeadings"/>), in
/// increasing order; the tables by their labels (the row labels of the catalog, the headers of table 二, the column
/// words of tables 三 and 四), each with its numbering where the label is short. Each table row comes out as a tab row
/// 「label⇥digits」 — the digit runs stay as they are, with the spaces between some of their cells as cell breaks — so
/// the assembler's glued-value reading decides the cells by the table's arithmetic, or leaves them unread and says so.
/// A digit run's last digit that is the next label's item number (「…3700000372.没有现成信息」) goes with the label.</para>
/// <para>Everything else stays text: a section's body is one paragraph per sub-part (a 「（一）」 after a sentence's end
/// starts a new one).</para>
/// </remarks>
internal static partial class OneLineText
{
    private const int MinLength = 300;

    private static readonly Regex Heading = BuildHeading();

    private static readonly Regex Table2Labels = BuildLabels(Table2LabelTexts(), numbered: false);

    private static readonly Regex Table3Labels = BuildLabels(Table3LabelTexts(), numbered: true);

    private static readonly Regex Table2Columns = BuildWords(
        ["本年制发件数", "本年废止件数", "现行有效件数", "本年新制作数量", "本年新公开数量", "对外公开总数量", "上一年项目数量", "本年增/减", "本年增减",
         "本年处理决定数量", "处理决定数量", "本年收费金额（单位：万元）", "本年收费金额(单位:万元)", "本年收费金额", "采购项目数量", "采购总金额"]);

    private static readonly Regex Table3Columns = BuildWords(
        ["申请人情况", "自然人", "法人或其他组织", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]);

    private static readonly Regex Table4Words = BuildWords(
        ["行政复议", "行政诉讼", "未经复议直接起诉", "复议后起诉", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]);

    /// <summary>Returns the text with its one-line parts taken apart into lines, or null when no line is of that kind.</summary>
    /// <param name="text">The decoded text.</param>
    /// <returns>The rewritten text, or null.</returns>
    public static string? Unflatten(string text)
    {
        if (text.Length < MinLength)
        {
            return null;
        }

        StringBuilder? result = null;
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }

            var line = text.AsSpan(start, end - start).TrimEnd('\r');
            var rewritten = line.Contains('\t') ? null
                : line.Length >= MinLength && MayBeRunTogether(line) ? Split(line.ToString(), tableOnly: false)
                : IsTableRunTogether(line) ? Split(line.ToString(), tableOnly: true)
                : null;
            if (rewritten is not null)
            {
                result ??= new StringBuilder(text.Length + 1024).Append(text, 0, start);
                result.Append(rewritten);
            }
            else
            {
                result?.Append(line).Append('\n');
            }

            start = end + 1;
        }

        return result?.ToString();
    }

    /// <summary>A cheap test before the patterns: a report run together names table 二's rows (「第二十条」) or has two numbered headings.</summary>
    private static bool MayBeRunTogether(ReadOnlySpan<char> line)
    {
        if (line.Contains("第二十条", StringComparison.Ordinal))
        {
            return true;
        }

        var numbered = 0;
        for (var i = line.IndexOf('、'); i > 0 && numbered < 2; i = line[(i + 1)..].IndexOf('、') is var next and >= 0 ? i + 1 + next : -1)
        {
            if ("一二三四五六".Contains(line[i - 1], StringComparison.Ordinal))
            {
                numbered++;
            }
        }

        return numbered >= 2;
    }

    /// <summary>Takes one long line apart, or returns null when it is not a report run together.</summary>
    // One table of an otherwise ordinary text run together on its line (pdf2md: 「第二十条第（一）项 信息内容 本年制发件数 …
    // 规章 0 0 0 行政规范性文件 3 0 8 第二十条第（五）项 …」, 「行政复议 行政诉讼 结果 维持 … 1 1 0 0 2 …」).
    private static bool IsTableRunTogether(ReadOnlySpan<char> line)
    {
        if (line.Length < 40 || line.Count(' ') < 6)
        {
            return false;
        }

        var trimmed = line.TrimStart();
        return (trimmed.StartsWith("第二十条", StringComparison.Ordinal) && trimmed[4..].Contains("第二十条", StringComparison.Ordinal))
            || (trimmed.StartsWith("行政复议", StringComparison.Ordinal) && trimmed.Contains("维持", StringComparison.Ordinal) && trimmed.IndexOfAnyInRange('0', '9') >= 0);
    }

    private static string? Split(string line, bool tableOnly)
    {
        var headings = Headings(line);
        var t2 = Table2Start(line);
        var t3 = Table3Start(line, t2);
        var t4 = Table4Start(line, Math.Max(t2, t3));
        if (headings.Count < 2 && t2 < 0 && t3 < 0 && !(tableOnly && t4 >= 0))
        {
            return null;
        }

        // The parts, in order: text up to the first table, each table up to the next heading (or table), text after.
        var cuts = new SortedDictionary<int, char>();
        var headingLengths = new Dictionary<int, int>();
        foreach (var h in headings)
        {
            cuts[h.Index] = 'h';
            headingLengths[h.Index] = h.Length;
        }

        if (t2 >= 0)
        {
            cuts[t2] = '2';
        }

        if (t3 >= 0)
        {
            cuts[t3] = '3';
        }

        if (t4 >= 0)
        {
            cuts[t4] = '4';
        }

        // An unnumbered section title written right before its table (「主动公开政府信息情况第二十条…」) heads it.
        foreach (var (table, section) in new[] { (t2, 2), (t3, 3), (t4, 4) })
        {
            if (table > 0 && UnnumberedTitleBefore(line, table, section) is var titleStart and >= 0 && !cuts.ContainsKey(titleStart)
                && !headings.Exists(h => h.Index <= titleStart && titleStart < h.Index + h.Length + 2))
            {
                cuts[titleStart] = 'u';
            }
        }

        var output = new StringBuilder(line.Length + 512);
        var points = cuts.ToList();
        if (points.Count == 0 || points[0].Key > 0)
        {
            Text(line.AsSpan(0, points.Count == 0 ? line.Length : points[0].Key), output);
        }

        for (var i = 0; i < points.Count; i++)
        {
            var from = points[i].Key;
            var to = i + 1 < points.Count ? points[i + 1].Key : line.Length;
            var part = line[from..to];
            switch (points[i].Value)
            {
                case 'h':
                    output.Append(line, from, headingLengths[from]).Append('\n');
                    Text(part.AsSpan(headingLengths[from]), output);
                    break;
                case 'u':
                    output.Append(part).Append('\n');
                    break;
                case '2':
                    Table(part, Table2Labels, Table2Columns, output);
                    break;
                case '3':
                    Table(part, Table3Labels, Table3Columns, output);
                    break;
                default:
                    Table4(part, output);
                    break;
            }
        }

        return output.ToString();
    }

    /// <summary>The section headings in increasing order of section.</summary>
    private static List<Match> Headings(string line)
    {
        var kept = new List<Match>();
        var last = 0;
        foreach (Match m in Heading.Matches(line))
        {
            var title = m.Value;
            var section = SectionHeadings.Match(title, out _, out var fit);
            if (section > last && fit == HeadingFit.Exact)
            {
                kept.Add(m);
                last = section;
            }
        }

        return kept;
    }

    /// <summary>Where an unnumbered title of <paramref name="section"/> that ends at <paramref name="end"/> starts, or -1.</summary>
    private static int UnnumberedTitleBefore(string line, int end, int section)
    {
        for (var length = 4; length <= 30 && length <= end; length++)
        {
            var candidate = line.Substring(end - length, length);
            if (SectionHeadings.Match(candidate, out var written, out var fit) == section && written == 0 && fit != HeadingFit.None)
            {
                // The longest title that still is one: keep extending while the match holds.
                var start = end - length;
                while (start > 0 && end - start < 30 && SectionHeadings.Match(line[(start - 1)..end], out written, out _) == section && written == 0)
                {
                    start--;
                }

                return start;
            }
        }

        return -1;
    }

    private static int Table2Start(string line)
    {
        var m = Table2Labels.Match(line);
        while (m.Success)
        {
            if (m.Value.StartsWith("第二十条", StringComparison.Ordinal))
            {
                return m.Index;
            }

            m = m.NextMatch();
        }

        return -1;
    }

    private static int Table3Start(string line, int after)
    {
        var from = Math.Max(0, after);
        var header = line.IndexOf("申请人情况", from, StringComparison.Ordinal);
        var note = line.IndexOf("本列数据的勾稽关系", from, StringComparison.Ordinal);
        var label = Table3Labels.Match(line, from);
        var first = new[] { header, note, label.Success && IsRow(line, label) ? label.Index : -1 }.Where(static p => p >= 0).DefaultIfEmpty(-1).Min();
        if (first < 0)
        {
            return -1;
        }

        // The note's opening bracket belongs to it.
        return first > 0 && line[first - 1] is '(' or '（' ? first - 1 : first;
    }

    private static int Table4Start(string line, int after)
    {
        var from = Math.Max(0, after);
        var kept = -1;
        for (var at = line.IndexOf("结果", from, StringComparison.Ordinal); at >= 0; at = line.IndexOf("结果", at + 2, StringComparison.Ordinal))
        {
            // 「结果维持」, or 「结果 维持」 when the converter kept the cells' spaces.
            if (line.AsSpan(at + 2).TrimStart(' ').StartsWith("维持", StringComparison.Ordinal))
            {
                kept = at;
                break;
            }
        }

        if (kept < 0)
        {
            return -1;
        }

        var review = line.LastIndexOf("行政复议", kept, Math.Min(kept + 1, 60), StringComparison.Ordinal);
        return review >= 0 ? review : kept;
    }

    // A label is a row when values follow it, or another label does (a group label before its first item).
    private static bool IsRow(string line, Match label)
    {
        var end = label.Index + label.Length;
        while (end < line.Length && line[end] == ' ')
        {
            end++;
        }

        return end < line.Length && (char.IsAsciiDigit(line[end]) || line[end] is '（' or '(');
    }

    /// <summary>A section's body: one paragraph per sub-part.</summary>
    private static void Text(ReadOnlySpan<char> text, StringBuilder output)
    {
        var body = text.Trim();
        var start = 0;
        for (var i = 1; i < body.Length - 2; i++)
        {
            // 「。（二）」: a sub-part starts after a sentence ends.
            if (body[i - 1] is '。' or '；' && body[i] is '（' or '(' && IsChineseNumeral(body[i + 1]) && body[i + 2] is '）' or ')')
            {
                Paragraph(body[start..i], output);
                start = i;
            }
        }

        Paragraph(body[start..], output);
    }

    private static void Paragraph(ReadOnlySpan<char> text, StringBuilder output)
    {
        var trimmed = text.Trim();
        if (!trimmed.IsEmpty)
        {
            output.Append(trimmed).Append('\n');
        }
    }

    /// <summary>A table: a tab row per label, with the values after it; header words as cells; other text as text.</summary>
    private static void Table(string part, Regex labels, Regex columns, StringBuilder output)
    {
        var matches = NonOverlapping(labels.Matches(part));
        var position = 0;
        string? pendingGroup = null;
        for (var i = 0; i < matches.Count; i++)
        {
            var m = matches[i];
            if (m.Index > position)
            {
                Loose(part.AsSpan(position, m.Index - position), columns, output);
            }

            var next = i + 1 < matches.Count ? matches[i + 1].Index : part.Length;
            var valueStart = m.Index + m.Length;
            var valueEnd = ValueEnd(part, valueStart, next);
            var label = part.Substring(m.Index, m.Length).Trim();
            var values = Values(part.AsSpan(valueStart, valueEnd - valueStart));
            if (labels == Table3Labels && values.Length == 0 && part.AsSpan(valueEnd, next - valueEnd).Trim().IsEmpty && i + 1 < matches.Count)
            {
                // A group label directly before its first item: one row, as the official table has it. (In table 二 a
                // label directly before the next one is a row with a blank cell: 「行政强制第二十条第（八）项…」.)
                pendingGroup = pendingGroup is null ? label : pendingGroup + "\t" + label;
                position = valueEnd;
                continue;
            }

            if (pendingGroup is not null)
            {
                output.Append(pendingGroup).Append('\t');
                pendingGroup = null;
            }

            output.Append(label);
            if (values.Length > 0)
            {
                output.Append('\t').Append(values);
                output.Append('\n');
                position = valueEnd;
            }
            else
            {
                // A header label (「信息内容」, 「第二十条第（一）项」): its column words follow as cells.
                var words = columns.Matches(part.AsSpan(valueStart, next - valueStart).ToString());
                var covered = 0;
                foreach (Match w in words)
                {
                    output.Append('\t').Append(w.Value);
                    covered = w.Index + w.Length;
                }

                output.Append('\t').Append('\n');
                position = valueStart + covered;
            }
        }

        if (pendingGroup is not null)
        {
            output.Append(pendingGroup).Append('\t').Append('\n');
        }

        if (position < part.Length)
        {
            Loose(part.AsSpan(position), columns, output);
        }
    }

    /// <summary>Text between labels: column words become a header row, the rest text.</summary>
    private static void Loose(ReadOnlySpan<char> text, Regex columns, StringBuilder output)
    {
        var s = text.Trim().ToString();
        if (s.Length == 0)
        {
            return;
        }

        if (WrappedRow(s, columns == Table3Columns) is { } row)
        {
            output.Append(row).Append('\n');
            return;
        }

        var words = columns.Matches(s);
        var covered = words.Sum(static w => w.Length);
        if (words.Count >= 2 && covered * 2 >= s.Replace(" ", string.Empty, StringComparison.Ordinal).Length)
        {
            output.Append(string.Join('\t', words.Select(static w => w.Value))).Append('\t').Append('\n');
            return;
        }

        Text(s, output);
    }

    /// <summary>
    /// A table 三 row whose label wrapped around its values in the source (「2.申请人逾期…不再处理其政」, the values, then
    /// 「府信息公开申请」 on the next line), flattened into label piece, digits, label piece: the row 「label\tdigits」 when the
    /// two pieces together name one official row. The item number may have run into the digits before (「…00000002」),
    /// so a label starting with its separator is taken without it.
    /// </summary>
    private static string? WrappedRow(string text, bool table3)
    {
        if (!table3)
        {
            return null;
        }

        var first = text.AsSpan().IndexOfAnyInRange('0', '9');
        if (first <= 0)
        {
            return null;
        }

        var end = first;
        while (end < text.Length && (char.IsAsciiDigit(text[end]) || text[end] == ' '))
        {
            end++;
        }

        var trimmed = text.AsSpan(0, first).Trim();
        var head = trimmed.TrimStart(".、．");
        var tail = text.AsSpan(end).Trim();
        if (head.Length < 4 || tail.IndexOfAnyInRange('0', '9') >= 0)
        {
            return null;
        }

        var label = string.Concat(head, tail);
        var folded = TextFold.Fold(label);
        var core = Table3Interpreter.Core(folded);
        var row = Table3Interpreter.Match(core, out var how, allowSimilar: false)
            ?? Table3Interpreter.MatchDistinctive(folded, out how);

        // A label whose item number ran into the values before (「.其他法律行政止公开000 0 00 0」) is a row even when
        // worded unlike the official one: the table interpreter matches it and says how.
        var afterItemNumber = head.Length < trimmed.Length && tail.IsEmpty && Table3Interpreter.Match(core, out _) is not null;
        return (row is not null && how == Table3Interpreter.MatchKind.Exact && !tail.IsEmpty) || afterItemNumber
            ? label + "\t" + Values(text.AsSpan(first, end - first))
            : null;
    }

    /// <summary>Table 四: the header words as one row of cells, then the run of values.</summary>
    private static void Table4(string part, StringBuilder output)
    {
        var words = Table4Words.Matches(part);
        var position = 0;
        var header = new List<string>();
        foreach (Match w in words)
        {
            // The header is the run of words with nothing but spaces between them.
            if (!part.AsSpan(position, w.Index - position).Trim().IsEmpty && header.Count > 0)
            {
                break;
            }

            header.Add(w.Value);
            position = w.Index + w.Length;
        }

        var valueEnd = ValueEnd(part, position, part.Length);
        var values = Values(part.AsSpan(position, valueEnd - position));
        output.Append(string.Join('\t', header)).Append('\t').Append('\n');
        if (values.Length > 0)
        {
            output.Append('\t').Append(values).Append('\n');
        }

        Text(part.AsSpan(valueEnd), output);
    }

    /// <summary>Where the values after a label end: the first character that is not part of a number or a space.</summary>
    private static int ValueEnd(string part, int start, int limit)
    {
        var i = start;
        while (i < limit)
        {
            var c = part[i];
            if (char.IsAsciiDigit(c) || c is ' ' or '.' or ',')
            {
                i++;
                continue;
            }

            // A page number glued between values: 「9487-3-第二十条」.
            if (c is '-' or '—' && PageNumber().Match(part, i) is { Success: true } page && page.Index == i)
            {
                i += page.Length;
                continue;
            }

            // A sign: 「本年增/减」 may be negative.
            if (c is '-' or '+' && i + 1 < limit && char.IsAsciiDigit(part[i + 1]))
            {
                i++;
                continue;
            }

            break;
        }

        // A trailing dot or comma is the next item's numbering, not part of a value.
        while (i > start && part[i - 1] is '.' or ',' or ' ')
        {
            i--;
        }

        return i;
    }

    /// <summary>The values as tab-separated cells: spaces are cell breaks, page numbers dropped.</summary>
    private static string Values(ReadOnlySpan<char> text)
    {
        var cleaned = PageNumber().Replace(text.ToString(), " ");
        var tokens = cleaned.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return string.Join('\t', tokens);
    }

    private static List<Match> NonOverlapping(MatchCollection matches)
    {
        var kept = new List<Match>(matches.Count);
        foreach (Match m in matches)
        {
            if (kept.Count > 0 && m.Index < kept[^1].Index + kept[^1].Length)
            {
                continue;
            }

            kept.Add(m);
        }

        return kept;
    }

    private static bool IsChineseNumeral(char c) => "一二三四五六七八九十".Contains(c, StringComparison.Ordinal);

    private static IEnumerable<string> Table2LabelTexts() =>
        [
            "第二十条第（一）项", "第二十条第（五）项", "第二十条第（六）项", "第二十条第（八）项", "第二十条第（九）项", "第二十条第（十）项", "信息内容",
            .. ReportCatalog.Table2Rows.Select(static r => r.Label), "规范性文件",
        ];

    private static IEnumerable<string> Table3LabelTexts()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in ReportCatalog.Table3Rows)
        {
            if (row.Group is { } group && seen.Add(group))
            {
                yield return group;
            }

            if (seen.Add(row.Label))
            {
                yield return row.Label;
            }
        }
    }

    private static Regex BuildHeading()
    {
        var cores = SectionHeadings.Variants.Select(static v => v.Core).Distinct(StringComparer.Ordinal).OrderByDescending(static c => c.Length).Select(Loosely);
        var pattern = @"[一二三四五六七]\s*[、.．]\s*(?:20\d\d\s*年度?)?(?:政府信息公开|年度|工作|本年度)*(?:" + string.Join('|', cores) + @")(?:工作)?(?:的)?(?:情况)?";
        return new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }

    /// <summary>Labels with their numbering; a short label (under four characters after it) needs its numbering to match.</summary>
    private static Regex BuildLabels(IEnumerable<string> labels, bool numbered)
    {
        var alternatives = new List<(int Length, string Pattern)>();
        foreach (var label in labels.Distinct(StringComparer.Ordinal))
        {
            var (numbering, core) = SplitNumbering(label);

            // The distinctive part: up to a parenthetical (「部分公开（区分处理的…）」), which may follow in any form.
            var paren = core.IndexOfAny(['（', '(']);
            var head = paren > 0 && !core.StartsWith("第二十条", StringComparison.Ordinal) ? core[..paren] : core;
            var tail = paren > 0 && head.Length < core.Length ? @"(?:\s*[（(][^）)]{0,40}[）)])?" : string.Empty;
            var optional = !numbered || head.Length >= 4;
            var prefix = numbering.Length == 0 ? string.Empty : optional ? $"(?:{numbering})?" : numbering;
            alternatives.Add((label.Length, prefix + Loosely(head) + tail));
        }

        var pattern = string.Join('|', alternatives.OrderByDescending(static a => a.Length).Select(static a => a.Pattern));
        return new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }

    private static Regex BuildWords(IEnumerable<string> words) =>
        new(string.Join('|', words.OrderByDescending(static w => w.Length).Select(Loosely)), RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>The numbering of a catalog label as a pattern that accepts its written forms, and the label after it.</summary>
    private static (string Numbering, string Core) SplitNumbering(string label)
    {
        if (label.Length > 3 && label[0] == '（' && label[2] == '）')
        {
            return ($@"[（(]\s*{label[1]}\s*[）)]\s*", label[3..]);
        }

        if (label.Length > 2 && char.IsAsciiDigit(label[0]) && label[1] == '.')
        {
            return ($@"{label[0]}\s*[.．、]\s*", label[2..]);
        }

        if (label.Length > 2 && IsChineseNumeral(label[0]) && label[1] == '、')
        {
            return ($@"{label[0]}\s*[、.．]\s*", label[2..]);
        }

        return (string.Empty, label);
    }

    /// <summary>A pattern for <paramref name="text"/> with spaces allowed between characters and either form of punctuation.</summary>
    private static string Loosely(string text)
    {
        var sb = new StringBuilder(text.Length * 6);
        foreach (var c in text)
        {
            if (sb.Length > 0)
            {
                sb.Append(@"\s*");
            }

            sb.Append(c switch
            {
                '（' or '(' => "[（(]",
                '）' or ')' => "[）)]",
                '，' or ',' => "[，,]",
                '：' or ':' => "[：:]",
                '、' => "[、,，]",
                '“' or '”' or '"' => "[“”\"]",
                '/' => "[/／]",
                _ => Regex.Escape(c.ToString()),
            });
        }

        return sb.ToString();
    }

    [GeneratedRegex(@"[-—]\s*\d{1,3}\s*[-—](?=\s*\D|$)", RegexOptions.CultureInvariant)]
    private static partial Regex PageNumber();
}
