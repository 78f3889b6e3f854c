// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Text.Json;
using Gongkai.Cli;

namespace Gongkai.Tests;

public sealed class CliTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("gongkai-cli-").FullName;

    private static string Seeds => Path.Combine(RepoRoot(), "samples");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(dir!.FullName, "Gongkai.slnx")))
        {
            dir = dir.Parent;
        }

        return dir.FullName;
    }

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = GongkaiCommand.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private static string Seed(string prefix) => Directory.EnumerateFiles(Seeds).First(f => Path.GetFileName(f).StartsWith(prefix, StringComparison.Ordinal));

    [Fact]
    public void Extract_PrintsCanonicalJson()
    {
        var (code, output, _) = Run("extract", Seed("004"));
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal("gongkai.report/1", doc.RootElement.GetProperty("schema").GetString());
        Assert.Equal(63, doc.RootElement.GetProperty("table3").GetProperty("received").GetProperty("total").GetInt32());
    }

    [Fact]
    public void Extract_UnreadableFile_ExitsTwoWithChineseError()
    {
        var (code, output, err) = Run("extract", Path.Combine(_dir, "nope.txt"));
        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Contains("不存在", err, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_Folder_GroupsFindingsByFile_WithSummary_ExitsOneOnErrors()
    {
        var (code, output, _) = Run("check", Seeds);
        Assert.Equal(1, code);
        Assert.Equal(5, output.Split('\n').Count(l => l.StartsWith("== ", StringComparison.Ordinal)));
        Assert.Contains("共检查 5 个文件", output, StringComparison.Ordinal);
        Assert.Contains("row.missing", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_FailOn_ControlsTheExitCode()
    {
        Assert.Equal(0, Run("check", Seed("004")).Code);
        Assert.Equal(1, Run("check", "--fail-on", "warning", Seed("004")).Code);
        Assert.Equal(0, Run("check", "--fail-on", "none", Seed("003")).Code);
        Assert.Equal(0, Run("check", "--fail-on", "info", Seed("001")).Code);
    }

    [Fact]
    public void Check_Json_WritesOneObjectPerFile()
    {
        var (_, output, _) = Run("check", "--json", Seeds);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(5, lines.Length);
        foreach (var line in lines)
        {
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            Assert.Equal(2024, root.GetProperty("year").GetInt32());
            Assert.Equal("2021", root.GetProperty("format").GetString());
            Assert.Equal(JsonValueKind.Null, root.GetProperty("error").ValueKind);
            foreach (var f in root.GetProperty("findings").EnumerateArray())
            {
                Assert.True(f.TryGetProperty("cell", out _) || f.TryGetProperty("section", out _), f.ToString());
                Assert.False(string.IsNullOrEmpty(f.GetProperty("message").GetString()));
            }
        }
    }

    [Fact]
    public void Check_BadFileInBatch_ExitsTwo_AndStillChecksTheOthers()
    {
        File.Copy(Seed("004"), Path.Combine(_dir, "good.txt"));
        File.WriteAllBytes(Path.Combine(_dir, "bad.docx"), [0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 0, 1, 2, 3]);
        var noise = new byte[1000];
        new Random(1).NextBytes(noise);
        noise[10] = 0;
        File.WriteAllBytes(Path.Combine(_dir, "noise.bin"), noise);
        var (code, output, _) = Run("check", "--json", _dir);
        Assert.Equal(2, code);
        var results = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(3, results.Count);
        var good = Assert.Single(results, r => r.GetProperty("file").GetString()!.EndsWith("good.txt", StringComparison.Ordinal));
        Assert.Equal("北京市大兴区西红门镇人民政府", good.GetProperty("unit").GetString());
        var docx = Assert.Single(results, r => r.GetProperty("file").GetString()!.EndsWith("bad.docx", StringComparison.Ordinal));
        Assert.Equal("unreadable", docx.GetProperty("status").GetString());
        Assert.Contains(docx.GetProperty("file").GetString()!, docx.GetProperty("error").GetString(), StringComparison.Ordinal);

        // Inside a folder, a file that is not a report at all is skipped with its reason, not an error.
        var noiseResult = Assert.Single(results, r => r.GetProperty("file").GetString()!.EndsWith("noise.bin", StringComparison.Ordinal));
        Assert.Equal("skipped", noiseResult.GetProperty("status").GetString());
        Assert.Equal("notAReport", noiseResult.GetProperty("errorKind").GetString());
        Assert.False(string.IsNullOrEmpty(noiseResult.GetProperty("skipped").GetString()));
    }

    [Fact]
    public void Check_MissingPath_ExitsTwo()
    {
        var (code, output, _) = Run("check", Path.Combine(_dir, "missing"));
        Assert.Equal(2, code);
        Assert.Contains("无法读取", output, StringComparison.Ordinal);
        Assert.Contains("不存在", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ConsecutiveYearsOfOneUnit_GetCrossYearFindings()
    {
        var text = File.ReadAllText(Seed("004"));
        File.WriteAllText(Path.Combine(_dir, "2024.txt"), text);

        // Last year's report of the same unit: 结转下年度 自然人 2, 商业企业 1 (this year says 上年结转 1 and 0).
        var previous = text.Replace("2024年", "2023年", StringComparison.Ordinal);
        previous = ReplaceRow(previous, "四、结转下年度继续办理", ["2", "1", "0", "0", "0", "0", "3"]);
        previous = ReplaceRow(previous, "（七）总计", ["48", "7", "0", "0", "0", "0", "55"]);
        File.WriteAllText(Path.Combine(_dir, "2023.txt"), previous);

        var (_, output, _) = Run("check", "--json", _dir);

        // Cross-year findings come after every file is done, as a "crossFile" record of the later year's file.
        var current = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement)
            .Single(r => r.GetProperty("year").GetInt32() == 2024 && r.GetProperty("status").GetString() == "crossFile");
        Assert.EndsWith("2024.txt", current.GetProperty("file").GetString(), StringComparison.Ordinal);
        var carry = current.GetProperty("findings").EnumerateArray().Where(f => f.GetProperty("rule").GetString() == "crossYear.carryOver").ToList();
        Assert.Equal(["table3.carriedOver.naturalPerson", "table3.carriedOver.commercialEnterprise", "table3.carriedOver.total"], carry.Select(c => c.GetProperty("cell").GetString()));
        var f = carry[0];
        Assert.Equal("table3.carriedOver.naturalPerson", f.GetProperty("cell").GetString());
        Assert.Equal("2", f.GetProperty("expected").GetString());
        Assert.Equal("1", f.GetProperty("actual").GetString());
    }

    [Fact]
    public void Check_OneUnitSpelledDifferentlyInTwoYears_IsGroupedByItsUnitKey()
    {
        var text = File.ReadAllText(Seed("004"));
        File.WriteAllText(Path.Combine(_dir, "2024.txt"), text);

        // Last year's report names the unit without the city and with 政府 for 人民政府, and carries 2 forward.
        var previous = text.Replace("2024年", "2023年", StringComparison.Ordinal).Replace("北京市大兴区西红门镇人民政府", "大兴区西红门镇政府", StringComparison.Ordinal);
        previous = ReplaceRow(previous, "四、结转下年度继续办理", ["2", "1", "0", "0", "0", "0", "3"]);
        previous = ReplaceRow(previous, "（七）总计", ["48", "7", "0", "0", "0", "0", "55"]);
        File.WriteAllText(Path.Combine(_dir, "2023.txt"), previous);

        var (_, output, _) = Run("check", "--json", _dir);
        var records = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Contains(records, r => r.GetProperty("unit").GetString() == "大兴区西红门镇政府");
        var current = records.Single(r => r.GetProperty("year").GetInt32() == 2024 && r.GetProperty("status").GetString() == "crossFile");
        Assert.Contains(current.GetProperty("findings").EnumerateArray(), f => f.GetProperty("rule").GetString() == "crossYear.carryOver");
    }

    [Fact]
    public void Check_Hierarchy_ComparesTheSummaryWithItsUnits()
    {
        var unit = File.ReadAllText(Seed("004"));
        File.WriteAllText(Path.Combine(_dir, "a.txt"), unit);
        File.WriteAllText(Path.Combine(_dir, "b.txt"), unit);
        var summary = Path.Combine(_dir, "summary.txt");
        File.WriteAllText(summary, ReplaceRow(unit.Replace("北京市大兴区西红门镇人民政府", "北京市大兴区人民政府", StringComparison.Ordinal), "一、本年新收政府信息公开申请数量", ["110", "16", "0", "0", "0", "0", "126"]));
        var (_, output, _) = Run("check", "--json", "--hierarchy", summary, Path.Combine(_dir, "a.txt"), Path.Combine(_dir, "b.txt"));
        var first = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement)
            .Single(r => r.GetProperty("status").GetString() == "crossFile" && r.GetProperty("file").GetString() == summary);
        var sums = first.GetProperty("findings").EnumerateArray().Where(f => f.GetProperty("rule").GetString() == "hierarchy.sum").Select(f => f.GetProperty("cell").GetString()).ToList();
        Assert.Contains("table2.punishment.decisions", sums);
        Assert.DoesNotContain("table3.received.total", sums);
    }

    [Fact]
    public void Check_ManyFiles_ReportsProgressOnStderr()
    {
        var text = File.ReadAllText(Seed("001"));
        for (var i = 0; i < 250; i++)
        {
            File.WriteAllText(Path.Combine(_dir, $"{i:D3}.txt"), text);
        }

        var (code, output, err) = Run("check", "--jobs", "2", _dir);
        Assert.Equal(0, code);
        Assert.Contains("进度：250/250", err, StringComparison.Ordinal);
        Assert.Contains("共检查 250 个文件", output, StringComparison.Ordinal);
    }

    // Replaces the seven values of a one-cell-per-line row (seed 004 layout).
    private static string ReplaceRow(string text, string label, string[] values)
    {
        var lines = text.Split('\n').ToList();
        var at = lines.FindIndex(l => l.Trim() == label);
        Assert.True(at >= 0, label);
        for (var i = 0; i < 7; i++)
        {
            lines[at + 1 + i] = "\t" + values[i];
        }

        return string.Join('\n', lines);
    }
}
