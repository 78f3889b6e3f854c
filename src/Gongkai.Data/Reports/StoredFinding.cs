// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Serialization;
using Gongkai.Checking;

namespace Gongkai.Data.Reports;

/// <summary>A finding as a version stores it and the API returns it: the shape of the CLI's <c>check --json</c> findings.</summary>
/// <remarks>An adapter until the findings JSON is a library type; <see cref="From"/> is the only place a <see cref="Finding"/> becomes one.</remarks>
public sealed record StoredFinding
{
    /// <summary>Gets the rule id (<see cref="RuleIds"/>).</summary>
    [JsonPropertyName("rule")]
    public required string Rule { get; init; }

    /// <summary>Gets the severity: <c>error</c>, <c>warning</c> or <c>info</c>.</summary>
    [JsonPropertyName("severity")]
    public required string Severity { get; init; }

    /// <summary>Gets the cell path, or null.</summary>
    [JsonPropertyName("cell")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Cell { get; init; }

    /// <summary>Gets the section (1–6), or null.</summary>
    [JsonPropertyName("section")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Section { get; init; }

    /// <summary>Gets the quoted text, or null.</summary>
    [JsonPropertyName("quote")]
    public string? Quote { get; init; }

    /// <summary>Gets the expected value, or null.</summary>
    [JsonPropertyName("expected")]
    public string? Expected { get; init; }

    /// <summary>Gets the actual value, or null.</summary>
    [JsonPropertyName("actual")]
    public string? Actual { get; init; }

    /// <summary>Gets the message in Simplified Chinese.</summary>
    [JsonPropertyName("message")]
    public required string Message { get; init; }

    /// <summary>Gets where in the source the finding points, or null.</summary>
    [JsonPropertyName("location")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public StoredLocation? Location { get; init; }

    /// <summary>Gets the severity as the domain enum.</summary>
    [JsonIgnore]
    public Severity Level => Severity switch
    {
        "error" => Checking.Severity.Error,
        "warning" => Checking.Severity.Warning,
        _ => Checking.Severity.Info,
    };

    /// <summary>Gets a key that names the finding independently of the version: the same rule on the same cell or text has the same key.</summary>
    [JsonIgnore]
    public string Key
    {
        get
        {
            var text = string.Join('\u001f', Rule, Cell ?? string.Empty, Section?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty, Quote ?? string.Empty);
            return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..32];
        }
    }

    /// <summary>Converts a checker finding.</summary>
    /// <param name="finding">The finding.</param>
    /// <returns>The stored finding.</returns>
    public static StoredFinding From(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        var l = finding.Location;
        return new StoredFinding
        {
            Rule = finding.Rule,
            Severity = finding.Severity switch { Checking.Severity.Error => "error", Checking.Severity.Warning => "warning", _ => "info" },
            Cell = finding.Cell,
            Section = finding.Section,
            Quote = finding.Quote,
            Expected = finding.Expected,
            Actual = finding.Actual,
            Message = finding.Message,
            Location = l.IsUnknown ? null : new StoredLocation(Positive(l.Line), Positive(l.Column), Positive(l.Page), Positive(l.Table), Positive(l.Row), Positive(l.Cell)),
        };
    }

    private static int? Positive(int value) => value > 0 ? value : null;
}

/// <summary>Where a stored finding points in its source (each part null when unknown).</summary>
/// <param name="Line">The line (text).</param>
/// <param name="Column">The column (text).</param>
/// <param name="Page">The page (PDF).</param>
/// <param name="Table">The table (Word, HTML).</param>
/// <param name="Row">The row (Word, HTML).</param>
/// <param name="Cell">The cell (Word, HTML).</param>
public sealed record StoredLocation(
    [property: JsonPropertyName("line"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Line,
    [property: JsonPropertyName("column"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Column,
    [property: JsonPropertyName("page"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Page,
    [property: JsonPropertyName("table"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Table,
    [property: JsonPropertyName("row"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Row,
    [property: JsonPropertyName("cell"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Cell);
