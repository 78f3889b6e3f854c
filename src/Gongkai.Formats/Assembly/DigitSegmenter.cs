// Copyright (c) Gongkai contributors. Licensed under the MIT License.

namespace Gongkai.Formats.Assembly;

/// <summary>Splits a run of digits whose cell separators were lost (「77132470」) into a fixed number of counts.</summary>
/// <remarks>
/// Every split into <c>n</c> non-negative integers without leading zeros ("0" itself is allowed) is
/// enumerated, filtered by a constraint from the table's arithmetic (e.g. the six applicant columns
/// of table 三 sum to 总计). The caller decides: one split fits → use it and report the inference;
/// none or several → report that, and guess nothing.
/// </remarks>
internal static class DigitSegmenter
{
    /// <summary>The most splits enumerated before giving up (a digit run that long is not a table row).</summary>
    public const int MaxSplits = 200_000;

    /// <summary>Enumerates the splits of <paramref name="digits"/> into <paramref name="n"/> numbers that satisfy <paramref name="accept"/>.</summary>
    /// <param name="digits">ASCII digits only.</param>
    /// <param name="n">The number of values.</param>
    /// <param name="accept">The constraint, or null for none.</param>
    /// <param name="limit">Stop after this many accepted splits.</param>
    /// <param name="boundaries">Positions (0 &lt; p &lt; length) where a value must end: the edges of the cells the digits came from.</param>
    /// <returns>The accepted splits (at most <paramref name="limit"/>).</returns>
    public static List<long[]> Split(string digits, int n, Func<long[], bool>? accept, int limit = 16, IReadOnlySet<int>? boundaries = null) =>
        Split(digits, n, accept, out _, limit, boundaries);

    /// <summary>Enumerates the splits of <paramref name="digits"/> into <paramref name="n"/> numbers that satisfy <paramref name="accept"/>,
    /// saying whether the enumeration is complete.</summary>
    /// <param name="digits">ASCII digits only.</param>
    /// <param name="n">The number of values.</param>
    /// <param name="accept">The constraint, or null for none.</param>
    /// <param name="complete">Whether every accepted split is in the result (false when <paramref name="limit"/> or <see cref="MaxSplits"/> stopped it).</param>
    /// <param name="limit">Stop after this many accepted splits.</param>
    /// <param name="boundaries">Positions where a value must end.</param>
    /// <param name="prefix">Checks the values so far when value <c>index</c> has just been set (a block's total), so that
    /// a long run is not searched through every way of cutting it; null to check only whole splits.</param>
    /// <returns>The accepted splits (at most <paramref name="limit"/>).</returns>
    public static List<long[]> Split(string digits, int n, Func<long[], bool>? accept, out bool complete, int limit = 16, IReadOnlySet<int>? boundaries = null, Func<long[], int, bool>? prefix = null)
    {
        var results = new List<long[]>();
        complete = true;
        if (n <= 0 || digits.Length < n || digits.Length > n * 12 || !digits.All(char.IsAsciiDigit))
        {
            return results;
        }

        var values = new long[n];
        var visited = 0;
        Recurse(0, 0);
        complete = results.Count < limit && visited <= MaxSplits;
        return results;

        void Recurse(int position, int index)
        {
            if (results.Count >= limit || ++visited > MaxSplits)
            {
                return;
            }

            var remaining = n - index;
            if (remaining == 0)
            {
                if (position == digits.Length && (accept is null || accept(values)))
                {
                    results.Add((long[])values.Clone());
                }

                return;
            }

            // Leave at least one digit for each later value; at most 12 digits per value.
            var maxLength = Math.Min(12, digits.Length - position - (remaining - 1));
            if (digits[position] == '0')
            {
                maxLength = Math.Min(maxLength, 1);
            }

            for (var length = 1; length <= maxLength; length++)
            {
                if (remaining == 1 && position + length != digits.Length)
                {
                    continue;
                }

                // A value never spans the edge between two source cells.
                if (length > 1 && boundaries is not null && CrossesBoundary(position, length, boundaries))
                {
                    break;
                }

                values[index] = long.Parse(digits.AsSpan(position, length), System.Globalization.CultureInfo.InvariantCulture);
                if (prefix is null || prefix(values, index))
                {
                    Recurse(position + length, index + 1);
                }
            }
        }
    }

    private static bool CrossesBoundary(int position, int length, IReadOnlySet<int> boundaries)
    {
        for (var p = position + 1; p < position + length; p++)
        {
            if (boundaries.Contains(p))
            {
                return true;
            }
        }

        return false;
    }
}
