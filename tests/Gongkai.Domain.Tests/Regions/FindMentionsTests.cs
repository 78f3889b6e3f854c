// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Regions;

namespace Gongkai.Tests;

public class FindMentionsTests
{
    [Fact]
    public void FindMentions_BareProvinceShortName_IsFound()
    {
        const string text = "全面落实习近平总书记对甘肃重要讲话和指示精神";

        var m = Assert.Single(AdministrativeDivisions.FindMentions(text));

        Assert.Equal("620000", m.Region.Code);
        Assert.Equal("甘肃", m.Text);
        Assert.Equal(text.IndexOf("甘肃", StringComparison.Ordinal), m.Index);
        Assert.Equal(2, m.Length);
    }

    [Theory]
    [InlineData("焦作市人民政府办公室", "焦作市", "410800")]
    [InlineData("经双鸭山市政务服务管理办公室审核", "双鸭山市", "230500")]
    [InlineData("延边朝鲜族自治州人民政府", "延边朝鲜族自治州", "222400")]
    [InlineData("报延边州人民政府备案", "延边州", "222400")]
    [InlineData("甘肃省人民政府", "甘肃省", "620000")]
    [InlineData("内蒙古自治区", "内蒙古自治区", "150000")]
    [InlineData("来自内蒙古的申请", "内蒙古", "150000")]
    [InlineData("黑龙江省委", "黑龙江省", "230000")]
    [InlineData("按照陕西省要求", "陕西省", "610000")]
    [InlineData("吉林市人民政府", "吉林市", "220200")]
    [InlineData("乌海市", "乌海市", "150300")]
    public void FindMentions_FullName_IsFound(string text, string found, string code)
    {
        var m = Assert.Single(AdministrativeDivisions.FindMentions(text));

        Assert.Equal(found, m.Text);
        Assert.Equal(code, m.Region.Code);
    }

    [Theory]
    [InlineData("浙江西部山区", "浙江")]
    [InlineData("黑龙江", "黑龙江")]
    [InlineData("陕西", "陕西")]
    [InlineData("乌海市海南区", "乌海市")]
    [InlineData("海南区域协调发展", "海南")]
    [InlineData("广西部分市县", "广西")]
    [InlineData("河北部署", "河北")]
    [InlineData("青海省河南县", "青海省")]
    public void FindMentions_LongestMatch_NoOverlap(string text, string only)
    {
        var m = Assert.Single(AdministrativeDivisions.FindMentions(text));

        Assert.Equal(only, m.Text);
    }

    [Theory]
    [InlineData("坚持以公开为常态、不公开为例外")]
    [InlineData("紧紧围绕市委、市政府中心工作")]
    [InlineData("本年度收到政府信息公开申请4件，其中3件予以全部公开")]
    [InlineData("办公地址：江西路88号")]
    [InlineData("位于中山西路与北京东路交叉口")]
    [InlineData("北京时间")]
    [InlineData("为人民群众谋幸福建设美好家园")]
    [InlineData("隆重庆祝建党一百周年")]
    [InlineData("推广东部地区先进经验")]
    [InlineData("黄河南岸生态保护")]
    [InlineData("镇江西站")]
    [InlineData("山西部山区")]
    [InlineData("龙江县")]
    [InlineData("蒙古族群众")]
    [InlineData("泰山东麓景区")]
    [InlineData("珠江西岸先进装备制造产业带")]
    [InlineData("实施西部大开发、东北振兴、中部崛起战略")]
    [InlineData("推动京津冀协同发展和长江经济带发展")]
    [InlineData("港澳台同胞与台湾、香港、澳门居民")]
    [InlineData("武陟县小董乡、宝清县、朝阳区")]
    public void FindMentions_NoPlaceName_FindsNothing(string text)
    {
        Assert.Empty(AdministrativeDivisions.FindMentions(text));
    }

    [Fact]
    public void FindMentions_TianjinHebeiDistrict_IsTianjinOnly()
    {
        var m = Assert.Single(AdministrativeDivisions.FindMentions("天津市河北区"));
        Assert.Equal("天津市", m.Text);
    }

    [Fact]
    public void FindMentions_SpacedAndTraditional_KeepsOriginalIndices()
    {
        const string text = "依據甘 肅省規定，報焦作市";

        var found = AdministrativeDivisions.FindMentions(text);

        Assert.Equal(2, found.Count);
        Assert.Equal(("620000", 2, 4, "甘 肅省"), (found[0].Region.Code, found[0].Index, found[0].Length, found[0].Text));
        Assert.Equal(("410800", 10, 3, "焦作市"), (found[1].Region.Code, found[1].Index, found[1].Length, found[1].Text));
    }

    [Fact]
    public void FindMentions_SeveralInOrder()
    {
        var found = AdministrativeDivisions.FindMentions("江苏省淮安市与甘肃、河南省焦作市开展对口协作");

        Assert.Equal(["江苏省", "淮安市", "甘肃", "河南省", "焦作市"], found.Select(m => m.Text));
        Assert.True(found.Zip(found.Skip(1)).All(p => p.First.Index + p.First.Length <= p.Second.Index));
    }

    [Fact]
    public void FindMentions_EmptyText_FindsNothing() => Assert.Empty(AdministrativeDivisions.FindMentions(string.Empty));
}
