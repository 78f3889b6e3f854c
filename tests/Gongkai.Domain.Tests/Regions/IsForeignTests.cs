// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Regions;

namespace Gongkai.Tests;

public class IsForeignTests
{
    [Fact]
    public void IsForeign_OtherProvince_IsTrue()
    {
        var baoqing = AdministrativeDivisions.ResolveUnit("宝清县小城子镇人民政府")!;
        var gansu = AdministrativeDivisions.FindMentions("习近平总书记对甘肃重要讲话")[0].Region;

        Assert.True(AdministrativeDivisions.IsForeign(gansu, baoqing));
    }

    [Fact]
    public void IsForeign_CityInOwnProvince_IsFalse()
    {
        var wuzhi = AdministrativeDivisions.ResolveUnit("武陟县小董乡人民政府")!;
        var jiaozuo = AdministrativeDivisions.FindMentions("焦作市")[0].Region;
        var zhengzhou = AdministrativeDivisions.FindMentions("郑州市")[0].Region;
        var henan = AdministrativeDivisions.FindMentions("河南")[0].Region;

        Assert.False(AdministrativeDivisions.IsForeign(jiaozuo, wuzhi));
        Assert.False(AdministrativeDivisions.IsForeign(zhengzhou, wuzhi));
        Assert.False(AdministrativeDivisions.IsForeign(henan, wuzhi));
    }

    [Fact]
    public void IsForeign_CityInOtherProvince_IsTrue()
    {
        var daxing = AdministrativeDivisions.ResolveUnit("北京市大兴区西红门镇人民政府")!;
        var jiaozuo = AdministrativeDivisions.FindByCode("410800")!;

        Assert.True(AdministrativeDivisions.IsForeign(jiaozuo, daxing));
        Assert.False(AdministrativeDivisions.IsForeign(AdministrativeDivisions.FindByCode("110000")!, daxing));
    }
}
