// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Text.Json;
using Gongkai.Cli;

namespace Gongkai.Tests;

public sealed class RenderCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("gongkai-render-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string Seed(string prefix)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(dir!.FullName, "Gongkai.slnx")))
        {
            dir = dir.Parent;
        }

        var seeds = Path.Combine(dir.FullName, "samples");
        return Directory.EnumerateFiles(seeds).First(f => Path.GetFileName(f).StartsWith(prefix, StringComparison.Ordinal));
    }

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = GongkaiCommand.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Theory]
    [InlineData("docx")]
    [InlineData("html")]
    [InlineData("xlsx")]
    [InlineData("md")]
    [InlineData("json")]
    public void Render_WritesTheFile_ThatExtractsToTheSameTables(string format)
    {
        var output = Path.Combine(_dir, "report." + format);
        var (code, stdout, _) = Run("render", Seed("004"), "--to", format, "-o", output);
        Assert.Equal(0, code);
        Assert.Contains(output, stdout, StringComparison.Ordinal);

        var (_, original, _) = Run("extract", Seed("004"));
        var (_, back, _) = Run("extract", output);
        using var a = JsonDocument.Parse(original);
        using var b = JsonDocument.Parse(back);
        foreach (var table in new[] { "table2", "table3", "table4" })
        {
            Assert.Equal(a.RootElement.GetProperty(table).GetRawText(), b.RootElement.GetProperty(table).GetRawText());
        }
    }

    [Fact]
    public void Render_FormatFromTheOutputExtension()
    {
        var output = Path.Combine(_dir, "r.md");
        Assert.Equal(0, Run("render", Seed("001"), "-o", output).Code);
        Assert.StartsWith("# ", File.ReadAllText(output), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_UnknownFormat_IsAClearError()
    {
        var (code, _, err) = Run("render", Seed("004"), "--to", "odt", "-o", Path.Combine(_dir, "x.odt"));
        Assert.Equal(2, code);
        Assert.Contains("不支持的输出格式「odt」", err, StringComparison.Ordinal);
        Assert.Contains("docx、html、pdf、xlsx、md、json", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_UnwritablePath_IsAClearError()
    {
        var (code, _, err) = Run("render", Seed("004"), "--to", "docx", "-o", Path.Combine(_dir, "missing", "x.docx"));
        Assert.Equal(2, code);
        Assert.Contains("不存在", err, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_InvalidReport_RendersWithAWarningListingTheFailures()
    {
        // Seed 003 lacks the 行政事业性收费 row of table 二 (row.missing).
        var output = Path.Combine(_dir, "003.html");
        var (code, _, err) = Run("render", Seed("003"), "--to", "html", "-o", output);
        Assert.Equal(0, code);
        Assert.True(File.Exists(output));
        Assert.Contains("警告：该报告未通过", err, StringComparison.Ordinal);
        Assert.Contains("row.missing", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_RecomputeTotals_ListsTheReplacementsOnStderr()
    {
        var json = Path.Combine(_dir, "in.json");
        var (_, extracted, _) = Run("extract", Seed("004"));
        using var doc = JsonDocument.Parse(extracted);
        var total = doc.RootElement.GetProperty("table4").GetProperty("reconsideration").GetProperty("total").GetInt32();

        // State a wrong 行政复议 total.
        File.WriteAllText(json, extracted.Replace(
            $"\"total\": {total}\n    }},\n    \"litigationDirect\"", $"\"total\": {total + 5}\n    }},\n    \"litigationDirect\"", StringComparison.Ordinal));
        var output = Path.Combine(_dir, "draft.json");
        var (code, _, err) = Run("render", json, "--to", "json", "-o", output, "--recompute-totals");
        Assert.Equal(0, code);
        Assert.Contains("草稿：已重新计算 1 个合计", err, StringComparison.Ordinal);
        Assert.Contains($"原填 {total + 5}，按各项之和改为 {total}", err, StringComparison.Ordinal);
        Assert.Contains("recomputedTotals", File.ReadAllText(output), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_RecomputeTotals_ListsWhatItCouldNotReconcile()
    {
        var source = Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(Seed("004")))!, "tests", "data", "corpus", "pingtan-2020", "source.html");
        var output = Path.Combine(_dir, "draft.md");
        var (code, _, err) = Run("render", source, "-o", output, "--recompute-totals");
        Assert.Equal(0, code);
        Assert.Contains("草稿：2 处勾稽关系未能核平", err, StringComparison.Ordinal);
        Assert.Contains("原填 20，各项之和为 26", err, StringComparison.Ordinal);
        Assert.DoesNotContain("所有合计均与各项之和一致", err, StringComparison.Ordinal);
        Assert.Contains("未能核平", File.ReadAllText(output), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_MissingInput_IsAClearError()
    {
        var (code, _, err) = Run("render", Path.Combine(_dir, "nope.txt"), "--to", "html", "-o", Path.Combine(_dir, "x.html"));
        Assert.Equal(2, code);
        Assert.Contains("不存在", err, StringComparison.Ordinal);
    }

    [Fact]
    public void NormalizeHeadings_ListsEachChangedHeading_AndTheDefaultKeepsThem()
    {
        var plain = Path.Combine(_dir, "plain.md");
        var (code, _, err) = Run("render", Seed("004"), "-o", plain);
        Assert.Equal(0, code);
        Assert.DoesNotContain("改动", err, StringComparison.Ordinal);
        Assert.Contains("主动公开政府信息情况", File.ReadAllText(plain), StringComparison.Ordinal);
        Assert.DoesNotContain("二、主动公开政府信息情况", File.ReadAllText(plain), StringComparison.Ordinal);

        var normalized = Path.Combine(_dir, "normalized.md");
        (code, _, err) = Run("render", Seed("004"), "--normalize-headings", "-o", normalized);
        Assert.Equal(0, code);
        Assert.Contains("另有 2 处改动", err, StringComparison.Ordinal);
        Assert.Contains("二、主动公开政府信息情况", File.ReadAllText(normalized), StringComparison.Ordinal);
    }
}
