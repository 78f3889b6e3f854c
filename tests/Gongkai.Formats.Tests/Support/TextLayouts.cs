// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Globalization;
using System.Text;
using Gongkai.Cells;
using Gongkai.Documents;

namespace Gongkai.Tests.Support;

/// <summary>How a generated text copy of a report is laid out (the layouts of the seeds, <c>domain.md</c> §4).</summary>
internal sealed record TextLayout(bool CellPerLine, bool Traditional, bool SpacedLabels, bool SplitLabels, string Encoding, bool CrLf)
{
    public override string ToString() =>
        $"{(CellPerLine ? "cell-per-line" : "tab-rows")}, {Encoding}{(Traditional ? ", traditional" : string.Empty)}{(SpacedLabels ? ", spaced" : string.Empty)}{(SplitLabels ? ", split" : string.Empty)}{(CrLf ? ", CRLF" : string.Empty)}";
}

/// <summary>Writes a report as text in the layouts real copies have: tab rows with flattened merged cells, or one cell per line.</summary>
internal static class TextLayouts
{
    private const string Balance = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";

    public static byte[] Write(AnnualReport report, TextLayout layout, Random random)
    {
        var sb = new StringBuilder();
        sb.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"{report.Unit} {report.Year} 年政府信息公开工作年度报告").AppendLine();
        foreach (var section in report.Sections)
        {
            sb.AppendLine(section.Heading).AppendLine();
            foreach (var p in section.Paragraphs)
            {
                sb.AppendLine(p.Text).AppendLine();
            }

            switch (section.Number)
            {
                case 2:
                    Table2(sb, report, layout);
                    break;
                case 3:
                    Table3(sb, report, layout, random);
                    break;
                case 4:
                    Table4(sb, report, layout);
                    break;
            }
        }

        var text = sb.ToString();
        if (layout.Traditional)
        {
            text = Traditional.Convert(text);
        }

        text = layout.CrLf ? text.ReplaceLineEndings("\r\n") : text.ReplaceLineEndings("\n");
        return layout.Encoding switch
        {
            "gb18030" => System.Text.Encoding.GetEncoding("GB18030").GetBytes(text),
            "utf-16" => [.. System.Text.Encoding.Unicode.GetPreamble(), .. System.Text.Encoding.Unicode.GetBytes(text)],
            "utf-16-nobom" => System.Text.Encoding.Unicode.GetBytes(text),
            "utf-8-bom" => [.. System.Text.Encoding.UTF8.GetPreamble(), .. System.Text.Encoding.UTF8.GetBytes(text)],
            _ => System.Text.Encoding.UTF8.GetBytes(text),
        };
    }

    private static string V(AnnualReport report, CellDefinition cell)
    {
        var v = report.Cells[cell];
        return v.State switch
        {
            CellState.Number => v.Raw ?? v.Number.ToString(CultureInfo.InvariantCulture),
            CellState.Invalid => v.Raw ?? string.Empty,
            _ => string.Empty,
        };
    }

    private static string Label(string label, TextLayout layout) =>
        layout.SpacedLabels ? string.Join(' ', label.EnumerateRunes().Select(r => r.ToString())) : label;

    // Writes one logical row: tab rows → one line; cell per line → "\tcell" lines then a blank line.
    private static void Row(StringBuilder sb, TextLayout layout, IReadOnlyList<string> cells, string? continuation = null)
    {
        if (layout.CellPerLine)
        {
            for (var i = 0; i < cells.Count; i++)
            {
                sb.Append('\t').AppendLine(cells[i]);
                if (continuation is not null && i == LastLabel(cells))
                {
                    sb.AppendLine(continuation);
                }
            }

            sb.AppendLine();
            return;
        }

        sb.AppendLine(string.Join('\t', cells));
        if (continuation is not null)
        {
            sb.Append('\t').Append(continuation).AppendLine(new string('\t', 7));
        }
    }

    private static int LastLabel(IReadOnlyList<string> cells)
    {
        for (var i = cells.Count - 1; i >= 0; i--)
        {
            if (cells[i].Length > 0 && !cells[i].All(c => char.IsAsciiDigit(c) || c is '.' or '-'))
            {
                return i;
            }
        }

        return -1;
    }

    private static void Table2(StringBuilder sb, AnnualReport report, TextLayout layout)
    {
        var f = report.Format;
        var groups = f == ReportFormat.Format2019
            ? new (string Caption, string[] Rows)[] { ("（一）", ["regulations", "normativeDocuments"]), ("（五）", ["licensing", "otherServices"]), ("（六）", ["punishment", "enforcement"]), ("（八）", ["fees"]), ("（九）", ["procurement"]) }
            : [("（一）", ["regulations", "normativeDocuments"]), ("（五）", ["licensing"]), ("（六）", ["punishment", "enforcement"]), ("（八）", ["fees"])];
        foreach (var (caption, rows) in groups)
        {
            var first = ReportCatalog.GetRow(ReportTable.Table2, rows[0]);
            var columns = first.Cells.Where(c => c.IsIn(f)).ToList();
            Row(sb, layout, [$"第二十条第{caption}项", "", "", ""]);
            Row(sb, layout, ["信息内容", .. columns.Select(c => Label(c.ColumnLabel, layout))]);
            foreach (var key in rows)
            {
                var row = ReportCatalog.GetRow(ReportTable.Table2, key);
                var label = key == "normativeDocuments" && f == ReportFormat.Format2019 ? "规范性文件" : row.Label;
                Row(sb, layout, [Label(label, layout), .. row.Cells.Where(c => c.IsIn(f)).Select(c => V(report, c))]);
            }
        }

        sb.AppendLine();
    }

    private static void Table3(StringBuilder sb, AnnualReport report, TextLayout layout, Random random)
    {
        Row(sb, layout, [Balance, "", Label("申请人情况", layout), "", "", "", "", "", Label("总计", layout)]);
        Row(sb, layout, ["", "", Label("自然人", layout), Label("法人或其他组织", layout), "", "", "", "", ""]);
        Row(sb, layout, ["", "", "", .. new[] { "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他" }.Select(l => Label(l, layout)), ""]);
        string? lastGroup = null;
        foreach (var row in ReportCatalog.Table3Rows.Where(r => r.IsIn(report.Format)))
        {
            var values = row.Cells.Select(c => V(report, c)).ToList();
            var label = row.Label;
            string? continuation = null;
            if (layout.SplitLabels && label.Length >= 14 && random.Next(2) == 0)
            {
                var cut = label.Length / 2;
                continuation = Label(label[cut..], layout);
                label = label[..cut];
            }

            label = Label(label, layout);
            List<string> cells = row.Group switch
            {
                null when row.IsOutcome => ["", label],
                null => [label, ""],
                var g when g != lastGroup => [Label(g, layout), label],
                _ => ["", label],
            };

            // Group rows of （三）…（六） carry the group cell and the item cell after an empty first cell.
            if (row.Group is { } group && group.StartsWith('（') && group != lastGroup)
            {
                cells = ["", Label(group, layout), label];
            }
            else if (row.Group is { } g2 && g2.StartsWith('（'))
            {
                cells = ["", "", label];
            }

            lastGroup = row.Group ?? lastGroup;
            Row(sb, layout, [.. cells, .. values], continuation);
        }

        sb.AppendLine();
    }

    private static void Table4(StringBuilder sb, AnnualReport report, TextLayout layout)
    {
        string[] leaves = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"];
        Row(sb, layout, [Label("行政复议", layout), "", "", "", "", Label("行政诉讼", layout)]);
        Row(sb, layout, [.. leaves.Select(l => Label(l, layout)), Label("未经复议直接起诉", layout), "", "", "", "", Label("复议后起诉", layout)]);
        Row(sb, layout, ["", "", "", "", "", .. leaves.Select(l => Label(l, layout)), .. leaves.Select(l => Label(l, layout))]);
        Row(sb, layout, [.. ReportCatalog.Table4Blocks.SelectMany(b => b.Cells).Select(c => V(report, c))]);
        sb.AppendLine();
    }
}
