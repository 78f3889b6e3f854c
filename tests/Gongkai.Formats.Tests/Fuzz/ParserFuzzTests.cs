// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Diagnostics;
using CsCheck;
using Gongkai.Checking;
using Gongkai.Formats;
using Gongkai.Tests.Support;

namespace Gongkai.Tests.Fuzz;

/// <summary>
/// Mutation fuzzing of every reader through the public front door: random bit flips, byte runs, cuts
/// and splices of the seeds and the corpus files must give a report or a Chinese error, never an
/// exception or a hang. Bounded for CI; failures are kept in <c>Fuzz/Crashers</c> as regression inputs.
/// </summary>
public class ParserFuzzTests
{
    private static readonly ReadOptions Options = new() { Timeout = TimeSpan.FromSeconds(10) };

    private static readonly Lazy<byte[][]> Originals = new(() =>
    [
        .. TestPaths.SeedFiles().Select(File.ReadAllBytes),
        .. Directory.EnumerateFiles(TestPaths.Corpus, "source.*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(File.ReadAllBytes),
    ]);

    private static string CrashersDirectory => Path.Combine(TestPaths.TestProject, "Fuzz", "Crashers");

    public static TheoryData<string> Crashers() =>
        [.. Directory.EnumerateFiles(Path.Combine(TestPaths.TestProject, "Fuzz", "Crashers")).Where(f => !f.EndsWith(".md", StringComparison.Ordinal)).Select(f => Path.GetFileName(f)).Append("(none)")];

    [Fact]
    public void MutatedFiles_ReadOrFailCleanly()
    {
        Gen.Select(Gen.Int[0, Originals.Value.Length - 1], Gen.Int, Gen.Int[1, 8]).Sample((which, seed, mutations) =>
        {
            var data = Mutate(Originals.Value[which], new Random(seed), mutations);
            AssertReadsCleanly(data, $"fuzz-{which}-{seed}-{mutations}");
        }, iter: 150, threads: 1);
    }

    [Theory]
    [MemberData(nameof(Crashers))]
    public void Crashers_ReadWithoutThrowing(string name)
    {
        if (name == "(none)")
        {
            Assert.True(Directory.Exists(CrashersDirectory));
            return;
        }

        AssertReadsCleanly(File.ReadAllBytes(Path.Combine(CrashersDirectory, name)), name);
    }

    private static void AssertReadsCleanly(byte[] data, string name)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            var result = ReportReader.Read(data, name, Options);
            if (result.Success)
            {
                _ = ReportChecker.Check(result.Report);
            }
            else
            {
                Assert.Contains(name, result.Error, StringComparison.Ordinal);
            }
        }
        catch (Exception ex)
        {
            Save(data, name);
            Assert.Fail($"{name}: {ex.GetType().Name}: {ex.Message}");
        }

        // A bound on hangs, not a speed measurement: the read timeout is 10 s.
        if (clock.Elapsed > TimeSpan.FromSeconds(30))
        {
            Save(data, name);
            Assert.Fail($"{name}: took {clock.Elapsed.TotalSeconds:F0} s");
        }
    }

    private static void Save(byte[] data, string name) => File.WriteAllBytes(Path.Combine(CrashersDirectory, name + ".bin"), data);

    private static byte[] Mutate(byte[] original, Random random, int mutations)
    {
        var data = new List<byte>(original);
        for (var m = 0; m < mutations && data.Count > 0; m++)
        {
            var at = random.Next(data.Count);
            switch (random.Next(6))
            {
                case 0:
                    data[at] ^= (byte)(1 << random.Next(8));
                    break;
                case 1:
                    data[at] = (byte)random.Next(256);
                    break;
                case 2:
                    data.RemoveRange(at, Math.Min(data.Count - at, random.Next(1, 64)));
                    break;
                case 3:
                    data.InsertRange(at, Enumerable.Range(0, random.Next(1, 64)).Select(_ => (byte)random.Next(256)));
                    break;
                case 4:
                    data.RemoveRange(at, data.Count - at);
                    break;
                default:
                    var from = random.Next(data.Count);
                    var length = Math.Min(data.Count - from, random.Next(1, 512));
                    data.InsertRange(at, data.GetRange(from, length));
                    break;
            }
        }

        return [.. data];
    }
}
