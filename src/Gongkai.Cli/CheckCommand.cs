// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.CommandLine;
using System.Diagnostics;
using Gongkai.Checking;
using Gongkai.Formats.Batch;

namespace Gongkai.Cli;

/// <summary><c>gongkai check PATH...</c>: findings grouped by file, or JSON Lines with <c>--json</c>.</summary>
internal static class CheckCommand
{
    private const int ProgressThreshold = 200;

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var paths = new Argument<string[]>("PATH") { Description = "报告文件或文件夹（递归查找）", Arity = ArgumentArity.OneOrMore };
        var json = new Option<bool>("--json") { Description = "输出 JSON Lines，每个文件一行" };
        var failOn = new Option<string>("--fail-on")
        {
            Description = "达到该级别的问题时退出码为 1：error、warning、info 或 none",
            DefaultValueFactory = _ => "error",
        };
        failOn.AcceptOnlyFromAmong("error", "warning", "info", "none");
        var jobs = new Option<int>("--jobs", "-j") { Description = "并行处理的文件数", DefaultValueFactory = _ => Environment.ProcessorCount };
        var hierarchy = new Option<bool>("--hierarchy") { Description = "第一个文件是汇总报告，其余是其下级单位的报告（检查汇总数）" };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "不在标准错误输出进度" };

        var command = new Command("check", "检查报告：表格勾稽关系、空白与缺失、章节、年度、地区、正文数字等；多份报告时另查跨年度与汇总关系")
        {
            paths, json, failOn, jobs, hierarchy, quiet,
        };
        command.SetAction(parse =>
        {
            var files = BatchChecker.ExpandPaths(parse.GetValue(paths)!, out var missing);
            foreach (var m in missing)
            {
                stderr.WriteLine($"错误：{m}：文件或文件夹不存在。");
            }

            if (files.Count == 0)
            {
                stderr.WriteLine("错误：没有找到要检查的文件。");
                return ExitCodes.Unreadable;
            }

            var jobCount = parse.GetValue(jobs);
            if (jobCount < 1)
            {
                stderr.WriteLine("错误：--jobs 必须是正整数。");
                return ExitCodes.Unreadable;
            }

            var showProgress = files.Count >= ProgressThreshold && !parse.GetValue(quiet);
            var clock = Stopwatch.StartNew();
            var lastReport = 0L;
            var results = BatchChecker.Check(files, new BatchOptions { Jobs = jobCount, Hierarchy = parse.GetValue(hierarchy) }, done =>
            {
                if (!showProgress)
                {
                    return;
                }

                var now = clock.ElapsedMilliseconds;
                var previous = Interlocked.Read(ref lastReport);
                if ((now - previous >= 1000 || done == files.Count) && Interlocked.CompareExchange(ref lastReport, now, previous) == previous)
                {
                    lock (stderr)
                    {
                        stderr.WriteLine($"进度：{done}/{files.Count}（{clock.Elapsed.TotalSeconds:F1} 秒）");
                    }
                }
            });

            if (parse.GetValue(json))
            {
                JsonLinesOutput.Write(results, stdout);
            }
            else
            {
                TextOutput.Write(results, stdout);
            }

            var threshold = parse.GetValue(failOn) switch
            {
                "warning" => Severity.Warning,
                "info" => Severity.Info,
                "none" => (Severity?)null,
                _ => Severity.Error,
            };
            if (missing.Count > 0 || results.Any(r => r.Error is not null))
            {
                return ExitCodes.Unreadable;
            }

            return threshold is { } t && results.Any(r => r.Findings.Any(f => f.Severity >= t)) ? ExitCodes.Findings : ExitCodes.Ok;
        });
        return command;
    }
}
