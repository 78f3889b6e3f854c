// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.CommandLine;
using System.CommandLine.Help;
using System.Text;

namespace Gongkai.Cli;

/// <summary>The <c>gongkai</c> command tree: a thin shell over the library.</summary>
/// <remarks>Help and parse errors are Chinese (<see cref="HelpWriter"/>, <see cref="ErrorText"/>); a command line that
/// cannot be parsed exits with <see cref="ExitCodes.Unreadable"/> (2), never with the code for findings.</remarks>
internal static class GongkaiCommand
{
    /// <summary>Gets the <c>--verbose</c> option, shared by every command: the system's own error text after the Chinese one.</summary>
    public static Option<bool> Verbose { get; } = new("--verbose")
    {
        Description = "出错时另外显示系统的原始错误信息（英文），便于排查",
        Recursive = true,
    };

    /// <summary>Parses and runs a command line.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="stdout">Standard output.</param>
    /// <param name="stderr">Standard error.</param>
    /// <param name="cancellationToken">Cancelled by Ctrl+C or SIGTERM: the running command stops and exits with <see cref="ExitCodes.Interrupted"/>.</param>
    /// <returns>The exit code.</returns>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken = default)
    {
        Console.OutputEncoding = Encoding.UTF8;
        var root = Create(stdout, stderr, cancellationToken);
        var parse = root.Parse(args);
        var config = new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false };
        if (parse.Errors.Count > 0 && parse.Action is not System.CommandLine.Invocation.CommandLineAction { ClearsParseErrors: true })
        {
            foreach (var message in ErrorText.Translate(parse).Distinct(StringComparer.Ordinal))
            {
                stderr.WriteLine("错误：" + message);
            }

            var command = parse.CommandResult.Command;
            stderr.WriteLine(command is RootCommand
                ? "用 gongkai --help 查看可用的命令。"
                : $"用 gongkai {command.Name} --help 查看用法。");
            return ExitCodes.Unreadable;
        }

        return parse.Invoke(config);
    }

    /// <summary>Builds the command tree.</summary>
    /// <param name="stdout">Standard output.</param>
    /// <param name="stderr">Standard error.</param>
    /// <param name="cancellationToken">The token passed to the commands.</param>
    /// <returns>The root command.</returns>
    internal static RootCommand Create(TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var root = new RootCommand("Gongkai（公开）— 政府信息公开工作年度报告的读取、检查与生成工具")
        {
            ExtractCommand.Create(stdout, stderr, cancellationToken),
            CheckCommand.Create(stdout, stderr, cancellationToken),
            RenderCommand.Create(stdout, stderr, cancellationToken),
        };
        root.Options.Add(Verbose);
        foreach (var option in root.Options)
        {
            switch (option)
            {
                case HelpOption help:
                    help.Action = new HelpWriter();
                    help.Description = "显示帮助";
                    break;
                case VersionOption version:
                    version.Description = "显示版本号";
                    break;
            }
        }

        return root;
    }

    /// <summary>Writes an error and, with <c>--verbose</c>, the system's own text.</summary>
    /// <param name="stderr">Standard error.</param>
    /// <param name="parse">The parse result (for <c>--verbose</c>).</param>
    /// <param name="message">The Chinese error.</param>
    /// <param name="detail">The system's text, or null.</param>
    internal static void WriteError(TextWriter stderr, ParseResult parse, string message, string? detail)
    {
        stderr.WriteLine("错误：" + message);
        if (detail is not null && parse.GetValue(Verbose))
        {
            stderr.WriteLine("  系统信息：" + detail);
        }
    }
}
