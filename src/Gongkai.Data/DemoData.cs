// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Data.Entities;
using Gongkai.Data.Reports;
using Gongkai.Data.Units;
using Gongkai.Formats;
using Gongkai.Regions;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Data;

/// <summary>The demo data of a first start: the seed towns under their real province, city and county, a few departments of one county, and the seed reports with their findings.</summary>
public sealed class DemoData
{
    /// <summary>The county whose departments the demo adds (武陟县, GB/T 2260 410823).</summary>
    public const string DepartmentCounty = "410823";

    private static readonly string[] Departments = ["武陟县人民政府办公室", "武陟县教育局", "武陟县财政局", "武陟县卫生健康委员会"];

    private readonly GongkaiDbContext _db;
    private readonly UnitTree _units;
    private readonly ReportImporter _importer;

    /// <summary>Initializes a new instance of the <see cref="DemoData"/> class.</summary>
    /// <param name="db">The database.</param>
    /// <param name="units">The unit tree.</param>
    /// <param name="importer">The importer.</param>
    public DemoData(GongkaiDbContext db, UnitTree units, ReportImporter importer)
    {
        _db = db;
        _units = units;
        _importer = importer;
    }

    /// <summary>Loads the demo data into an empty database (one without units); does nothing otherwise.</summary>
    /// <param name="files">The seed report files.</param>
    /// <param name="cancellationToken">Cancels the load.</param>
    /// <returns>The reports imported (empty when the database was not empty).</returns>
    public async Task<IReadOnlyList<ImportResult>> LoadAsync(IEnumerable<string> files, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        if (await _db.Units.AnyAsync(cancellationToken).ConfigureAwait(false))
        {
            return [];
        }

        var seeds = files.Order(StringComparer.Ordinal).Select(f => (Name: Path.GetFileName(f), Data: File.ReadAllBytes(f))).ToList();
        foreach (var (name, data) in seeds)
        {
            var read = ReportReader.Read(data, name, null, cancellationToken);
            if (read.Report?.Unit is not { Length: > 0 } unitName)
            {
                continue;
            }

            var region = AdministrativeDivisions.ResolveUnit(unitName);
            var parent = region is null ? null : await _units.EnsureDivisionAsync(region, Actor.System, cancellationToken).ConfigureAwait(false);
            var (_, error) = await _units.CreateAsync(unitName, UnitLevel.Town, parent, null, Actor.System, cancellationToken).ConfigureAwait(false);
            if (error is not null)
            {
                continue;
            }
        }

        if (AdministrativeDivisions.FindByCode(DepartmentCounty) is { } county)
        {
            var parent = await _units.EnsureDivisionAsync(county, Actor.System, cancellationToken).ConfigureAwait(false);
            foreach (var department in Departments)
            {
                await _units.CreateAsync(department, UnitLevel.Department, parent, null, Actor.System, cancellationToken).ConfigureAwait(false);
            }
        }

        await _db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        var results = new List<ImportResult>(seeds.Count);
        foreach (var (name, data) in seeds)
        {
            results.Add(await _importer.ImportAsync(data, name, Actor.System, UnitScope.Everything, null, "演示数据", cancellationToken).ConfigureAwait(false));
        }

        return results;
    }
}
