// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Cells;
using Gongkai.Documents;
using Gongkai.Formats.Render.Layout;
using Gongkai.Text;

namespace Gongkai.Formats.Render;

/// <summary>How a narrative paragraph is set (GB/T 9704-2012 §7.3.3: 一、 黑体, （一） 楷体, 1. 仿宋 bold).</summary>
internal enum ParagraphLevel : byte
{
    /// <summary>Body text: first line indented two characters.</summary>
    Body,

    /// <summary>A short line opening with （一）…: a second-level heading.</summary>
    Second,

    /// <summary>A short line opening with 1. …: a third-level heading.</summary>
    Third,
}

/// <summary>One statutory section as rendered: the official heading, its paragraphs and its table.</summary>
/// <param name="Number">The statutory position, 1–6.</param>
/// <param name="Heading">The official numbered heading (「二、主动公开政府信息情况」).</param>
/// <param name="Paragraphs">The narrative paragraphs as written.</param>
/// <param name="Table">The section's table laid out (sections 二–四), or null.</param>
internal sealed record SectionView(int Number, string Heading, IReadOnlyList<string> Paragraphs, LayoutTable? Table);

/// <summary>What every renderer prints: the title, the preamble, the six sections with their tables, and any draft notes.</summary>
/// <remarks>
/// <para>The six statutory sections are always printed, in statutory order, with their official headings
/// (条例 第五十条; the heading as written in the source is not kept). A section the report lacks is printed with
/// its heading only. The tables sit after their section's paragraphs.</para>
/// <para>The title is the report's own; when it has none, one is composed from the unit and year
/// (「××人民政府2024年政府信息公开工作年度报告」) so that a re-read finds the same unit and year.</para>
/// </remarks>
internal sealed class ReportView
{
    private ReportView(AnnualReport report, ReportFormat format, string title, IReadOnlyList<string> preamble, IReadOnlyList<SectionView> sections, IReadOnlyList<TotalCorrection> corrections)
    {
        Report = report;
        Format = format;
        Title = title;
        Preamble = preamble;
        Sections = sections;
        Corrections = corrections;
    }

    /// <summary>Gets the report rendered (after any recomputed totals).</summary>
    public AnnualReport Report { get; }

    /// <summary>Gets the layout format of the tables.</summary>
    public ReportFormat Format { get; }

    /// <summary>Gets the title.</summary>
    public string Title { get; }

    /// <summary>Gets the paragraphs between the title and section 一.</summary>
    public IReadOnlyList<string> Preamble { get; }

    /// <summary>Gets the six sections in statutory order.</summary>
    public IReadOnlyList<SectionView> Sections { get; }

    /// <summary>Gets the totals a draft replaced (empty when none).</summary>
    public IReadOnlyList<TotalCorrection> Corrections { get; }

    /// <summary>Gets a value indicating whether the file is a draft with recomputed totals.</summary>
    public bool IsDraft => Corrections.Count > 0;

    /// <summary>Builds the view of a report.</summary>
    /// <param name="report">The report.</param>
    /// <param name="corrections">The totals a draft replaced.</param>
    /// <returns>The view.</returns>
    public static ReportView From(AnnualReport report, IReadOnlyList<TotalCorrection> corrections)
    {
        ArgumentNullException.ThrowIfNull(report);
        var format = OfficialLayout.LayoutFormat(report.Format, report.Year);
        var sections = new SectionView[6];
        for (var n = 1; n <= 6; n++)
        {
            var table = n switch
            {
                2 => OfficialLayout.Build(report.Cells, format, ReportTable.Table2),
                3 => OfficialLayout.Build(report.Cells, format, ReportTable.Table3),
                4 => OfficialLayout.Build(report.Cells, format, ReportTable.Table4),
                _ => null,
            };
            var paragraphs = report.Section(n)?.Paragraphs.Select(p => p.Text).Where(t => !TextFold.IsBlank(t)).ToList() ?? [];
            sections[n - 1] = new SectionView(n, SectionTitles.Heading(n), paragraphs, table);
        }

        var preamble = report.Preamble.Select(p => p.Text).Where(t => !TextFold.IsBlank(t)).ToList();
        return new ReportView(report, format, ComposeTitle(report), preamble, sections, corrections);
    }

    /// <summary>Classifies a paragraph for typesetting.</summary>
    /// <param name="text">The paragraph.</param>
    /// <returns>Its level.</returns>
    public static ParagraphLevel Level(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > 30 || text.AsSpan().TrimEnd("。.：:").IndexOfAny("。；;") >= 0)
        {
            return ParagraphLevel.Body;
        }

        Numbering.Strip(TextFold.Fold(text), out var number, out var style);
        return number == 0 ? ParagraphLevel.Body : style switch
        {
            'p' => ParagraphLevel.Second,
            'd' => ParagraphLevel.Third,
            _ => ParagraphLevel.Body,
        };
    }

    /// <summary>Splits a paragraph at its line breaks, for formats whose paragraphs cannot hold one.</summary>
    /// <param name="text">The paragraph.</param>
    /// <returns>The lines that are not blank.</returns>
    public static IEnumerable<string> Lines(string text) =>
        text.Split('\n').Select(l => l.Trim()).Where(l => !TextFold.IsBlank(l));

    private static string ComposeTitle(AnnualReport report)
    {
        if (!string.IsNullOrWhiteSpace(report.Title))
        {
            return report.Title.Trim();
        }

        var year = report.Year is { } y ? $"{y}年" : string.Empty;
        return $"{report.Unit}{year}政府信息公开工作年度报告";
    }
}
