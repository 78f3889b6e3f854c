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
internal sealed record ReportDto(int Id, int UnitId, string Unit, int Year, int LatestVersion, int? PublishedVersion, int Errors, int Warnings, int Infos)
{
    /// <summary>Maps a summary.</summary>
    /// <param name="s">The summary.</param>
    /// <returns>The DTO.</returns>
    public static ReportDto From(ReportSummary s) => new(s.Id, s.UnitId, s.UnitName, s.Year, s.LatestVersion, s.PublishedVersion, s.Errors, s.Warnings, s.Infos);
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
