// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Text.Encodings.Web;
using System.Text.Json;
using Gongkai.Checking;

namespace Gongkai.Data.Reports;

/// <summary>Writes and reads the findings a version stores (<see cref="Entities.ReportVersion.FindingsJson"/>).</summary>
public static class FindingsJson
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Converts and serialises checker findings.</summary>
    /// <param name="findings">The findings.</param>
    /// <returns>The JSON array.</returns>
    public static string Write(IEnumerable<Finding> findings) => JsonSerializer.Serialize(findings.Select(StoredFinding.From).ToList(), Options);

    /// <summary>Reads stored findings.</summary>
    /// <param name="json">The JSON array.</param>
    /// <returns>The findings.</returns>
    public static IReadOnlyList<StoredFinding> Read(string json) =>
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize<List<StoredFinding>>(json, Options) ?? [];
}
