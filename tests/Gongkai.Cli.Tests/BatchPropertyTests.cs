// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Diagnostics;
using System.Text.Json;
using Gongkai.Checking;
using Gongkai.Formats;
using Gongkai.Formats.Render;

namespace Gongkai.Tests;

/// <summary>The whole batch on a folder of good reports mixed with every kind of bad entry, run as the real command
/// (as an unprivileged user when the tests run as root, so that a chmod 000 folder is really unreadable).</summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class BatchPropertyTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("gongkai-prop-").FullName;

    public void Dispose()
    {
        foreach (var d in Directory.EnumerateDirectories(_dir, "*", SearchOption.AllDirectories))
        {
            File.SetUnixFileMode(d, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        Directory.Delete(_dir, recursive: true);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task MixedFolder_GoodFilesAsIfAlone_EachBadEntryExactlyOneLine(int seed)
    {
        var random = new Random(seed);
        var root = Directory.CreateDirectory(Path.Combine(_dir, "batch" + seed)).FullName;
        var seeds = Directory.EnumerateFiles(ChildProcess.Samples).Order(StringComparer.Ordinal).ToList();
        var good = new List<string>();
        var bad = new List<string>();
        var docx = ReportWriter.Render(ReportReader.ReadFile(seeds[random.Next(seeds.Count)]).Report!, RenderFormat.Docx).Content!;
        var pdf = File.ReadAllBytes(Path.Combine(ChildProcess.RepoRoot, "tests", "data", "corpus", "hongze-2024", "source.pdf"));

        for (var i = random.Next(2, 6); i > 0; i--)
        {
            var path = Path.Combine(root, $"good{good.Count}.txt");
            File.Copy(seeds[random.Next(seeds.Count)], path);
            good.Add(path);
        }

        var docxPath = Path.Combine(root, "good-word.docx");
        File.WriteAllBytes(docxPath, docx);
        good.Add(docxPath);

        string Bad(string name)
        {
            var path = Path.Combine(root, name);
            bad.Add(path);
            return path;
        }

        var kinds = new List<Action>
        {
            () =>
            {
                var noise = new byte[random.Next(1, 5000)];
                random.NextBytes(noise);
                File.WriteAllBytes(Bad("noise.bin"), noise);
            },
            () => File.WriteAllBytes(Bad("cut.docx"), docx[..random.Next(10, docx.Length - 10)]),
            () => File.WriteAllBytes(Bad("cut.pdf"), pdf[..random.Next(10, pdf.Length / 2)]),
            () => File.WriteAllBytes(Bad("empty.txt"), []),
            () =>
            {
                using var huge = new FileStream(Bad("huge.txt"), FileMode.CreateNew);
                huge.SetLength(100L << 20); // sparse: states 100 MB
            },
            () => File.CreateSymbolicLink(Bad("broken.txt"), Path.Combine(root, "nowhere.txt")),
            () => File.CreateSymbolicLink(Bad("loop.txt"), Path.Combine(root, "loop.txt")),
            () => File.CreateSymbolicLink(Bad("~link-to-good.txt"), good[0]),
            () => File.CreateSymbolicLink(Bad("~link-to-folder"), root),
            () => File.CreateSymbolicLink(Bad("~zero.txt"), "/dev/zero"),
            () => Mkfifo(Bad("pipe.txt")),
            () => File.WriteAllText(Bad(".hidden.txt"), File.ReadAllText(seeds[0])),
        };
        if (!ChildProcess.IsRoot || ChildProcess.CanDropPrivileges)
        {
            kinds.Add(() =>
            {
                var locked = Directory.CreateDirectory(Bad("locked")).FullName;
                File.Copy(seeds[0], Path.Combine(locked, "inside.txt"));
                File.SetUnixFileMode(locked, UnixFileMode.None);
            });
        }

        foreach (var kind in kinds.OrderBy(_ => random.Next()).Take(random.Next(6, kinds.Count + 1)))
        {
            kind();
        }

        // The child runs as nobody: everything but the locked folder must be readable by others.
        foreach (var d in Directory.EnumerateDirectories(_dir, "*", SearchOption.TopDirectoryOnly).Prepend(_dir))
        {
            File.SetUnixFileMode(d, (UnixFileMode)0b111_101_101);
        }

        using var process = ChildProcess.Start(["check", "--json", "--jobs", "2", root], unprivileged: true);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), "check did not finish");
        var output = await stdout;
        var errors = await stderr;
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();
        var perFile = lines.Where(l => l.GetProperty("status").GetString() != "crossFile").ToList();

        Assert.Equal(good.Count + bad.Count, perFile.Count);
        foreach (var path in good)
        {
            var line = Assert.Single(perFile, l => l.GetProperty("file").GetString() == path);
            Assert.Equal("checked", line.GetProperty("status").GetString());
            var alone = ReportChecker.Check(ReportReader.ReadFile(path).Report!);
            Assert.Equal(alone.Select(Key), line.GetProperty("findings").EnumerateArray().Select(Key));
        }

        foreach (var path in bad)
        {
            var line = Assert.Single(perFile, l => l.GetProperty("file").GetString() == path);
            var status = line.GetProperty("status").GetString();
            Assert.True(status is "unreadable" or "skipped", path + ": " + status);
            var reason = status == "skipped" ? line.GetProperty("skipped").GetString() : line.GetProperty("error").GetString();
            Assert.Matches("[\u4e00-\u9fff]", reason!);
        }

        var anyUnreadable = perFile.Any(l => l.GetProperty("status").GetString() == "unreadable");
        Assert.True(anyUnreadable ? process.ExitCode == 2 : process.ExitCode is 0 or 1, $"exit {process.ExitCode}: {errors}");
    }

    private static string Key(Finding f) => $"{f.Rule}|{f.Severity.ToString().ToLowerInvariant()}|{f.Cell}|{f.Message}";

    private static string Key(JsonElement f) => $"{f.GetProperty("rule").GetString()}|{f.GetProperty("severity").GetString()}|{(f.TryGetProperty("cell", out var c) ? c.GetString() : null)}|{f.GetProperty("message").GetString()}";

    private static void Mkfifo(string path)
    {
        using var p = Process.Start(new ProcessStartInfo("mkfifo", path) { UseShellExecute = false })!;
        p.WaitForExit();
    }
}
