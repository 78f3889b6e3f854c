// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Gongkai.Cells;
using Gongkai.Formats;
using Gongkai.Formats.Json;
using Gongkai.Tests.Support;

namespace Gongkai.Tests.Json;

/// <summary>A canonical JSON with a wrongly typed field is a read error naming the field's path, never an exception.</summary>
public class CanonicalJsonTypingTests
{
    private static readonly Lazy<string> SeedJson = new(() =>
    {
        var result = ReportReader.ReadFile(TestPaths.SeedFiles().Last());
        Assert.True(result.Success, result.Error);
        return CanonicalJson.ToJson(result.Report);
    });

    private static int NextYear => DateTime.Now.Year + 1;

    /// <summary>Mutations of a seed's JSON, each with the path the error must name.</summary>
    public static TheoryData<string, string> Malformed() => new()
    {
        { "sections[0] without number", "sections[0].number" },
        { "sections[0].number = \"1\"", "sections[0].number" },
        { "sections[0].number = 1.5", "sections[0].number" },
        { "sections[0].number = 7", "sections[0].number" },
        { "sections[0].number = 1e309", "sections[0].number" },
        { "sections[0].number = null", "sections[0].number" },
        { "sections[1] = 5", "sections[1]" },
        { "sections[1] = []", "sections[1]" },
        { "sections[0].paragraphs[0] = 3", "sections[0].paragraphs[0]" },
        { "sections[0].paragraphs = \"x\"", "sections[0].paragraphs" },
        { "sections[0].heading = 3", "sections[0].heading" },
        { "sections[0].title = {}", "sections[0].title" },
        { "sections = {}", "sections" },
        { "sections = 1", "sections" },
        { "schema = 1", "schema" },
        { "schema = []", "schema" },
        { "year = 99999999999", "year" },
        { "year = 2024.5", "year" },
        { "year = 1e309", "year" },
        { "year = 1900", "year" },
        { "year = 2007", "year" },
        { "year = next + 1", "year" },
        { "year = \"2024\"", "year" },
        { "year = true", "year" },
        { "unit = 1", "unit" },
        { "unit = {}", "unit" },
        { "title = []", "title" },
        { "format = 2021", "format" },
        { "format = \"2020\"", "format" },
        { "preamble = \"x\"", "preamble" },
        { "preamble[0] = {}", "preamble[0]" },
        { "table2 = []", "table2" },
        { "table3 = 1", "table3" },
        { "table3.received = 1", "table3.received" },
        { "table3.received = []", "table3.received" },
        { "table3.received.total = {}", "table3.received.total" },
        { "table3.received.total = []", "table3.received.total" },
        { "table3.received.total = true", "table3.received.total" },
        { "table3.unknownRow = {}", "table3.unknownRow" },
        { "table3.received.unknownColumn = 1", "table3.received.unknownColumn" },
        { "table4.reconsideration.total = false", "table4.reconsideration.total" },
        { "table2.fees.amount = {}", "table2.fees.amount" },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public void WronglyTypedField_IsADamagedError_NamingThePath(string mutation, string path)
    {
        var result = ReportReader.Read(Mutate(mutation), "bad.json");

        Assert.False(result.Success);
        Assert.Equal(ReadErrorKind.Damaged, result.ErrorKind);
        Assert.Equal("json", result.Kind);
        Assert.StartsWith("bad.json：", result.Error, StringComparison.Ordinal);
        Assert.Contains(" " + path + " ", result.Error, StringComparison.Ordinal);
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", result.Error);
    }

    [Fact]
    public void Year_Bounds_AreAccepted()
    {
        foreach (var year in new[] { 2008, NextYear })
        {
            var result = ReportReader.Read(Mutate($"year = {year.ToString(CultureInfo.InvariantCulture)}"), "ok.json");
            Assert.True(result.Success, result.Error);
            Assert.Equal(year, result.Report.Year);
        }
    }

    [Fact]
    public void NullsAndAbsentMembers_AreNotErrors()
    {
        foreach (var mutation in new[] { "year = null", "unit = null", "format = null", "title = null", "table2 = null", "preamble = null", "without sections", "table3.received.total = null", "sections[0].heading = null" })
        {
            var result = ReportReader.Read(Mutate(mutation), "ok.json");
            Assert.True(result.Success, mutation + ": " + result.Error);
        }
    }

    [Fact]
    public void NumberThatIsNoCount_IsAnInvalidCell_NotAReadError()
    {
        // A well-formed document with a bad value: the checker reports it (cell.invalid), as for any source.
        var result = ReportReader.Read(Mutate("table3.received.total = 1.5"), "ok.json");
        Assert.True(result.Success, result.Error);
        Assert.Equal(CellState.Invalid, result.Report["table3.received.total"].State);
        result = ReportReader.Read(Mutate("table3.received.total = 1e309"), "ok.json");
        Assert.True(result.Success, result.Error);
        Assert.Equal(CellState.Invalid, result.Report["table3.received.total"].State);
    }

    [Fact]
    public void SchemaMissingOrForeign_IsNotAReport()
    {
        var result = ReportReader.Read(Encoding.UTF8.GetBytes("""{"schema": "other/1", "note": "gongkai.report/"}"""), "x.json");
        Assert.Equal(ReadErrorKind.NotAReport, result.ErrorKind);
        result = ReportReader.Read(Encoding.UTF8.GetBytes("""{"note": "gongkai.report/1"}"""), "x.json");
        Assert.Equal(ReadErrorKind.NotAReport, result.ErrorKind);
        result = ReportReader.Read(Encoding.UTF8.GetBytes("""{"schema": "other/1"}"""), "x.json");
        Assert.Equal(ReadErrorKind.NotAReport, result.ErrorKind);
    }

    [Fact]
    public void InvalidUtf8InAString_IsADamagedError_NamingThePath()
    {
        var json = Encoding.UTF8.GetBytes("""{"schema": "gongkai.report/1", "unit": "AB"}""");
        var at = Array.IndexOf(json, (byte)'A');
        json[at] = 0xFF;
        var result = ReportReader.Read(json, "bad.json");
        Assert.Equal(ReadErrorKind.Damaged, result.ErrorKind);
        Assert.Contains("unit", result.Error, StringComparison.Ordinal);
    }

    /// <summary>Applies a mutation written as <c>path = json</c>, <c>path without member</c> or <c>without member</c>.</summary>
    internal static byte[] Mutate(string mutation)
    {
        var root = JsonNode.Parse(SeedJson.Value)!.AsObject();
        if (mutation.StartsWith("without ", StringComparison.Ordinal))
        {
            root.Remove(mutation["without ".Length..]);
        }
        else if (mutation.Contains(" without ", StringComparison.Ordinal))
        {
            var parts = mutation.Split(" without ");
            Find(root, parts[0]).AsObject().Remove(parts[1]);
        }
        else
        {
            var parts = mutation.Split(" = ", 2);
            var value = parts[1] == "next + 1" ? (NextYear + 1).ToString(CultureInfo.InvariantCulture) : parts[1];
            var at = parts[0].LastIndexOfAny(['.', '[']);
            var (parentPath, key) = at < 0 ? (string.Empty, parts[0]) : (parts[0][..at], parts[0][at..].TrimStart('.'));
            var parent = parentPath.Length == 0 ? root : Find(root, parentPath);
            // Raw JSON so that 1e309 and 99999999999 stay as written.
            var placeholder = "\u0001PLACEHOLDER\u0001";
            if (key.StartsWith('['))
            {
                parent.AsArray()[int.Parse(key.Trim('[', ']'), CultureInfo.InvariantCulture)] = placeholder;
            }
            else
            {
                parent.AsObject()[key] = placeholder;
            }

            return Encoding.UTF8.GetBytes(root.ToJsonString().Replace("\"\\u0001PLACEHOLDER\\u0001\"", value, StringComparison.Ordinal));
        }

        return Encoding.UTF8.GetBytes(root.ToJsonString());
    }

    private static JsonNode Find(JsonNode root, string path)
    {
        var node = root;
        foreach (var part in path.Replace("[", ".[", StringComparison.Ordinal).Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            node = part.StartsWith('[')
                ? node.AsArray()[int.Parse(part.Trim('[', ']'), CultureInfo.InvariantCulture)]!
                : node.AsObject()[part] ?? throw new InvalidOperationException(path);
        }

        return node;
    }
}
