// Copyright (c) Gongkai contributors. Licensed under the MIT License.

namespace Gongkai.Data.Entities;

/// <summary>The level of a unit in the tree: the administrative divisions (GB/T 2260), the townships under a county, and departments of a government.</summary>
public enum UnitLevel
{
    /// <summary>A provincial-level division (省, 自治区, 直辖市).</summary>
    Province = 0,

    /// <summary>A prefecture-level division (地级市, 自治州, 地区, 盟).</summary>
    City = 1,

    /// <summary>A county-level division (县, 市辖区, 县级市, 旗).</summary>
    County = 2,

    /// <summary>A township-level unit (乡, 镇, 街道办事处).</summary>
    Town = 3,

    /// <summary>A department of a government (县教育局, 市财政局 …).</summary>
    Department = 4,
}
