// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Data.Reports;

/// <summary>Publishes a version of a report: the public pages show that version, and only published ones.</summary>
public sealed class ReportPublisher
{
    private readonly GongkaiDbContext _db;
    private readonly AuditLog _audit;
    private readonly TimeProvider _time;

    /// <summary>Initializes a new instance of the <see cref="ReportPublisher"/> class.</summary>
    /// <param name="db">The database.</param>
    /// <param name="audit">The audit log.</param>
    /// <param name="time">The clock.</param>
    public ReportPublisher(GongkaiDbContext db, AuditLog audit, TimeProvider time)
    {
        _db = db;
        _audit = audit;
        _time = time;
    }

    /// <summary>Publishes a version.</summary>
    /// <param name="reportId">The report.</param>
    /// <param name="versionNumber">The version.</param>
    /// <param name="actor">Who.</param>
    /// <param name="cancellationToken">Cancels the save.</param>
    /// <returns>Null, or a Chinese error.</returns>
    public async Task<string?> PublishAsync(int reportId, int versionNumber, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var report = await _db.Reports.Include(r => r.Unit).FirstOrDefaultAsync(r => r.Id == reportId, cancellationToken).ConfigureAwait(false);
        if (report is null)
        {
            return "没有这份报告。";
        }

        if (!await _db.ReportVersions.AnyAsync(v => v.ReportId == reportId && v.Number == versionNumber, cancellationToken).ConfigureAwait(false))
        {
            return $"报告没有第 {versionNumber} 版。";
        }

        var before = new { report.PublishedVersionNumber };
        report.PublishedVersionNumber = versionNumber;
        report.PublishedAt = _time.GetUtcNow().UtcDateTime;
        report.PublishedBy = actor.Name;
        report.Revision++;
        _audit.Add(actor, AuditActions.Published, nameof(Report), report.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), before, new { report.PublishedVersionNumber, Unit = report.Unit.Name, report.Year });
        try
        {
            await _db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateConcurrencyException)
        {
            _db.ChangeTracker.Clear();
            return "他人刚刚修改了这份报告，请刷新后重试。";
        }

        return null;
    }
}
