// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Text;

namespace Gongkai.Regions;

/// <summary>Resolves a reporting unit's name to the most specific division it names (see <see cref="AdministrativeDivisions.ResolveUnit"/>).</summary>
/// <remarks>
/// <para>The folded name is scanned forward, longest key first. Full names of every level (and 自治州
/// abbreviations such as 延边州) match anywhere. Short names match only among the leading elements (at the start,
/// after 中共/中国共产党, or right after names read from there on, within them): a province's (北京大兴区), else a
/// city's (淮安洪泽区, 吉林长春经济技术开发区), else a county's but only when a zone word follows (平潭综合实验区,
/// 南沙新区), so that 公安部 is not 公安县. A two-character county name
/// (城区, 郊区, 和县) matches elsewhere only below a division already named.</para>
/// <para>Each match narrows the candidates: those within a candidate so far are kept (淮安市 then 洪泽区; 北京市
/// then 朝阳区); a later match that encloses the candidates (洪泽区（淮安市）) keeps those it encloses; a match
/// consistent with none is ignored (武陟县城区管理局). At the end one candidate is the answer; several are
/// narrowed to their common city or province; nothing in common gives null (鼓楼区, 朝阳区 alone).</para>
/// </remarks>
internal sealed class UnitResolver
{
    private static readonly string[] LeadingPrefixes = ["中国共产党", "中共"];

    private static readonly string[] ZoneWords =
    [
        "综合实验区", "综合试验区", "实验区", "试验区", "开发区", "经济", "高新", "新区", "工业园", "园区", "管理区", "管委会",
        "示范区", "保税", "自贸",
    ];

    private readonly NameTrie<Entry> _index = new();

    /// <summary>Initializes a new instance of the <see cref="UnitResolver"/> class.</summary>
    /// <param name="regions">Every division.</param>
    public UnitResolver(IEnumerable<Region> regions)
    {
        var full = new Dictionary<string, List<Region>>(StringComparer.Ordinal);
        var shortByLevel = new Dictionary<string, List<Region>>[3];
        for (var l = 0; l < shortByLevel.Length; l++)
        {
            shortByLevel[l] = new Dictionary<string, List<Region>>(StringComparer.Ordinal);
        }

        var all = regions.ToList();
        foreach (var r in all)
        {
            AddTo(full, TextFold.Fold(r.Name), r);
        }

        foreach (var r in all)
        {
            if (r.Level == RegionLevel.City && r.Name.EndsWith("自治州", StringComparison.Ordinal))
            {
                var alias = TextFold.Fold(r.ShortName + "州");
                if (!full.ContainsKey(alias))
                {
                    full[alias] = [r];
                }
            }
        }

        foreach (var r in all)
        {
            var key = TextFold.Fold(r.ShortName);
            if (!string.Equals(r.ShortName, r.Name, StringComparison.Ordinal) && !full.ContainsKey(key))
            {
                AddTo(shortByLevel[(int)r.Level], key, r);
            }
        }

        foreach (var (key, list) in full)
        {
            _index.Add(key, new Entry([.. list], [], false));
        }

        var shortKeys = shortByLevel.SelectMany(static d => d.Keys).Distinct(StringComparer.Ordinal);
        foreach (var key in shortKeys)
        {
            var level = Array.FindIndex(shortByLevel, d => d.ContainsKey(key));
            _index.Add(key, new Entry([], [.. shortByLevel[level][key]], level == (int)RegionLevel.County));
        }

        _index.Freeze();

        static void AddTo(Dictionary<string, List<Region>> map, string key, Region r)
        {
            if (!map.TryGetValue(key, out var list))
            {
                list = [];
                map[key] = list;
            }

            list.Add(r);
        }
    }

    /// <summary>Resolves a unit name.</summary>
    /// <param name="unitName">The unit's name as written.</param>
    /// <returns>The most specific division it names, or null.</returns>
    public Region? Resolve(string unitName)
    {
        var name = TextFold.Fold(unitName).AsSpan();
        var lead = 0;
        foreach (var prefix in LeadingPrefixes)
        {
            if (name.StartsWith(prefix, StringComparison.Ordinal))
            {
                lead = prefix.Length;
                break;
            }
        }

        Region[]? current = null;
        Span<int> nodes = stackalloc int[NameTrie<Entry>.MaxHits];
        Span<int> ends = stackalloc int[NameTrie<Entry>.MaxHits];
        var chainEnd = lead; // a short name is read at the start, or right after names read from the start on
        var i = 0;
        while (i < name.Length)
        {
            var next = i + 1;
            var leading = i == 0 || i == chainEnd;
            for (var h = _index.Match(name, i, nodes, ends) - 1; h >= 0; h--)
            {
                var entry = _index.ValueOf(nodes[h]);
                var end = ends[h];
                Region[] candidates;
                if (entry.Full.Length > 0)
                {
                    if (current is null && !leading && end - i <= 2 && entry.Full[0].Level == RegionLevel.County)
                    {
                        continue;
                    }

                    candidates = entry.Full;
                }
                else if (leading && (!entry.ShortIsCounty || StartsWithZoneWord(name[end..])))
                {
                    candidates = current is null ? entry.Short : WithinAny(entry.Short, current);
                    if (candidates.Length == 0)
                    {
                        continue;
                    }
                }
                else
                {
                    continue;
                }

                current = Narrow(current, candidates);
                if (leading)
                {
                    chainEnd = end;
                }

                next = end;
                break;
            }

            i = next;
        }

        return current is null ? null : Common(current);
    }

    private static bool StartsWithZoneWord(ReadOnlySpan<char> rest)
    {
        foreach (var word in ZoneWords)
        {
            if (rest.StartsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static Region[] Narrow(Region[]? current, Region[] candidates)
    {
        if (current is null)
        {
            return candidates;
        }

        var within = WithinAny(candidates, current);
        if (within.Length > 0)
        {
            return within;
        }

        var enclosed = current.Where(r => candidates.Any(r.IsWithin)).ToArray();
        return enclosed.Length > 0 ? enclosed : current;
    }

    private static Region[] WithinAny(Region[] candidates, Region[] current) =>
        candidates.Where(c => current.Any(c.IsWithin)).ToArray();

    private static Region? Common(Region[] candidates)
    {
        if (candidates.Length == 1)
        {
            return candidates[0];
        }

        var city = candidates[0].City;
        if (city is not null && candidates.All(c => c.City is not null && c.City.Equals(city)))
        {
            return city;
        }

        var province = candidates[0].Province;
        return candidates.All(c => c.Province.Equals(province)) ? province : null;
    }

    private sealed record Entry(Region[] Full, Region[] Short, bool ShortIsCounty);
}
