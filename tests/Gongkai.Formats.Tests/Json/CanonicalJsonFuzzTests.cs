// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Text;
using System.Text.Json.Nodes;
using Gongkai.Checking;
using Gongkai.Formats;
using Gongkai.Formats.Json;
using Gongkai.Formats.Render;
using Gongkai.Tests.Support;

namespace Gongkai.Tests.Json;

/// <summary>
/// Property tests of the canonical JSON reader, mutating the seeds' JSON by field type: every value replaced by a
/// value of every other JSON type, every member deleted, huge, fractional and exponent numbers, deep nesting and
/// truncation. Property: <see cref="ReportReader.Read"/> never throws; a failure is a <see cref="ReadResult"/> with
/// a Chinese message naming the file; a success can be checked and written again.
/// </summary>
/// <remarks>
/// The exhaustive mutations are deterministic; the random ones use a fixed seed per case (CsCheck's <c>seed</c>
/// only fixes the first iteration of a sample), so a failure names its case and reproduces.
/// </remarks>
public class CanonicalJsonFuzzTests
{
    private const int RandomCases = 1000;

    private const int FixedSeed = 20080501;

    /// <summary>A value of every JSON type, and the numbers that broke readers: huge, fractional, exponent, negative zero.</summary>
    private static readonly string[] Replacements =
    [
        "null", "true", "false", "0", "-1", "7", "1.5", "2024.0", "-0", "1e309", "-1e309", "1E-400", "99999999999",
        "123456789012345678901234567890", "\"\"", "\"x\"", "\"2024\"", "\"１２\"", "\"\\ud800\"", "{}", "[]", "[1]", "[\"a\"]",
        "{\"number\":1}", "[[]]",
    ];

    private static readonly Lazy<string[]> SeedJson = new(() =>
    [
        .. TestPaths.SeedFiles().Select(path =>
        {
            var result = ReportReader.ReadFile(path);
            Assert.True(result.Success, result.Error);
            return CanonicalJson.ToJson(result.Report);
        }),
    ]);

    public static TheoryData<int> Seeds() => [0, 1, 2, 3, 4];

    // The seeds' JSON all have the same members (format 2021); two of them, one per text layout, are enough here.
    public static TheoryData<int> TwoSeeds() => [0, 4];

    [Theory]
    [MemberData(nameof(TwoSeeds))]
    public void EveryValue_ReplacedByEveryOtherType_ReadsOrFailsCleanly(int seed)
    {
        var json = SeedJson.Value[seed];
        var paths = Paths(JsonNode.Parse(json)!);
        Assert.True(paths.Count > 100, "the seed's JSON has its tables and sections");
        foreach (var path in paths)
        {
            foreach (var replacement in Replacements)
            {
                var root = JsonNode.Parse(json)!;
                Replace(root, path, Placeholder);
                AssertReadsCleanly(Fill(root, replacement), $"seed{seed}:{Describe(path)}={replacement}", render: false);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void EveryMember_Deleted_ReadsOrFailsCleanly(int seed)
    {
        var json = SeedJson.Value[seed];
        foreach (var path in Paths(JsonNode.Parse(json)!))
        {
            var root = JsonNode.Parse(json)!;
            Delete(root, path);
            AssertReadsCleanly(Encoding.UTF8.GetBytes(root.ToJsonString()), $"seed{seed}:delete {Describe(path)}");
        }
    }

    [Fact]
    public void RandomMutations_ReadOrFailCleanly()
    {
        for (var i = 0; i < RandomCases; i++)
        {
            var random = new Random(FixedSeed + i);
            var which = random.Next(SeedJson.Value.Length);
            var data = Mutate(SeedJson.Value[which], random, random.Next(1, 5), out var description);
            AssertReadsCleanly(data, $"case{i}:seed{which}:{description}");
        }
    }

    [Fact]
    public void Truncation_AtEveryTenthByte_FailsCleanly()
    {
        // Cut after the schema (before it, the bytes are not a report's JSON and are read as text).
        var json = Encoding.UTF8.GetBytes(SeedJson.Value[4]);
        for (var cut = json.AsSpan().IndexOf("gongkai.report/1"u8) + 17; cut < json.Length; cut += 10)
        {
            var result = AssertReadsCleanly(json[..cut], $"cut{cut}");
            Assert.False(result.Success);
        }
    }

    [Theory]
    [InlineData(65)]
    [InlineData(1000)]
    [InlineData(100_000)]
    public void DeepNesting_FailsCleanly(int depth)
    {
        foreach (var (open, close) in new[] { ("[", "]"), ("{\"a\":", "}") })
        {
            var nested = string.Concat(Enumerable.Repeat(open, depth)) + "1" + string.Concat(Enumerable.Repeat(close, depth));
            foreach (var member in new[] { "year", "sections", "table3", "unit" })
            {
                var root = JsonNode.Parse(SeedJson.Value[0])!;
                root.AsObject()[member] = Placeholder;
                var result = AssertReadsCleanly(Fill(root, nested), $"depth{depth}:{member}");
                Assert.False(result.Success);
            }
        }
    }

    private const string Placeholder = "\u0001PLACEHOLDER\u0001";

    /// <summary>Reads the bytes: it must not throw, and a failure must be Chinese and name the file.</summary>
    private static ReadResult AssertReadsCleanly(byte[] data, string name, bool render = true)
    {
        ReadResult result;
        try
        {
            result = ReportReader.Read(data, name);
            if (result.Success)
            {
                _ = ReportChecker.Check(result.Report);
                _ = CanonicalJson.ToJson(result.Report);
                if (render)
                {
                    _ = ReportWriter.Render(result.Report, RenderFormat.Markdown);
                }
            }
        }
        catch (Exception ex)
        {
            Assert.Fail($"{name}: {ex.GetType().Name}: {ex.Message}");
            throw;
        }

        if (!result.Success)
        {
            Assert.NotEqual(ReadErrorKind.Internal, result.ErrorKind);
            Assert.Contains(name, result.Error, StringComparison.Ordinal);
            Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", result.Error);
        }

        return result;
    }

    private static byte[] Fill(JsonNode root, string raw) =>
        Encoding.UTF8.GetBytes(root.ToJsonString().Replace("\"\\u0001PLACEHOLDER\\u0001\"", raw, StringComparison.Ordinal));

    /// <summary>The path of every value below the root, as keys and indexes.</summary>
    private static List<object[]> Paths(JsonNode root)
    {
        var paths = new List<object[]>();
        void Walk(JsonNode? node, List<object> path)
        {
            switch (node)
            {
                case JsonObject o:
                    foreach (var (key, child) in o)
                    {
                        path.Add(key);
                        paths.Add([.. path]);
                        Walk(child, path);
                        path.RemoveAt(path.Count - 1);
                    }

                    break;
                case JsonArray a:
                    for (var i = 0; i < a.Count; i++)
                    {
                        path.Add(i);
                        paths.Add([.. path]);
                        Walk(a[i], path);
                        path.RemoveAt(path.Count - 1);
                    }

                    break;
                default:
                    break;
            }
        }

        Walk(root, []);
        return paths;
    }

    private static string Describe(object[] path) => string.Join('.', path);

    private static JsonNode Parent(JsonNode root, object[] path)
    {
        var node = root;
        foreach (var step in path[..^1])
        {
            node = step is int i ? node.AsArray()[i]! : node.AsObject()[(string)step]!;
        }

        return node;
    }

    private static void Replace(JsonNode root, object[] path, string value)
    {
        var parent = Parent(root, path);
        if (path[^1] is int i)
        {
            parent.AsArray()[i] = value;
        }
        else
        {
            parent.AsObject()[(string)path[^1]] = value;
        }
    }

    private static void Delete(JsonNode root, object[] path)
    {
        var parent = Parent(root, path);
        if (path[^1] is int i)
        {
            parent.AsArray().RemoveAt(i);
        }
        else
        {
            parent.AsObject().Remove((string)path[^1]);
        }
    }

    /// <summary>Several mutations at once: type replacements, deletions, nesting, then possibly a cut or a byte change.</summary>
    private static byte[] Mutate(string json, Random random, int count, out string description)
    {
        var root = JsonNode.Parse(json)!;
        var steps = new List<string>();
        string? nested = null;
        for (var m = 0; m < count; m++)
        {
            var paths = Paths(root);
            if (paths.Count == 0)
            {
                break;
            }

            var path = paths[random.Next(paths.Count)];
            switch (random.Next(3))
            {
                case 0:
                    var replacement = Replacements[random.Next(Replacements.Length)];
                    Replace(root, path, replacement.StartsWith('"') ? replacement.Trim('"') : replacement);
                    steps.Add($"{Describe(path)}~{replacement}");
                    break;
                case 1:
                    Delete(root, path);
                    steps.Add($"delete {Describe(path)}");
                    break;
                default:
                    if (nested is null)
                    {
                        var depth = random.Next(2, 300);
                        nested = string.Concat(Enumerable.Repeat("[", depth)) + string.Concat(Enumerable.Repeat("]", depth));
                        Replace(root, path, Placeholder);
                        steps.Add($"{Describe(path)}~nested{depth}");
                    }

                    break;
            }
        }

        var bytes = nested is null ? Encoding.UTF8.GetBytes(root.ToJsonString()) : Fill(root, nested);
        switch (random.Next(4))
        {
            case 0:
                var cut = random.Next(1, bytes.Length);
                bytes = bytes[..cut];
                steps.Add($"cut{cut}");
                break;
            case 1:
                var at = random.Next(bytes.Length);
                bytes[at] = (byte)random.Next(256);
                steps.Add($"byte{at}");
                break;
            default:
                break;
        }

        description = string.Join(',', steps);
        return bytes;
    }
}
