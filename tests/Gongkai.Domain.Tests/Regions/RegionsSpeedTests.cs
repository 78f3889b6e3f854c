// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Diagnostics;
using System.Text;
using Gongkai.Regions;

namespace Gongkai.Tests;

public class RegionsSpeedTests
{
    // A generous bound (Release measures ~10 µs for 3,000 characters): it catches a scan gone quadratic, not jitter.
    [Fact]
    public void FindMentions_SixKilobytes_IsFast()
    {
        var sb = new StringBuilder();
        while (sb.Length < 3000)
        {
            sb.Append("紧紧围绕市委、市政府中心工作，坚持以公开为常态、不公开为例外，全面落实习近平总书记对甘肃重要讲话和指示精神，")
              .Append("依托焦作市政府门户网站主动公开政府信息，本年度收到政府信息公开申请4件，其中3件予以全部公开。");
        }

        var text = sb.ToString();
        Assert.NotEmpty(AdministrativeDivisions.FindMentions(text));
        const int runs = 200;
        var sw = Stopwatch.StartNew();
        for (var k = 0; k < runs; k++)
        {
            AdministrativeDivisions.FindMentions(text);
        }

        Assert.True(sw.Elapsed.TotalMicroseconds / runs < 2000, $"{sw.Elapsed.TotalMicroseconds / runs:F1} µs per call");
    }

    [Fact]
    public void ResolveUnit_IsFast()
    {
        Assert.NotNull(AdministrativeDivisions.ResolveUnit("北京市大兴区西红门镇人民政府"));
        const int runs = 2000;
        var sw = Stopwatch.StartNew();
        for (var k = 0; k < runs; k++)
        {
            AdministrativeDivisions.ResolveUnit("北京市大兴区西红门镇人民政府");
        }

        Assert.True(sw.Elapsed.TotalMicroseconds / runs < 500, $"{sw.Elapsed.TotalMicroseconds / runs:F1} µs per call");
    }
}
