// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Data.Entities;
using Gongkai.Data.Units;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Data.Reports;

/// <summary>The read side of reports: lists within a scope, the public list, heads and versions. Every query is no-tracking.</summary>
public sealed class ReportQueries
{
    private readonly GongkaiDbContext _db;

    /// <summary>Initializes a new instance of the <see cref="ReportQueries"/> class.</summary>
    /// <param name="db">The database.</param>
    public ReportQueries(GongkaiDbContext db) => _db = db;

    /// <summary>Lists the reports in a scope, newest year first, with the counts of their newest version.</summary>
    /// <param name="scope">The units the user may read.</param>
    /// <param name="unitName">A part of the unit name to filter by, or null.</param>
    /// <param name="year">A year to filter by, or null.</param>
    /// <param name="limit">At most this many.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The reports.</returns>
    public async Task<IReadOnlyList<ReportSummary>> ListAsync(UnitScope scope, string? unitName = null, int? year = null, int limit = 500, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var query = _db.Reports.AsNoTracking();
        if (scope.Units is { } units)
        {
            var ids = units.ToList();
            query = query.Where(r => ids.Contains(r.UnitId));
        }

        query = Filter(query, unitName, year);
        return await query.OrderByDescending(r => r.Year).ThenBy(r => r.Unit.Name).Take(limit)
            .Select(r => new
            {
                r.Id,
                r.UnitId,
                r.Unit.Name,
                r.Year,
                r.LatestVersionNumber,
                r.PublishedVersionNumber,
                r.UpdatedAt,
                r.Revision,
                Latest = r.Versions.Where(v => v.Number == r.LatestVersionNumber).Select(v => new { v.ErrorCount, v.WarningCount, v.InfoCount }).FirstOrDefault(),
            })
            .AsAsyncEnumerable()
            .Select(r => new ReportSummary(r.Id, r.UnitId, r.Name, r.Year, r.LatestVersionNumber, r.PublishedVersionNumber, r.Latest?.ErrorCount ?? 0, r.Latest?.WarningCount ?? 0, r.Latest?.InfoCount ?? 0, r.UpdatedAt, r.Revision))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Lists the published reports (for the public pages), newest year first.</summary>
    /// <param name="unitName">A part of the unit name, or null.</param>
    /// <param name="year">A year, or null.</param>
    /// <param name="limit">At most this many.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The reports; the counts are those of the published version.</returns>
    public async Task<IReadOnlyList<ReportSummary>> ListPublishedAsync(string? unitName = null, int? year = null, int limit = 500, CancellationToken cancellationToken = default)
    {
        var query = Filter(_db.Reports.AsNoTracking().Where(r => r.PublishedVersionNumber != null), unitName, year);
        return await query.OrderByDescending(r => r.Year).ThenBy(r => r.Unit.Name).Take(limit)
            .Select(r => new ReportSummary(r.Id, r.UnitId, r.Unit.Name, r.Year, r.LatestVersionNumber, r.PublishedVersionNumber, 0, 0, 0, r.PublishedAt ?? r.UpdatedAt))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Gets a report head with its unit.</summary>
    /// <param name="id">The report's id.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The report, or null.</returns>
    public Task<Report?> GetAsync(int id, CancellationToken cancellationToken = default) =>
        _db.Reports.AsNoTracking().Include(r => r.Unit).FirstOrDefaultAsync(r => r.Id == id, cancellationToken);

    /// <summary>Gets a version of a report.</summary>
    /// <param name="reportId">The report's id.</param>
    /// <param name="number">The version number.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The version, or null.</returns>
    public Task<ReportVersion?> GetVersionAsync(int reportId, int number, CancellationToken cancellationToken = default) =>
        _db.ReportVersions.AsNoTracking().FirstOrDefaultAsync(v => v.ReportId == reportId && v.Number == number, cancellationToken);

    /// <summary>Gets a version of a report without its JSON (what a page shows about it).</summary>
    /// <param name="reportId">The report's id.</param>
    /// <param name="number">The version number.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The version with <see cref="ReportVersion.CanonicalJson"/> and <see cref="ReportVersion.FindingsJson"/> empty, or null.</returns>
    public Task<ReportVersion?> GetVersionHeadAsync(int reportId, int number, CancellationToken cancellationToken = default) =>
        Heads(_db.ReportVersions.AsNoTracking().Where(v => v.ReportId == reportId && v.Number == number)).FirstOrDefaultAsync(cancellationToken);

    /// <summary>Lists the versions of a report (without their JSON), newest first.</summary>
    /// <param name="reportId">The report's id.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The versions; <see cref="ReportVersion.CanonicalJson"/> and <see cref="ReportVersion.FindingsJson"/> are empty.</returns>
    public async Task<IReadOnlyList<ReportVersion>> VersionsAsync(int reportId, CancellationToken cancellationToken = default) =>
        await Heads(_db.ReportVersions.AsNoTracking().Where(v => v.ReportId == reportId).OrderByDescending(v => v.Number))
            .ToListAsync(cancellationToken).ConfigureAwait(false);

    private static IQueryable<ReportVersion> Heads(IQueryable<ReportVersion> versions) =>
        versions
            .Select(v => new ReportVersion
            {
                Id = v.Id,
                ReportId = v.ReportId,
                Number = v.Number,
                CanonicalJson = string.Empty,
                FindingsJson = string.Empty,
                ErrorCount = v.ErrorCount,
                WarningCount = v.WarningCount,
                InfoCount = v.InfoCount,
                UnitName = v.UnitName,
                Title = v.Title,
                Format = v.Format,
                SourceFileSha256 = v.SourceFileSha256,
                SourceFileName = v.SourceFileName,
                SourceKind = v.SourceKind,
                CreatedByUserId = v.CreatedByUserId,
                CreatedBy = v.CreatedBy,
                CreatedAt = v.CreatedAt,
                Reason = v.Reason,
            });

    private static IQueryable<Report> Filter(IQueryable<Report> query, string? unitName, int? year)
    {
        if (!string.IsNullOrWhiteSpace(unitName))
        {
            var part = unitName.Trim();
            query = query.Where(r => r.Unit.Name.Contains(part));
        }

        if (year is { } y)
        {
            query = query.Where(r => r.Year == y);
        }

        return query;
    }
}
