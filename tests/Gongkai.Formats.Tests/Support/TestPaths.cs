// Copyright (c) Gongkai contributors. Licensed under the MIT License.

namespace Gongkai.Tests.Support;

/// <summary>Locates the repository, the seed reports (<c>samples/</c>) and the corpus (<c>tests/data/corpus</c>), both vendored from <c>shared/</c>.</summary>
internal static class TestPaths
{
    public static string RepoRoot { get; } = FindRoot();

    public static string Seeds => Path.Combine(RepoRoot, "samples");

    public static string Corpus => Path.Combine(RepoRoot, "tests", "data", "corpus");

    public static string TestProject => Path.Combine(RepoRoot, "tests", "Gongkai.Formats.Tests");

    public static IEnumerable<string> SeedFiles() =>
        Directory.Exists(Seeds)
            ? Directory.EnumerateFiles(Seeds, "*.txt").Order(StringComparer.Ordinal)
            : throw new DirectoryNotFoundException($"The seed reports are expected at {Seeds}.");

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Gongkai.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Cannot find Gongkai.slnx above " + AppContext.BaseDirectory);
    }
}
