// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.CommandLine;
using System.CommandLine.Parsing;
using System.Diagnostics;
using System.Globalization;
using Gongkai.Checking;
using Gongkai.Formats.Batch;

namespace Gongkai.Cli;

/// <summary><c>gongkai check PATH...</c>: findings grouped by file, or JSON Lines with <c>--json</c>, written as files finish.</summary>
internal static class CheckCommand
{
    private const int ProgressThreshold = 200;
    private static readonly string[] Levels = ["error", "warning", "info", "none"];

    public static Command Create(TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var paths = new Argument<string[]>("PATH") { HelpName = "路径", Description = "报告文件或文件夹（递归查找；隐藏文件和非普通文件跳过并列出原因）", Arity = ArgumentArity.OneOrMore };
        paths.Validators.Add(result =>
        {
            // An unknown option lands among the paths; a real file whose name starts with "-" is still accepted.
            foreach (var token in result.Tokens)
            {
                if (token.Value.StartsWith('-') && token.Value.Length > 1 && !File.Exists(token.Value) && !Directory.Exists(token.Value))
                {
                    result.AddError($"无法识别的选项「{token.Value}」（若是以「-」开头的文件名，请写成 ./{token.Value}）。");
                }
            }
        });
        var json = new Option<bool>("--json") { Description = "输出 JSON Lines：每个文件一行，按完成顺序；汇总写到标准错误" };
        var failOn = new Option<string>("--fail-on")
        {
            HelpName = "级别",
            Description = "达到该级别的问题时退出码为 1：error（默认）、warning、info 或 none",
            DefaultValueFactory = _ => "error",
        };
        failOn.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string>();
            if (!Levels.Contains(value, StringComparer.OrdinalIgnoreCase))
            {
                result.AddError($"选项 --fail-on 的值「{value}」无效，可用：error、warning、info、none。");
            }
        });
        var jobs = new Option<int>("--jobs", "-j")
        {
            HelpName = "数量",
            Description = $"同时处理的文件数（默认为处理器数，本机 {Environment.ProcessorCount}）",
            DefaultValueFactory = _ => Environment.ProcessorCount,
            CustomParser = ParseJobs,
        };
        var hierarchy = new Option<bool>("--hierarchy") { Description = "第一个文件是汇总报告，其余是其下级单位的报告（检查汇总数）" };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "不在标准错误输出进度" };

        var command = new Command("check", "检查报告：表格勾稽关系、空白与缺失、章节、年度、地区、正文数字等；多份报告时另查重复、跨年度与汇总关系")
        {
            paths, json, failOn, jobs, hierarchy, quiet,
        };
        command.SetAction(parse =>
        {
            var verbose = parse.GetValue(GongkaiCommand.Verbose);
            List<BatchInput> inputs;
            try
            {
                inputs = PathExpander.Expand(parse.GetValue(paths)!, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                stderr.WriteLine("已中断：查找文件时被中断，没有检查任何文件。");
                return ExitCodes.Interrupted;
            }

            if (inputs.Count == 0)
            {
                stderr.WriteLine("错误：没有找到要检查的文件。");
                return ExitCodes.Unreadable;
            }

            var fileCount = inputs.Count(i => i.IsFile);
            var showProgress = fileCount >= ProgressThreshold && !parse.GetValue(quiet);
            IBatchOutput output = parse.GetValue(json) ? new JsonLinesOutput(stdout, stderr, verbose) : new TextOutput(stdout, verbose);
            var clock = Stopwatch.StartNew();
            var lastReport = 0L;
            var done = 0;
            var options = new BatchOptions { Jobs = parse.GetValue(jobs), Hierarchy = parse.GetValue(hierarchy) };
            var summary = BatchChecker.Run(inputs, options, result =>
            {
                output.Add(result);
                if (result.Status == FileCheckStatus.CrossFile || !inputs[result.Index].IsFile)
                {
                    return;
                }

                done++;
                var now = clock.ElapsedMilliseconds;
                if (showProgress && (now - lastReport >= 1000 || done == fileCount))
                {
                    lastReport = now;
                    stderr.WriteLine($"进度：{done}/{fileCount}（{clock.Elapsed.TotalSeconds:F1} 秒）");
                }
            }, cancellationToken);
            output.Finish(summary);

            if (summary.Interrupted)
            {
                return ExitCodes.Interrupted;
            }

            if (summary.Unreadable > 0)
            {
                return ExitCodes.Unreadable;
            }

            var threshold = parse.GetValue(failOn)!.ToUpperInvariant() switch
            {
                "WARNING" => Severity.Warning,
                "INFO" => Severity.Info,
                "NONE" => (Severity?)null,
                _ => Severity.Error,
            };
            return threshold is { } t && output.Counts.Highest >= t ? ExitCodes.Findings : ExitCodes.Ok;
        });
        return command;
    }

    private static int ParseJobs(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < 1)
        {
            result.AddError($"选项 --jobs 的值「{text}」无效：应为正整数（同时处理的文件数）。");
            return 1;
        }

        return value;
    }
}
