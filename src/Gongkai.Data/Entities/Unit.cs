// Copyright (c) Gongkai contributors. Licensed under the MIT License.

namespace Gongkai.Data.Entities;

/// <summary>A disclosing unit or an administrative division in the unit tree (province → city → county → town / department).</summary>
/// <remarks>
/// <para><see cref="Key"/> is the normalised unit name with its region (see <see cref="Units.UnitTree.KeyOf"/>, over <see cref="Regions.UnitKey"/>): unique, and what an
/// uploaded report's unit name is matched on. <see cref="Code"/> is the GB/T 2260 code of a division (six digits); towns and
/// departments have none, or a local code.</para>
/// <para>The tree is held by <see cref="ParentId"/>; a supervisor's scope is a unit and everything below it.</para>
/// </remarks>
public sealed class Unit
{
    /// <summary>Gets or sets the id.</summary>
    public int Id { get; set; }

    /// <summary>Gets or sets the parent unit's id, or null for a root (a province).</summary>
    public int? ParentId { get; set; }

    /// <summary>Gets or sets the parent unit.</summary>
    public Unit? Parent { get; set; }

    /// <summary>Gets the child units.</summary>
    public ICollection<Unit> Children { get; } = [];

    /// <summary>Gets or sets the level.</summary>
    public UnitLevel Level { get; set; }

    /// <summary>Gets or sets the GB/T 2260 code (six digits) of a division, or null.</summary>
    public string? Code { get; set; }

    /// <summary>Gets or sets the full name as the unit writes it (武陟县小董乡人民政府).</summary>
    public required string Name { get; set; }

    /// <summary>Gets or sets the normalised unit key (unique).</summary>
    public required string Key { get; set; }

    /// <summary>Gets or sets when the unit was created (UTC).</summary>
    public DateTime CreatedAt { get; set; }

    /// <summary>Gets the unit's reports, one per year.</summary>
    public ICollection<Report> Reports { get; } = [];
}
