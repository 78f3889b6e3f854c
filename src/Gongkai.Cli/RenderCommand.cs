// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.CommandLine;
using Gongkai.Formats;
using Gongkai.Formats.IO;
using Gongkai.Formats.Render;

namespace Gongkai.Cli;

/// <summary><c>gongkai render INPUT --to docx|html|pdf|xlsx|md|json -o OUT</c>: writes a report in the official layout.</summary>
internal static class RenderCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var input = new Argument<string>("INPUT") { HelpName = "输入文件", Description = "报告文件（文本、Markdown、.docx、.xlsx、.html、.pdf 或规范 JSON）" };
        var to = new Option<string?>("--to", "-t") { HelpName = "格式", Description = "输出格式：docx、html、pdf、xlsx、md 或 json（省略时按输出文件的扩展名）" };
        var output = new Option<string?>("--output", "-o") { HelpName = "输出文件", Description = "输出文件（省略时在输入文件旁生成同名文件）" };
        var recompute = new Option<bool>("--recompute-totals")
        {
            Description = "生成草稿：与各项之和不符的合计改为计算值，并逐项列出（标准错误输出和文件中的批注）",
        };
        var normalize = new Option<bool>("--normalize-headings")
        {
            Description = "六个部分的标题改用官方写法（如「二、主动公开政府信息情况」），逐项列出改动；默认照原文标题写出",
        };
        var engine = new Option<string>("--pdf-engine")
        {
            HelpName = "方式",
            Description = "PDF 生成方式：chromium（由网页打印，默认）或 libreoffice（由 Word 文档转换）",
            DefaultValueFactory = _ => "chromium",
        };

        var command = new Command("render", "按官方格式生成报告：Word、网页、PDF、Excel、Markdown 或规范 JSON；数字一律照原样写出")
        {
            input, to, output, recompute, normalize, engine,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(input)!;
            var target = parse.GetValue(output);
            var name = parse.GetValue(to);
            RenderFormat format;
            if (name is not null)
            {
                if (!ReportWriter.TryParseFormat(name, out format))
                {
                    stderr.WriteLine($"错误：不支持的输出格式「{name}」。可用的格式：docx、html、pdf、xlsx、md、json。");
                    return ExitCodes.Unreadable;
                }
            }
            else if (target is null || !ReportWriter.TryParseFormat(Path.GetExtension(target), out format))
            {
                stderr.WriteLine(target is null
                    ? "错误：请用 --to 指定输出格式（docx、html、pdf、xlsx、md、json）。"
                    : $"错误：无法从输出文件名「{target}」判断格式，请用 --to 指定（docx、html、pdf、xlsx、md、json）。");
                return ExitCodes.Unreadable;
            }

            var pdfEngine = parse.GetValue(engine)?.Trim().ToUpperInvariant() switch
            {
                "CHROMIUM" => (PdfEngine?)PdfEngine.Chromium,
                "LIBREOFFICE" or "SOFFICE" => PdfEngine.LibreOffice,
                _ => null,
            };
            if (pdfEngine is null)
            {
                stderr.WriteLine($"错误：不支持的 PDF 生成方式「{parse.GetValue(engine)}」，可用：chromium、libreoffice。");
                return ExitCodes.Unreadable;
            }

            target ??= Path.ChangeExtension(path, ReportWriter.Extension(format));
            if (AtomicFile.CheckTarget(target) is { } refused)
            {
                stderr.WriteLine($"错误：{refused}");
                return ExitCodes.Unreadable;
            }

            if (string.Equals(Path.GetFullPath(target), Path.GetFullPath(path), StringComparison.Ordinal))
            {
                stderr.WriteLine($"错误：输出文件与输入文件相同（{target}），请用 -o 指定另一个文件。");
                return ExitCodes.Unreadable;
            }

            ReadResult read;
            RenderResult result;
            var options = new RenderOptions { RecomputeTotals = parse.GetValue(recompute), NormalizeHeadings = parse.GetValue(normalize), PdfEngine = pdfEngine.Value };
            try
            {
                read = ReportReader.ReadFile(path, ReadOptions.Default, cancellationToken);
                cancellationToken.ThrowIfCancellationRequested();
                if (!read.Success)
                {
                    GongkaiCommand.WriteError(stderr, parse, InputErrors.Describe(read, path, "render"), read.Detail);
                    return ExitCodes.Unreadable;
                }

                result = ReportWriter.WriteFile(read.Report, target, format, options, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                stderr.WriteLine($"已中断：未生成 {target}（原有文件未改动）。");
                return ExitCodes.Interrupted;
            }

            if (result.Failures.Count > 0)
            {
                stderr.WriteLine($"警告：该报告未通过 {result.Failures.Count} 项检查，仍按原样生成（数字未作改动）：");
                foreach (var f in result.Failures)
                {
                    stderr.WriteLine($"  {f.Rule}{(f.Cell is null ? string.Empty : "  " + f.Cell)}  {f.Message}");
                }
            }

            if (result.Corrections.Count > 0)
            {
                stderr.WriteLine($"草稿：已重新计算 {result.Corrections.Count} 个合计（文件中另有批注）：");
                foreach (var c in result.Corrections)
                {
                    stderr.WriteLine($"  {c}");
                }
            }
            else if (options.RecomputeTotals && result.HeldBack.Count == 0 && result.Unreconciled.Count == 0)
            {
                stderr.WriteLine("草稿：所有合计均与各项之和一致，未作改动。");
            }

            if (result.HeldBack.Count > 0 || result.Unreconciled.Count > 0)
            {
                stderr.WriteLine($"草稿：{result.Unreconciled.Count} 处勾稽关系未能核平（文件中另有批注）：");
                foreach (var c in result.HeldBack)
                {
                    stderr.WriteLine($"  {c.DescribeHeldBack()}");
                }

                foreach (var f in result.Unreconciled)
                {
                    stderr.WriteLine($"  {f.Rule}{(f.Cell is null ? string.Empty : "  " + f.Cell)}  {f.Message}");
                }
            }

            if (result.Notes.Count > 0)
            {
                stderr.WriteLine($"草稿：与原报告相比另有 {result.Notes.Count} 处改动（文件中另有批注）：");
                foreach (var n in result.Notes)
                {
                    stderr.WriteLine($"  {n}");
                }
            }

            if (!result.Success)
            {
                stderr.WriteLine($"错误：{result.Error}");
                return ExitCodes.Unreadable;
            }

            stdout.WriteLine($"已生成：{target}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
