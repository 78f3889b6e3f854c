// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Regions;

namespace Gongkai.Tests;

public class ResolveUnitTests
{
    [Theory]
    [InlineData("武陟县小董乡人民政府", "410823", "武陟县", "河南省", "焦作市")]
    [InlineData("北京市大兴区西红门镇人民政府", "110115", "大兴区", "北京市", null)]
    [InlineData("宝清县小城子镇人民政府", "230523", "宝清县", "黑龙江省", "双鸭山市")]
    [InlineData("桐柏县安棚镇人民政府", "411330", "桐柏县", "河南省", "南阳市")]
    [InlineData("淮安市洪泽区人民政府", "320813", "洪泽区", "江苏省", "淮安市")]
    [InlineData("淮安洪泽区人民政府", "320813", "洪泽区", "江苏省", "淮安市")]
    [InlineData("北京大兴区西红门镇人民政府", "110115", "大兴区", "北京市", null)]
    [InlineData("中共武陟县委办公室", "410823", "武陟县", "河南省", "焦作市")]
    [InlineData("国家税务总局武陟县税务局", "410823", "武陟县", "河南省", "焦作市")]
    [InlineData("河南省焦作市武陟县小董乡人民政府", "410823", "武陟县", "河南省", "焦作市")]
    [InlineData("新疆生产建设兵团第一师阿拉尔市", "659002", "阿拉尔市", "新疆维吾尔自治区", null)]
    public void ResolveUnit_CountyInName_ReturnsCounty(string unit, string code, string name, string province, string? city)
    {
        var r = AdministrativeDivisions.ResolveUnit(unit);

        Assert.NotNull(r);
        Assert.Equal(code, r.Code);
        Assert.Equal(name, r.Name);
        Assert.Equal(province, r.Province.Name);
        Assert.Equal(city, r.City?.Name);
    }

    [Theory]
    [InlineData("淮安市人民政府", "320800")]
    [InlineData("焦作市自然资源和规划局", "410800")]
    [InlineData("延边朝鲜族自治州人民政府", "222400")]
    [InlineData("延边州教育局", "222400")]
    [InlineData("甘肃省人民政府办公厅", "620000")]
    [InlineData("内蒙古自治区发展和改革委员会", "150000")]
    [InlineData("深圳海关", "440300")]
    [InlineData("海南省商务厅", "460000")]
    [InlineData("海南藏族自治州人民政府", "632500")]
    [InlineData("苏州工业园区管理委员会", "320500")]
    [InlineData("吉林省吉林市人民政府", "220200")]
    [InlineData("吉林长春经济技术开发区", "220100")]
    [InlineData("河南焦作武陟县", "410823")]
    [InlineData("北京市朝阳", "110000")]
    public void ResolveUnit_CityOrProvince_ReturnsIt(string unit, string code) =>
        Assert.Equal(code, AdministrativeDivisions.ResolveUnit(unit)?.Code);

    [Fact]
    public void ResolveUnit_PingtanZone_ResolvesToPingtanCounty()
    {
        var r = AdministrativeDivisions.ResolveUnit("平潭综合实验区管理委员会");

        Assert.NotNull(r);
        Assert.Equal("350128", r.Code);
        Assert.Equal("福建省", r.Province.Name);
    }

    [Theory]
    [InlineData("涿河区涿河港镇人民政府")]
    [InlineData("国务院办公厅")]
    [InlineData("公安部")]
    [InlineData("国家发展和改革委员会")]
    [InlineData("中共中央宣传部")]
    [InlineData("水利部长江水利委员会")]
    [InlineData("")]
    public void ResolveUnit_NoKnownDivision_ReturnsNull(string unit) => Assert.Null(AdministrativeDivisions.ResolveUnit(unit));

    [Theory]
    [InlineData("鼓楼区人民政府")]
    [InlineData("朝阳区人民政府")]
    [InlineData("城区人民政府")]
    public void ResolveUnit_AmbiguousCounty_ReturnsNull(string unit) => Assert.Null(AdministrativeDivisions.ResolveUnit(unit));

    [Theory]
    [InlineData("北京市朝阳区人民政府", "110105")]
    [InlineData("长春市朝阳区人民政府", "220104")]
    [InlineData("福州市鼓楼区人民政府", "350102")]
    [InlineData("江苏省南京市鼓楼区人民政府", "320106")]
    [InlineData("开封市鼓楼区城市管理局", "410204")]
    [InlineData("阳泉市城区人民政府", "140302")]
    [InlineData("鼓楼区人民政府（福州市）", "350102")]
    public void ResolveUnit_AmbiguousCountyWithCity_Disambiguates(string unit, string code) =>
        Assert.Equal(code, AdministrativeDivisions.ResolveUnit(unit)?.Code);

    [Fact]
    public void ResolveUnit_AmbiguousWithinOneProvince_ReturnsCommonProvince()
    {
        // 江苏省 has 鼓楼区 in both 南京市 and 徐州市.
        var r = AdministrativeDivisions.ResolveUnit("江苏省鼓楼区人民政府");

        Assert.NotNull(r);
        Assert.Equal("320000", r.Code);
    }

    [Fact]
    public void ResolveUnit_InconsistentLaterName_IsIgnored()
    {
        // 城区 (a county of 阳泉/晋城) inside a 武陟县 unit's name is not a division of 武陟县.
        Assert.Equal("410823", AdministrativeDivisions.ResolveUnit("武陟县城区环境卫生管理所")?.Code);
    }

    [Theory]
    [InlineData("武陟縣小董鄉人民政府", "410823")]
    [InlineData("武 陟 县 小董乡人民政府", "410823")]
    [InlineData("寶清縣小城子鎮人民政府", "230523")]
    public void ResolveUnit_TraditionalOrSpaced_IsFolded(string unit, string code) =>
        Assert.Equal(code, AdministrativeDivisions.ResolveUnit(unit)?.Code);

    [Fact]
    public void ResolveUnit_EveryCountyFullName_ResolvesToItselfOrIsAmbiguous()
    {
        var byName = AdministrativeDivisions.All.GroupBy(r => r.Name).ToDictionary(g => g.Key, g => g.Count());
        foreach (var r in AdministrativeDivisions.All)
        {
            var resolved = AdministrativeDivisions.ResolveUnit(r.Name + "人民政府");
            if (byName[r.Name] == 1)
            {
                Assert.True(r.Equals(resolved), $"{r} resolved to {resolved?.ToString() ?? "null"}");
            }

            var qualified = AdministrativeDivisions.ResolveUnit((r.City ?? r.Province).Name + r.Name + "人民政府");
            Assert.True(r.Equals(qualified), $"{r} (qualified) resolved to {qualified?.ToString() ?? "null"}");
        }
    }
}
