// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Globalization;
using System.Text;
using System.Text.Json;
using Gongkai.Cells;
using Gongkai.Checking;
using Gongkai.Formats;
using Gongkai.Tests.Support;

namespace Gongkai.Tests.Converted;

/// <summary>
/// One converter output under <c>tests/data/converted/&lt;converter&gt;/&lt;name&gt;.(txt|md)</c>, with the cells it
/// must read (the corpus truth.json, or a seed's golden data) and the errors its source legitimately has (the golden findings).
/// </summary>
internal sealed record ConvertedFixture(string Converter, string Name, string Path)
{
    public static string Root => System.IO.Path.Combine(TestPaths.RepoRoot, "tests", "data", "converted");

    /// <summary>Gets the fixture id, <c>converter/name</c>.</summary>
    public string Id => $"{Converter}/{Name}";

    /// <summary>Gets the source document: the name up to its first dot (<c>pipe/huaian-2024.split</c> is <c>huaian-2024</c> mutated).</summary>
    public string Source => Name.Split('.')[0];

    private bool IsSeed => Source.StartsWith("seed-", StringComparison.Ordinal);

    public static IEnumerable<ConvertedFixture> All() =>
        Directory.EnumerateDirectories(Root).Order(StringComparer.Ordinal)
            .SelectMany(dir => Directory.EnumerateFiles(dir).Where(f => f.EndsWith(".txt", StringComparison.Ordinal) || f.EndsWith(".md", StringComparison.Ordinal)).Order(StringComparer.Ordinal)
                .Select(f => new ConvertedFixture(System.IO.Path.GetFileName(dir), System.IO.Path.GetFileNameWithoutExtension(f), f)));

    public static ConvertedFixture Get(string id) => All().Single(f => f.Id == id);

    /// <summary>Gets every cell of tables 二/三/四 the source holds: its canonical text, null for a blank cell.</summary>
    public IReadOnlyDictionary<string, string?> Truth()
    {
        var file = IsSeed
            ? System.IO.Path.Combine(TestPaths.TestProject, "Golden", "seeds", Source["seed-".Length..] + ".json")
            : System.IO.Path.Combine(TestPaths.Corpus, Source, "truth.json");
        using var json = JsonDocument.Parse(File.ReadAllText(file));
        var cells = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var table in new[] { "table2", "table3", "table4" })
        {
            if (json.RootElement.TryGetProperty(table, out var element))
            {
                Flatten(table, element, cells);
            }
        }

        return cells;
    }

    /// <summary>Gets the error findings the source itself has (rule and cell), from its golden findings.</summary>
    public IReadOnlySet<string> SourceErrors()
    {
        var file = IsSeed
            ? System.IO.Path.Combine(TestPaths.TestProject, "Golden", "seeds", Source["seed-".Length..] + ".findings.txt")
            : System.IO.Path.Combine(TestPaths.TestProject, "Golden", "corpus", Source + ".findings.txt");
        return File.ReadLines(file).Where(l => l.StartsWith("error |", StringComparison.Ordinal))
            .Select(l => l.Split(" | ")).Select(p => $"{p[1]} {p[2]}").ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Reads the fixture and scores it against the truth.</summary>
    public Score Measure()
    {
        var result = ReportReader.Read(File.ReadAllBytes(Path), System.IO.Path.GetFileName(Path));
        if (!result.Success)
        {
            return new Score(0, 0, Truth().Count, [$"read failed: {result.Error}"], [$"read failed: {result.Error}"]);
        }

        var report = result.Report;
        var truth = Truth();
        int right = 0, wrong = 0, unread = 0;
        var differences = new List<string>();
        foreach (var cell in ReportCatalog.Cells)
        {
            var value = report.Cells[cell];
            var inTruth = truth.TryGetValue(cell.Path, out var expected);
            if (!inTruth && !value.IsPresent)
            {
                continue;
            }

            if (inTruth && !value.IsPresent)
            {
                unread++;
                differences.Add($"{cell.Path}: expected {expected ?? "blank"}, unread");
                continue;
            }

            var ok = inTruth && (expected is null ? value.State == CellState.Blank
                : decimal.TryParse(expected, NumberStyles.Number, CultureInfo.InvariantCulture, out var number) ? value.HasNumber && value.Number == number
                : value.Raw == expected);
            if (ok)
            {
                right++;
            }
            else
            {
                wrong++;
                differences.Add($"{cell.Path}: expected {(inTruth ? expected ?? "blank" : "absent")}, got {value.State} '{value.Raw}' at {value.Source}");
            }
        }

        var allowed = SourceErrors();
        var falseErrors = ReportChecker.Check(report)
            .Where(f => f.Severity == Severity.Error && !allowed.Contains($"{f.Rule} {f.Cell ?? (f.Section is { } s ? $"section {s}" : "-")}"))
            .Select(f => $"{f.Rule} {f.Cell}: {f.Message}").ToList();
        return new Score(right, wrong, unread, differences, falseErrors);
    }

    public override string ToString() => Id;

    private static void Flatten(string prefix, JsonElement element, Dictionary<string, string?> cells)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    Flatten($"{prefix}.{property.Name}", property.Value, cells);
                }

                break;
            case JsonValueKind.Number:
                cells[prefix] = element.GetRawText();
                break;
            case JsonValueKind.String:
                cells[prefix] = element.GetString();
                break;
            case JsonValueKind.Null:
                cells[prefix] = null;
                break;
            default:
                throw new InvalidOperationException($"{prefix}: unexpected {element.ValueKind}");
        }
    }
}

/// <summary>How a fixture reads: cells right, wrong (a different value, or a cell the source does not have), unread, and false errors.</summary>
internal sealed record Score(int Right, int Wrong, int Unread, IReadOnlyList<string> Differences, IReadOnlyList<string> FalseErrors)
{
    public string Line(string id) => string.Create(CultureInfo.InvariantCulture, $"{id} {Right} {Wrong} {Unread} {FalseErrors.Count}");

    public string Report()
    {
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"right {Right}, wrong {Wrong}, unread {Unread}, false errors {FalseErrors.Count}");
        foreach (var d in Differences.Take(40))
        {
            sb.AppendLine(d);
        }

        foreach (var e in FalseErrors.Take(20))
        {
            sb.AppendLine("false error: " + e);
        }

        return sb.ToString();
    }
}
