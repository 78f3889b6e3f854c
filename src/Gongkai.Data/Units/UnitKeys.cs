// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Text;
using Gongkai.Regions;
using Gongkai.Text;

namespace Gongkai.Data.Units;

/// <summary>The normalised key of a unit name, for the unique unit index and for matching an uploaded report to its unit.</summary>
/// <remarks>
/// <para>An adapter until the library has its public unit key: the name folded (<see cref="TextFold"/>: width, traditional
/// characters, whitespace), without the suffix 「人民政府」, prefixed by the GB/T 2260 code of the most specific division the name
/// names (<see cref="AdministrativeDivisions.ResolveUnit"/>) or by the parent's code when it names none.</para>
/// <para>Two spellings of one unit (「武陟县 小董乡人民政府」, 「武陟县小董乡人民政府」) have one key.</para>
/// </remarks>
public static class UnitKeys
{
    private const string GovernmentSuffix = "人民政府";

    /// <summary>Computes a unit's key.</summary>
    /// <param name="name">The unit name.</param>
    /// <param name="fallbackCode">The code to use when the name names no division (the parent's), or null.</param>
    /// <returns>The key, e.g. <c>410823/武陟县小董乡</c>.</returns>
    public static string For(string name, string? fallbackCode = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        var folded = FoldName(name);
        var code = AdministrativeDivisions.ResolveUnit(name)?.Code ?? fallbackCode ?? "-";
        return code + "/" + folded;
    }

    /// <summary>Folds a unit name for comparison: folded text without whitespace and without the suffix 「人民政府」.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The folded name.</returns>
    public static string FoldName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var folded = TextFold.Fold(name);
        var sb = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (!char.IsWhiteSpace(c))
            {
                sb.Append(c);
            }
        }

        var text = sb.ToString();
        return text.EndsWith(GovernmentSuffix, StringComparison.Ordinal) && text.Length > GovernmentSuffix.Length
            ? text[..^GovernmentSuffix.Length]
            : text;
    }
}
