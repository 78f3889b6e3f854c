// Copyright (c) Gongkai contributors. Licensed under the MIT License.

namespace Gongkai.Formats.Pdf;

/// <summary>A ruled table: the grid of a connected set of ruling lines, with merged cells found from missing borders.</summary>
/// <remarks>
/// The fine grid has one column per distinct vertical line and one row per distinct horizontal line.
/// Two neighbouring fine cells belong to the same (merged) cell when no ruling separates them; glyphs
/// are placed by their centre, so a label wrapped over three lines with the numbers on the middle line
/// stays one row, and a vertical group label becomes one merged cell spanning its rows.
/// </remarks>
internal sealed class PdfRuledGrid
{
    private const double Tolerance = 2.0;

    private readonly double[] _xs;
    private readonly double[] _ys;
    private readonly int[] _parent;

    private PdfRuledGrid(double[] xs, double[] ys, List<PdfSegment>[] vAt, List<PdfSegment>[] hAt)
    {
        _xs = xs;
        _ys = ys;
        var cols = xs.Length - 1;
        var rows = ys.Length - 1;
        _parent = new int[rows * cols];
        for (var i = 0; i < _parent.Length; i++)
        {
            _parent[i] = i;
        }

        for (var r = 0; r < rows; r++)
        {
            var yMid = (ys[r] + ys[r + 1]) / 2;
            for (var c = 1; c < cols; c++)
            {
                if (!Covers(vAt[c], yMid))
                {
                    Union((r * cols) + c - 1, (r * cols) + c);
                }
            }
        }

        for (var c = 0; c < cols; c++)
        {
            var xMid = (xs[c] + xs[c + 1]) / 2;
            for (var r = 1; r < rows; r++)
            {
                if (!Covers(hAt[r], xMid))
                {
                    Union(((r - 1) * cols) + c, (r * cols) + c);
                }
            }
        }
    }

    /// <summary>Gets the left edge.</summary>
    public double Left => _xs[0];

    /// <summary>Gets the right edge.</summary>
    public double Right => _xs[^1];

    /// <summary>Gets the top edge.</summary>
    public double Top => _ys[0];

    /// <summary>Gets the bottom edge.</summary>
    public double Bottom => _ys[^1];

    private int Cols => _xs.Length - 1;

    private int Rows => _ys.Length - 1;

    /// <summary>Finds the ruled grids of a page: connected components of crossing horizontal and vertical rulings.</summary>
    /// <param name="rulings">The page's rulings.</param>
    /// <returns>The grids, top to bottom.</returns>
    public static List<PdfRuledGrid> Find(PdfRulings rulings)
    {
        var h = rulings.Horizontal;
        var v = rulings.Vertical;
        var grids = new List<PdfRuledGrid>();
        if (h.Count < 2 || v.Count < 2)
        {
            return grids;
        }

        // Union-find over H (0..h-1) and V (h..h+v-1); O(H·V) with H·V bounded by MaxSegments².
        var parent = Enumerable.Range(0, h.Count + v.Count).ToArray();
        for (var i = 0; i < h.Count; i++)
        {
            for (var j = 0; j < v.Count; j++)
            {
                if (v[j].Position >= h[i].Start - Tolerance && v[j].Position <= h[i].End + Tolerance
                    && h[i].Position >= v[j].Start - Tolerance && h[i].Position <= v[j].End + Tolerance)
                {
                    var a = FindRoot(parent, i);
                    var b = FindRoot(parent, h.Count + j);
                    if (a != b)
                    {
                        parent[a] = b;
                    }
                }
            }
        }

        var components = new Dictionary<int, (List<PdfSegment> H, List<PdfSegment> V)>();
        for (var i = 0; i < parent.Length; i++)
        {
            var root = FindRoot(parent, i);
            if (!components.TryGetValue(root, out var comp))
            {
                comp = ([], []);
                components[root] = comp;
            }

            if (i < h.Count)
            {
                comp.H.Add(h[i]);
            }
            else
            {
                comp.V.Add(v[i - h.Count]);
            }
        }

        foreach (var (hs, vs) in components.Values)
        {
            if (hs.Count >= 2 && vs.Count >= 2 && Create(hs, vs) is { } grid)
            {
                grids.Add(grid);
            }
        }

        grids.Sort(static (a, b) => b.Top.CompareTo(a.Top));
        return grids;
    }

    /// <summary>Returns whether a point lies inside the grid.</summary>
    /// <param name="x">The x.</param>
    /// <param name="y">The y.</param>
    /// <returns>Whether it is inside.</returns>
    public bool Contains(double x, double y) =>
        x >= Left - Tolerance && x <= Right + Tolerance && y <= Top + Tolerance && y >= Bottom - Tolerance;

    /// <summary>Builds the table from the glyphs inside the grid.</summary>
    /// <param name="glyphs">The glyphs whose centre lies in the grid.</param>
    /// <returns>The table, or null when the grid is not a table (a frame around text, or a grid whose cells hold several rows or columns of numbers).</returns>
    public PdfTable? Build(List<PdfGlyph> glyphs)
    {
        var cols = Cols;
        var rows = Rows;
        var byCell = new Dictionary<int, List<PdfGlyph>>();
        foreach (var g in glyphs)
        {
            var root = FindRoot(_parent, CellAt(g.CenterX, g.CenterY));
            if (!byCell.TryGetValue(root, out var list))
            {
                list = [];
                byCell[root] = list;
            }

            list.Add(g);
        }

        var texts = new Dictionary<int, (string Text, int Line)>();
        foreach (var (root, list) in byCell)
        {
            var lines = PdfText.ClusterLines(list);
            var numericLines = 0;
            foreach (var line in lines)
            {
                var numbers = line.Chunks.Count(static c => c.IsNumber);
                if (numbers >= 2)
                {
                    return null; // a missing vertical rule: two numbers side by side in one cell
                }

                if (numbers == 1 && ++numericLines >= 2)
                {
                    return null; // a missing horizontal rule: numbers of two rows in one cell
                }
            }

            var text = PdfText.JoinCellLines(lines.Select(static l => l.Text));
            texts[root] = (text, lines.Count > 0 ? lines.Min(static l => l.Index) : -1);
        }

        if (texts.Values.Count(static t => t.Text.Length > 0) < 2 || (cols < 2 && rows < 2))
        {
            return null;
        }

        // The origin of a merged cell is its top-left fine cell: the smallest index in its set.
        var origin = new Dictionary<int, int>();
        for (var i = 0; i < _parent.Length; i++)
        {
            var root = FindRoot(_parent, i);
            if (!origin.ContainsKey(root))
            {
                origin[root] = i;
            }
        }

        var result = new List<PdfRow>();
        var kept = new bool[rows];
        var blank = new bool[rows];
        var rowCells = new PdfCell[rows][];
        var rowLines = new int[rows];
        for (var r = 0; r < rows; r++)
        {
            var cells = new PdfCell[cols];
            var keep = false;
            var allOwn = true;
            var rowLine = int.MaxValue;
            for (var c = 0; c < cols; c++)
            {
                var index = (r * cols) + c;
                var root = FindRoot(_parent, index);
                var (text, line) = texts.TryGetValue(root, out var t) ? t : (string.Empty, -1);
                var merged = origin[root] != index;
                cells[c] = new PdfCell(text, line, merged);
                allOwn &= !merged && text.Length == 0;
                if (!merged && text.Length > 0)
                {
                    keep = true;
                    rowLine = Math.Min(rowLine, line);
                }
            }

            kept[r] = keep;
            blank[r] = !keep && allOwn && cols >= 2;
            rowCells[r] = cells;
            rowLines[r] = rowLine == int.MaxValue ? -1 : rowLine;
        }

        // A fine row made only of merged or empty positions is an artefact of a rule in another column; but a row
        // whose positions are all separate, empty cells (ruled above and between), below a row with text and
        // wider than the gap of a doubled rule, is a row of blank cells (Chromium prints it a few points high).
        var seenText = false;
        for (var r = 0; r < rows; r++)
        {
            seenText |= kept[r];
            if (kept[r] || (seenText && blank[r] && _ys[r] - _ys[r + 1] >= 1.5 * Tolerance))
            {
                result.Add(new PdfRow(rowCells[r], rowLines[r]));
            }
        }

        return new PdfTable(result, Top, Bottom, _xs, Ruled: true);
    }

    private static PdfRuledGrid? Create(List<PdfSegment> hs, List<PdfSegment> vs)
    {
        var xs = Cluster(vs.Select(static s => s.Position), ascending: true);
        var ys = Cluster(hs.Select(static s => s.Position), ascending: false);

        // Open sides (no outer vertical or horizontal rule): extend the grid to the ends of the other rules.
        var minX = hs.Min(static s => s.Start);
        var maxX = hs.Max(static s => s.End);
        var minY = vs.Min(static s => s.Start);
        var maxY = vs.Max(static s => s.End);
        if (minX < xs[0] - (3 * Tolerance))
        {
            xs.Insert(0, minX);
        }

        if (maxX > xs[^1] + (3 * Tolerance))
        {
            xs.Add(maxX);
        }

        if (maxY > ys[0] + (3 * Tolerance))
        {
            ys.Insert(0, maxY);
        }

        if (minY < ys[^1] - (3 * Tolerance))
        {
            ys.Add(minY);
        }

        if (xs.Count < 2 || ys.Count < 2 || xs[^1] - xs[0] < 10 || ys[0] - ys[^1] < 5)
        {
            return null;
        }

        var vAt = new List<PdfSegment>[xs.Count];
        var hAt = new List<PdfSegment>[ys.Count];
        for (var i = 0; i < vAt.Length; i++)
        {
            vAt[i] = [];
        }

        for (var i = 0; i < hAt.Length; i++)
        {
            hAt[i] = [];
        }

        foreach (var s in vs)
        {
            vAt[Nearest(xs, s.Position)].Add(s);
        }

        foreach (var s in hs)
        {
            hAt[Nearest(ys, s.Position)].Add(s);
        }

        return new PdfRuledGrid([.. xs], [.. ys], vAt, hAt);
    }

    private static List<double> Cluster(IEnumerable<double> values, bool ascending)
    {
        var sorted = values.Order().ToList();
        var result = new List<double>();
        var i = 0;
        while (i < sorted.Count)
        {
            var j = i + 1;
            while (j < sorted.Count && sorted[j] - sorted[j - 1] <= Tolerance)
            {
                j++;
            }

            result.Add(sorted.GetRange(i, j - i).Average());
            i = j;
        }

        if (!ascending)
        {
            result.Reverse();
        }

        return result;
    }

    private static int Nearest(List<double> positions, double value)
    {
        var best = 0;
        for (var i = 1; i < positions.Count; i++)
        {
            if (Math.Abs(positions[i] - value) < Math.Abs(positions[best] - value))
            {
                best = i;
            }
        }

        return best;
    }

    private static bool Covers(List<PdfSegment> segments, double at)
    {
        foreach (var s in segments)
        {
            if (at >= s.Start - Tolerance && at <= s.End + Tolerance)
            {
                return true;
            }
        }

        return false;
    }

    private static int FindRoot(int[] parent, int i)
    {
        while (parent[i] != i)
        {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }

        return i;
    }

    private void Union(int a, int b)
    {
        var ra = FindRoot(_parent, a);
        var rb = FindRoot(_parent, b);
        if (ra != rb)
        {
            _parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
        }
    }

    private int CellAt(double x, double y)
    {
        var c = 0;
        while (c < Cols - 1 && x > _xs[c + 1])
        {
            c++;
        }

        var r = 0;
        while (r < Rows - 1 && y < _ys[r + 1])
        {
            r++;
        }

        return (r * Cols) + c;
    }
}
