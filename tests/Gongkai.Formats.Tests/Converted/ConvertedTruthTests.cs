// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Globalization;

namespace Gongkai.Tests.Converted;

/// <summary>
/// Text converted from PDF by real converters (<c>tests/data/converted/README.md</c>) read through
/// <c>ReportReader.Read</c> and compared cell by cell with the truth. <c>baseline.txt</c> there records, per fixture,
/// the cells right, wrong and unread and the false errors; a fixture may only get better (the file is a ratchet:
/// rewrite it with <c>GONGKAI_UPDATE_GOLDEN=1</c> after an improvement and review the diff).
/// </summary>
public sealed class ConvertedTruthTests
{
    private static readonly string BaselinePath = Path.Combine(ConvertedFixture.Root, "baseline.txt");

    public static TheoryData<string> Fixtures() => [.. ConvertedFixture.All().Select(f => f.Id)];

    /// <summary>The fixtures whose baseline is exact: every cell right, no false error.</summary>
    public static TheoryData<string> ExactFixtures() =>
        [.. Baseline().Where(static b => b.Value.Wrong + b.Value.Unread + b.Value.FalseErrors == 0).Select(static b => b.Key).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Read_ConvertedText_IsNoWorseThanBaseline(string id)
    {
        var score = ConvertedFixture.Get(id).Measure();
        var baseline = Baseline();
        Assert.True(baseline.TryGetValue(id, out var expected), $"{id} has no line in {BaselinePath}; run with GONGKAI_UPDATE_GOLDEN=1.\n{score.Report()}");
        // More false errors are accepted only together with more cells read right: a table found at last trades its one
        // table.missing for the row.missing of the rows still unread.
        Assert.True(score.Right >= expected.Right && score.Wrong <= expected.Wrong && (score.FalseErrors.Count <= expected.FalseErrors || score.Right > expected.Right),
            $"{id} read worse than its baseline (right {expected.Right}, wrong {expected.Wrong}, unread {expected.Unread}, false errors {expected.FalseErrors}):\n{score.Report()}");
    }

    /// <summary>The fixtures read exactly: every cell right and no false error.</summary>
    [Theory]
    [MemberData(nameof(ExactFixtures))]
    public void Read_ConvertedText_ExactFixturesStayExact(string id)
    {
        var score = ConvertedFixture.Get(id).Measure();
        Assert.True(score.Wrong + score.Unread + score.FalseErrors.Count == 0, score.Report());
    }

    /// <summary>Writes the baseline (with <c>GONGKAI_UPDATE_GOLDEN=1</c>) or checks that it lists every fixture.</summary>
    [Fact]
    public void Baseline_ListsEveryFixture()
    {
        var lines = ConvertedFixture.All().Select(f => f.Measure().Line(f.Id)).ToList();
        if (Environment.GetEnvironmentVariable("GONGKAI_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(BaselinePath, "# fixture right wrong unread false-errors (written by ConvertedTruthTests with GONGKAI_UPDATE_GOLDEN=1)\n" + string.Join('\n', lines) + "\n");
            return;
        }

        Assert.Equal(ConvertedFixture.All().Select(f => f.Id).Order(StringComparer.Ordinal), Baseline().Keys.Order(StringComparer.Ordinal));
    }

    private static Dictionary<string, (int Right, int Wrong, int Unread, int FalseErrors)> Baseline()
    {
        if (!File.Exists(BaselinePath))
        {
            return [];
        }

        return File.ReadLines(BaselinePath).Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split(' '))
            .ToDictionary(p => p[0], p => (Int(p[1]), Int(p[2]), Int(p[3]), Int(p[4])), StringComparer.Ordinal);
    }

    private static int Int(string s) => int.Parse(s, CultureInfo.InvariantCulture);
}
