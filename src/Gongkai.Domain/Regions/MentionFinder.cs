// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Text;

namespace Gongkai.Regions;

/// <summary>Finds the provinces and prefecture-level cities a text names (see <see cref="AdministrativeDivisions.FindMentions"/>).</summary>
/// <remarks>
/// <para>One forward scan: at each position the longest key starting there wins and the scan goes on after it, so
/// matches never overlap and 「浙江西部」 is 浙江, 「黑龙江」 is not 龙江. Keys are province full and short names,
/// city full names and 自治州 abbreviations (延边州). Other keys only consume text so that no province short name is
/// found inside them (blockers): county full names (乌海市海南区, 天津市河北区), city short names (中山西路, 镇江西站),
/// and words that end in the first character of a province short name (幸福建设, 隆重庆祝, 推广东部, 黄河南岸).</para>
/// <para>A bare province short name is not a mention when what follows makes it a street or a direction:
/// 路/街/巷/大道/大街/中路/东路/西路/南路/北路 (江西路, 北京东路), 时间 (北京时间), or, after a name ending in
/// 东/西/南/北, 岸/侧/麓/坡 or 部 other than 部分/部署/部门/部长/部委/部队/部属/部级 (河南岸, 山西部山区).</para>
/// <para>台湾, 香港 and 澳门 are not searched: mainland reports name them for reasons other than a copied template.</para>
/// </remarks>
internal sealed class MentionFinder
{
    private static readonly string[] ExtraBlockers =
    [
        "幸福", "造福", "祝福", "谋福", "隆重", "郑重", "严重", "注重", "尊重", "着重", "慎重", "庄重", "稳重", "双重", "多重",
        "推广", "黄河", "淮河", "运河", "海河", "珠江", "湘江", "赣江", "汉江", "闽江", "漓江", "长江", "钱塘江",
        "西湖", "东湖", "太湖", "洪湖", "巢湖", "洞庭湖",
        "河南县", // 河南蒙古族自治县 (青海) as usually written
    ];

    private static readonly string[] StreetSuffixes = ["路", "街", "巷", "大道", "大街", "中路", "东路", "西路", "南路", "北路", "时间"];

    private readonly NameTrie<Entry> _index = new();

    /// <summary>Initializes a new instance of the <see cref="MentionFinder"/> class.</summary>
    /// <param name="regions">Every division.</param>
    public MentionFinder(IEnumerable<Region> regions)
    {
        var keys = new Dictionary<string, Entry>(StringComparer.Ordinal);
        var all = regions.ToList();

        void Put(string name, Entry entry)
        {
            var key = TextFold.Fold(name);
            if (key.Length > 0 && (!keys.TryGetValue(key, out var old) || entry.Kind < old.Kind))
            {
                keys[key] = entry;
            }
        }

        foreach (var r in all)
        {
            switch (r.Level)
            {
                case RegionLevel.Province when !IsOutsideMainland(r):
                    Put(r.Name, new Entry(r, Kind.Name));
                    Put(r.ShortName, new Entry(r, Kind.ShortName));
                    break;
                case RegionLevel.City:
                    Put(r.Name, new Entry(r, Kind.Name));
                    if (r.Name.EndsWith("自治州", StringComparison.Ordinal))
                    {
                        Put(r.ShortName + "州", new Entry(r, Kind.Name));
                    }

                    Put(r.ShortName, new Entry(null, Kind.Blocker));
                    break;
                case RegionLevel.County:
                    Put(r.Name, new Entry(null, Kind.CountyBlocker));
                    break;
            }
        }

        foreach (var word in ExtraBlockers)
        {
            Put(word, new Entry(null, Kind.Blocker));
        }

        foreach (var (key, entry) in keys)
        {
            _index.Add(key, entry);
        }

        _index.Freeze();
    }

    private enum Kind : byte
    {
        Name = 0,
        ShortName,
        CountyBlocker,
        Blocker,
    }

    /// <summary>Finds the mentions in a text.</summary>
    /// <param name="text">The text (not folded: indices are into it).</param>
    /// <returns>The mentions in text order.</returns>
    public IReadOnlyList<RegionMention> Find(string text)
    {
        List<RegionMention>? found = null;
        var span = text.AsSpan();
        Span<int> nodes = stackalloc int[NameTrie<Entry>.MaxHits];
        Span<int> ends = stackalloc int[NameTrie<Entry>.MaxHits];
        var i = 0;
        while (i < span.Length)
        {
            var next = i + 1;
            for (var h = _index.Match(span, i, nodes, ends) - 1; h >= 0; h--)
            {
                var entry = _index.ValueOf(nodes[h]);
                var end = ends[h];
                if (entry.Kind == Kind.CountyBlocker && IsFollowedBy(span, end, '域'))
                {
                    continue; // 海南区域 is 海南 + 区域, not the 海南区 of 乌海.
                }

                if (entry.Kind == Kind.Name || (entry.Kind == Kind.ShortName && !IsStreetOrDirection(span, end, entry.Region!.ShortName)))
                {
                    (found ??= []).Add(new RegionMention(entry.Region!, i, end - i, text[i..end]));
                }

                next = end;
                break;
            }

            i = next;
        }

        return found is null ? [] : found;
    }

    private static bool IsOutsideMainland(Region province) => province.Code[0] is '7' or '8';

    private static bool IsFollowedBy(ReadOnlySpan<char> text, int index, char c) => NameTrie<Entry>.NextFolded(text, ref index) == c;

    private static bool IsStreetOrDirection(ReadOnlySpan<char> text, int end, string key)
    {
        var j = end;
        var c1 = NameTrie<Entry>.NextFolded(text, ref j);
        if (c1 == '\0')
        {
            return false;
        }

        var c2 = NameTrie<Entry>.NextFolded(text, ref j);
        foreach (var suffix in StreetSuffixes)
        {
            if (suffix[0] == c1 && (suffix.Length == 1 || suffix[1] == c2))
            {
                return true;
            }
        }

        if (key[^1] is not ('东' or '西' or '南' or '北'))
        {
            return false;
        }

        return c1 is '岸' or '侧' or '麓' or '坡'
            || (c1 == '部' && c2 is not ('分' or '署' or '门' or '长' or '委' or '队' or '属' or '级'));
    }

    private readonly record struct Entry(Region? Region, Kind Kind);
}
