// Copyright (c) Gongkai contributors. Licensed under the MIT License.

namespace Gongkai.Formats.Content;

/// <summary>What a crawler or a copy from a web page wrote above the report: its page's title, publisher and date.</summary>
/// <remarks>
/// Read from a metadata header (「标题：…」「发布时间：…」「发布机构：…」「原文链接：…」, then a separator line) by
/// <see cref="Text.MetadataHeader"/>. The header is not part of the report: its lines never become text of the report.
/// </remarks>
internal sealed record DocumentMetadata
{
    /// <summary>Gets the page's title (「标题」), or null.</summary>
    public string? Title { get; init; }

    /// <summary>Gets the publishing body (「发布机构」「来源」「信息来源」…), or null.</summary>
    public string? Publisher { get; init; }

    /// <summary>Gets the date of publication (「发布时间」「发布日期」「成文日期」…), or null when absent or not a date.</summary>
    public DateOnly? PublicationDate { get; init; }

    /// <summary>Gets the date as written, or null when the header has no date field.</summary>
    public string? DateText { get; init; }

    /// <summary>Gets where the header starts.</summary>
    public SourceLocation Location { get; init; }

    /// <summary>Gets the number of header fields read.</summary>
    public int FieldCount { get; init; }
}
