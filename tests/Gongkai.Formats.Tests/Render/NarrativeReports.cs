// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Text;
using Gongkai.Documents;
using Gongkai.Tests.Support;

namespace Gongkai.Tests.Render;

/// <summary>Random valid reports with random narrative: tables from <see cref="RandomReports"/> (every rule holds, both formats), sections of Chinese sentences.</summary>
internal static class NarrativeReports
{
    private static readonly string[] Subjects = ["本机关", "我镇", "我乡", "区政府办公室", "县政务公开办", "各科室", "街道办事处", "本单位"];
    private static readonly string[] Verbs = ["认真贯彻落实", "持续推进", "不断完善", "进一步规范", "严格执行", "扎实开展", "全面梳理", "及时更新"];
    private static readonly string[] Objects =
    [
        "《中华人民共和国政府信息公开条例》", "政府信息公开指南和目录", "“先审查、后公开”制度", "政策解读和回应关切工作", "依申请公开办理流程",
        "政府门户网站信息公开专栏", "保密审查机制", "政务新媒体管理", "人大代表建议和政协提案办理结果公开", "重点领域信息公开",
    ];

    private static readonly string[] Tails = ["，取得了较好成效", "，确保信息准确、及时、完整", "，切实保障人民群众的知情权、参与权和监督权", string.Empty, "，全年未发生泄密事件"];
    private static readonly string[] Parts = ["主动公开情况", "依申请公开情况", "政府信息管理情况", "政府信息公开平台建设情况", "监督保障情况", "存在的主要问题", "改进情况"];
    private static readonly string[] Numerals = ["一", "二", "三", "四", "五", "六", "七"];

    /// <summary>Creates a report.</summary>
    /// <param name="random">The source of randomness.</param>
    /// <returns>The report.</returns>
    public static AnnualReport Create(Random random)
    {
        var report = RandomReports.Create(random);
        var year = report.Year!.Value;
        var sections = new List<ReportSection>(6);
        for (var n = 1; n <= 6; n++)
        {
            var paragraphs = new List<string>();
            var count = n is 1 or 5 ? 1 + random.Next(6) : n == 6 ? 1 + random.Next(2) : random.Next(2);
            var part = 0;
            for (var i = 0; i < count; i++)
            {
                if ((n is 1 or 5) && random.Next(3) == 0 && part < Numerals.Length)
                {
                    paragraphs.Add($"（{Numerals[part]}）{Parts[random.Next(Parts.Length)]}");
                    part++;
                }

                paragraphs.Add(Paragraph(random, year));
            }

            if (n == 6)
            {
                paragraphs.Add(random.Next(2) == 0 ? "本年度未收取信息处理费。" : $"本年度共收取信息处理费{random.Next(5000)}元。");
            }

            sections.Add(new ReportSection
            {
                Number = n,
                Heading = SectionTitles.Heading(n),
                WrittenNumber = n,
                Paragraphs = [.. paragraphs.Select(p => new TextParagraph(p, default))],
            });
        }

        var preamble = random.Next(2) == 0
            ? []
            : new List<TextParagraph> { new($"本报告依据《中华人民共和国政府信息公开条例》编制，统计期限为{year}年1月1日至{year}年12月31日。", default) };
        return report with { Sections = sections, Preamble = preamble };
    }

    private static string Paragraph(Random random, int year)
    {
        var sb = new StringBuilder();
        var sentences = 1 + random.Next(5);
        for (var s = 0; s < sentences; s++)
        {
            switch (random.Next(4))
            {
                case 0:
                    sb.Append(year).Append(random.Next(4) == 0 ? " 年，" : "年，");
                    break;
                case 1:
                    sb.Append("全年共发布信息").Append(random.Next(100000)).Append("条，");
                    break;
                default:
                    break;
            }

            sb.Append(Subjects[random.Next(Subjects.Length)]).Append(Verbs[random.Next(Verbs.Length)])
              .Append(Objects[random.Next(Objects.Length)]).Append(Tails[random.Next(Tails.Length)]).Append(random.Next(6) == 0 ? "；" : "。");
        }

        return sb.ToString();
    }
}
