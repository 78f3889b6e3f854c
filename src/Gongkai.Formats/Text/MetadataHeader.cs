// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Gongkai.Formats.Content;

namespace Gongkai.Formats.Text;

/// <summary>
/// The metadata header a crawler or a copy from a government web page puts above a report: 「标题：…」「发布时间：…」
/// 「发布机构：…」「原文链接：…」「索引号：…」 lines, usually closed by a separator line (「-----」「=====」).
/// </summary>
/// <remarks>
/// <para>A header is recognised only at the top of the text: a run of lines each starting with a known field label and
/// a colon (full- or half-width, with or without spaces; several fields may share a line: 「发布时间：2024-01-15 来源：某局」),
/// blank lines allowed in between, then optionally a separator line. It needs two field lines, or one and the
/// separator, so that a report that merely starts with 「日期：…」 keeps its line.</para>
/// <para>The header's lines are blanked, not removed, so every line of the report keeps its number in findings; the
/// fields are returned as <see cref="DocumentMetadata"/> for the assembler (title, unit, publication date).</para>
/// </remarks>
internal static partial class MetadataHeader
{
    private const int MaxHeaderLines = 30;

    private const int MaxFieldLineLength = 600;

    private enum Field
    {
        Other,
        Title,
        Publisher,
        Date,
        DateSecondary,
        DateWeak,
    }

    // The labels of the fields a government CMS page shows above an article (政府信息公开 目录 and article pages).
    private static readonly (string Label, Field Field)[] Labels =
    [
        ("文章标题", Field.Title), ("信息名称", Field.Title), ("文件名称", Field.Title), ("标题", Field.Title), ("题目", Field.Title), ("名称", Field.Title),
        ("发布时间", Field.Date), ("发布日期", Field.Date), ("公开日期", Field.Date), ("公开时间", Field.Date), ("发文日期", Field.Date),
        ("成文日期", Field.DateSecondary), ("印发日期", Field.DateSecondary), ("生成日期", Field.DateSecondary),
        ("更新时间", Field.DateWeak), ("更新日期", Field.DateWeak), ("日期", Field.DateWeak), ("时间", Field.DateWeak),
        ("发布机构", Field.Publisher), ("发布单位", Field.Publisher), ("发布部门", Field.Publisher), ("发文机关", Field.Publisher), ("发文单位", Field.Publisher),
        ("公开主体", Field.Publisher), ("信息来源", Field.Publisher), ("文章来源", Field.Publisher), ("来源单位", Field.Publisher), ("来源", Field.Publisher),
        ("原文链接", Field.Other), ("原文地址", Field.Other), ("链接", Field.Other), ("网址", Field.Other), ("URL", Field.Other), ("地址", Field.Other),
        ("索引号", Field.Other), ("发文字号", Field.Other), ("文号", Field.Other), ("主题分类", Field.Other), ("体裁分类", Field.Other),
        ("组配分类", Field.Other), ("服务对象分类", Field.Other), ("信息分类", Field.Other), ("分类", Field.Other), ("主题词", Field.Other),
        ("关键词", Field.Other), ("公开方式", Field.Other), ("公开范围", Field.Other), ("公开形式", Field.Other), ("有效性", Field.Other),
        ("作者", Field.Other), ("责任编辑", Field.Other), ("编辑", Field.Other), ("浏览次数", Field.Other), ("阅读次数", Field.Other),
        ("访问次数", Field.Other), ("点击数", Field.Other), ("字号", Field.Other), ("备注", Field.Other),
    ];

    private static readonly Regex FieldLabel = BuildFieldLabel();

    /// <summary>Reads the header at the top of <paramref name="text"/>, if there is one.</summary>
    /// <param name="text">The decoded text.</param>
    /// <param name="body">The text with the header's lines blanked (line numbers kept), or <paramref name="text"/> itself.</param>
    /// <returns>The fields, or null when the text has no header.</returns>
    public static DocumentMetadata? Read(string text, out string body)
    {
        body = text;
        if (text.Length == 0 || !MayStartWithHeader(text))
        {
            return null;
        }

        var fields = new List<(Field Field, string Value)>();
        var fieldLines = 0;
        var firstLine = 0;
        var end = -1;
        var separated = false;
        var position = 0;
        for (var lineIndex = 0; lineIndex < MaxHeaderLines && position < text.Length; lineIndex++)
        {
            var next = text.IndexOf('\n', position);
            var lineEnd = next < 0 ? text.Length : next;
            var line = text.AsSpan(position, lineEnd - position).Trim();
            var after = next < 0 ? text.Length : next + 1;
            if (line.IsEmpty || line.SequenceEqual("\uFEFF"))
            {
                position = after;
                continue;
            }

            if (IsSeparator(line))
            {
                if (fieldLines > 0)
                {
                    end = after;
                    separated = true;
                }

                break;
            }

            if (line.Length > MaxFieldLineLength || ParseLine(line.ToString()) is not { Count: > 0 } parsed)
            {
                break;
            }

            if (fieldLines == 0)
            {
                firstLine = lineIndex;
            }

            fields.AddRange(parsed);
            fieldLines++;
            end = after;
            position = after;
        }

        if (fieldLines == 0 || (fieldLines < 2 && !separated))
        {
            return null;
        }

        body = Blank(text, end);
        string? Value(Field field) => fields.Where(f => f.Field == field && f.Value.Length > 0).Select(f => f.Value).FirstOrDefault();
        var dateText = Value(Field.Date) ?? Value(Field.DateSecondary) ?? Value(Field.DateWeak);
        return new DocumentMetadata
        {
            Title = Value(Field.Title) is { } title ? CleanTitle(title) : null,
            Publisher = Value(Field.Publisher),
            DateText = dateText,
            PublicationDate = dateText is null ? null : ParseDate(dateText),
            Location = SourceLocation.AtLine(firstLine + 1, 1),
            FieldCount = fields.Count,
        };
    }

    /// <summary>Reads a date as government pages write it: 「2024-01-15」「2024/1/15 09:30」「2024年1月15日」「2024.01.15」「20240115」.</summary>
    /// <param name="text">The value.</param>
    /// <returns>The date, or null when the text holds no valid date.</returns>
    public static DateOnly? ParseDate(string text)
    {
        var m = DatePattern().Match(text);
        if (!m.Success)
        {
            return null;
        }

        var year = int.Parse(m.Groups["y"].ValueSpan, CultureInfo.InvariantCulture);
        var month = int.Parse(m.Groups["m"].ValueSpan, CultureInfo.InvariantCulture);
        var day = int.Parse(m.Groups["d"].ValueSpan, CultureInfo.InvariantCulture);
        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
    }

    // Cheap test before the line loop: the first non-blank characters are a field label followed by a colon.
    private static bool MayStartWithHeader(string text)
    {
        var start = 0;
        while (start < text.Length && (char.IsWhiteSpace(text[start]) || text[start] == '\uFEFF'))
        {
            start++;
        }

        var head = text.AsSpan(start, Math.Min(24, text.Length - start));
        return head.IndexOfAny(':', '：') > 0 || head.StartsWith("【") || head.StartsWith("[");
    }

    /// <summary>Splits a header line into its fields, or returns null when it does not start with a known label.</summary>
    private static List<(Field Field, string Value)>? ParseLine(string line)
    {
        var matches = FieldLabel.Matches(line);
        if (matches.Count == 0 || matches[0].Index != 0)
        {
            return null;
        }

        var fields = new List<(Field, string)>(matches.Count);
        for (var k = 0; k < matches.Count; k++)
        {
            var m = matches[k];
            var valueEnd = k + 1 < matches.Count ? matches[k + 1].Index : line.Length;
            var value = line[(m.Index + m.Length)..valueEnd].Trim();
            fields.Add((FieldOf(m.Groups["label"].Value), value));
        }

        return fields;
    }

    private static Field FieldOf(string label)
    {
        var compact = new StringBuilder(label.Length);
        foreach (var c in label)
        {
            if (!char.IsWhiteSpace(c) && c is not ('【' or '】' or '[' or ']'))
            {
                compact.Append(c);
            }
        }

        var key = compact.ToString();
        foreach (var (l, field) in Labels)
        {
            if (string.Equals(l, key, StringComparison.OrdinalIgnoreCase))
            {
                return field;
            }
        }

        return Field.Other;
    }

    private static bool IsSeparator(ReadOnlySpan<char> line)
    {
        var marks = 0;
        foreach (var c in line)
        {
            if (c is '-' or '=' or '_' or '*' or '—' or '–' or '─' or '━' or '~' or '＝' or '－' or '·')
            {
                marks++;
            }
            else if (!char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return marks >= 3;
    }

    // A page title often carries the site after the report's name (「…年度报告_政府信息公开年报_某某网」).
    private static string CleanTitle(string title)
    {
        var at = title.LastIndexOf("报告", StringComparison.Ordinal);
        if (at > 0 && at + 2 < title.Length && title[at + 2] is '_' or '|' or '－' or '-' or '—')
        {
            return title[..(at + 2)].Trim();
        }

        return title.Trim();
    }

    private static string Blank(string text, int end)
    {
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < end; i++)
        {
            if (text[i] == '\n')
            {
                sb.Append('\n');
            }
        }

        return sb.Append(text, end, text.Length - end).ToString();
    }

    private static Regex BuildFieldLabel()
    {
        // Each label may be spaced out (「标 题：」) or bracketed (「【发布机构】」); longer labels first.
        var alternatives = Labels.Select(static l => l.Label).OrderByDescending(static l => l.Length)
            .Select(static l => string.Join(@"\s*", l.Select(static c => Regex.Escape(c.ToString()))));
        var labels = string.Join('|', alternatives);
        var pattern = $@"(?<=^|\s)(?:[【\[]\s*(?<label>{labels})\s*[】\]]\s*[:：]?|(?<label>{labels})\s*[:：])\s*";
        return new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Compiled, TimeSpan.FromSeconds(1));
    }

    [GeneratedRegex(@"(?<![\d])(?<y>(?:19|20)\d{2})(?:\s*[-/.年]\s*(?<m>\d{1,2})\s*[-/.月]\s*(?<d>\d{1,2})|(?<m>\d{2})(?<d>\d{2})(?!\d))")]
    private static partial Regex DatePattern();
}
