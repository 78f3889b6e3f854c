// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Checking;
using Gongkai.Comparing;
using Gongkai.Data.Entities;
using Gongkai.Data.Storage;
using Gongkai.Data.Units;
using Gongkai.Documents;
using Gongkai.Formats;
using Gongkai.Formats.Json;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Data.Reports;

/// <summary>Turns an uploaded file into a stored report version: read (<see cref="ReportReader"/>), check (<see cref="ReportChecker"/>), match to a unit and year, keep the original by hash.</summary>
/// <remarks>
/// <para>Nothing is stored for a file that cannot be read, has no year or matches no unit in scope: the result says why, in
/// Chinese. A second file for the same unit and year is the next version of the same report, never an overwrite.</para>
/// <para>The client's file name is only a label in messages and downloads; the original is stored under its SHA-256
/// (<see cref="FileStore"/>).</para>
/// </remarks>
public sealed class ReportImporter
{
    private readonly GongkaiDbContext _db;
    private readonly FileStore _files;
    private readonly UnitTree _units;
    private readonly AuditLog _audit;
    private readonly TimeProvider _time;

    /// <summary>Initializes a new instance of the <see cref="ReportImporter"/> class.</summary>
    /// <param name="db">The database.</param>
    /// <param name="files">The file store.</param>
    /// <param name="units">The unit tree.</param>
    /// <param name="audit">The audit log.</param>
    /// <param name="time">The clock.</param>
    public ReportImporter(GongkaiDbContext db, FileStore files, UnitTree units, AuditLog audit, TimeProvider time)
    {
        _db = db;
        _files = files;
        _units = units;
        _audit = audit;
        _time = time;
    }

    /// <summary>Imports one file.</summary>
    /// <param name="data">The file's bytes.</param>
    /// <param name="fileName">The name it was uploaded under (a label only).</param>
    /// <param name="actor">Who uploads.</param>
    /// <param name="scope">The units the uploader may write to.</param>
    /// <param name="unitId">The unit chosen by the uploader, or null to match the report's unit name.</param>
    /// <param name="reason">Why (「上传」 by default).</param>
    /// <param name="cancellationToken">Cancels the import.</param>
    /// <returns>The result.</returns>
    public async Task<ImportResult> ImportAsync(ReadOnlyMemory<byte> data, string? fileName, Actor actor, UnitScope scope, int? unitId = null, string? reason = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(scope);
        var label = DisplayName(fileName);
        var read = ReportReader.Read(data, label, ReadOptions.Default, cancellationToken);
        if (!read.Success)
        {
            var error = read.ReadError!.WithFile(label);
            return new ImportResult { FileName = label, Status = ImportStatus.Unreadable, Error = error.ToString(), ReadError = error };
        }

        var report = read.Report;
        if (report.Year is not { } year)
        {
            return new ImportResult { FileName = label, Status = ImportStatus.NoYear, UnitName = report.Unit, Error = $"{label}：报告中没有找到报告年度，无法归档。请在标题中写明年度（如「2024年政府信息公开工作年度报告」）。" };
        }

        var (unit, failure) = await ResolveUnitAsync(report, label, scope, unitId, cancellationToken).ConfigureAwait(false);
        if (unit is null)
        {
            return failure! with { Year = year };
        }

        var findings = ReportChecker.Check(report, null, cancellationToken);
        var sha = await _files.PutAsync(data, cancellationToken).ConfigureAwait(false);
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                var (stored, number) = await AddVersionAsync(unit, year, report, findings, sha, data.Length, read.Kind, label, actor, reason ?? "上传", cancellationToken).ConfigureAwait(false);
                return new ImportResult
                {
                    FileName = label,
                    Status = ImportStatus.Stored,
                    ReportId = stored.Id,
                    VersionNumber = number,
                    UnitId = unit.Id,
                    UnitName = unit.Name,
                    Year = year,
                    Errors = findings.Count(f => f.Severity == Severity.Error),
                    Warnings = findings.Count(f => f.Severity == Severity.Warning),
                    Infos = findings.Count(f => f.Severity == Severity.Info),
                };
            }
            catch (DbUpdateException) when (attempt < 2)
            {
                // Two uploads for one unit and year at once: the loser reloads and becomes the next version.
                _db.ChangeTracker.Clear();
                unit = await _db.Units.FirstAsync(u => u.Id == unit.Id, cancellationToken).ConfigureAwait(false);
            }
            catch (DbUpdateException)
            {
                _db.ChangeTracker.Clear();
                return new ImportResult { FileName = label, Status = ImportStatus.Conflict, UnitId = unit.Id, UnitName = unit.Name, Year = year, Error = $"{label}：他人正在同时保存「{unit.Name}」{year}年的报告，本次未保存，请重试。" };
            }
        }
    }

    /// <summary>Stores a report made elsewhere (the editor, a restore, the API) as the next version of its report.</summary>
    /// <param name="report">The report.</param>
    /// <param name="reportId">The report's id.</param>
    /// <param name="expectedRevision">The revision the change was made from (optimistic concurrency).</param>
    /// <param name="actor">Who.</param>
    /// <param name="reason">Why.</param>
    /// <param name="cancellationToken">Cancels the save.</param>
    /// <returns>The outcome: the new version's number, or why nothing was stored (someone saved in between; another year).</returns>
    /// <remarks>The audit entry lists the cells changed against the newest version, with their values before and after.</remarks>
    public async Task<SaveOutcome> SaveVersionAsync(AnnualReport report, int reportId, int expectedRevision, Actor actor, string reason, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(actor);
        var head = await _db.Reports.Include(r => r.Unit).FirstOrDefaultAsync(r => r.Id == reportId, cancellationToken).ConfigureAwait(false);
        if (head is null)
        {
            return new SaveOutcome(SaveStatus.NotFound, null, "没有这份报告。");
        }

        if (head.Revision != expectedRevision)
        {
            return Conflict(head);
        }

        if (report.Year is { } year && year != head.Year)
        {
            return new SaveOutcome(SaveStatus.WrongYear, null, $"报告年度为 {year} 年，而这份报告是「{head.Unit.Name}」{head.Year} 年的报告：请在 {year} 年的报告中保存，或改正年度。");
        }

        report = report with { Year = head.Year };
        var latest = await _db.ReportVersions.AsNoTracking().Where(v => v.ReportId == reportId && v.Number == head.LatestVersionNumber)
            .Select(v => v.CanonicalJson).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        var changes = latest is null ? null : ReportDiff.Compare(CanonicalJson.Read(System.Text.Encoding.UTF8.GetBytes(latest), "latest"), report);
        var findings = ReportChecker.Check(report, null, cancellationToken);
        try
        {
            var (_, number) = await AddVersionAsync(head.Unit, head.Year, report, findings, null, 0, "json", null, actor, reason, cancellationToken, changes).ConfigureAwait(false);
            return new SaveOutcome(SaveStatus.Saved, number, null);
        }
        catch (DbUpdateConcurrencyException)
        {
            _db.ChangeTracker.Clear();
            var now = await _db.Reports.AsNoTracking().Include(r => r.Unit).FirstAsync(r => r.Id == reportId, cancellationToken).ConfigureAwait(false);
            return Conflict(now);
        }
    }

    private static SaveOutcome Conflict(Report head) =>
        new(SaveStatus.Conflict, null, $"保存失败：在您编辑期间，「{head.Unit.Name}」{head.Year}年的报告已有新的版本（现为第 {head.LatestVersionNumber} 版）。您的修改没有保存，仍保留在页面上；请查看他人的修改后再保存。")
        {
            LatestVersion = head.LatestVersionNumber,
            Revision = head.Revision,
        };

    private async Task<(Unit? Unit, ImportResult? Failure)> ResolveUnitAsync(AnnualReport report, string label, UnitScope scope, int? unitId, CancellationToken cancellationToken)
    {
        if (unitId is { } chosen)
        {
            var unit = await _db.Units.FirstOrDefaultAsync(u => u.Id == chosen, cancellationToken).ConfigureAwait(false);
            if (unit is null)
            {
                return (null, new ImportResult { FileName = label, Status = ImportStatus.UnitNotFound, UnitName = report.Unit, Error = $"{label}：所选单位不存在。" });
            }

            return scope.Contains(unit.Id)
                ? (unit, null)
                : (null, new ImportResult { FileName = label, Status = ImportStatus.Forbidden, UnitName = unit.Name, Error = $"{label}：您无权为「{unit.Name}」上传报告。" });
        }

        if (string.IsNullOrWhiteSpace(report.Unit))
        {
            return (null, new ImportResult { FileName = label, Status = ImportStatus.UnitNotFound, Error = $"{label}：报告中没有找到单位名称，请选择报告所属单位后重新上传。" });
        }

        var (match, candidates) = await _units.MatchAsync(report.Unit, UnitScope.Everything, cancellationToken).ConfigureAwait(false);
        if (match is not null)
        {
            return scope.Contains(match.Id)
                ? (match, null)
                : (null, new ImportResult { FileName = label, Status = ImportStatus.Forbidden, UnitId = match.Id, UnitName = match.Name, Error = $"{label}：报告属于「{match.Name}」，您无权为该单位上传报告。" });
        }

        var inScope = candidates.Where(c => scope.Contains(c.Id)).ToList();
        if (inScope.Count == 1)
        {
            return (inScope[0], null);
        }

        return inScope.Count > 1
            ? (null, new ImportResult
            {
                FileName = label,
                Status = ImportStatus.UnitAmbiguous,
                UnitName = report.Unit,
                Candidates = [.. inScope.Select(c => (c.Id, c.Name))],
                Error = $"{label}：报告单位「{report.Unit}」与多个单位相符（{string.Join("、", inScope.Select(c => c.Name))}），请选择所属单位后重新上传。",
            })
            : (null, new ImportResult { FileName = label, Status = ImportStatus.UnitNotFound, UnitName = report.Unit, Error = $"{label}：单位「{report.Unit}」不在单位列表中，请先添加该单位，或选择所属单位后重新上传。" });
    }

    private async Task<(Report Report, int Number)> AddVersionAsync(Unit unit, int year, AnnualReport report, IReadOnlyList<Finding> findings, string? sha, long length, string? kind, string? label,
        Actor actor, string reason, CancellationToken cancellationToken, ReportDiff? changes = null)
    {
        var now = _time.GetUtcNow().UtcDateTime;
        if (sha is not null && await _db.StoredFiles.FindAsync([sha], cancellationToken).ConfigureAwait(false) is null)
        {
            _db.StoredFiles.Add(new StoredFile { Sha256 = sha, Length = length, Kind = kind, CreatedAt = now });
        }

        var head = await _db.Reports.FirstOrDefaultAsync(r => r.UnitId == unit.Id && r.Year == year, cancellationToken).ConfigureAwait(false);
        if (head is null)
        {
            head = new Report { UnitId = unit.Id, Year = year, UpdatedAt = now };
            _db.Reports.Add(head);
        }

        head.LatestVersionNumber++;
        head.Revision++;
        head.UpdatedAt = now;
        var version = new ReportVersion
        {
            Report = head,
            Number = head.LatestVersionNumber,
            CanonicalJson = CanonicalJson.ToJson(report),
            FindingsJson = StoredFindings.Write(findings),
            ErrorCount = findings.Count(f => f.Severity == Severity.Error),
            WarningCount = findings.Count(f => f.Severity == Severity.Warning),
            InfoCount = findings.Count(f => f.Severity == Severity.Info),
            UnitName = report.Unit,
            Title = report.Title is { Length: > 400 } t ? t[..400] : report.Title,
            Format = report.Format == ReportFormat.Unknown ? null : ((int)report.Format).ToString(System.Globalization.CultureInfo.InvariantCulture),
            SourceFileSha256 = sha,
            SourceFileName = label,
            SourceKind = kind,
            CreatedByUserId = actor.UserId,
            CreatedBy = actor.Name,
            CreatedAt = now,
            Reason = reason.Length > 500 ? reason[..500] : reason,
        };
        _db.ReportVersions.Add(version);
        var before = changes is null ? null : new
        {
            Version = version.Number - 1,
            Title = changes.TitleChanged ? changes.TitleBefore : null,
            Cells = changes.Cells.ToDictionary(c => c.Cell.Path, c => c.Before.ToString()),
            Sections = changes.Sections.Where(s => s.HasChanges).Select(s => s.Number).ToList(),
        };
        _audit.Add(actor, AuditActions.VersionCreated, nameof(Report), $"{unit.Id}/{year}", before, new
        {
            Unit = unit.Name,
            Year = year,
            Version = version.Number,
            File = label,
            Sha256 = sha,
            version.Reason,
            version.ErrorCount,
            version.WarningCount,
            Title = changes?.TitleChanged == true ? changes.TitleAfter : null,
            Cells = changes?.Cells.ToDictionary(c => c.Cell.Path, c => c.After.ToString()),
        });
        await _db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return (head, version.Number);
    }

    /// <summary>Makes a safe label of a client's file name: the last path segment, without control characters, at most 100 characters.</summary>
    /// <param name="fileName">The name the client sent.</param>
    /// <returns>The label (「未命名文件」 when nothing is left).</returns>
    public static string DisplayName(string? fileName)
    {
        var name = (fileName ?? string.Empty).Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..];
        name = new string([.. name.Where(c => !char.IsControl(c))]).Trim();
        if (name.Length > 100)
        {
            name = name[..100];
        }

        return name.Length == 0 ? "未命名文件" : name;
    }
}
