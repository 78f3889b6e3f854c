// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Checking;
using Gongkai.Formats;
using Gongkai.Formats.Batch;
using Gongkai.Tests.Support;

namespace Gongkai.Tests.Batch;

public sealed class BatchCheckerTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("gongkai-batch-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string Seed(int i) => TestPaths.SeedFiles().ElementAt(i);

    private static List<FileCheckResult> Run(IEnumerable<string> paths, BatchOptions? options = null)
    {
        var results = new List<FileCheckResult>();
        var summary = BatchChecker.Run(PathExpander.Expand(paths), options ?? new BatchOptions { Jobs = 2 }, results.Add);
        Assert.False(summary.Interrupted);
        return results;
    }

    [Fact]
    public void Run_UnreadableFile_CarriesTheTypedErrorWithoutThePath()
    {
        var bad = Path.Combine(_dir, "bad.docx");
        File.WriteAllBytes(bad, [0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 0, 1, 2, 3]);
        File.Copy(Seed(0), Path.Combine(_dir, "good.txt"));
        var results = Run([_dir]);
        var unreadable = Assert.Single(results, r => r.File == bad);
        Assert.Equal(ReadErrorKind.Damaged, unreadable.ReadError!.Kind);
        Assert.DoesNotContain(_dir, unreadable.ReadError.Message, StringComparison.Ordinal);
        Assert.StartsWith(bad, unreadable.Error, StringComparison.Ordinal);
        Assert.Null(Assert.Single(results, r => r.File.EndsWith("good.txt", StringComparison.Ordinal) && r.Status == FileCheckStatus.Checked).ReadError);
    }

    [Fact]
    public void Run_StreamsOneResultPerEntry_EachNamingItsFileAndIndex()
    {
        for (var i = 0; i < 5; i++)
        {
            File.Copy(Seed(i), Path.Combine(_dir, $"{i}.txt"));
        }

        var inputs = PathExpander.Expand([_dir]);
        var seen = new List<FileCheckResult>();
        var summary = BatchChecker.Run(inputs, new BatchOptions { Jobs = 2 }, seen.Add);
        Assert.Equal(5, summary.Checked);
        Assert.Equal(0, summary.NotDone);
        Assert.Equal([0, 1, 2, 3, 4], seen.Select(r => r.Index).Order());
        Assert.All(seen, r => Assert.Equal(inputs[r.Index].Path, r.File));
    }

    [Fact]
    public void Duplicates_SameReportTwice_AndTwoDifferentReportsOfOneUnitAndYear()
    {
        var text = File.ReadAllText(Seed(4));
        File.WriteAllText(Path.Combine(_dir, "a.txt"), text);
        File.WriteAllText(Path.Combine(_dir, "b.txt"), text.Replace("\n", "\r\n", StringComparison.Ordinal)); // same content, other bytes
        File.WriteAllText(Path.Combine(_dir, "c.txt"), text.Replace("69件", "70件", StringComparison.Ordinal));
        File.Copy(Seed(0), Path.Combine(_dir, "d.txt"));
        var cross = Run([_dir]).Where(r => r.Status == FileCheckStatus.CrossFile).ToList();
        Assert.Equal(["b.txt", "c.txt"], cross.Select(r => Path.GetFileName(r.File)));
        var same = Assert.Single(cross[0].Findings);
        Assert.Equal(RuleIds.BatchDuplicate, same.Rule);
        Assert.Equal(Severity.Warning, same.Severity);
        Assert.Contains("a.txt", same.Message, StringComparison.Ordinal);
        Assert.Contains("同一份报告", same.Message, StringComparison.Ordinal);
        var differs = Assert.Single(cross[1].Findings);
        Assert.Contains("a.txt", differs.Message, StringComparison.Ordinal);
        Assert.Contains("内容不同", differs.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CrossYear_OnTheKeptCells_EqualsCrossYearOnWholeReports()
    {
        var reports = TestPaths.SeedFiles().Select(f => ReportReader.ReadFile(f).Report!).ToList();
        var compared = 0;
        foreach (var current in reports)
        {
            foreach (var other in reports)
            {
                var previous = other with { Unit = current.Unit, Year = current.Year - 1 };
                var whole = ReportChecker.CheckYears(previous, current);
                var kept = ReportChecker.CheckYears(
                    ReportDigest.From(0, "p", previous, keepAllCells: false).ToReport(),
                    ReportDigest.From(1, current.SourceName!, current, keepAllCells: false).ToReport());
                Assert.Equal(FindingText.Format(whole), FindingText.Format(kept));
                compared += whole.Count;
            }
        }

        Assert.True(compared > 0);
    }

    [Fact]
    public void Timeout_CoversTheWholePipeline_AndTheBatchGoesOn()
    {
        File.Copy(Seed(0), Path.Combine(_dir, "a.txt"));
        File.Copy(Seed(1), Path.Combine(_dir, "b.txt"));
        var results = Run([_dir], new BatchOptions { Jobs = 2, Read = new ReadOptions { Timeout = TimeSpan.Zero } });
        Assert.Equal(2, results.Count);
        Assert.All(results, r =>
        {
            Assert.True(r.Status == FileCheckStatus.Unreadable, $"{r.Status} {r.Error} {r.ErrorKind}");
            Assert.Equal(ReadErrorKind.Timeout, r.ErrorKind);
            Assert.Contains("超时", r.Error, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Cancel_StopsTheBatch_WithTheResultsSoFar()
    {
        var text = File.ReadAllText(Seed(0));
        for (var i = 0; i < 300; i++)
        {
            File.WriteAllText(Path.Combine(_dir, $"{i:D3}.txt"), text);
        }

        using var cts = new CancellationTokenSource();
        var results = new List<FileCheckResult>();
        var summary = BatchChecker.Run(PathExpander.Expand([_dir]), new BatchOptions { Jobs = 2 }, r =>
        {
            results.Add(r);
            if (results.Count == 5)
            {
                cts.Cancel();
            }
        }, cts.Token);
        Assert.True(summary.Interrupted);
        Assert.True(summary.NotDone > 0);
        Assert.Equal(results.Count, summary.Checked);
        Assert.DoesNotContain(results, r => r.Status == FileCheckStatus.CrossFile);
    }

    [Fact]
    public void Hierarchy_StillComparesTheSummaryWithItsUnits()
    {
        var unit = File.ReadAllText(Seed(4));
        File.WriteAllText(Path.Combine(_dir, "a.txt"), unit);
        var summary = Path.Combine(_dir, "s.txt");
        File.WriteAllText(summary, unit.Replace("北京市大兴区西红门镇人民政府", "北京市大兴区人民政府", StringComparison.Ordinal).Replace("2024年西红门镇", "2024年大兴区", StringComparison.Ordinal));
        var results = Run([summary, Path.Combine(_dir, "a.txt"), Path.Combine(_dir, "a.txt")], new BatchOptions { Jobs = 2, Hierarchy = true });
        Assert.Equal(2, results.Count(r => r.Status == FileCheckStatus.Checked));
        Assert.Single(results, r => r.Status == FileCheckStatus.Skipped);
        Assert.DoesNotContain(results, r => r.Status == FileCheckStatus.CrossFile && r.Findings.Any(f => f.Rule == RuleIds.InternalError));
    }
}
