// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Globalization;
using System.Text.Json;
using Gongkai.Cells;
using Gongkai.Documents;

namespace Gongkai.Tests;

/// <summary>A corpus <c>truth.json</c> flattened to <c>path → value</c> (e.g. <c>table3.received.naturalPerson</c>).</summary>
internal sealed class TruthFile
{
    private TruthFile(IReadOnlyDictionary<string, decimal?> cells, string? unit, int? year, string? format)
    {
        Cells = cells;
        Unit = unit;
        Year = year;
        Format = format;
    }

    /// <summary>Gets the cells of tables 二/三/四: a number, null for a blank cell; a missing key is an absent cell.</summary>
    public IReadOnlyDictionary<string, decimal?> Cells { get; }

    public string? Unit { get; }

    public int? Year { get; }

    public string? Format { get; }

    public static TruthFile Load(string folder)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(TestCorpus.PathOf(folder, "truth")));
        var root = json.RootElement;
        var cells = new Dictionary<string, decimal?>(StringComparer.Ordinal);
        foreach (var table in new[] { "table2", "table3", "table4" })
        {
            if (root.TryGetProperty(table, out var element))
            {
                Flatten(table, element, cells);
            }
        }

        return new TruthFile(
            cells,
            root.GetProperty("unit").ValueKind == JsonValueKind.String ? root.GetProperty("unit").GetString() : null,
            root.GetProperty("year").ValueKind == JsonValueKind.Number ? root.GetProperty("year").GetInt32() : null,
            root.GetProperty("format").GetString());
    }

    /// <summary>Compares every catalog cell of tables 二/三/四 with the report; returns one line per difference.</summary>
    public IReadOnlyList<string> Compare(AnnualReport report, out int compared)
    {
        var differences = new List<string>();
        compared = 0;
        foreach (var cell in ReportCatalog.Cells)
        {
            var value = report.Cells[cell];
            var inTruth = Cells.TryGetValue(cell.Path, out var expected);
            if (!inTruth && !value.IsPresent)
            {
                continue;
            }

            compared++;
            var ok = !inTruth ? false
                : expected is null ? value.State == CellState.Blank
                : value.HasNumber && value.Number == expected.Value;
            if (!ok)
            {
                var want = !inTruth ? "absent" : expected?.ToString(CultureInfo.InvariantCulture) ?? "blank";
                differences.Add($"{cell.Path}: expected {want}, got {value.State} {value} (raw '{value.Raw}', at {value.Source})");
            }
        }

        return differences;
    }

    private static void Flatten(string prefix, JsonElement element, Dictionary<string, decimal?> cells)
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
                cells[prefix] = element.GetDecimal();
                break;
            case JsonValueKind.String:
                cells[prefix] = decimal.Parse(element.GetString()!, NumberStyles.Number, CultureInfo.InvariantCulture);
                break;
            case JsonValueKind.Null:
                cells[prefix] = null;
                break;
            default:
                throw new InvalidOperationException($"{prefix}: unexpected {element.ValueKind}");
        }
    }
}
