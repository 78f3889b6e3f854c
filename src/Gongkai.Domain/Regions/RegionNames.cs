// Copyright (c) Gongkai contributors. Licensed under the MIT License.

namespace Gongkai.Regions;

/// <summary>Short names of divisions: the full name without its administrative suffix and ethnic designation.</summary>
internal static class RegionNames
{
    // Ethnic names as they appear in 自治区/自治州/自治县/自治旗 names, before 族 (longest first where one ends another).
    private static readonly string[] Ethnicities =
    [
        "乌孜别克", "柯尔克孜", "维吾尔", "哈萨克", "达斡尔", "鄂温克", "鄂伦春", "塔吉克", "俄罗斯", "塔塔尔",
        "蒙古", "布依", "朝鲜", "土家", "哈尼", "傈僳", "拉祜", "东乡", "纳西", "景颇", "仫佬", "布朗", "撒拉", "毛南",
        "仡佬", "锡伯", "阿昌", "普米", "德昂", "保安", "裕固", "独龙", "赫哲", "门巴", "珞巴", "基诺", "高山",
        "回", "藏", "苗", "彝", "壮", "满", "侗", "瑶", "白", "傣", "黎", "佤", "畲", "水", "土", "羌", "怒", "京", "各",
    ];


    private static readonly string[] ProvinceSuffixes = ["特别行政区", "自治区", "省", "市"];
    private static readonly string[] CitySuffixes = ["自治州", "地区", "盟", "市"];
    private static readonly string[] CountySuffixes = ["行政委员会", "自治县", "自治旗", "新区", "林区", "特区", "矿区", "县", "区", "市", "旗"];

    /// <summary>Returns the short name of a division.</summary>
    /// <param name="name">The full name.</param>
    /// <param name="level">The level.</param>
    /// <returns>The name without suffix (at least two characters; the full name otherwise).</returns>
    public static string Shorten(string name, RegionLevel level)
    {
        var suffixes = level switch
        {
            RegionLevel.Province => ProvinceSuffixes,
            RegionLevel.City => CitySuffixes,
            _ => CountySuffixes,
        };

        foreach (var suffix in suffixes)
        {
            if (name.Length - suffix.Length >= 2 && name.EndsWith(suffix, StringComparison.Ordinal))
            {
                var stem = name[..^suffix.Length];
                return suffix.StartsWith("自治", StringComparison.Ordinal) ? StripEthnicities(stem) : stem;
            }
        }

        return name;
    }

    private static string StripEthnicities(string stem)
    {
        while (true)
        {
            var stripped = StripOne(stem);
            if (stripped is null)
            {
                return stem;
            }

            if (stripped.Length < 2)
            {
                // 东乡族自治县 → 东乡, 鄂温克族自治旗 → 鄂温克, 鄂伦春自治旗 → 鄂伦春.
                return stem.Length > 2 && stem.EndsWith('族') ? stem[..^1] : stem;
            }

            stem = stripped;
        }
    }

    private static string? StripOne(string stem)
    {
        if (stem.EndsWith('族'))
        {
            var body = stem.AsSpan(0, stem.Length - 1);
            foreach (var e in Ethnicities)
            {
                if (body.EndsWith(e, StringComparison.Ordinal))
                {
                    return stem[..(body.Length - e.Length)];
                }
            }

            return null;
        }

        // Multi-character names are also written without 族: 新疆维吾尔自治区, 博尔塔拉蒙古自治州, 伊犁哈萨克自治州,
        // 塔什库尔干塔吉克自治县, 察布查尔锡伯自治县, 鄂伦春自治旗.
        foreach (var e in Ethnicities)
        {
            if (e.Length > 1 && stem.EndsWith(e, StringComparison.Ordinal))
            {
                return stem[..^e.Length];
            }
        }

        return null;
    }
}
