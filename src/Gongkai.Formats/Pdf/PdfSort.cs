// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Buffers;

namespace Gongkai.Formats.Pdf;

/// <summary>Stable sorting of glyphs by one coordinate.</summary>
/// <remarks>
/// Sorting the 48-byte glyph structs through a comparison delegate was most of the page analysis. Here only
/// the keys are sorted (primitive <see cref="double"/> keys, no delegate) and the glyphs are moved once.
/// Ties keep their original order, so the result does not depend on the sorting algorithm. Keys compare as
/// <see cref="double.CompareTo(double)"/> does, NaN below every number.
/// </remarks>
internal static class PdfSort
{
    /// <summary>The key a glyph is sorted by.</summary>
    public enum Key
    {
        /// <summary>The vertical centre, top of the page first.</summary>
        CenterYDescending,

        /// <summary>The left edge, left first.</summary>
        LeftAscending,
    }

    /// <summary>Sorts glyphs in place, ties in their original order.</summary>
    /// <param name="glyphs">The glyphs.</param>
    /// <param name="key">The key.</param>
    public static void Sort(Span<PdfGlyph> glyphs, Key key)
    {
        var n = glyphs.Length;
        if (n < 2)
        {
            return;
        }

        var keys = ArrayPool<double>.Shared.Rent(n);
        var order = ArrayPool<int>.Shared.Rent(n);
        try
        {
            for (var i = 0; i < n; i++)
            {
                keys[i] = KeyOf(glyphs[i], key);
            }

            var descending = key == Key.CenterYDescending;

            // Text comes mostly in reading order already: nothing to do then.
            if (IsOrdered(keys.AsSpan(0, n), descending))
            {
                return;
            }

            for (var i = 0; i < n; i++)
            {
                order[i] = i;
            }

            Array.Sort(keys, order, 0, n);
            if (descending)
            {
                Array.Reverse(keys, 0, n);
                Array.Reverse(order, 0, n);
            }

            // Runs of equal keys back into their original order.
            var start = 0;
            for (var i = 1; i <= n; i++)
            {
                if (i == n || keys[i].CompareTo(keys[start]) != 0)
                {
                    if (i - start > 1)
                    {
                        Array.Sort(order, start, i - start);
                    }

                    start = i;
                }
            }

            Permute(glyphs, order.AsSpan(0, n));
        }
        finally
        {
            ArrayPool<double>.Shared.Return(keys);
            ArrayPool<int>.Shared.Return(order);
        }
    }

    /// <summary>Moves <c>glyphs[order[i]]</c> to position i, following the permutation's cycles (no copy of the glyphs).</summary>
    /// <remarks><paramref name="order"/> is used up: each position is marked done with -1.</remarks>
    private static void Permute(Span<PdfGlyph> glyphs, Span<int> order)
    {
        for (var i = 0; i < order.Length; i++)
        {
            if (order[i] < 0 || order[i] == i)
            {
                continue;
            }

            var first = glyphs[i];
            var j = i;
            while (order[j] != i)
            {
                var next = order[j];
                glyphs[j] = glyphs[next];
                order[j] = -1;
                j = next;
            }

            glyphs[j] = first;
            order[j] = -1;
        }
    }

    private static double KeyOf(in PdfGlyph g, Key key) => key == Key.CenterYDescending ? g.CenterY : g.Left;

    private static bool IsOrdered(ReadOnlySpan<double> keys, bool descending)
    {
        for (var i = 1; i < keys.Length; i++)
        {
            var c = keys[i - 1].CompareTo(keys[i]);
            if (descending ? c < 0 : c > 0)
            {
                return false;
            }
        }

        return true;
    }
}
