// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Text.Json;
using Gongkai.Cli;

namespace Gongkai.Tests;

/// <summary>Parse errors, help, and the messages for wrong inputs and outputs.</summary>
public sealed class CommandLineTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("gongkai-cmd-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    internal static string Seed(string prefix) => Directory.EnumerateFiles(ChildProcess.Samples).First(f => Path.GetFileName(f).StartsWith(prefix, StringComparison.Ordinal));

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = GongkaiCommand.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private static bool HasCjk(string text) => text.Any(c => c >= 0x4E00 && c <= 0x9FFF);

    [Theory]
    [InlineData("check", "--jobs", "abc", "samples")]
    [InlineData("check", "--jobs", "0", "samples")]
    [InlineData("check", "--fail-on", "bogus", "samples")]
    [InlineData("check", "--jobs")]
    [InlineData("check")]
    [InlineData("bogus")]
    [InlineData("check", "--bogus", "samples")]
    [InlineData("render")]
    public void ParseErrors_ExitTwo_InChinese(params string[] args)
    {
        var (code, output, err) = Run(args);
        Assert.Equal(ExitCodes.Unreadable, code);
        Assert.Empty(output);
        Assert.StartsWith("错误：", err, StringComparison.Ordinal);
        foreach (var line in err.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            Assert.True(HasCjk(line), line);
        }

        Assert.DoesNotContain("Required", err, StringComparison.Ordinal);
        Assert.DoesNotContain("Unrecognized", err, StringComparison.Ordinal);
        Assert.DoesNotContain("Cannot parse", err, StringComparison.Ordinal);
    }

    [Fact]
    public void NoCommand_ExitsTwo()
    {
        var (code, _, err) = Run();
        Assert.Equal(ExitCodes.Unreadable, code);
        Assert.Contains("请指定命令", err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("check", "--help")]
    [InlineData("extract", "-h")]
    [InlineData("render", "--help")]
    public void Help_IsChineseThroughout_WithExamples(params string[] args)
    {
        var (code, output, _) = Run(args);
        Assert.Equal(0, code);
        foreach (var english in new[] { "Usage:", "Options:", "Commands:", "Arguments:", "[default", "Description:", "Show help", "Show version" })
        {
            Assert.DoesNotContain(english, output, StringComparison.Ordinal);
        }

        Assert.Contains("用法：", output, StringComparison.Ordinal);
        Assert.Contains("示例：", output, StringComparison.Ordinal);
        Assert.Contains("-h, --help", output, StringComparison.Ordinal);
        Assert.Contains("显示帮助", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Version_StillWorks()
    {
        var (code, output, _) = Run("--version");
        Assert.Equal(0, code);
        Assert.Matches(@"^\d+\.\d+", output);
    }

    [Fact]
    public void Extract_Folder_SaysItIsAFolder_AndPointsToCheck()
    {
        var (code, _, err) = Run("extract", _dir);
        Assert.Equal(2, code);
        Assert.Contains("是文件夹，extract 只读取一个文件；检查文件夹请用 check", err, StringComparison.Ordinal);
        Assert.DoesNotContain("不存在", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_UndecodableName_SaysSo()
    {
        var (code, _, err) = Run("extract", Path.Combine(_dir, "a\uFFFDb.txt"));
        Assert.Equal(2, code);
        Assert.Contains("无法识别的字符", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Verbose_AddsTheSystemText()
    {
        var loop = Path.Combine(_dir, "loop.txt");
        File.CreateSymbolicLink(loop, loop);
        var (_, _, plain) = Run("extract", loop);
        Assert.Contains("符号链接", plain, StringComparison.Ordinal);
        Assert.DoesNotContain("Too many levels", plain, StringComparison.Ordinal);
        var (_, _, verbose) = Run("extract", "--verbose", loop);
        Assert.Contains("系统信息：", verbose, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_RefusesDevicesLinksAndEmptyNames_WithoutReplacingThem()
    {
        var real = Path.Combine(_dir, "real.docx");
        File.WriteAllText(real, "keep");
        var link = Path.Combine(_dir, "link.docx");
        File.CreateSymbolicLink(link, real);
        foreach (var target in new[] { "/dev/null", link, string.Empty, _dir })
        {
            var (code, output, err) = Run("render", Seed("004"), "--to", "docx", "-o", target);
            Assert.Equal(2, code);
            Assert.DoesNotContain("已生成", output, StringComparison.Ordinal);
            Assert.StartsWith("错误：", err, StringComparison.Ordinal);
            Assert.DoesNotContain("Exception", err, StringComparison.Ordinal);
        }

        Assert.NotNull(new FileInfo(link).LinkTarget);
        Assert.Equal("keep", File.ReadAllText(real));
        Assert.True(new FileInfo("/dev/null").Exists);
        Assert.Empty(Directory.EnumerateFiles(_dir, "*.tmp"));
    }

    [Fact]
    public void Check_SkippedPaths_AreListedAndCounted_InTextAndJson()
    {
        File.Copy(Seed("004"), Path.Combine(_dir, "good.txt"));
        File.Copy(Seed("001"), Path.Combine(_dir, ".hidden.txt"));
        Directory.CreateDirectory(Path.Combine(_dir, ".git"));
        var (code, text, _) = Run("check", _dir);
        Assert.Equal(0, code);
        Assert.Contains(".hidden.txt\n  已跳过：隐藏文件", text.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("跳过 2 个", text, StringComparison.Ordinal);

        var (_, json, err) = Run("check", "--json", _dir);
        var lines = json.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(3, lines.Count);
        Assert.Equal(2, lines.Count(l => l.GetProperty("status").GetString() == "skipped" && HasCjk(l.GetProperty("skipped").GetString()!)));
        Assert.Contains("跳过 2 个", err, StringComparison.Ordinal);
    }
}
