// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Cells;
using Gongkai.Documents;

namespace Gongkai.Tests.Support;

/// <summary>Random valid reports: every table rule holds, both formats, varied magnitudes and amount scales.</summary>
internal static class RandomReports
{
    private static readonly string[] Units = ["武陟县小董乡人民政府", "桐柏县安棚镇人民政府", "淮安市人民政府", "北京市大兴区西红门镇人民政府", "宝清县小城子镇人民政府", "平潭综合实验区管理委员会"];

    public static AnnualReport Create(Random random, ReportFormat? format = null)
    {
        var f = format ?? (random.Next(4) == 0 ? ReportFormat.Format2019 : ReportFormat.Format2021);
        var year = f == ReportFormat.Format2019 ? 2019 + random.Next(2) : 2021 + random.Next(4);
        var b = new ReportCells.Builder();
        int Count() => random.Next(5) switch
        {
            0 => 0,
            1 => random.Next(10),
            2 => random.Next(100),
            3 => random.Next(10000),
            _ => random.Next(2_000_000),
        };

        foreach (var row in ReportCatalog.Table2Rows)
        {
            foreach (var cell in row.Cells.Where(c => c.IsIn(f)))
            {
                b[cell] = cell.Kind switch
                {
                    CellKind.Amount => Amount(random),
                    CellKind.SignedCount => CellValue.Of(random.Next(-500, 500)),
                    _ => CellValue.Of(Count()),
                };
            }
        }

        // Table 三: per applicant column, outcomes first, then 新收/结转 that balance them.
        var outcomeRows = ReportCatalog.Table3OutcomeRows.Where(r => r.IsIn(f)).ToList();
        var columns = ReportCatalog.GetRow(ReportTable.Table3, "received").Cells;
        var totals = new Dictionary<string, decimal[]>();
        foreach (var row in ReportCatalog.Table3Rows.Where(r => r.IsIn(f)))
        {
            totals[row.Key] = new decimal[7];
        }

        for (var c = 0; c < 6; c++)
        {
            var busy = c == 0 || random.Next(3) == 0;
            decimal processed = 0;
            foreach (var row in outcomeRows)
            {
                var v = busy && random.Next(3) == 0 ? random.Next(c == 0 ? 400 : 30) : 0;
                totals[row.Key][c] = v;
                processed += v;
            }

            var carriedOver = busy ? random.Next(20) : 0;
            var forward = busy ? random.Next(20) : 0;
            var received = processed + forward - carriedOver;
            if (received < 0)
            {
                forward -= (int)received;
                received = 0;
            }

            totals["received"][c] = received;
            totals["carriedOver"][c] = carriedOver;
            totals["totalProcessed"][c] = processed;
            totals["carriedForward"][c] = forward;
        }

        foreach (var (key, values) in totals)
        {
            values[6] = values[..6].Sum();
            var row = ReportCatalog.GetRow(ReportTable.Table3, key);
            for (var c = 0; c < 7; c++)
            {
                b[row.Cells[c]] = CellValue.Of(values[c]);
            }
        }

        foreach (var block in ReportCatalog.Table4Blocks)
        {
            decimal sum = 0;
            for (var i = 0; i < 4; i++)
            {
                var v = random.Next(3) == 0 ? random.Next(60) : 0;
                b[block.Cells[i]] = CellValue.Of(v);
                sum += v;
            }

            b[block.Cells[4]] = CellValue.Of(sum);
        }

        var unit = Units[random.Next(Units.Length)];
        return new AnnualReport
        {
            Unit = unit,
            Year = year,
            Format = f,
            Title = $"{unit}{year}年政府信息公开工作年度报告",
            Cells = b.Build(),
            Sections =
            [
                Section(1, $"{year}年，{Pick(random, "本单位", "我镇", "我乡", "本机关")}深入贯彻《中华人民共和国政府信息公开条例》，主动公开政府信息{random.Next(1000)}条。"),
                Section(2),
                Section(3),
                Section(4),
                Section(5, $"一是公开{Pick(random, "不够及时", "内容不够全面", "解读不够深入")}；二是{Pick(random, "平台建设有待加强", "队伍建设有待加强")}。"),
                Section(6, $"本年度{Pick(random, "未收取信息处理费", "收取信息处理费0元")}。"),
            ],
        };
    }

    private static ReportSection Section(int number, params string[] paragraphs) => new()
    {
        Number = number,
        Heading = SectionTitles.Heading(number),
        WrittenNumber = number,
        Paragraphs = [.. paragraphs.Select(p => new TextParagraph(p, default))],
    };

    private static string Pick(Random random, params string[] options) => options[random.Next(options.Length)];

    private static CellValue Amount(Random random)
    {
        var scale = random.Next(7);
        var units = (decimal)random.Next(100000);
        var fraction = scale == 0 ? 0 : random.Next((int)Math.Pow(10, Math.Min(scale, 6))) / (decimal)Math.Pow(10, scale);
        var value = decimal.Round(units + fraction, scale);

        // Keep the written scale, as clerks write it (e.g. "5949.088600").
        var text = value.ToString("F" + scale, System.Globalization.CultureInfo.InvariantCulture);
        return CellValue.Of(decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture), text);
    }
}
