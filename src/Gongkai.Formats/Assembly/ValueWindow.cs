// Copyright (c) Gongkai contributors. Licensed under the MIT License.

namespace Gongkai.Formats.Assembly;

/// <summary>Chooses which cells of a row hold its <c>n</c> values.</summary>
/// <remarks>
/// Flattened merged cells leave empty padding cells before and after the values of a row, so the
/// values are the cells after the row label with padding trimmed. A blank value at the edge of the
/// run cannot be told from padding when padding exists on both sides: that choice is reported.
/// </remarks>
internal static class ValueWindow
{
    public static TableCell?[] Select(IReadOnlyList<TableCell> candidates, int n, out string? ambiguity)
    {
        ambiguity = null;
        var result = new TableCell?[n];
        if (candidates.Count == n)
        {
            for (var i = 0; i < n; i++)
            {
                result[i] = candidates[i];
            }

            return result;
        }

        var first = -1;
        var last = -1;
        for (var i = 0; i < candidates.Count; i++)
        {
            if (candidates[i].Kind != CellTextKind.Empty)
            {
                if (first < 0)
                {
                    first = i;
                }

                last = i;
            }
        }

        if (first < 0)
        {
            // Every candidate is blank: the first n are the value cells.
            for (var i = 0; i < n && i < candidates.Count; i++)
            {
                result[i] = candidates[i];
            }

            if (candidates.Count < n)
            {
                ambiguity = $"该行只有 {candidates.Count} 个单元格，应有 {n} 个，其余视为缺失";
            }

            return result;
        }

        var span = last - first + 1;
        if (span > n)
        {
            // More values than columns: keep the last n, which sit under the columns (row numbers and
            // label fragments come first), and say so.
            ambiguity = $"该行有 {span} 个数值单元格，多于应有的 {n} 个，只读取最后 {n} 个";
            first = last - n + 1;
            span = n;
        }

        var need = n - span;
        var left = first;
        var right = candidates.Count - 1 - last;
        int start;
        if (need == 0)
        {
            start = first;
        }
        else if (left + right < need)
        {
            start = first - left;
            ambiguity = $"该行只有 {candidates.Count} 个单元格，应有 {n} 个，缺少的视为缺失";
        }
        else if (right == 0)
        {
            start = first - need;
        }
        else if (left == 0)
        {
            start = first;
        }
        else
        {
            // Blank cells both before and after the numbers: the blank value cells are taken after them.
            start = first - Math.Max(0, need - right);
            ambiguity = "该行数值前后都有空白单元格，无法确定空白值所在的列，按靠左对齐读取";
        }

        for (var i = 0; i < n; i++)
        {
            var k = start + i;
            if (k >= 0 && k < candidates.Count)
            {
                result[i] = candidates[k];
            }
        }

        return result;
    }
}
