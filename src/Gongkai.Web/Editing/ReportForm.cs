// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Cells;
using Gongkai.Documents;
using Gongkai.Formats.Assembly;
using Gongkai.Formats.Content;
using Gongkai.Formats.Render.Layout;
using Microsoft.Extensions.Primitives;

namespace Gongkai.Web.Editing;

/// <summary>The editor's form fields and the report they make: the title, the preamble, the text of the six sections and every table cell.</summary>
/// <remarks>
/// <para>A cell's field is named by its path (<c>table3.received.naturalPerson</c>), a section's <c>section1</c>…<c>section6</c>,
/// the preamble <c>preamble</c>, the title <c>title</c>. A field the form lacks leaves that part of the base report as it was.</para>
/// <para>A cell is read by the readers' own cell parser (<see cref="TableCell"/>): 「12」「12件」「１２」 are 12, 「无」 or 「十二」 is
/// invalid text that the rules then report, an emptied cell is blank (not zero). A cell whose text is unchanged keeps its value as
/// read, so a save changes nothing but what the user changed.</para>
/// <para>A section's text is one paragraph per line; an unchanged text keeps its paragraphs as read.</para>
/// </remarks>
internal static class ReportForm
{
    /// <summary>The name of the title field.</summary>
    public const string TitleField = "title";

    /// <summary>The name of the preamble field.</summary>
    public const string PreambleField = "preamble";

    /// <summary>The longest text a section field may hold (characters).</summary>
    public const int MaxTextLength = 200_000;

    /// <summary>Gets the name of a section's field.</summary>
    /// <param name="number">The section, 1–6.</param>
    /// <returns>The field name.</returns>
    public static string SectionField(int number) => "section" + number.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Gets the text a cell shows in its field.</summary>
    /// <param name="value">The value.</param>
    /// <param name="cell">The cell.</param>
    /// <returns>The text.</returns>
    public static string CellText(CellValue value, CellDefinition cell) => OfficialLayout.ValueText(value, cell);

    /// <summary>Gets the text a list of paragraphs shows in its field: one paragraph per line.</summary>
    /// <param name="paragraphs">The paragraphs.</param>
    /// <returns>The text.</returns>
    public static string Text(IReadOnlyList<TextParagraph> paragraphs) => string.Join('\n', paragraphs.Select(p => p.Text));

    /// <summary>Makes the report the form describes.</summary>
    /// <param name="baseReport">The version the user edits.</param>
    /// <param name="field">Gets a field's value by name (null when the form lacks it).</param>
    /// <returns>The report.</returns>
    public static AnnualReport Apply(AnnualReport baseReport, Func<string, string?> field)
    {
        ArgumentNullException.ThrowIfNull(baseReport);
        ArgumentNullException.ThrowIfNull(field);
        var cells = baseReport.Cells.ToBuilder();
        foreach (var cell in ReportCatalog.Cells)
        {
            if (field(cell.Path) is { } text)
            {
                cells[cell] = Parse(text, cell, baseReport.Cells[cell]);
            }
        }

        var sections = new List<ReportSection>(6);
        for (var number = 1; number <= SectionTitles.All.Count; number++)
        {
            var section = baseReport.Section(number);
            var text = field(SectionField(number));
            if (text is null || (section is not null && Same(text, section.Paragraphs)))
            {
                if (section is not null)
                {
                    sections.Add(section);
                }

                continue;
            }

            var paragraphs = Paragraphs(text);
            if (section is null && paragraphs.Count == 0)
            {
                continue;
            }

            sections.Add(section is null
                ? new ReportSection { Number = number, Heading = SectionTitles.Heading(number), WrittenNumber = number, Paragraphs = paragraphs }
                : section with { Paragraphs = paragraphs });
        }

        // Sections the statutory six do not hold (none today) stay as they were.
        sections.AddRange(baseReport.Sections.Where(s => s.Number is < 1 or > 6));

        var preamble = field(PreambleField) is { } p && !Same(p, baseReport.Preamble) ? Paragraphs(p) : baseReport.Preamble;
        var title = field(TitleField) is { } t ? Clean(t) : baseReport.Title;
        return baseReport with
        {
            Title = string.IsNullOrEmpty(title) ? null : title,
            Preamble = preamble,
            Sections = sections,
            Cells = cells.Build(),
        };
    }

    /// <summary>Makes the report a posted form describes.</summary>
    /// <param name="baseReport">The version the user edits.</param>
    /// <param name="form">The form.</param>
    /// <returns>The report.</returns>
    public static AnnualReport Apply(AnnualReport baseReport, IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return Apply(baseReport, name => form.TryGetValue(name, out var v) && !StringValues.IsNullOrEmpty(v) ? Limit(v.ToString()) : form.ContainsKey(name) ? string.Empty : null);
    }

    /// <summary>Reads a cell's field.</summary>
    /// <param name="text">The text typed.</param>
    /// <param name="cell">The cell.</param>
    /// <param name="before">Its value in the base report.</param>
    /// <returns>The value.</returns>
    public static CellValue Parse(string text, CellDefinition cell, CellValue before)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(cell);
        var trimmed = text.Trim();
        if (string.Equals(trimmed, CellText(before, cell), StringComparison.Ordinal))
        {
            return before;
        }

        return trimmed.Length == 0 ? CellValue.Blank(string.Empty, before.Source) : TableCell.From(new ContentCell(trimmed, before.Source)).ToValue(cell.Kind);
    }

    private static bool Same(string text, IReadOnlyList<TextParagraph> paragraphs) =>
        Paragraphs(text).Select(p => p.Text).SequenceEqual(paragraphs.SelectMany(p => p.Text.Split('\n')).Select(l => l.Trim()).Where(l => l.Length > 0), StringComparer.Ordinal);

    private static List<TextParagraph> Paragraphs(string text) =>
        [.. text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).Select(l => new TextParagraph(l, default))];

    private static string Clean(string text) => string.Join(string.Empty, text.Where(c => !char.IsControl(c))).Trim();

    private static string Limit(string text) => text.Length > MaxTextLength ? text[..MaxTextLength] : text;
}
