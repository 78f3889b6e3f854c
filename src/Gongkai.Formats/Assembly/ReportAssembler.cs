// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Cells;
using Gongkai.Checking.Rules;
using Gongkai.Documents;
using Gongkai.Formats.Assembly;
using Gongkai.Formats.Content;
using Gongkai.Text;

namespace Gongkai.Formats;

/// <summary>Turns <see cref="DocumentContent"/> into an <see cref="AnnualReport"/> by meaning.</summary>
/// <remarks>
/// <para>Sections are found by their titles; table rows are assigned to table 二, 三 or 四 by their own
/// labels (falling back to the section they stand in), then each table interpreter reads its rows by
/// row and column labels. The format is decided from the layout: the columns of table 二, else the
/// （六）其他处理 rows of table 三.</para>
/// <para>Whatever had to be assumed, and every row that could not be identified, is recorded as an
/// <c>extract.assumption</c> finding in <see cref="AnnualReport.ImportFindings"/>.</para>
/// </remarks>
internal static class ReportAssembler
{
    /// <summary>Interprets the content.</summary>
    /// <param name="content">The content.</param>
    /// <param name="sourceName">The source name.</param>
    /// <param name="cancellationToken">Stops the assembly (the read timeout reaches here too).</param>
    /// <returns>The report.</returns>
    public static AnnualReport Assemble(DocumentContent content, string sourceName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var context = new AssemblyContext();
        context.Findings.AddRange(content.Findings);

        var front = new List<TextParagraph>();
        var sections = new List<SectionBuilder>(6);
        var rows = new Dictionary<int, List<TableLine>> { [2] = [], [3] = [], [4] = [] };
        var tableContext = 0;

        var headings = SectionHeadings.Choose(content.Blocks);
        var blockIndex = -1;
        foreach (var block in content.Blocks)
        {
            if ((++blockIndex & 255) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            switch (block)
            {
                case ContentParagraph paragraph:
                    if (TextFold.IsBlank(paragraph.Text))
                    {
                        break;
                    }

                    if (headings.TryGetValue(blockIndex, out var heading))
                    {
                        var number = heading.Section;
                        sections.Add(new SectionBuilder(number, paragraph.Text.Trim(), heading.Written, paragraph.Location));
                        tableContext = number is >= 2 and <= 4 ? number : 0;
                        break;
                    }

                    // In a table section, a line that lost its cell separators is still a table row
                    // (「行政规范性文件77132470」, 「200023000300000」).
                    if (tableContext > 0 && AsTableRow(paragraph, tableContext) is { } flat)
                    {
                        rows[tableContext].Add(flat);
                        break;
                    }

                    var text = new TextParagraph(paragraph.Text.Trim(), paragraph.Location);
                    if (sections.Count == 0)
                    {
                        front.Add(text);
                    }
                    else
                    {
                        sections[^1].Paragraphs.Add(text);
                    }

                    break;

                case ContentTable table:
                    foreach (var row in table.Rows)
                    {
                        var line = TableLine.From(row);
                        var table3 = Table3Interpreter.IsDefinite(line);
                        var definite = Table2Interpreter.IsDefinite(line) && !table3 ? 2
                            : table3 ? 3
                            : Table4Interpreter.IsDefinite(line) ? 4
                            : 0;
                        if (definite > 0)
                        {
                            tableContext = definite;
                        }

                        if (tableContext > 0)
                        {
                            rows[tableContext].Add(line);
                        }
                    }

                    break;
            }
        }

        var (title, unit, year, titleEnd) = TitleParser.Parse(front);
        var preamble = front.Skip(titleEnd).ToList();
        if (content.Metadata is { } metadata)
        {
            (title, unit, year) = FromMetadata(metadata, title, unit, year, context);
            if (titleEnd == 0 && title is not null && preamble.Count > 0 && WithoutTitle(preamble[0], title) is var rest && rest != preamble[0])
            {
                // The body's title run together with its first sentence (「-1-某某2024年…年度报告本报告由…」).
                preamble = rest is null ? preamble[1..] : [rest, .. preamble[1..]];
            }
        }
        year ??= TitleParser.FindPeriodYear(string.Join('\n', front.Select(p => p.Text)));
        if (year is { } y && !AnnualReport.IsPlausibleYear(y))
        {
            context.Assume($"报告年度「{y}」不在合理范围（{AnnualReport.FirstYear}–{AnnualReport.LastYear} 年）内，未采用", front.Count > 0 ? front[0].Location : default, quote: title);
            year = null;
        }

        cancellationToken.ThrowIfCancellationRequested();

        // Read only when a glued digit run splits several ways: the narrative's counts may decide it.
        var reportYear = year;
        context.SetNarrative(() => NarrativeFacts.Read(
            preamble.Select(static p => (0, p)).Concat(sections.SelectMany(static s => s.Paragraphs.Select(p => (s.Number, p)))), reportYear));

        // Tables 三/四 of a blank form through a converter: labels as loose lines, not one number.
        var blank3 = !rows[3].Exists(static l => l.HasValue) && sections.Find(static s => s.Number == 3) is { } section3
            && BlankTables.TryTable3(section3.Paragraphs, context);
        var blank4 = !rows[4].Exists(static l => l.HasValue) && sections.Find(static s => s.Number == 4) is { } section4
            && BlankTables.TryTable4(section4.Paragraphs, context);

        var format2 = rows[2].Count > 0 ? Table2Interpreter.Interpret(rows[2], context) : ReportFormat.Unknown;
        if (rows[3].Count > 0 && !blank3)
        {
            Table3Interpreter.Interpret(rows[3], context);
        }

        if (rows[4].Count > 0 && !blank4)
        {
            Table4Interpreter.Interpret(rows[4], context);
        }

        var cells = context.Cells.Build();
        var format = format2 != ReportFormat.Unknown ? format2 : Table3Format(cells);
        if (title is null)
        {
            context.Assume("未找到报告标题，无法确定报告机关和年度", content.Blocks.Count > 0 ? content.Blocks[0].Location : default);
        }
        else if (year is null)
        {
            context.Assume($"标题「{title}」中没有年度，无法确定报告年度", front.Count > 0 ? front[0].Location : default, quote: title);
        }

        return new AnnualReport
        {
            SourceName = sourceName,
            Title = title,
            Unit = unit,
            Year = year,
            PublicationDate = content.Metadata?.PublicationDate,
            Format = format,
            Preamble = preamble,
            Sections = [.. sections.Select(s => s.Build())],
            Cells = cells,
            ImportFindings = context.Findings,
        };
    }

    /// <summary>The title, unit and year from a crawler's metadata header, the report's own title filling what it lacks.</summary>
    /// <remarks>The header's title is the page's: a crawled body often starts with site navigation, or with its title run
    /// together with the first sentence, where the header's is whole. The publisher (「发布机构」「来源」) stands for the
    /// unit only when no title names one, and that is said.</remarks>
    private static (string? Title, string? Unit, int? Year) FromMetadata(DocumentMetadata metadata, string? title, string? unit, int? year, AssemblyContext context)
    {
        if (metadata.Title is { } headerTitle)
        {
            var (t, u, y, _) = TitleParser.Parse([new TextParagraph(headerTitle, metadata.Location)]);
            if (t is not null && (u is not null || y is not null))
            {
                title = t;
                unit = u ?? unit;
                year = y ?? year;
            }
            else
            {
                title ??= headerTitle;
            }
        }

        if (unit is null && metadata.Publisher is { } publisher)
        {
            unit = publisher;
            context.Assume($"标题中没有报告机关，按页面信息的发布机构「{publisher}」确定", metadata.Location, severity: Checking.Severity.Info, quote: publisher);
        }

        if (metadata.DateText is { } date && metadata.PublicationDate is null)
        {
            context.Assume($"页面信息的发布时间「{date}」不是有效日期，未采用", metadata.Location, severity: Checking.Severity.Info, quote: date);
        }

        return (title, unit, year);
    }

    /// <summary>The paragraph without the title it starts with (after page furniture such as 「-1-」), null when nothing
    /// else is left, or the paragraph itself when it does not start with the title.</summary>
    private static TextParagraph? WithoutTitle(TextParagraph paragraph, string title)
    {
        var text = paragraph.Text;
        var i = 0;
        while (i < text.Length && i < 8 && (TextFold.IsSpace(text[i]) || char.IsAsciiDigit(text[i]) || text[i] is '-' or '—' or '－' or '第' or '页'))
        {
            i++;
        }

        var t = 0;
        for (; i < text.Length && t < title.Length; i++)
        {
            if (TextFold.IsSpace(title[t]))
            {
                t++;
                i--;
                continue;
            }

            if (TextFold.IsSpace(text[i]))
            {
                continue;
            }

            if (text[i] != title[t])
            {
                return paragraph;
            }

            t++;
        }

        if (t < title.Length)
        {
            return paragraph;
        }

        var rest = text[i..].Trim();
        return rest.Length == 0 ? null : new TextParagraph(rest, paragraph.Location);
    }

    private static TableLine? AsTableRow(ContentParagraph paragraph, int tableContext)
    {
        var line = TableLine.From(new ContentRow([new ContentCell(paragraph.Text, paragraph.Location)], paragraph.Location));
        if (!line.HasLabel)
        {
            return line.HasValue ? line : null;
        }

        var hasDigits = line.HasValue || line.GluedLabel;
        return hasDigits && (Table2Interpreter.IsDefinite(line) || Table3Interpreter.IsDefinite(line)) ? line
            : !hasDigits && tableContext == 2 && (Table2Interpreter.IsHeader(line) || Table2Interpreter.IsRowLabel(line)) ? line
            : null;
    }

    private static ReportFormat Table3Format(ReportCells cells) =>
        Table3Columns.HasThreeOtherRows(cells) ? ReportFormat.Format2021
        : Table3Columns.HasSingleOtherRow(cells) ? ReportFormat.Format2019
        : ReportFormat.Unknown;

    private sealed class SectionBuilder(int number, string heading, int written, SourceLocation location)
    {
        public int Number => number;

        public List<TextParagraph> Paragraphs { get; } = [];

        public ReportSection Build() => new()
        {
            Number = number,
            Heading = heading,
            WrittenNumber = written,
            Location = location,
            Paragraphs = Paragraphs,
        };
    }
}
