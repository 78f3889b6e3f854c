// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Text;

namespace Gongkai.Formats.Assembly;

/// <summary>Helpers for folded label text: numbering prefixes, similarity.</summary>
internal static class LabelText
{
    /// <summary>Folds and strips markdown markers (#, list dashes) and surrounding punctuation from a heading-like line.</summary>
    /// <param name="text">The raw text.</param>
    /// <returns>The folded text.</returns>
    public static string FoldHeading(string text)
    {
        var folded = TextFold.Fold(text).AsSpan();
        folded = folded.TrimStart("#*->");
        folded = folded.TrimEnd("。.:;,*");
        return folded.ToString();
    }

    /// <summary>The length of the longest common subsequence of two strings.</summary>
    /// <param name="a">The first string.</param>
    /// <param name="b">The second string.</param>
    /// <returns>The length.</returns>
    public static int CommonSubsequence(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.IsEmpty || b.IsEmpty)
        {
            return 0;
        }

        Span<int> previous = b.Length < 128 ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
        Span<int> current = b.Length < 128 ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
        previous.Clear();
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = 0;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = a[i - 1] == b[j - 1] ? previous[j - 1] + 1 : Math.Max(previous[j], current[j - 1]);
            }

            var swap = previous;
            previous = current;
            current = swap;
        }

        return previous[b.Length];
    }

    /// <summary>Similarity of two strings in [0, 1]: common subsequence over the longer length.</summary>
    /// <param name="a">The first string.</param>
    /// <param name="b">The second string.</param>
    /// <returns>The similarity.</returns>
    public static double Similarity(ReadOnlySpan<char> a, ReadOnlySpan<char> b) =>
        a.IsEmpty && b.IsEmpty ? 1 : (double)CommonSubsequence(a, b) / Math.Max(a.Length, b.Length);
}
