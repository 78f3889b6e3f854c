// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Cells;
using Gongkai.Checking;
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
/// <param name="Heading">The heading printed: as the source wrote it, or the official numbered heading (「二、主动公开政府信息情况」).</param>
/// <param name="Paragraphs">The narrative paragraphs as written.</param>
/// <param name="Table">The section's table laid out (sections 二–四), or null.</param>
internal sealed record SectionView(int Number, string Heading, IReadOnlyList<string> Paragraphs, LayoutTable? Table)
{
    /// <summary>Gets the official numbered heading (for sheet names and the like).</summary>
    public string OfficialHeading => SectionTitles.Heading(Number);
}

/// <summary>What every renderer prints: the title, the preamble, the six sections with their tables, and any draft notes.</summary>
/// <remarks>
/// <para>The sections are printed in statutory order with their headings as the source wrote them (an unnumbered
/// 「主动公开政府信息情况」 stays unnumbered, so a re-check finds what the source had). With
/// <see cref="RenderOptions.NormalizeHeadings"/> every heading is the official one (条例 第五十条) and each change is
/// listed in <see cref="Notes"/>. A section the report lacks is left out, unless it holds a table: then its official
/// heading is printed, and that too is a note. A report with no section at all (tables only, a blank form) is laid out
/// on the whole official form with the six official headings. The tables sit after their section's paragraphs.</para>
/// <para>The title is the report's own; when it has none, one is composed from the unit and year
/// (「××人民政府2024年政府信息公开工作年度报告」) so that a re-read finds the same unit and year.</para>
/// </remarks>
internal sealed class ReportView
{
    private ReportView(AnnualReport report, ReportFormat format, string title, IReadOnlyList<string> preamble, IReadOnlyList<SectionView> sections, IReadOnlyList<TotalCorrection> corrections, IReadOnlyList<string> notes)
    {
        Report = report;
        Format = format;
        Title = title;
        Preamble = preamble;
        Sections = sections;
        Corrections = corrections;
        Notes = notes;
    }

    /// <summary>Gets the report rendered (after any recomputed totals).</summary>
    public AnnualReport Report { get; }

    /// <summary>Gets the layout format of the tables.</summary>
    public ReportFormat Format { get; }

    /// <summary>Gets the title.</summary>
    public string Title { get; }

    /// <summary>Gets the paragraphs between the title and section 一.</summary>
    public IReadOnlyList<string> Preamble { get; }

    /// <summary>Gets the sections printed, in statutory order.</summary>
    public IReadOnlyList<SectionView> Sections { get; }

    /// <summary>Gets the totals a draft replaced (empty when none).</summary>
    public IReadOnlyList<TotalCorrection> Corrections { get; }

    /// <summary>Gets what else the rendering changed against the source, in Chinese (headings normalised or added).</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>Gets the totals a draft left as stated because their sum would break another rule (empty when none).</summary>
    public IReadOnlyList<TotalCorrection> HeldBack { get; private init; } = [];

    /// <summary>Gets the arithmetic findings a draft could not reconcile (empty when none, or when no draft was asked for).</summary>
    public IReadOnlyList<Finding> Unreconciled { get; private init; } = [];

    /// <summary>Gets a value indicating whether the file carries a draft note: recomputed, held-back or unreconciled totals, or changed headings.</summary>
    public bool IsDraft => Corrections.Count > 0 || Notes.Count > 0 || HeldBack.Count > 0 || Unreconciled.Count > 0;

    /// <summary>Builds the view of a report.</summary>
    /// <param name="report">The report.</param>
    /// <param name="corrections">The totals a draft replaced.</param>
    /// <param name="normalizeHeadings">Whether to print the official headings instead of the source's.</param>
    /// <param name="recomputation">The draft's recomputation, whose held-back totals and unreconciled findings the note lists; null when none.</param>
    /// <returns>The view.</returns>
    public static ReportView From(AnnualReport report, IReadOnlyList<TotalCorrection> corrections, bool normalizeHeadings = false, Recomputation? recomputation = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        var format = OfficialLayout.LayoutFormat(report.Format, report.Year);
        var sections = new List<SectionView>(6);
        var notes = new List<string>();

        // Data without any narrative (a JSON of the tables, a blank form) is laid out on the whole official form.
        var form = report.Sections.Count == 0;
        for (var n = 1; n <= 6; n++)
        {
            var table = n switch
            {
                2 => OfficialLayout.Build(report.Cells, format, ReportTable.Table2),
                3 => OfficialLayout.Build(report.Cells, format, ReportTable.Table3),
                4 => OfficialLayout.Build(report.Cells, format, ReportTable.Table4),
                _ => null,
            };
            var source = report.Section(n);
            var official = SectionTitles.Heading(n);
            string heading;
            if (source is null && form)
            {
                heading = official;
            }
            else if (source is null)
            {
                if (table is null || !HasAnyCell(report.Cells, (ReportTable)n))
                {
                    continue;
                }

                heading = official;
                notes.Add($"原报告缺少第{SectionTitles.Numerals[n - 1]}部分的标题，为放置表{SectionTitles.Numerals[n - 1]}按官方格式补写「{official}」。");
            }
            else
            {
                var written = AsWritten(source.Heading);
                heading = normalizeHeadings ? official : written;
                if (normalizeHeadings && !string.Equals(TextFold.Fold(written), TextFold.Fold(official), StringComparison.Ordinal))
                {
                    notes.Add($"第{SectionTitles.Numerals[n - 1]}部分标题原为「{written}」，按官方格式改为「{official}」。");
                }
            }

            var paragraphs = source?.Paragraphs.Select(p => p.Text).Where(t => !TextFold.IsBlank(t)).ToList() ?? [];
            sections.Add(new SectionView(n, heading, paragraphs, table));
        }

        var preamble = report.Preamble.Select(p => p.Text).Where(t => !TextFold.IsBlank(t)).ToList();
        return new ReportView(report, format, ComposeTitle(report), preamble, sections, corrections, notes)
        {
            HeldBack = recomputation?.HeldBack ?? [],
            Unreconciled = recomputation?.Unreconciled ?? [],
        };
    }

    /// <summary>The heading as written, without Markdown heading marks and surrounding space.</summary>
    private static string AsWritten(string heading) => heading.Trim().TrimStart('#').Trim().TrimEnd('#').Trim();

    private static bool HasAnyCell(ReportCells cells, ReportTable table)
    {
        foreach (var cell in ReportCatalog.Cells)
        {
            if (cell.Table == table && cells[cell].State != CellState.Absent)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Gets where the title breaks into two lines: after the unit, when the title starts with the unit and is
    /// wider than a line at 2号 (about 20 characters on the 156 mm type area); 0 when it fits on one line.</summary>
    /// <remarks>GB/T 9704-2012 §7.3.1: a title over more than one line breaks where the sense allows, keeping words
    /// whole. Every paginated format breaks it here (HTML and PDF with a block, Word with <c>w:br</c>), so the
    /// title never breaks mid-phrase (「…2024年政府／信息公开工作年度报告」).</remarks>
    public int TitleBreak
    {
        get
        {
            var at = Report.Unit is { Length: > 0 } unit && Title.StartsWith(unit, StringComparison.Ordinal) ? unit.Length : 0;
            return at > 0 && at < Title.Length && Width(Title) > 20 ? at : 0;
        }
    }

    private static double Width(string text) => text.Sum(c => c < 0x2E80 ? 0.5 : 1.0);

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
