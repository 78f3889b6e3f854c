// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.CommandLine;
using System.CommandLine.Parsing;

namespace Gongkai.Cli;

/// <summary>Parse errors in Chinese. Values the commands parse themselves already carry Chinese messages; the parser's
/// own errors (unknown token, missing argument or value, no command) are told apart by the symbol they belong to.</summary>
internal static class ErrorText
{
    public static IEnumerable<string> Translate(ParseResult parse)
    {
        var messages = parse.Errors.Select(e => Translate(parse, e)).ToList();
        var unknown = messages.Any(m => m.StartsWith("无法识别", StringComparison.Ordinal));
        return messages.Where(m => !unknown || !m.StartsWith("请指定命令", StringComparison.Ordinal));
    }

    private static string Translate(ParseResult parse, ParseError error)
    {
        if (error.Message.Any(c => c >= 0x4E00 && c <= 0x9FFF))
        {
            return error.Message;
        }

        switch (error.SymbolResult)
        {
            case OptionResult { Option: System.CommandLine.VersionOption }:
                return "--version 不能与命令或其他参数同用。";
            case OptionResult o:
                return OptionValue(o);
            case ArgumentResult { Parent: OptionResult o }:
                return OptionValue(o);
            case ArgumentResult a:
                return a.Tokens.Count == 0
                    ? $"缺少参数 <{a.Argument.HelpName ?? a.Argument.Name}>。"
                    : $"参数 <{a.Argument.HelpName ?? a.Argument.Name}> 的值「{string.Join(" ", a.Tokens.Select(t => t.Value))}」无效。";
            case CommandResult c:
                foreach (var token in parse.UnmatchedTokens)
                {
                    if (error.Message.Contains($"'{token}'", StringComparison.Ordinal))
                    {
                        return token.StartsWith('-')
                            ? $"无法识别的选项「{token}」。"
                            : c.Command is RootCommand ? $"无法识别的命令「{token}」，可用的命令：{string.Join("、", c.Command.Subcommands.Select(s => s.Name))}。" : $"多余的参数「{token}」。";
                    }
                }

                if (c.Command.Subcommands.Count > 0)
                {
                    return $"请指定命令：{string.Join("、", c.Command.Subcommands.Select(s => s.Name))}。";
                }

                var missing = c.Command.Arguments.FirstOrDefault();
                return missing is null ? "命令行有误。" : $"缺少参数 <{missing.HelpName ?? missing.Name}>。";
            default:
                return "命令行有误。";
        }
    }

    private static string OptionValue(OptionResult o) => o.Tokens.Count == 0
        ? $"选项 {o.Option.Name} 缺少值。"
        : $"选项 {o.Option.Name} 的值「{string.Join(" ", o.Tokens.Select(t => t.Value))}」无效。";
}
