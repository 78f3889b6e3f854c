// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Data.Entities;
using Gongkai.Data.Reports;

namespace Gongkai.Web.Apis;

/// <summary>A unit as the API returns it.</summary>
/// <param name="Id">The id.</param>
/// <param name="ParentId">The parent's id, or null.</param>
/// <param name="Level">The level: province, city, county, town, department.</param>
/// <param name="Code">The GB/T 2260 code, or null.</param>
/// <param name="Name">The name.</param>
internal sealed record UnitDto(int Id, int? ParentId, string Level, string? Code, string Name)
{
    /// <summary>Maps an entity.</summary>
    /// <param name="unit">The unit.</param>
    /// <returns>The DTO.</returns>
    public static UnitDto From(Unit unit) => new(unit.Id, unit.ParentId, unit.Level.ToString().ToLowerInvariant(), unit.Code, unit.Name);
}

/// <summary>A unit to create.</summary>
/// <param name="Name">The name.</param>
/// <param name="Level">The level: province, city, county, town, department.</param>
/// <param name="ParentId">The parent's id, or null.</param>
/// <param name="Code">The code, or null.</param>
internal sealed record CreateUnitRequest(string Name, string Level, int? ParentId, string? Code);

/// <summary>The result of importing a division's subtree.</summary>
/// <param name="Code">The division's code.</param>
/// <param name="Created">How many units were created (those already present are kept).</param>
internal sealed record ImportDivisionResponse(string Code, int Created);

/// <summary>A report in a list.</summary>
/// <param name="Id">The id.</param>
/// <param name="UnitId">The unit's id.</param>
/// <param name="Unit">The unit's name.</param>
/// <param name="Year">The year.</param>
/// <param name="LatestVersion">The newest version's number.</param>
/// <param name="PublishedVersion">The published version's number, or null.</param>
/// <param name="Errors">Errors of the newest version.</param>
/// <param name="Warnings">Warnings of the newest version.</param>
/// <param name="Infos">Infos of the newest version.</param>
/// <param name="Revision">The concurrency token: a new version (POST …/versions) is saved from this revision.</param>
internal sealed record ReportDto(int Id, int UnitId, string Unit, int Year, int LatestVersion, int? PublishedVersion, int Errors, int Warnings, int Infos, int Revision)
{
    /// <summary>Maps a summary.</summary>
    /// <param name="s">The summary.</param>
    /// <returns>The DTO.</returns>
    public static ReportDto From(ReportSummary s) => new(s.Id, s.UnitId, s.UnitName, s.Year, s.LatestVersion, s.PublishedVersion, s.Errors, s.Warnings, s.Infos, s.Revision);
}

/// <summary>A version in a report's history.</summary>
/// <param name="Number">The number.</param>
/// <param name="CreatedAt">When (UTC).</param>
/// <param name="CreatedBy">Who.</param>
/// <param name="Reason">Why.</param>
/// <param name="SourceFile">The uploaded file's name, or null.</param>
/// <param name="Sha256">The uploaded file's SHA-256, or null.</param>
/// <param name="Errors">Errors.</param>
/// <param name="Warnings">Warnings.</param>
/// <param name="Infos">Infos.</param>
/// <param name="Published">Whether this is the published version.</param>
internal sealed record VersionDto(int Number, DateTime CreatedAt, string CreatedBy, string Reason, string? SourceFile, string? Sha256, int Errors, int Warnings, int Infos, bool Published)
{
    /// <summary>Maps an entity.</summary>
    /// <param name="v">The version.</param>
    /// <param name="published">The published version's number.</param>
    /// <returns>The DTO.</returns>
    public static VersionDto From(ReportVersion v, int? published) =>
        new(v.Number, v.CreatedAt, v.CreatedBy, v.Reason, v.SourceFileName, v.SourceFileSha256, v.ErrorCount, v.WarningCount, v.InfoCount, v.Number == published);
}

/// <summary>What became of one uploaded file.</summary>
/// <param name="File">The file's name.</param>
/// <param name="Status">stored, unreadable, noYear, unitNotFound, unitAmbiguous, forbidden, conflict.</param>
/// <param name="ReportId">The report's id, when stored.</param>
/// <param name="Version">The version stored.</param>
/// <param name="Unit">The unit.</param>
/// <param name="Year">The year.</param>
/// <param name="Errors">Errors found.</param>
/// <param name="Warnings">Warnings found.</param>
/// <param name="Infos">Infos found.</param>
/// <param name="Error">The Chinese error, when nothing was stored.</param>
/// <param name="ErrorKind">Why the file could not be read (camelCase <c>ReadErrorKind</c>), or null.</param>
internal sealed record UploadResultDto(string File, string Status, int? ReportId, int? Version, string? Unit, int? Year, int Errors, int Warnings, int Infos, string? Error, string? ErrorKind)
{
    /// <summary>Maps a result.</summary>
    /// <param name="r">The result.</param>
    /// <returns>The DTO.</returns>
    public static UploadResultDto From(ImportResult r) => new(
        r.FileName,
        System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(r.Status.ToString()),
        r.ReportId,
        r.VersionNumber,
        r.UnitName,
        r.Year,
        r.Errors,
        r.Warnings,
        r.Infos,
        r.Error,
        r.ErrorKind == Formats.ReadErrorKind.None ? null : Formats.Json.FindingsJson.ErrorKindName(r.ErrorKind));
}

/// <summary>A cell's value in a diff: its state (absent, blank, number, invalid), the number, or the text written.</summary>
/// <param name="State">absent, blank, number or invalid.</param>
/// <param name="Number">The number, for a number.</param>
/// <param name="Text">The text written, for invalid text.</param>
internal sealed record CellValueDto(string State, decimal? Number, string? Text)
{
    public static CellValueDto From(Cells.CellValue value) => new(
        value.State.ToString().ToLowerInvariant(),
        value.HasNumber ? value.Number : null,
        value.State == Cells.CellState.Invalid ? value.Raw : null);
}

/// <summary>A cell that differs between two versions.</summary>
/// <param name="Cell">The cell path (report-schema.md).</param>
/// <param name="Name">The cell's Chinese name (表三「…」行「…」列).</param>
/// <param name="Before">The value in the older version.</param>
/// <param name="After">The value in the newer version.</param>
internal sealed record CellChangeDto(string Cell, string Name, CellValueDto Before, CellValueDto After);

/// <summary>A line of a section's text diff.</summary>
/// <param name="Kind">same, removed or added.</param>
/// <param name="Text">The line.</param>
internal sealed record LineDto(string Kind, string Text);

/// <summary>A section's text diff (0 is the preamble).</summary>
/// <param name="Number">The section, 0–6.</param>
/// <param name="Title">Its title.</param>
/// <param name="Lines">Its lines, each same, removed or added.</param>
internal sealed record SectionDiffDto(int Number, string Title, List<LineDto> Lines);

/// <summary>Two versions of a report compared.</summary>
/// <param name="From">The older version.</param>
/// <param name="To">The newer version.</param>
/// <param name="TitleBefore">The older title.</param>
/// <param name="TitleAfter">The newer title.</param>
/// <param name="Cells">The cells that differ.</param>
/// <param name="Sections">The sections whose text differs.</param>
/// <param name="TextSimilarity">The share (0–1) of identical text.</param>
internal sealed record DiffDto(int From, int To, string? TitleBefore, string? TitleAfter, List<CellChangeDto> Cells, List<SectionDiffDto> Sections, double TextSimilarity)
{
    public static DiffDto Of(int from, int to, Comparing.ReportDiff diff) => new(
        from,
        to,
        diff.TitleBefore,
        diff.TitleAfter,
        [.. diff.Cells.Select(c => new CellChangeDto(c.Cell.Path, c.Cell.DisplayName, CellValueDto.From(c.Before), CellValueDto.From(c.After)))],
        [.. diff.Sections.Where(s => s.HasChanges).Select(s => new SectionDiffDto(s.Number, s.Title, [.. s.Lines.Select(l => new LineDto(l.Kind.ToString().ToLowerInvariant(), l.Text))]))],
        diff.TextSimilarity);
}

