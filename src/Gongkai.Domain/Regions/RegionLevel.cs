// Copyright (c) Gongkai contributors. Licensed under the MIT License.

namespace Gongkai.Regions;

/// <summary>The level of an administrative division (GB/T 2260).</summary>
public enum RegionLevel : byte
{
    /// <summary>A provincial-level division: 省, 自治区, 直辖市, 特别行政区.</summary>
    Province = 0,

    /// <summary>A prefecture-level division: 地级市, 地区, 自治州, 盟.</summary>
    City,

    /// <summary>A county-level division: 市辖区, 县, 县级市, 自治县, 旗, 自治旗, 林区, 特区.</summary>
    County,
}
