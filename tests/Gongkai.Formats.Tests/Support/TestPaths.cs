// Copyright (c) Gongkai contributors. Licensed under the MIT License.

namespace Gongkai.Tests.Support;

/// <summary>Locates the repository and the shared seeds and corpus (which live beside the repository, not in it).</summary>
internal static class TestPaths
{
    public static string RepoRoot { get; } = FindRoot();

    public static string Shared => Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared"));

    public static string Seeds => Path.Combine(Shared, "seeds");

    public static string Corpus => Path.Combine(Shared, "corpus");

    public static string TestProject => Path.Combine(RepoRoot, "tests", "Gongkai.Formats.Tests");

    public static IEnumerable<string> SeedFiles() =>
        Directory.Exists(Seeds)
            ? Directory.EnumerateFiles(Seeds, "*.txt").Order(StringComparer.Ordinal)
            : throw new DirectoryNotFoundException($"The seed reports are expected at {Seeds} (../shared/seeds beside the repository).");

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
