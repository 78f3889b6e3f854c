// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Text;
using Gongkai.Checking;
using Gongkai.Formats.Batch;

namespace Gongkai.Cli;

/// <summary>Readable findings grouped by file, in input order as soon as order allows, then the cross-file findings and a summary line.</summary>
/// <remarks>Results arrive in completion order; a block that is early is held (as text) until the blocks before it are
/// written. When the batch is interrupted, the blocks held are written in order, with gaps for the files not done.</remarks>
internal sealed class TextOutput : IBatchOutput
{
    private readonly TextWriter _output;
    private readonly bool _verbose;
    private readonly SortedDictionary<int, string> _held = [];
    private readonly StringBuilder _sb = new(4096);
    private int _next;
    private bool _crossFileHeader;

    public TextOutput(TextWriter output, bool verbose)
    {
        _output = output;
        _verbose = verbose;
    }

    public FindingCounts Counts { get; } = new();

    public void Add(FileCheckResult result)
    {
        Counts.Add(result);
        var block = Format(result);
        if (result.Status == FileCheckStatus.CrossFile)
        {
            if (!_crossFileHeader)
            {
                _output.WriteLine("== 多份报告之间的检查（重复、跨年度、汇总）");
                _crossFileHeader = true;
            }

            _output.Write(block);
            return;
        }

        if (result.Index != _next)
        {
            _held[result.Index] = block;
            return;
        }

        _output.Write(block);
        _next++;
        while (_held.Remove(_next, out var next))
        {
            _output.Write(next);
            _next++;
        }
    }

    public void Finish(BatchSummary summary)
    {
        foreach (var block in _held.Values)
        {
            _output.Write(block);
        }

        _held.Clear();
        if (summary.Interrupted)
        {
            _output.WriteLine($"已中断：已完成 {summary.Total - summary.NotDone} 个，未完成 {summary.NotDone} 个（共 {summary.Total} 个）；多份报告之间的检查未进行。");
        }

        _output.WriteLine(Counts.Summary(summary));
    }

    private string Format(FileCheckResult result)
    {
        var sb = _sb.Clear();
        switch (result.Status)
        {
            case FileCheckStatus.Unreadable:
                sb.Append("== ").AppendLine(result.File);
                sb.Append("  无法读取：").AppendLine(result.Error);
                Detail(sb, result);
                return sb.ToString();
            case FileCheckStatus.Skipped:
                sb.Append("== ").AppendLine(result.File);
                sb.Append("  已跳过：").AppendLine(result.Error);
                Detail(sb, result);
                return sb.ToString();
        }

        sb.Append("== ").Append(result.File).Append("  ").Append(result.Unit ?? "（未识别报告机关）").Append(' ')
          .Append(result.Year is { } y ? $"{y}年度" : "（未识别年度）").Append('（').Append(FormatName(result.Format)).AppendLine("）");
        if (result.Findings.Count == 0)
        {
            sb.AppendLine("  未发现问题。");
        }

        foreach (var f in result.Findings.OrderByDescending(f => f.Severity))
        {
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

        return sb.ToString();
    }

    private void Detail(StringBuilder sb, FileCheckResult result)
    {
        if (_verbose && result.Detail is not null)
        {
            sb.Append("  系统信息：").AppendLine(result.Detail);
        }
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
