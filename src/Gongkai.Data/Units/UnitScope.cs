// Copyright (c) Gongkai contributors. Licensed under the MIT License.

namespace Gongkai.Data.Units;

/// <summary>The units a user may see or change: every unit (an admin), or a set of unit ids (a clerk's unit, a supervisor's subtree).</summary>
public sealed class UnitScope
{
    private readonly HashSet<int>? _units;

    private UnitScope(HashSet<int>? units) => _units = units;

    /// <summary>Gets the scope of every unit.</summary>
    public static UnitScope Everything { get; } = new(null);

    /// <summary>Gets the empty scope (no unit).</summary>
    public static UnitScope Nothing { get; } = new([]);

    /// <summary>Gets a value indicating whether the scope is every unit.</summary>
    public bool IsEverything => _units is null;

    /// <summary>Gets the unit ids, or null for every unit.</summary>
    public IReadOnlySet<int>? Units => _units;

    /// <summary>Creates a scope of some units.</summary>
    /// <param name="units">The unit ids.</param>
    /// <returns>The scope.</returns>
    public static UnitScope Of(IEnumerable<int> units) => new([.. units]);

    /// <summary>Returns whether a unit is in the scope.</summary>
    /// <param name="unitId">The unit's id.</param>
    /// <returns>Whether it is.</returns>
    public bool Contains(int unitId) => _units is null || _units.Contains(unitId);
}
