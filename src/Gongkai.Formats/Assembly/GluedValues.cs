// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Globalization;
using System.Text;
using Gongkai.Cells;

namespace Gongkai.Formats.Assembly;

/// <summary>Rows whose value cells ran together when the separators were lost (「行政规范性文件77132470」, 「4000004」).</summary>
internal static class GluedValues
{
    /// <summary>Returns whether the candidates are too few cells holding digit runs long enough for <paramref name="n"/> values.</summary>
    public static bool Applies(IReadOnlyList<TableCell> candidates, int n, out string digits, out HashSet<int> boundaries)
    {
        digits = string.Empty;
        boundaries = [];
        if (candidates.Count >= n)
        {
            return false;
        }

        var sb = new StringBuilder();
        foreach (var cell in candidates)
        {
            if (cell.Kind == CellTextKind.Empty)
            {
                continue;
            }

            if (cell.Kind != CellTextKind.Value || !cell.Folded.All(char.IsAsciiDigit))
            {
                return false;
            }

            if (sb.Length > 0)
            {
                boundaries.Add(sb.Length);
            }

            sb.Append(cell.Folded);
        }

        digits = sb.ToString();
        return digits.Length >= n && digits.Length > candidates.Count(c => c.Kind != CellTextKind.Empty);
    }

    /// <summary>Splits value cells whose numbers are separated by spaces only (「4 0 0 0 0 0 4」) when that gives exactly <paramref name="n"/> values.</summary>
    /// <returns>The expanded candidates, or null when the row is not of that kind.</returns>
    public static List<TableCell>? ExpandSpaced(IReadOnlyList<TableCell> candidates, int n)
    {
        var expanded = new List<TableCell>(n);
        var any = false;
        foreach (var cell in candidates)
        {
            if (cell.Kind == CellTextKind.Empty)
            {
                continue;
            }

            var tokens = cell.Trimmed.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (cell.Kind != CellTextKind.Value || tokens.Length == 1)
            {
                expanded.Add(cell);
                continue;
            }

            any = true;
            foreach (var token in tokens)
            {
                var folded = Gongkai.Text.TextFold.Fold(token);
                if (folded.Length == 0 || !folded.All(c => char.IsAsciiDigit(c) || c is '.' or '-'))
                {
                    return null;
                }

                expanded.Add(new TableCell(token, token, CellTextKind.Value, cell.Location, folded));
            }
        }

        return any && expanded.Count == n ? expanded : null;
    }

    /// <summary>Returns whether too few value cells hold numbers that ran together with a sign or a decimal part
    /// (「2648-18538」, 「39573802895.90」): the digit split cannot decide those, so the row is left unread.</summary>
    public static bool AppliesUnresolvable(IReadOnlyList<TableCell> candidates, int n, out string raw)
    {
        raw = string.Empty;
        var present = candidates.Where(static c => c.Kind != CellTextKind.Empty).ToList();
        if (candidates.Count >= n || present.Count == 0 || present.Exists(static c => c.Kind != CellTextKind.Value))
        {
            return false;
        }

        raw = string.Join(" ", present.Select(static c => c.Trimmed));
        return present.Exists(static c => IsGluedNumber(c.Folded));
    }

    private static bool IsGluedNumber(string folded)
    {
        for (var i = 1; i + 1 < folded.Length; i++)
        {
            if (folded[i] is '-' or '+' && char.IsAsciiDigit(folded[i - 1]) && char.IsAsciiDigit(folded[i + 1]))
            {
                return true;
            }
        }

        var dot = folded.IndexOf('.', StringComparison.Ordinal);
        return (dot > 8 && folded[..dot].All(char.IsAsciiDigit)) || (dot >= 0 && folded.IndexOf('.', dot + 1) > 0);
    }

    /// <summary>Stores one split as the cells' values.</summary>
    public static void Store(AssemblyContext context, IReadOnlyList<CellDefinition> cells, long[] values, SourceLocation location)
    {
        for (var i = 0; i < cells.Count && i < values.Length; i++)
        {
            context.Cells[cells[i]] = CellValue.Of(values[i], values[i].ToString(CultureInfo.InvariantCulture), location);
        }
    }

    public static string Show(long[] values) => string.Join(" | ", values.Select(v => v.ToString(CultureInfo.InvariantCulture)));

    /// <summary>The table 三 row constraint: the six applicant columns sum to 总计.</summary>
    public static bool RowSums(long[] v) => v.Length == 7 && v[0] + v[1] + v[2] + v[3] + v[4] + v[5] == v[6];

    /// <summary>The table 四 constraint: in each block of five, 总计 = 维持 + 纠正 + 其他 + 尚未审结.</summary>
    public static bool BlockSums(long[] v)
    {
        for (var b = 0; b + 4 < v.Length; b += 5)
        {
            if (v[b] + v[b + 1] + v[b + 2] + v[b + 3] != v[b + 4])
            {
                return false;
            }
        }

        return true;
    }
}
