// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Cells;
using Gongkai.Checking;

namespace Gongkai.Documents;

/// <summary>One 政府信息公开工作年度报告 as data: who, which year, which format, its sections and tables.</summary>
/// <remarks>
/// The hub of Gongkai: importers produce it, rules read it, exporters render it. Immutable.
/// <see cref="ImportFindings"/> carries what the importer could not read or had to assume; the
/// checker reports them together with the rule findings.
/// </remarks>
public sealed record AnnualReport
{
    /// <summary>The first year a report can be for: 《政府信息公开条例》 took effect on 2008-05-01.</summary>
    public const int FirstYear = 2008;

    /// <summary>Gets the last year a report can be for today: next year (a report is published after its year ends, a draft may be dated ahead).</summary>
    public static int LastYear => DateTime.UtcNow.Year + 1;

    /// <summary>Gets the reporting unit (报告机关) as written in the title, or null.</summary>
    public string? Unit { get; init; }

    /// <summary>Gets the report year (统计年度), or null when not found.</summary>
    public int? Year { get; init; }

    /// <summary>Gets the layout format of the tables.</summary>
    public ReportFormat Format { get; init; }

    /// <summary>Gets the title as written (lines joined), or null.</summary>
    public string? Title { get; init; }

    /// <summary>Gets the date the report was published (发布日期), when the source states it, or null.</summary>
    /// <remarks>Only a source that carries its publication apart from the report's text states it: the metadata header a
    /// crawler or a copy from a web page puts above the report (「发布时间：2025-01-20」), or the canonical JSON's
    /// <c>published</c>. The report's own text (落款日期) is not read for it.</remarks>
    public DateOnly? PublicationDate { get; init; }

    /// <summary>Gets the paragraphs between the title and the first section (e.g. 「依据《条例》…编制本报告」).</summary>
    public IReadOnlyList<TextParagraph> Preamble { get; init; } = [];

    /// <summary>Gets a value indicating whether the source carries the narrative at all.</summary>
    /// <remarks>False for data-only sources (a canonical JSON without <c>sections</c>): the section and text
    /// rules then have nothing to judge and stay silent. Default true.</remarks>
    public bool HasNarrative { get; init; } = true;

    /// <summary>Gets the statutory sections found, in source order.</summary>
    public IReadOnlyList<ReportSection> Sections { get; init; } = [];

    /// <summary>Gets the values of the table cells.</summary>
    public ReportCells Cells { get; init; } = ReportCells.Empty;

    /// <summary>Gets the findings of the import itself (unidentified rows, assumptions).</summary>
    public IReadOnlyList<Finding> ImportFindings { get; init; } = [];

    /// <summary>Gets the source's name (a file path or other label), or null.</summary>
    public string? SourceName { get; init; }

    /// <summary>Returns whether <paramref name="year"/> can be the year of an annual report (<see cref="FirstYear"/> to <see cref="LastYear"/>).</summary>
    /// <param name="year">The year.</param>
    /// <returns>Whether it is plausible.</returns>
    public static bool IsPlausibleYear(long year) => year >= FirstYear && year <= LastYear;

    /// <summary>Finds the section with statutory position <paramref name="number"/>.</summary>
    /// <param name="number">1–6.</param>
    /// <returns>The section, or null when the source lacks it.</returns>
    public ReportSection? Section(int number)
    {
        foreach (var section in Sections)
        {
            if (section.Number == number)
            {
                return section;
            }
        }

        return null;
    }

    /// <summary>Gets the value of a cell.</summary>
    /// <param name="path">The flattened path.</param>
    /// <returns>The value.</returns>
    public CellValue this[string path] => Cells[path];
}
