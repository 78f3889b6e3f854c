// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Regions;

namespace Gongkai.Tests;

public class AdministrativeDivisionsTableTests
{
    [Fact]
    public void All_LoadsPlausibleCounts()
    {
        var all = AdministrativeDivisions.All;
        var provinces = all.Count(r => r.Level == RegionLevel.Province);
        var cities = all.Count(r => r.Level == RegionLevel.City);
        var counties = all.Count(r => r.Level == RegionLevel.County);

        Assert.InRange(provinces, 31, 34);
        Assert.InRange(cities, 330, 345);
        Assert.InRange(counties, 2800, 2900);
    }

    [Fact]
    public void All_CodesAreUniqueSixDigitsInOrder()
    {
        var codes = AdministrativeDivisions.All.Select(r => r.Code).ToList();
        Assert.All(codes, c => Assert.Matches("^[1-8][0-9]{5}$", c));
        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.Equal(codes.Order(StringComparer.Ordinal), codes);
    }

    [Theory]
    [InlineData("410823", "武陟县", "河南省", "焦作市")]
    [InlineData("230523", "宝清县", "黑龙江省", "双鸭山市")]
    [InlineData("110115", "大兴区", "北京市", null)]
    [InlineData("320813", "洪泽区", "江苏省", "淮安市")]
    [InlineData("350128", "平潭县", "福建省", "福州市")]
    [InlineData("500229", "城口县", "重庆市", null)]
    [InlineData("419001", "济源市", "河南省", null)]
    [InlineData("659001", "石河子市", "新疆维吾尔自治区", null)]
    public void FindByCode_County_HasProvinceAndCity(string code, string name, string province, string? city)
    {
        var r = AdministrativeDivisions.FindByCode(code);

        Assert.NotNull(r);
        Assert.Equal(name, r.Name);
        Assert.Equal(RegionLevel.County, r.Level);
        Assert.Equal(province, r.Province.Name);
        Assert.Equal(city, r.City?.Name);
    }

    [Fact]
    public void FindByCode_ProvinceAndCity_PointToThemselves()
    {
        var henan = AdministrativeDivisions.FindByCode("410000")!;
        var jiaozuo = AdministrativeDivisions.FindByCode("410800")!;

        Assert.Same(henan, henan.Province);
        Assert.Null(henan.City);
        Assert.Same(henan, jiaozuo.Province);
        Assert.Same(jiaozuo, jiaozuo.City);
        Assert.Equal(RegionLevel.City, jiaozuo.Level);
    }

    [Theory]
    [InlineData("130171")] // 统计用 development zone, not GB/T 2260
    [InlineData("110100")] // 市辖区 placeholder
    [InlineData("999999")]
    public void FindByCode_NotInTable_ReturnsNull(string code) => Assert.Null(AdministrativeDivisions.FindByCode(code));

    [Fact]
    public void FindByCode_CitiesWithoutCounties_AreCities()
    {
        // The source repeats 东莞市/中山市/儋州市/嘉峪关市 as their own county; only the city is kept.
        Assert.Equal("东莞市", Assert.Single(AdministrativeDivisions.All, r => r.Name == "东莞市").Name);
        Assert.Equal(RegionLevel.City, AdministrativeDivisions.FindByCode("441900")!.Level);
        Assert.Equal(RegionLevel.City, Assert.Single(AdministrativeDivisions.All, r => r.Name == "嘉峪关市").Level);
    }

    [Theory]
    [InlineData("620000", "甘肃")]
    [InlineData("150000", "内蒙古")]
    [InlineData("450000", "广西")]
    [InlineData("540000", "西藏")]
    [InlineData("640000", "宁夏")]
    [InlineData("650000", "新疆")]
    [InlineData("110000", "北京")]
    [InlineData("810000", "香港")]
    [InlineData("230500", "双鸭山")]
    [InlineData("222400", "延边")]
    [InlineData("522300", "黔西南")]
    [InlineData("652700", "博尔塔拉")]
    [InlineData("654000", "伊犁")]
    [InlineData("232700", "大兴安岭")]
    [InlineData("152500", "锡林郭勒")]
    [InlineData("410823", "武陟")]
    [InlineData("429021", "神农架")]
    [InlineData("150723", "鄂伦春")]
    [InlineData("150724", "鄂温克")]
    [InlineData("622926", "东乡")]
    [InlineData("653131", "塔什库尔干")]
    [InlineData("140303", "矿区")]
    [InlineData("340523", "和县")]
    public void ShortName_DropsSuffixAndEthnicity(string code, string shortName) =>
        Assert.Equal(shortName, AdministrativeDivisions.FindByCode(code)!.ShortName);

    [Fact]
    public void Region_EqualityAndHashByCode_DoNotRecurse()
    {
        var gansu = AdministrativeDivisions.FindByCode("620000")!;
        var copy = gansu with { };

        Assert.Equal(gansu, copy);
        Assert.Equal(gansu.GetHashCode(), copy.GetHashCode());
        Assert.Equal("620000 甘肃省", gansu.ToString());
        Assert.Equal("410823 武陟县 (河南省 焦作市)", AdministrativeDivisions.FindByCode("410823")!.ToString());
    }

    [Fact]
    public void Parse_BadLine_Throws() =>
        Assert.Throws<FormatException>(() => DivisionTable.Parse(new StringReader("# header\n11000\t北京市\n")));

    [Fact]
    public void Parse_SmallTable_DerivesParentsFromCodes()
    {
        var table = DivisionTable.Parse(new StringReader("# t\n110000\t北京市\n110115\t大兴区\n410000\t河南省\n410800\t焦作市\n410823\t武陟县\n"));

        Assert.Equal(5, table.All.Count);
        Assert.Null(table.FindByCode("110115")!.City);
        Assert.Equal("焦作市", table.FindByCode("410823")!.City!.Name);
        Assert.Equal("410823", table.Resolver.Resolve("武陟县小董乡人民政府")!.Code);
    }
}
