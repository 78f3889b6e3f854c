// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Cli;

namespace Gongkai.Tests;

/// <summary>The bytes of <c>check --json</c> over the seeds, the corpus and broken files are kept as a golden file:
/// the findings JSON (<c>FindingsJson</c>, report-schema.md) must not change shape silently.</summary>
/// <remarks>Set <c>GONGKAI_UPDATE_GOLDEN=1</c> to rewrite it; review the diff before committing.</remarks>
public sealed class CheckJsonGoldenTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("gongkai-cli-golden-").FullName;

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

    [Fact]
    public void CheckJson_SeedsCorpusAndBrokenFiles_MatchesTheGoldenFile()
    {
        var root = RepoRoot();
        File.WriteAllBytes(Path.Combine(_dir, "bad.docx"), [0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 0, 1, 2, 3]);
        File.WriteAllText(Path.Combine(_dir, "readme.txt"), "hello\n");
        var seed = Directory.EnumerateFiles(Path.Combine(root, "samples")).Order(StringComparer.Ordinal).First(f => Path.GetFileName(f).StartsWith("004", StringComparison.Ordinal));
        var text = File.ReadAllText(seed);
        File.WriteAllText(Path.Combine(_dir, "2024.txt"), text);
        File.WriteAllText(Path.Combine(_dir, "2023.txt"), text.Replace("2024年", "2023年", StringComparison.Ordinal));

        var stdout = new StringWriter();
        GongkaiCommand.Run(
            ["check", "--json", "--jobs", "1", Path.Combine(root, "samples"), Path.Combine(root, "tests", "data", "corpus"), _dir, Path.Combine(_dir, "missing.txt")],
            stdout,
            new StringWriter());

        // Lines come in completion order; the golden file holds them sorted, with the machine's folders replaced.
        var lines = stdout.ToString().ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.Replace(_dir, "<tmp>", StringComparison.Ordinal).Replace(root, "<repo>", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
        var actual = string.Join('\n', lines) + "\n";

        var path = Path.Combine(root, "tests", "Gongkai.Cli.Tests", "Golden", "check-json.jsonl");
        if (Environment.GetEnvironmentVariable("GONGKAI_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual);
            return;
        }

        Assert.True(File.Exists(path), $"Golden file {path} is missing; run with GONGKAI_UPDATE_GOLDEN=1 to create it.");
        Assert.Equal(File.ReadAllText(path).ReplaceLineEndings("\n"), actual);
    }
}
