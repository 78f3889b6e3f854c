// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Text;
using Gongkai.Data.Entities;
using Gongkai.Documents;
using Gongkai.Formats.Json;
using Gongkai.Formats.Render;

namespace Gongkai.Web.Rendering;

/// <summary>Turns a stored version back into a report (<see cref="CanonicalJson"/>); the formats, media types and file names of exports (<see cref="ReportExporter"/> renders them).</summary>
internal static class ReportExports
{
    /// <summary>Gets the formats offered for export, in display order.</summary>
    public static IReadOnlyList<(string Name, string Label)> Formats { get; } =
    [
        ("docx", "Word"),
        ("pdf", "PDF"),
        ("html", "网页"),
        ("xlsx", "Excel"),
        ("md", "Markdown"),
        ("json", "JSON"),
    ];

    /// <summary>Reads the report a version holds.</summary>
    /// <param name="version">The version.</param>
    /// <returns>The report.</returns>
    public static AnnualReport ReportOf(ReportVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        return CanonicalJson.Read(Encoding.UTF8.GetBytes(version.CanonicalJson), $"v{version.Number}");
    }

    /// <summary>Gets the media type of a format.</summary>
    /// <param name="format">The format.</param>
    /// <returns>The media type.</returns>
    public static string ContentType(RenderFormat format) => format switch
    {
        RenderFormat.Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        RenderFormat.Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        RenderFormat.Pdf => "application/pdf",
        RenderFormat.Html => "text/html; charset=utf-8",
        RenderFormat.Markdown => "text/markdown; charset=utf-8",
        _ => "application/json; charset=utf-8",
    };

    /// <summary>Gets the download name of an export: 「单位2024年政府信息公开工作年度报告（第2版）.docx」.</summary>
    /// <param name="report">The report head (with its unit).</param>
    /// <param name="version">The version number.</param>
    /// <param name="format">The format.</param>
    /// <returns>The file name.</returns>
    public static string FileName(Report report, int version, RenderFormat format)
    {
        ArgumentNullException.ThrowIfNull(report);
        return $"{report.Unit.Name}{report.Year}年政府信息公开工作年度报告（第{version}版）{ReportWriter.Extension(format)}";
    }

    /// <summary>Gets the media type of an original by its detected kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The media type.</returns>
    public static string OriginalContentType(string? kind) => kind switch
    {
        "pdf" => "application/pdf",
        "docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "html" => "text/html",
        "json" => "application/json",
        "markdown" or "md" => "text/markdown",
        "text" => "text/plain",
        _ => "application/octet-stream",
    };
}
