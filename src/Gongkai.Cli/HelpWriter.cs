// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Text;

namespace Gongkai.Cli;

/// <summary>The help text, in Chinese throughout: usage, arguments, options, subcommands, examples and exit codes.</summary>
/// <remarks>Replaces System.CommandLine's own help (English headings, "[default: …]") as the action of <c>-h/--help</c>;
/// it is also printed after a parse error that names no option.</remarks>
internal sealed class HelpWriter : SynchronousCommandLineAction
{
    private static readonly Dictionary<string, string[]> Examples = new(StringComparer.Ordinal)
    {
        ["gongkai"] =
        [
            "gongkai check samples                       检查一个文件夹中的全部报告",
            "gongkai extract 报告.docx > 报告.json         读取一份报告，输出规范 JSON",
            "gongkai render 报告.txt --to docx -o 报告.docx 按官方格式生成 Word 文档",
            "gongkai check --help                        查看 check 命令的用法",
        ],
        ["extract"] =
        [
            "gongkai extract 报告.docx",
            "gongkai extract 报告.pdf > 报告.json",
        ],
        ["check"] =
        [
            "gongkai check samples                        检查文件夹（含子文件夹）",
            "gongkai check 2023.docx 2024.docx            两年的报告，另查跨年度关系",
            "gongkai check --json --jobs 4 报告 > 结果.jsonl  JSON Lines，每个文件一行",
            "gongkai check --fail-on warning 报告.txt      有警告时退出码也为 1",
            "gongkai check --hierarchy 县.docx 乡1.docx 乡2.docx  汇总报告与下级单位核对",
        ],
        ["render"] =
        [
            "gongkai render 报告.txt --to docx -o 报告.docx",
            "gongkai render 报告.docx -o 报告.pdf           格式由扩展名判断",
            "gongkai render 报告.txt --to html --recompute-totals -o 草稿.html",
        ],
    };

    /// <inheritdoc/>
    public override bool ClearsParseErrors => true;

    /// <inheritdoc/>
    public override int Invoke(ParseResult parseResult)
    {
        Write(parseResult.CommandResult.Command, parseResult.InvocationConfiguration.Output);
        return ExitCodes.Ok;
    }

    /// <summary>Writes the help of a command.</summary>
    /// <param name="command">The command.</param>
    /// <param name="output">Where to write.</param>
    public static void Write(Command command, TextWriter output)
    {
        var sb = new StringBuilder(2048);
        var isRoot = command is RootCommand;
        var path = isRoot ? "gongkai" : "gongkai " + command.Name;
        if (!string.IsNullOrEmpty(command.Description))
        {
            sb.AppendLine(command.Description).AppendLine();
        }

        sb.AppendLine("用法：");
        var usage = new StringBuilder("  ").Append(path);
        if (isRoot)
        {
            usage.Append(" <命令> [选项]");
        }
        else
        {
            usage.Append(" [选项]");
            foreach (var argument in command.Arguments)
            {
                usage.Append(' ').Append(ArgumentLabel(argument));
            }
        }

        sb.Append(usage).AppendLine().AppendLine();

        if (!isRoot && command.Arguments.Count > 0)
        {
            sb.AppendLine("参数：");
            Rows(sb, command.Arguments.Select(a => (ArgumentLabel(a), a.Description ?? string.Empty)));
            sb.AppendLine();
        }

        if (isRoot && command.Subcommands.Count > 0)
        {
            sb.AppendLine("命令：");
            Rows(sb, command.Subcommands.Select(c => (c.Name, c.Description ?? string.Empty)));
            sb.AppendLine();
        }

        var options = command.Options.Where(o => !o.Hidden).ToList();
        foreach (var parent in Ancestors(command))
        {
            options.AddRange(parent.Options.Where(o => o.Recursive && !o.Hidden && !options.Contains(o)));
        }

        if (options.Count > 0)
        {
            sb.AppendLine("选项：");
            Rows(sb, options.OrderBy(o => o is HelpOption or VersionOption ? 1 : 0).Select(o => (OptionLabel(o), OptionDescription(o))));
            sb.AppendLine();
        }

        if (Examples.TryGetValue(isRoot ? "gongkai" : command.Name, out var examples))
        {
            sb.AppendLine("示例：");
            foreach (var e in examples)
            {
                sb.Append("  ").AppendLine(e);
            }

            sb.AppendLine();
        }

        if (isRoot || command.Name == "check")
        {
            sb.AppendLine("退出码：");
            sb.AppendLine("  0    没有达到 --fail-on 级别（默认 error）的问题");
            sb.AppendLine("  1    发现了达到该级别的问题（例如表格数字对不上）");
            sb.AppendLine("  2    有文件无法读取，或命令行有误（其余文件仍会检查）");
            sb.AppendLine("  130  被 Ctrl+C 或终止信号中断（已完成的结果照常输出）");
            sb.AppendLine();
        }

        if (isRoot)
        {
            sb.AppendLine("用 gongkai <命令> --help 查看各命令的参数和选项。");
        }

        output.Write(sb.ToString());
    }

    private static IEnumerable<Command> Ancestors(Command command)
    {
        var seen = new HashSet<Command>();
        var queue = new Queue<Command>(command.Parents.OfType<Command>());
        while (queue.Count > 0)
        {
            var c = queue.Dequeue();
            if (seen.Add(c))
            {
                yield return c;
                foreach (var p in c.Parents.OfType<Command>())
                {
                    queue.Enqueue(p);
                }
            }
        }
    }

    private static string ArgumentLabel(Argument argument)
    {
        var name = "<" + (argument.HelpName ?? argument.Name) + ">";
        return argument.Arity.MaximumNumberOfValues > 1 ? name + "..." : name;
    }

    private static string OptionLabel(Option option)
    {
        if (option is HelpOption)
        {
            return "-h, --help";
        }

        var names = option.Aliases.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).Order(StringComparer.Ordinal).Append(option.Name);
        var label = string.Join(", ", names);
        if (option.Arity.MaximumNumberOfValues > 0 && option.ValueType != typeof(bool))
        {
            label += " <" + (option.HelpName ?? "值") + ">";
        }

        return label;
    }

    private static string OptionDescription(Option option) => option switch
    {
        HelpOption => "显示帮助",
        VersionOption => "显示版本号",
        _ => option.Description ?? string.Empty,
    };

    private static void Rows(StringBuilder sb, IEnumerable<(string Left, string Right)> rows)
    {
        var list = rows.ToList();
        var width = list.Max(r => DisplayWidth(r.Left)) + 2;
        foreach (var (left, right) in list)
        {
            sb.Append("  ").Append(left).Append(' ', width - DisplayWidth(left)).AppendLine(right);
        }
    }

    // CJK characters take two columns in a terminal.
    private static int DisplayWidth(string text) => text.Sum(c => c >= 0x2E80 ? 2 : 1);
}
