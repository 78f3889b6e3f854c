// Copyright (c) Gongkai contributors. Licensed under the MIT License.

namespace Gongkai.Data.Reports;

/// <summary>One report in a list: unit, year, its newest version's counts, and what is published.</summary>
/// <param name="Id">The report's id.</param>
/// <param name="UnitId">The unit's id.</param>
/// <param name="UnitName">The unit's name.</param>
/// <param name="Year">The report year.</param>
/// <param name="LatestVersion">The newest version's number.</param>
/// <param name="PublishedVersion">The published version's number, or null.</param>
/// <param name="Errors">Errors in the shown version.</param>
/// <param name="Warnings">Warnings in the shown version.</param>
/// <param name="Infos">Infos in the shown version.</param>
/// <param name="UpdatedAt">When the report last changed (UTC).</param>
/// <param name="Revision">The report's concurrency token: a new version is saved from this revision (0 on the public list).</param>
public sealed record ReportSummary(int Id, int UnitId, string UnitName, int Year, int LatestVersion, int? PublishedVersion, int Errors, int Warnings, int Infos, DateTime UpdatedAt, int Revision = 0);
