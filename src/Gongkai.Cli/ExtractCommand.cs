// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.CommandLine;
using Gongkai.Formats;
using Gongkai.Formats.Json;

namespace Gongkai.Cli;

/// <summary><c>gongkai extract FILE</c>: the canonical JSON of one report on stdout.</summary>
internal static class ExtractCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<string>("FILE") { Description = "报告文件（文本、.docx、.html、.pdf 或 JSON）" };
        var command = new Command("extract", "读取一份报告，输出规范 JSON（report-schema.md）") { file };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            var result = ReportReader.ReadFile(path);
            if (!result.Success)
            {
                stderr.WriteLine($"错误：{result.Error}");
                return ExitCodes.Unreadable;
            }

            stdout.WriteLine(CanonicalJson.ToJson(result.Report));
            foreach (var finding in result.Report.ImportFindings)
            {
                stderr.WriteLine($"提示：{finding.Location} {finding.Message}");
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
