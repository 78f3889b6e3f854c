// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.CommandLine;
using Gongkai.Formats;
using Gongkai.Formats.Json;

namespace Gongkai.Cli;

/// <summary><c>gongkai extract FILE</c>: the canonical JSON of one report on stdout.</summary>
internal static class ExtractCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var file = new Argument<string>("FILE") { HelpName = "文件", Description = "报告文件（文本、.docx、.html、.pdf 或 JSON）" };
        var command = new Command("extract", "读取一份报告，输出规范 JSON（report-schema.md）") { file };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            ReadResult result;
            try
            {
                result = ReportReader.ReadFile(path, ReadOptions.Default, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                stderr.WriteLine("已中断。");
                return ExitCodes.Interrupted;
            }

            if (cancellationToken.IsCancellationRequested)
            {
                stderr.WriteLine("已中断。");
                return ExitCodes.Interrupted;
            }

            if (!result.Success)
            {
                GongkaiCommand.WriteError(stderr, parse, InputErrors.Describe(result, path, "extract"), result.Detail);
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
