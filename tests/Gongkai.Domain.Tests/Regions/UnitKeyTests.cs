// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Regions;

namespace Gongkai.Tests;

/// <summary>The unit key: one unit written differently across years gets one key; different units never share one.</summary>
public sealed class UnitKeyTests
{
    [Theory]
    [InlineData("北京市大兴区西红门镇人民政府")]
    [InlineData("北京市大兴区 西红门镇人民政府")]
    [InlineData("北京市大兴区\u3000西红门镇人民政府\u00A0")]
    [InlineData("北京大兴区西红门镇人民政府")]
    [InlineData("大兴区西红门镇人民政府")]
    [InlineData("北京市大兴区西红门镇政府")]
    [InlineData("北京市大興區西紅門鎮人民政府")]
    public void SameUnitWrittenDifferently_GetsOneKey(string written)
    {
        var key = UnitKey.From(written);
        Assert.Equal("110115/西红门镇人民政府", key.Value);
        Assert.Equal("110115", key.RegionCode);
        Assert.Equal("西红门镇人民政府", key.Name);
        Assert.Equal(UnitKey.From("北京市大兴区西红门镇人民政府"), key);
        Assert.Equal(UnitKey.From("北京市大兴区西红门镇人民政府").GetHashCode(), key.GetHashCode());
    }

    [Fact]
    public void GivenRegionCode_NameWithoutDivision_GetsTheSameKey()
    {
        Assert.Equal(UnitKey.From("北京市大兴区西红门镇人民政府"), UnitKey.From("西红门镇人民政府", "110115"));
        Assert.Equal(UnitKey.From("武陟县小董乡人民政府"), UnitKey.From("河南省焦作市武陟县小董乡人民政府"));
        Assert.Equal(UnitKey.From("武陟县小董乡人民政府"), UnitKey.From("小董乡政府", "410823"));
    }

    [Fact]
    public void TownsOfOneNameInDifferentCounties_GetDifferentKeys()
    {
        var wuzhi = UnitKey.From("武陟县城关镇人民政府");
        var wenxian = UnitKey.From("温县城关镇人民政府");
        Assert.Equal("城关镇人民政府", wuzhi.Name);
        Assert.Equal(wuzhi.Name, wenxian.Name);
        Assert.NotEqual(wuzhi, wenxian);
        Assert.NotEqual(UnitKey.From("城关镇人民政府", "410823"), UnitKey.From("城关镇人民政府", "410825"));
    }

    [Fact]
    public void DifferentBodiesOfOneDivision_GetDifferentKeys()
    {
        var city = UnitKey.From("淮安市人民政府");
        var district = UnitKey.From("淮安市洪泽区人民政府");
        Assert.Equal("320800/人民政府", city.Value);
        Assert.NotEqual(city, district);
        Assert.NotEqual(UnitKey.From("武陟县人民政府"), UnitKey.From("武陟县人民政府办公室"));
        Assert.NotEqual(UnitKey.From("武陟县人民政府"), UnitKey.From("中共武陟县委"));
    }

    [Fact]
    public void NameThatIsADistrictOfItsCity_IsNotCutShort()
    {
        // 淮安区 lies in 淮安市: the city's short name 淮安 is not taken off 淮安区.
        Assert.Equal(UnitKey.From("江苏省淮安市淮安区人民政府"), UnitKey.From("淮安区人民政府"));
        Assert.Equal("人民政府", UnitKey.From("淮安区人民政府").Name);
    }

    [Fact]
    public void UnknownDivision_HasNoCode_AndTheNameIsTheValue()
    {
        var key = UnitKey.From("某某委员会");
        Assert.Null(key.RegionCode);
        Assert.Equal("某某委员会", key.Value);
        Assert.Equal("某某委员会", key.ToString());
    }

    [Fact]
    public void InvalidInput_Throws()
    {
        Assert.Throws<ArgumentException>(() => UnitKey.From(" \u3000"));
        Assert.Throws<ArgumentException>(() => UnitKey.From("武陟县人民政府", "999999"));
    }
}
