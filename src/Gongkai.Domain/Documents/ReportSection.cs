// Copyright (c) Gongkai contributors. Licensed under the MIT License.

namespace Gongkai.Documents;

/// <summary>One of the six statutory sections of the annual report, as found in a source.</summary>
/// <remarks>
/// <see cref="Number"/> is the statutory position (1 = 总体情况 … 6 = 其他需要报告的事项), decided from
/// the title; <see cref="WrittenNumber"/> is the numeral the source wrote before the title (0 when none).
/// </remarks>
public sealed record ReportSection
{
    /// <summary>Gets the statutory position, 1–6.</summary>
    public required int Number { get; init; }

    /// <summary>Gets the heading line as written, e.g. 「## 二、主动公开政府信息情况」.</summary>
    public required string Heading { get; init; }

    /// <summary>Gets the numeral written before the title (1 for 「一、」), or 0 when the heading has none.</summary>
    public int WrittenNumber { get; init; }

    /// <summary>Gets where the heading is.</summary>
    public SourceLocation Location { get; init; }

    /// <summary>Gets the narrative paragraphs of the section (tables excluded).</summary>
    public IReadOnlyList<TextParagraph> Paragraphs { get; init; } = [];

    /// <summary>Gets the official title of the section.</summary>
    public string Title => SectionTitles.Of(Number);

    /// <summary>Gets the narrative text joined with line breaks.</summary>
    public string Text => string.Join('\n', Paragraphs.Select(p => p.Text));
}
