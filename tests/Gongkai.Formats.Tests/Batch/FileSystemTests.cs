// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Diagnostics;
using Gongkai.Formats;
using Gongkai.Formats.Batch;
using Gongkai.Formats.IO;
using Gongkai.Tests.Support;

namespace Gongkai.Tests.Batch;

/// <summary>The walker, the safe read and the atomic write against links, loops, FIFOs, devices and hidden files.</summary>
public sealed class FileSystemTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("gongkai-fs-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string Seed(int i) => TestPaths.SeedFiles().ElementAt(i);

    // A hang in the code under test (a FIFO opened for reading blocks) fails the test instead of stopping the run.
    private static T WithinMinute<T>(Func<T> action)
    {
        var task = Task.Run(action);
        Assert.True(task.Wait(TimeSpan.FromMinutes(1)), "did not return (blocked)");
        return task.Result;
    }

    private static void MkFifo(string path)
    {
        using var p = Process.Start(new ProcessStartInfo("mkfifo", path) { UseShellExecute = false })!;
        p.WaitForExit();
        Assert.Equal(0, p.ExitCode);
    }

    [Fact]
    public void Walk_SymlinkLoops_EachRealFolderOnce_EachFileOnce()
    {
        // a/ holds a report and three links back up: to itself, to the root, and a/b/up → a. Walking links naively
        // grows exponentially (the tester's 1.3 GB hang); a self-link alone gave the same file 41 times.
        var a = Directory.CreateDirectory(Path.Combine(_dir, "a")).FullName;
        var b = Directory.CreateDirectory(Path.Combine(a, "b")).FullName;
        File.Copy(Seed(0), Path.Combine(a, "r.txt"));
        File.Copy(Seed(1), Path.Combine(b, "s.txt"));
        File.CreateSymbolicLink(Path.Combine(a, "self"), ".");
        File.CreateSymbolicLink(Path.Combine(a, "root"), _dir);
        File.CreateSymbolicLink(Path.Combine(b, "up"), a);
        File.CreateSymbolicLink(Path.Combine(b, "again.txt"), Path.Combine(a, "r.txt"));

        var entries = WithinMinute(() => PathExpander.Expand([_dir]));
        var files = entries.Where(e => e.IsFile).Select(e => Path.GetFileName(e.Path)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["r.txt", "s.txt"], files);

        // Every link not followed is listed as skipped, with a reason.
        var skipped = entries.Where(e => e.SkipReason is not null).Select(e => Path.GetFileName(e.Path)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["again.txt", "root", "self", "up"], skipped);
        Assert.All(entries.Where(e => e.SkipReason is not null), e => Assert.Matches("[\u4e00-\u9fff]", e.SkipReason!));
    }

    [Fact]
    public void Walk_LinkChainLoop_IsSkippedWithAReason()
    {
        File.CreateSymbolicLink(Path.Combine(_dir, "x"), "y");
        File.CreateSymbolicLink(Path.Combine(_dir, "y"), "x");
        File.CreateSymbolicLink(Path.Combine(_dir, "gone.txt"), Path.Combine(_dir, "nothing-here.txt"));
        var entries = WithinMinute(() => PathExpander.Expand([_dir]));
        Assert.Equal(3, entries.Count);
        Assert.All(entries, e => Assert.NotNull(e.SkipReason));
        Assert.Contains("循环", entries.Single(e => Path.GetFileName(e.Path) == "x").SkipReason, StringComparison.Ordinal);
        Assert.Contains("不存在", entries.Single(e => e.Path.EndsWith("gone.txt", StringComparison.Ordinal)).SkipReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Walk_FifoAndDeviceLinks_AreSkipped_NeverOpened()
    {
        MkFifo(Path.Combine(_dir, "pipe.txt"));
        File.CreateSymbolicLink(Path.Combine(_dir, "zero.txt"), "/dev/zero");
        File.Copy(Seed(0), Path.Combine(_dir, "good.txt"));
        var results = WithinMinute(() => Run(PathExpander.Expand([_dir])));
        Assert.Equal(3, results.Count);
        Assert.Equal(FileCheckStatus.Checked, results.Single(r => r.File.EndsWith("good.txt", StringComparison.Ordinal)).Status);
        var pipe = results.Single(r => r.File.EndsWith("pipe.txt", StringComparison.Ordinal));
        Assert.Equal(FileCheckStatus.Skipped, pipe.Status);
        Assert.Contains("管道", pipe.Error, StringComparison.Ordinal);
        var zero = results.Single(r => r.File.EndsWith("zero.txt", StringComparison.Ordinal));
        Assert.Equal(FileCheckStatus.Skipped, zero.Status);
        Assert.Contains("设备", zero.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_FifoOrDeviceGivenExplicitly_IsNotARegularFile()
    {
        var fifo = Path.Combine(_dir, "pipe");
        MkFifo(fifo);
        var link = Path.Combine(_dir, "zero.docx");
        File.CreateSymbolicLink(link, "/dev/zero");
        foreach (var path in new[] { fifo, link, "/dev/zero", _dir })
        {
            var read = WithinMinute(() => ReportReader.ReadFile(path));
            Assert.Equal(ReadErrorKind.NotARegularFile, read.ErrorKind);
            Assert.StartsWith(path + "：", read.Error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Read_IsBounded_WhateverTheFileClaims()
    {
        var path = Path.Combine(_dir, "big.txt");
        File.WriteAllBytes(path, new byte[5000]);
        var read = SafeFile.Read(path, maxBytes: 4096);
        Assert.Equal(ReadErrorKind.TooLarge, read.ErrorKind);
        Assert.Contains("过大", read.Error, StringComparison.Ordinal);
        var ok = SafeFile.Read(path, maxBytes: 5000);
        Assert.True(ok.Success);
        Assert.Equal(5000, ok.Data.Length);
    }

    [Fact]
    public void Read_IsBounded_WhenTheFileStatesSizeZeroAndYieldsMore()
    {
        // /proc files state size 0 and yield more: the read still stops at maxBytes + 1.
        var proc = SafeFile.Read("/proc/self/maps", maxBytes: 16);
        Assert.Equal(ReadErrorKind.TooLarge, proc.ErrorKind);
    }

    [Fact]
    public void Walk_HiddenEntries_AreReportedSkipped_ButAHiddenFileGivenExplicitlyIsRead()
    {
        var git = Directory.CreateDirectory(Path.Combine(_dir, ".git")).FullName;
        File.Copy(Seed(0), Path.Combine(git, "inside.txt"));
        File.Copy(Seed(1), Path.Combine(_dir, ".hidden.txt"));
        File.Copy(Seed(2), Path.Combine(_dir, "shown.txt"));
        var entries = PathExpander.Expand([_dir]);
        Assert.Equal(["shown.txt"], entries.Where(e => e.IsFile).Select(e => Path.GetFileName(e.Path)));
        Assert.Equal([".git", ".hidden.txt"], entries.Where(e => e.SkipReason is not null).Select(e => Path.GetFileName(e.Path)).Order(StringComparer.Ordinal));
        Assert.Contains("隐藏", entries.Single(e => e.Path.EndsWith(".git", StringComparison.Ordinal)).SkipReason, StringComparison.Ordinal);

        var explicitEntries = PathExpander.Expand([Path.Combine(_dir, ".hidden.txt")]);
        Assert.True(Assert.Single(explicitEntries).IsFile);
    }

    [Fact]
    public void Walk_SameFileGivenTwice_IsCheckedOnce()
    {
        var path = Path.Combine(_dir, "r.txt");
        File.Copy(Seed(0), path);
        var entries = PathExpander.Expand([path, _dir, Path.Combine(_dir, ".", "r.txt")]);
        Assert.Single(entries, e => e.IsFile);
        Assert.Equal(2, entries.Count(e => e.SkipReason is not null));
    }

    [Fact]
    public void Read_MissingOrUndecodableName_SaysWhatIsWrong()
    {
        var missing = ReportReader.ReadFile(Path.Combine(_dir, "nope.txt"));
        Assert.Equal(ReadErrorKind.NotFound, missing.ErrorKind);
        Assert.Contains("不存在", missing.Error, StringComparison.Ordinal);

        // On Linux .NET decodes invalid UTF-8 bytes of argv as U+FFFD: no file has that name.
        var mangled = ReportReader.ReadFile(Path.Combine(_dir, "a\uFFFDb.txt"));
        Assert.Equal(ReadErrorKind.NotFound, mangled.ErrorKind);
        Assert.Contains("UTF-8", mangled.Error, StringComparison.Ordinal);

        Assert.Equal(ReadErrorKind.NotFound, ReportReader.ReadFile(string.Empty).ErrorKind);
    }

    [Fact]
    public void SystemErrors_AreChinese_ByErrno()
    {
        Assert.Equal("磁盘空间不足", SystemErrorText.DescribeCode(28).Reason);
        Assert.Contains("循环", SystemErrorText.DescribeCode(40).Reason, StringComparison.Ordinal);
        Assert.Equal(ReadErrorKind.AccessDenied, SystemErrorText.DescribeCode(13).Kind);
        Assert.Contains("过长", SystemErrorText.DescribeCode(36).Reason, StringComparison.Ordinal);
        Assert.Contains("只读", SystemErrorText.DescribeCode(30).Reason, StringComparison.Ordinal);
        Assert.Contains("过多", SystemErrorText.DescribeCode(24).Reason, StringComparison.Ordinal);
        Assert.Contains("输入/输出", SystemErrorText.DescribeCode(5).Reason, StringComparison.Ordinal);
        Assert.Equal(ReadErrorKind.NotARegularFile, SystemErrorText.DescribeCode(21).Kind);

        // A real ENOSPC: the exception's English text never reaches the message.
        var ex = Assert.ThrowsAny<IOException>(() => File.WriteAllBytes("/dev/full", new byte[16]));
        var (_, message) = SystemErrorText.Format("/dev/full", "无法写入", ex);
        Assert.Equal("/dev/full：无法写入：磁盘空间不足。", message);
        Assert.Contains("JSON 格式错误", SystemErrorText.Describe(new System.Text.Json.JsonException("x", null, 2, 5)).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void AtomicWrite_RefusesNonRegularTargets_AndLeavesNoPartialFile()
    {
        var real = Path.Combine(_dir, "real.txt");
        File.WriteAllText(real, "keep");
        var link = Path.Combine(_dir, "link.docx");
        File.CreateSymbolicLink(link, real);
        var fifo = Path.Combine(_dir, "pipe.docx");
        MkFifo(fifo);
        foreach (var target in new[] { "/dev/null", link, fifo, _dir, string.Empty, Path.Combine(_dir, "no-such-folder", "x.docx") })
        {
            var error = AtomicFile.Write(target, new byte[] { 1, 2, 3 });
            Assert.NotNull(error);
            Assert.Matches("[\u4e00-\u9fff]", error.Value.Error);
        }

        Assert.Equal("keep", File.ReadAllText(real));
        Assert.NotNull(new FileInfo(link).LinkTarget);

        // Cancelled: the old file stays, no temporary file is left.
        var target2 = Path.Combine(_dir, "out.docx");
        File.WriteAllText(target2, "old");
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => AtomicFile.Write(target2, new byte[3 << 20], cts.Token));
        Assert.Equal("old", File.ReadAllText(target2));
        Assert.Empty(Directory.EnumerateFiles(_dir, "*.tmp"));
        Assert.Null(AtomicFile.Write(target2, "new"u8.ToArray()));
        Assert.Equal("new", File.ReadAllText(target2));
        Assert.Empty(Directory.EnumerateFiles(_dir, ".*"));
    }

    [Fact]
    public void BrokenCanonicalJson_IsDescribedInChinese_WithoutTheParsersEnglish()
    {
        var read = ReportReader.Read("{\"schema\": \"gongkai.report/1\", \"unit\": tru"u8.ToArray(), "r.json");
        Assert.False(read.Success);
        Assert.Contains("JSON 格式错误", read.Error, StringComparison.Ordinal);
        Assert.DoesNotMatch("[A-Za-z]{4,} [a-z]{3,}", read.Error.Replace("JSON", string.Empty, StringComparison.Ordinal));
    }

    private static List<FileCheckResult> Run(IReadOnlyList<BatchInput> inputs)
    {
        var results = new List<FileCheckResult>();
        BatchChecker.Run(inputs, new BatchOptions { Jobs = 2 }, results.Add);
        return results;
    }
}
