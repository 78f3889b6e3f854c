// Copyright (c) Gongkai contributors. Licensed under the MIT License.

namespace Gongkai.Bench;

/// <summary>Locates the repository's sample reports from wherever BenchmarkDotNet runs the benchmark.</summary>
internal static class Paths
{
    public static string Samples { get; } = Find();

    /// <summary>Gets the corpus vendored in the repository (<c>tests/data/corpus</c>).</summary>
    public static string Corpus => Path.GetFullPath(Path.Combine(Samples, "..", "tests", "data", "corpus"));

    private static string Find()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            var dir = new DirectoryInfo(start);
            while (dir is not null)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Gongkai.slnx")))
                {
                    return Path.Combine(dir.FullName, "samples");
                }

                dir = dir.Parent;
            }
        }

        throw new DirectoryNotFoundException("Cannot find the repository (Gongkai.slnx) to locate samples/.");
    }
}
