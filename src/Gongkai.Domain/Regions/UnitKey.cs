// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Text;
using Gongkai.Text;

namespace Gongkai.Regions;

/// <summary>A stable key of a reporting unit (报告机关): its normalised name within its administrative division, for
/// grouping one unit's reports across years and for a database's unique (unit, year) index.</summary>
/// <remarks>
/// <para><see cref="From"/> normalises the name in four steps, each chosen so that only spellings of the same unit meet:</para>
/// <list type="number">
/// <item><see cref="TextFold.Fold(ReadOnlySpan{char})"/>: whitespace of every kind dropped, full-width letters, digits and
/// brackets made half-width, traditional characters made simplified (武陟縣 → 武陟县).</item>
/// <item>The division is the code given, else the one the name resolves to (<see cref="AdministrativeDivisions.ResolveUnit"/>).</item>
/// <item>The names of the division and of the divisions above it are taken off the front, in order (province, city,
/// county; a province's or city's short name only when the next one's full name follows, as in 北京大兴区): 北京市大兴区
/// 西红门镇人民政府, 大兴区西红门镇人民政府 and 西红门镇人民政府 with code 110115 are one unit. A name that is nothing but
/// division names is kept whole.</item>
/// <item>「政府」 right after a division suffix (省 市 县 区 旗 乡 镇) is 「人民政府」: 小董乡政府 and 小董乡人民政府 are one unit.
/// Nothing else is changed — 中共, 办公室, 委员会, 管委会 name other bodies and stay.</item>
/// </list>
/// <para><see cref="Value"/> is <c>{code}/{name}</c> (<c>110115/西红门镇人民政府</c>), or the name alone when no division is
/// known; two keys are equal when their values are equal (ordinal). Two towns of one name in different counties differ by
/// code. A name that resolves to no division (鼓楼区 alone lies in four cities) has no code: give the code when it is known.
/// The value is stable for a given name and code; a change of these rules changes keys and is a breaking change to be noted
/// in CONTRIBUTING.md.</para>
/// </remarks>
public sealed record UnitKey
{
    private const string SuffixesBeforeGovernment = "省市县区旗乡镇";

    private UnitKey(string name, string? regionCode)
    {
        Name = name;
        RegionCode = regionCode;
        Value = regionCode is null ? name : $"{regionCode}/{name}";
    }

    /// <summary>Gets the normalised name within the division (e.g. 西红门镇人民政府).</summary>
    public string Name { get; }

    /// <summary>Gets the six-digit GB/T 2260 code of the division, or null when none is known.</summary>
    public string? RegionCode { get; }

    /// <summary>Gets the key as one string: <c>{code}/{name}</c>, or the name when no division is known.</summary>
    public string Value { get; }

    /// <summary>Makes the key of a unit.</summary>
    /// <param name="unitName">The unit's name as written (报告机关).</param>
    /// <param name="regionCode">The division's six-digit GB/T 2260 code when the caller knows it (a form, a database row);
    /// null to resolve it from the name.</param>
    /// <returns>The key.</returns>
    /// <exception cref="ArgumentException"><paramref name="unitName"/> is empty or whitespace; or <paramref name="regionCode"/>
    /// is not a code of <see cref="AdministrativeDivisions"/>.</exception>
    public static UnitKey From(string unitName, string? regionCode = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(unitName);
        var folded = TextFold.Fold(unitName);
        if (folded.Length == 0)
        {
            throw new ArgumentException("The unit name has no characters after folding.", nameof(unitName));
        }

        Region? region;
        if (regionCode is null)
        {
            region = AdministrativeDivisions.ResolveUnit(unitName);
        }
        else
        {
            region = AdministrativeDivisions.FindByCode(regionCode) ?? throw new ArgumentException($"Unknown GB/T 2260 code '{regionCode}'.", nameof(regionCode));
        }

        var name = region is null ? folded : StripDivisions(folded, region);
        return new UnitKey(GovernmentWord(name), region?.Code);
    }

    /// <summary>Gets the key as one string.</summary>
    /// <returns><see cref="Value"/>.</returns>
    public override string ToString() => Value;

    /// <summary>Returns whether the values are equal (ordinal).</summary>
    /// <param name="other">The other key.</param>
    /// <returns>Whether they name one unit.</returns>
    public bool Equals(UnitKey? other) => other is not null && string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    private static string StripDivisions(string name, Region region)
    {
        var chain = new List<Region>(3) { region.Province };
        if (region.City is { } city && !ReferenceEquals(city, region.Province))
        {
            chain.Add(city);
        }

        if (!chain.Contains(region))
        {
            chain.Add(region);
        }

        var rest = name.AsSpan();
        for (var i = 0; i < chain.Count; i++)
        {
            var full = TextFold.Fold(chain[i].Name);
            var shortName = TextFold.Fold(chain[i].ShortName);
            if (rest.StartsWith(full, StringComparison.Ordinal))
            {
                rest = rest[full.Length..];
            }
            else if (i + 1 < chain.Count && shortName.Length < full.Length && rest.StartsWith(shortName, StringComparison.Ordinal)
                && rest[shortName.Length..].StartsWith(TextFold.Fold(chain[i + 1].Name), StringComparison.Ordinal))
            {
                rest = rest[shortName.Length..];
            }
        }

        return rest.IsEmpty ? name : rest.ToString();
    }

    private static string GovernmentWord(string name)
    {
        const string Government = "政府";
        if (!name.Contains(Government, StringComparison.Ordinal))
        {
            return name;
        }

        var sb = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (string.CompareOrdinal(name, i, Government, 0, Government.Length) == 0 && i > 0
                && SuffixesBeforeGovernment.Contains(name[i - 1], StringComparison.Ordinal))
            {
                sb.Append("人民");
            }

            sb.Append(name[i]);
        }

        return sb.ToString();
    }
}
