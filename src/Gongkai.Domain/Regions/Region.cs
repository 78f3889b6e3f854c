// Copyright (c) Gongkai contributors. Licensed under the MIT License.

namespace Gongkai.Regions;

/// <summary>An administrative division of the table in <see cref="AdministrativeDivisions"/> (a province, a prefecture-level city or a county).</summary>
/// <remarks>
/// There is one instance per code; two regions are equal when their codes are equal.
/// </remarks>
public sealed record Region
{
    /// <summary>Initializes a new instance of the <see cref="Region"/> class.</summary>
    /// <param name="code">The six-digit GB/T 2260 code.</param>
    /// <param name="name">The full name.</param>
    /// <param name="level">The level.</param>
    /// <param name="province">The province, or null for a province (which is then its own province).</param>
    /// <param name="city">The prefecture-level city of a county, or null (ignored for a city, which is its own city).</param>
    internal Region(string code, string name, RegionLevel level, Region? province, Region? city)
    {
        Code = code;
        Name = name;
        Level = level;
        Province = province ?? this;
        City = level == RegionLevel.City ? this : city;
        ShortName = RegionNames.Shorten(name, level);
    }

    /// <summary>Gets the six-digit GB/T 2260 code, e.g. <c>410823</c>.</summary>
    public string Code { get; }

    /// <summary>Gets the full name, e.g. 武陟县, 延边朝鲜族自治州, 内蒙古自治区.</summary>
    public string Name { get; }

    /// <summary>Gets the level.</summary>
    public RegionLevel Level { get; }

    /// <summary>Gets the provincial-level division this one belongs to; a province is its own province.</summary>
    public Region Province { get; }

    /// <summary>Gets the prefecture-level city a county belongs to (a city is its own city); null for a province and for a county directly under a 直辖市 or a province (济源市, 仙桃市, 石河子市…).</summary>
    public Region? City { get; }

    /// <summary>Gets the name without the administrative suffix: 甘肃省→甘肃, 内蒙古自治区→内蒙古, 广西壮族自治区→广西, 北京市→北京, 双鸭山市→双鸭山, 延边朝鲜族自治州→延边, 武陟县→武陟.</summary>
    /// <remarks>Where dropping the suffix would leave a single character (郊区, 和县), it is the full name.</remarks>
    public string ShortName { get; }

    /// <summary>Returns whether this region is <paramref name="ancestor"/> or lies within it.</summary>
    /// <param name="ancestor">The possibly enclosing region.</param>
    /// <returns>Whether this region is the same as, or part of, <paramref name="ancestor"/>.</returns>
    public bool IsWithin(Region ancestor)
    {
        ArgumentNullException.ThrowIfNull(ancestor);
        return ancestor.Level switch
        {
            RegionLevel.Province => Same(Province, ancestor),
            RegionLevel.City => City is not null && Same(City, ancestor),
            _ => Same(this, ancestor),
        };
    }

    /// <summary>Returns whether <paramref name="other"/> has the same code.</summary>
    /// <param name="other">The other region.</param>
    /// <returns>Whether the codes are equal.</returns>
    public bool Equals(Region? other) => other is not null && string.Equals(Code, other.Code, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Code);

    /// <inheritdoc/>
    public override string ToString() => Level switch
    {
        RegionLevel.Province => $"{Code} {Name}",
        _ when City is null || ReferenceEquals(City, this) => $"{Code} {Name} ({Province.Name})",
        _ => $"{Code} {Name} ({Province.Name} {City.Name})",
    };

    private static bool Same(Region a, Region b) => ReferenceEquals(a, b) || string.Equals(a.Code, b.Code, StringComparison.Ordinal);
}
