// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Text;
using Gongkai.Checking;
using Gongkai.Formats.Batch;

namespace Gongkai.Cli;

/// <summary>Readable findings grouped by file, with a summary line.</summary>
internal static class TextOutput
{
    public static void Write(IReadOnlyList<FileCheckResult> results, TextWriter output)
    {
        int errors = 0, warnings = 0, infos = 0, unreadable = 0;
        var sb = new StringBuilder(4096);
        foreach (var result in results)
        {
            sb.Clear();
            if (result.Error is not null)
            {
                unreadable++;
                sb.Append("== ").AppendLine(result.File);
                sb.Append("  无法读取：").AppendLine(result.Error);
                output.Write(sb);
                continue;
            }

            sb.Append("== ").Append(result.File).Append("  ").Append(result.Unit ?? "（未识别报告机关）").Append(' ')
              .Append(result.Year is { } y ? $"{y}年度" : "（未识别年度）").Append('（').Append(FormatName(result.Format)).AppendLine("）");
            if (result.Findings.Count == 0)
            {
                sb.AppendLine("  未发现问题。");
            }

            foreach (var f in result.Findings.OrderByDescending(f => f.Severity))
            {
                switch (f.Severity)
                {
                    case Severity.Error:
                        errors++;
                        break;
                    case Severity.Warning:
                        warnings++;
                        break;
                    default:
                        infos++;
                        break;
                }

                sb.Append("  ").Append(Label(f.Severity)).Append("  ").Append(f.Rule);
                var where = f.Cell ?? (f.Section is { } s ? $"第{Documents.SectionTitles.Numerals[s - 1]}部分" : null);
                if (where is not null)
                {
                    sb.Append("  ").Append(where);
                }

                if (!f.Location.IsUnknown)
                {
                    sb.Append("  ").Append(f.Location.ToString());
                }

                sb.AppendLine();
                sb.Append("        ").AppendLine(f.Message);
                if (f.Quote is not null && !f.Message.Contains(f.Quote, StringComparison.Ordinal))
                {
                    sb.Append("        原文：「").Append(f.Quote).AppendLine("」");
                }

                if (f.Expected is not null || f.Actual is not null)
                {
                    sb.Append("        应为：").Append(f.Expected ?? "—").Append("；实为：").AppendLine(f.Actual ?? "—");
                }
            }

            output.Write(sb);
        }

        output.WriteLine($"共检查 {results.Count} 个文件：错误 {errors} 条，警告 {warnings} 条，提示 {infos} 条；无法读取 {unreadable} 个文件。");
    }

    public static string Label(Severity severity) => severity switch
    {
        Severity.Error => "错误",
        Severity.Warning => "警告",
        _ => "提示",
    };

    public static string FormatName(ReportFormat format) => format switch
    {
        ReportFormat.Format2021 => "2021年格式",
        ReportFormat.Format2019 => "2019年试行格式",
        _ => "格式未识别",
    };
}
