// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Text;
using Gongkai.Checking;

namespace Gongkai.Tests.Support;

/// <summary>A stable, reviewable text form of findings for golden files.</summary>
internal static class FindingText
{
    public static string Format(IEnumerable<Finding> findings)
    {
        var sb = new StringBuilder();
        foreach (var f in findings)
        {
            sb.Append(f.Severity.ToString().ToLowerInvariant()).Append(" | ").Append(f.Rule).Append(" | ")
              .Append(f.Cell ?? (f.Section is { } s ? $"section {s}" : "-")).Append(" | ")
              .Append(f.Location.IsUnknown ? "-" : f.Location.ToString()).Append(" | ")
              .Append(f.Expected ?? "-").Append(" | ").Append(f.Actual ?? "-").AppendLine();
            sb.Append("    ").AppendLine(f.Message);
        }

        return sb.ToString();
    }
}
