// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.CommandLine;
using System.Text;

namespace Gongkai.Cli;

/// <summary>The <c>gongkai</c> command tree: a thin shell over the library.</summary>
internal static class GongkaiCommand
{
    /// <summary>Parses and runs a command line.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="stdout">Standard output.</param>
    /// <param name="stderr">Standard error.</param>
    /// <returns>The exit code.</returns>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        Console.OutputEncoding = Encoding.UTF8;
        var root = new RootCommand("Gongkai（公开）— 政府信息公开工作年度报告的读取、检查与生成工具")
        {
            ExtractCommand.Create(stdout, stderr),
            CheckCommand.Create(stdout, stderr),
        };
        var config = new InvocationConfiguration { Output = stdout, Error = stderr };
        return root.Parse(args).Invoke(config);
    }
}
