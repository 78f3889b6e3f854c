// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Gongkai.Checking;
using Gongkai.Formats.Json;

namespace Gongkai.Data.Reports;

/// <summary>The findings a version stores (<see cref="Entities.ReportVersion.FindingsJson"/>): a JSON array of the library's
/// findings objects (<see cref="FindingsJson.WriteFinding"/>, report-schema.md 「Findings JSON」), read back as <see cref="Finding"/>.</summary>
public static class StoredFindings
{
    /// <summary>Serialises checker findings as the findings JSON's <c>findings</c> array.</summary>
    /// <param name="findings">The findings.</param>
    /// <returns>The JSON array.</returns>
    public static string Write(IEnumerable<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var w = new Utf8JsonWriter(buffer, FindingsJson.WriterOptions))
        {
            w.WriteStartArray();
            foreach (var f in findings)
            {
                FindingsJson.WriteFinding(w, f);
            }

            w.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Reads stored findings.</summary>
    /// <param name="json">The JSON array written by <see cref="Write"/>.</param>
    /// <returns>The findings.</returns>
    public static IReadOnlyList<Finding> Read(string json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return [];
        }

        using var doc = JsonDocument.Parse(json);
        var list = new List<Finding>(doc.RootElement.GetArrayLength());
        foreach (var e in doc.RootElement.EnumerateArray())
        {
            var location = e.TryGetProperty("location", out var l)
                ? new SourceLocation { Line = Int(l, "line"), Column = Int(l, "column"), Page = Int(l, "page"), Table = Int(l, "table"), Row = Int(l, "row"), Cell = Int(l, "cell") }
                : default;
            list.Add(new Finding
            {
                Rule = Str(e, "rule") ?? string.Empty,
                Severity = Str(e, "severity") switch { "error" => Severity.Error, "warning" => Severity.Warning, _ => Severity.Info },
                Message = Str(e, "message") ?? string.Empty,
                Cell = Str(e, "cell"),
                Section = e.TryGetProperty("section", out var s) && s.ValueKind == JsonValueKind.Number ? s.GetInt32() : null,
                Quote = Str(e, "quote"),
                Expected = Str(e, "expected"),
                Actual = Str(e, "actual"),
                Location = location,
            });
        }

        return list;
    }

    /// <summary>Gets a key that names a finding independently of the version: the same rule on the same cell or text has the same key
    /// (what an acknowledgement is stored under).</summary>
    /// <param name="finding">The finding.</param>
    /// <returns>32 hexadecimal digits.</returns>
    public static string KeyOf(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        var text = string.Join('\u001f', finding.Rule, finding.Cell ?? string.Empty, finding.Section?.ToString(CultureInfo.InvariantCulture) ?? string.Empty, finding.Quote ?? string.Empty);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..32];
    }

    private static string? Str(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static int Int(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt32() : 0;
}
