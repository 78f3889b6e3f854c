// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.CommandLine;

namespace Gongkai.Cli;

/// <summary><c>gongkai check PATH...</c>: findings per file.</summary>
internal static class CheckCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var command = new Command("check", "检查报告");
        command.SetAction(_ => 0);
        _ = stdout;
        _ = stderr;
        return command;
    }
}
