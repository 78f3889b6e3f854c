// Copyright (c) Gongkai contributors. Licensed under the MIT License.

namespace Gongkai.Tests.Support;

/// <summary>Golden files: expected outputs kept in the repository, compared byte for byte.</summary>
/// <remarks>Set <c>GONGKAI_UPDATE_GOLDEN=1</c> to rewrite them; review the diff before committing.</remarks>
internal static class Golden
{
    public static void AssertMatches(string relativePath, string actual)
    {
        var path = Path.Combine(TestPaths.TestProject, "Golden", relativePath);
        actual = actual.ReplaceLineEndings("\n");
        if (Environment.GetEnvironmentVariable("GONGKAI_UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
            return;
        }

        Assert.True(File.Exists(path), $"Golden file {path} is missing; run the tests with GONGKAI_UPDATE_GOLDEN=1 to create it, then review it.");
        var expected = File.ReadAllText(path).ReplaceLineEndings("\n");
        Assert.Equal(expected, actual);
    }
}
