// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Data.Entities;
using Gongkai.Regions;
using Gongkai.Text;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Data.Units;

/// <summary>Reads and changes the unit tree: divisions from the GB/T 2260 table, create, rename, move, subtrees, and matching a report's unit name.</summary>
public sealed class UnitTree
{
    private readonly GongkaiDbContext _db;
    private readonly AuditLog _audit;
    private readonly TimeProvider _time;

    /// <summary>Initializes a new instance of the <see cref="UnitTree"/> class.</summary>
    /// <param name="db">The database.</param>
    /// <param name="audit">The audit log.</param>
    /// <param name="time">The clock.</param>
    public UnitTree(GongkaiDbContext db, AuditLog audit, TimeProvider time)
    {
        _db = db;
        _audit = audit;
        _time = time;
    }

    /// <summary>Gets the ids of a unit and everything below it.</summary>
    /// <param name="unitId">The unit.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The ids.</returns>
    public async Task<IReadOnlySet<int>> SubtreeAsync(int unitId, CancellationToken cancellationToken = default)
    {
        // The tree is small (thousands of rows at most): one query, walked in memory, works the same on both providers.
        var links = await _db.Units.AsNoTracking().Select(u => new { u.Id, u.ParentId }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var children = links.Where(l => l.ParentId is not null).ToLookup(l => l.ParentId!.Value, l => l.Id);
        var result = new HashSet<int>();
        var stack = new Stack<int>();
        stack.Push(unitId);
        while (stack.Count > 0)
        {
            var id = stack.Pop();
            if (result.Add(id))
            {
                foreach (var child in children[id])
                {
                    stack.Push(child);
                }
            }
        }

        return result;
    }

    /// <summary>Finds or creates the units of a division and its ancestors (province → city → county).</summary>
    /// <param name="region">The division.</param>
    /// <param name="actor">Who.</param>
    /// <param name="cancellationToken">Cancels the queries.</param>
    /// <returns>The division's unit (tracked; saved by the caller).</returns>
    public async Task<Unit> EnsureDivisionAsync(Region region, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(region);
        Unit? parent = null;
        if (region.Level != RegionLevel.Province)
        {
            var up = region.Level == RegionLevel.County && region.City is { } city ? city : region.Province;
            parent = await EnsureDivisionAsync(up, actor, cancellationToken).ConfigureAwait(false);
        }

        var existing = _db.Units.Local.FirstOrDefault(u => u.Code == region.Code && u.Level != UnitLevel.Town && u.Level != UnitLevel.Department)
            ?? await _db.Units.FirstOrDefaultAsync(u => u.Code == region.Code && (u.Level == UnitLevel.Province || u.Level == UnitLevel.City || u.Level == UnitLevel.County), cancellationToken).ConfigureAwait(false);
        if (existing is not null)
        {
            return existing;
        }

        var unit = new Unit
        {
            Name = region.Name,
            Code = region.Code,
            Level = region.Level switch { RegionLevel.Province => UnitLevel.Province, RegionLevel.City => UnitLevel.City, _ => UnitLevel.County },
            Key = "gb2260/" + region.Code,
            Parent = parent,
            CreatedAt = _time.GetUtcNow().UtcDateTime,
        };
        _db.Units.Add(unit);
        _audit.Add(actor, AuditActions.UnitCreated, nameof(Unit), region.Code, null, new { unit.Name, unit.Code, unit.Level });
        return unit;
    }

    /// <summary>Imports a division and every division below it from the GB/T 2260 table (with its ancestors), and saves.</summary>
    /// <param name="code">The division's six-digit code.</param>
    /// <param name="actor">Who.</param>
    /// <param name="cancellationToken">Cancels the import.</param>
    /// <returns>The number of units created, or a Chinese error.</returns>
    public async Task<(int Created, string? Error)> ImportDivisionAsync(string code, Actor actor, CancellationToken cancellationToken = default)
    {
        if (AdministrativeDivisions.FindByCode(code?.Trim() ?? string.Empty) is not { } region)
        {
            return (0, $"行政区划表中没有代码「{code}」。");
        }

        await EnsureDivisionAsync(region, actor, cancellationToken).ConfigureAwait(false);
        foreach (var child in AdministrativeDivisions.All.Where(r => !r.Equals(region) && r.IsWithin(region)))
        {
            await EnsureDivisionAsync(child, actor, cancellationToken).ConfigureAwait(false);
        }

        var created = _db.ChangeTracker.Entries<Unit>().Count(e => e.State == EntityState.Added);
        await _db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return (created, null);
    }

    /// <summary>Creates a unit under a parent.</summary>
    /// <param name="name">The full name.</param>
    /// <param name="level">The level.</param>
    /// <param name="parent">The parent, or null for a root.</param>
    /// <param name="code">The code, or null.</param>
    /// <param name="actor">Who.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The unit (tracked, not saved), or a Chinese error.</returns>
    public async Task<(Unit? Unit, string? Error)> CreateAsync(string name, UnitLevel level, Unit? parent, string? code, Actor actor, CancellationToken cancellationToken = default)
    {
        name = name?.Trim() ?? string.Empty;
        if (name.Length is 0 or > 200)
        {
            return (null, "单位名称不能为空，且不超过 200 个字。");
        }

        var key = KeyOf(name, parent?.Code);
        if (_db.Units.Local.Any(u => u.Key == key) || await _db.Units.AnyAsync(u => u.Key == key, cancellationToken).ConfigureAwait(false))
        {
            return (null, $"单位「{name}」已存在。");
        }

        var unit = new Unit { Name = name, Level = level, Parent = parent, Code = string.IsNullOrWhiteSpace(code) ? null : code.Trim(), Key = key, CreatedAt = _time.GetUtcNow().UtcDateTime };
        _db.Units.Add(unit);
        _audit.Add(actor, AuditActions.UnitCreated, nameof(Unit), key, null, new { unit.Name, unit.Code, unit.Level, Parent = parent?.Name });
        return (unit, null);
    }

    /// <summary>Renames a unit (its key follows the name) and saves.</summary>
    /// <param name="unitId">The unit.</param>
    /// <param name="name">The new name.</param>
    /// <param name="actor">Who.</param>
    /// <param name="cancellationToken">Cancels the save.</param>
    /// <returns>Null, or a Chinese error.</returns>
    public async Task<string?> RenameAsync(int unitId, string name, Actor actor, CancellationToken cancellationToken = default)
    {
        name = name?.Trim() ?? string.Empty;
        if (name.Length is 0 or > 200)
        {
            return "单位名称不能为空，且不超过 200 个字。";
        }

        var unit = await _db.Units.Include(u => u.Parent).FirstOrDefaultAsync(u => u.Id == unitId, cancellationToken).ConfigureAwait(false);
        if (unit is null)
        {
            return "没有这个单位。";
        }

        var key = unit.Key.StartsWith("gb2260/", StringComparison.Ordinal) ? unit.Key : KeyOf(name, unit.Parent?.Code);
        if (await _db.Units.AnyAsync(u => u.Key == key && u.Id != unitId, cancellationToken).ConfigureAwait(false))
        {
            return $"单位「{name}」已存在。";
        }

        var before = new { unit.Name, unit.Key };
        unit.Name = name;
        unit.Key = key;
        _audit.Add(actor, AuditActions.UnitRenamed, nameof(Unit), unit.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), before, new { unit.Name, unit.Key });
        await _db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return null;
    }

    /// <summary>Moves a unit under another parent (not under itself or its own subtree) and saves.</summary>
    /// <param name="unitId">The unit.</param>
    /// <param name="parentId">The new parent, or null for a root.</param>
    /// <param name="actor">Who.</param>
    /// <param name="cancellationToken">Cancels the save.</param>
    /// <returns>Null, or a Chinese error.</returns>
    public async Task<string?> MoveAsync(int unitId, int? parentId, Actor actor, CancellationToken cancellationToken = default)
    {
        var unit = await _db.Units.FirstOrDefaultAsync(u => u.Id == unitId, cancellationToken).ConfigureAwait(false);
        if (unit is null)
        {
            return "没有这个单位。";
        }

        if (parentId is { } p)
        {
            if (!await _db.Units.AnyAsync(u => u.Id == p, cancellationToken).ConfigureAwait(false))
            {
                return "没有这个上级单位。";
            }

            if ((await SubtreeAsync(unitId, cancellationToken).ConfigureAwait(false)).Contains(p))
            {
                return "不能把单位移到它自己或它的下级单位之下。";
            }
        }

        var before = new { unit.ParentId };
        unit.ParentId = parentId;
        _audit.Add(actor, AuditActions.UnitMoved, nameof(Unit), unit.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), before, new { unit.ParentId });
        await _db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return null;
    }

    /// <summary>Finds the unit a report names: by key, else the one unit in scope whose folded name is the report's or ends it.</summary>
    /// <param name="unitName">The unit name the report writes.</param>
    /// <param name="scope">The units to consider.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The unit, the candidates when several fit (asked of the user), or neither.</returns>
    public async Task<(Unit? Unit, IReadOnlyList<Unit> Candidates)> MatchAsync(string unitName, UnitScope scope, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(unitName);
        ArgumentNullException.ThrowIfNull(scope);
        var key = UnitKey.From(unitName).Value;
        var exact = await _db.Units.FirstOrDefaultAsync(u => u.Key == key, cancellationToken).ConfigureAwait(false);
        if (exact is not null && scope.Contains(exact.Id))
        {
            return (exact, []);
        }

        var folded = FoldName(unitName);
        var reporting = await _db.Units.Where(u => u.Level == UnitLevel.Town || u.Level == UnitLevel.Department || u.Level == UnitLevel.County || u.Level == UnitLevel.City)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var fits = reporting.Where(u => scope.Contains(u.Id)).Where(u =>
        {
            var name = FoldName(u.Name);
            return name.Length >= 2 && (name == folded || folded.EndsWith(name, StringComparison.Ordinal) || name.EndsWith(folded, StringComparison.Ordinal));
        }).ToList();
        return fits.Count == 1 ? (fits[0], []) : (null, fits);
    }

    /// <summary>Gets the stored key of a unit that is not itself a division (those are <c>gb2260/{code}</c>): its <see cref="UnitKey"/>
    /// within the parent's division when the parent has a GB/T 2260 code, else within the division its name names.</summary>
    /// <param name="name">The unit name.</param>
    /// <param name="parentCode">The parent's code, or null.</param>
    /// <returns>The key's value, e.g. <c>410823/小董乡人民政府</c>.</returns>
    public static string KeyOf(string name, string? parentCode)
    {
        var code = parentCode is not null && AdministrativeDivisions.FindByCode(parentCode) is not null ? parentCode : null;
        return UnitKey.From(name, code).Value;
    }

    /// <summary>Folds a unit name for the loose match of <see cref="MatchAsync"/>: folded text (<see cref="TextFold"/>) without the suffix 「人民政府」.</summary>
    private static string FoldName(string name)
    {
        const string government = "人民政府";
        var text = TextFold.Fold(name);
        return text.EndsWith(government, StringComparison.Ordinal) && text.Length > government.Length ? text[..^government.Length] : text;
    }
}
