// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Text.RegularExpressions;

namespace Gongkai.Formats.Pdf;

/// <summary>Finds tables that exist only as positioned text (no ruling lines, or OCR output) and rebuilds their rows and cells.</summary>
/// <remarks>
/// <para>A table row is a line with numbers standing apart from the rest; consecutive such lines, with the
/// small-print lines between and above them, form a table. Value columns come from the x-extents of the
/// numbers; everything left of the first value column is the label area.</para>
/// <para>In the label area a row's own label is the rightmost label text; a label wrapped over several lines
/// is gathered into one block (a block starts at an enumerator such as 「1.」「（二）」「三、」) and given to the
/// row whose numbers lie within it, so numbers on the middle line of a three-line label stay one row. Text
/// further left than the neighbouring rows' own labels is a group label (「（三）不予公开」, a vertical
/// 「三、本年度办理结果」 one character per line): it is joined vertically and put in group cells of the rows
/// it spans, never in a row of its own.</para>
/// </remarks>
internal static partial class PdfUnruledTables
{
    /// <summary>Detects the tables among a page's lines.</summary>
    /// <param name="lines">The page's lines outside ruled tables, top to bottom.</param>
    /// <param name="rest">The lines that are not part of a table.</param>
    /// <returns>The tables, top to bottom.</returns>
    public static List<PdfTable> Detect(List<PdfTextLine> lines, out List<PdfTextLine> rest)
    {
        var tables = new List<PdfTable>();
        rest = [];
        if (lines.Count == 0)
        {
            return tables;
        }

        var textLeft = lines.Min(static l => l.Left);
        var textRight = lines.Max(static l => l.Right);
        var textWidth = Math.Max(1, textRight - textLeft);
        var candidate = new bool[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            var chunks = lines[i].Chunks;
            candidate[i] = chunks.Count >= 2 && chunks.Any(static c => c.IsNumber) && !IsParagraphLike(lines[i], textWidth);
        }

        var used = new bool[lines.Count];
        var i0 = 0;
        while (i0 < lines.Count)
        {
            if (!candidate[i0] || used[i0])
            {
                i0++;
                continue;
            }

            var sizes = new List<double> { lines[i0].TextSize };
            var last = i0;
            var k = i0 + 1;
            while (k < lines.Count)
            {
                var size = Median(sizes);
                if (!IsCompatible(lines[k], size, textWidth) || lines[k - 1].Bottom - lines[k].Top > 8 * size)
                {
                    break;
                }

                if (candidate[k])
                {
                    last = k;
                    sizes.Add(lines[k].TextSize);
                }

                k++;
            }

            var regionSize = Median(sizes);

            // Trailing label lines (a wrapped label below the last row's numbers).
            var end = last;
            while (end + 1 < lines.Count && end + 1 - last <= 2 && !candidate[end + 1]
                && IsCompatible(lines[end + 1], regionSize, textWidth)
                && lines[end].Bottom - lines[end + 1].Top <= 1.5 * regionSize)
            {
                end++;
            }

            // Header lines above the first row.
            var start = i0;
            while (start - 1 >= 0 && !used[start - 1] && i0 - start < 12
                && IsCompatible(lines[start - 1], regionSize, textWidth)
                && lines[start - 1].Bottom - lines[start].Top <= 8 * regionSize)
            {
                start--;
            }

            var rows = 0;
            var maxNumbers = 0;
            for (var r = i0; r <= last; r++)
            {
                if (candidate[r])
                {
                    rows++;
                    maxNumbers = Math.Max(maxNumbers, lines[r].Chunks.Count(static c => c.IsNumber));
                }
            }

            if (rows >= 2 || maxNumbers >= 3)
            {
                var region = lines.GetRange(start, end - start + 1);
                if (Build(region, candidate[start..(end + 1)], regionSize) is { } table)
                {
                    tables.Add(table);
                    for (var r = start; r <= end; r++)
                    {
                        used[r] = true;
                    }
                }
            }

            i0 = Math.Max(i0 + 1, end + 1);
        }

        for (var i = 0; i < lines.Count; i++)
        {
            if (!used[i])
            {
                rest.Add(lines[i]);
            }
        }

        return tables;
    }

    private static bool IsParagraphLike(PdfTextLine line, double textWidth)
    {
        var chunks = line.Chunks;
        if (chunks.Count == 1 && line.Right - line.Left > 0.6 * textWidth)
        {
            return true;
        }

        // A run of prose: one chunk holding most of a wide line.
        var longest = chunks.Max(static c => c.Right - c.Left);
        return longest > 0.75 * textWidth && line.GlyphCount >= 20;
    }

    private static bool IsCompatible(PdfTextLine line, double size, double textWidth)
    {
        if (line.TextSize > 1.25 * size || line.TextSize < 0.6 * size)
        {
            return false;
        }

        if (IsParagraphLike(line, textWidth))
        {
            return false;
        }

        // A section heading of the report (「四、政府信息公开行政复议……」) ends a table even in the same size.
        return !(line.Chunks.Count == 1 && line.GlyphCount >= 12 && SectionHeading().IsMatch(line.Text) && !line.Chunks[0].IsNumber
            && line.TextSize > 1.05 * size);
    }

    private static PdfTable? Build(List<PdfTextLine> region, bool[] candidate, double size)
    {
        // The size of the table's text (labels, headers), not of its numbers.
        var textSizes = region.Where(static l => l.HasNonDigitText).Select(static l => l.TextSize).ToList();
        if (textSizes.Count > 0)
        {
            size = Median(textSizes);
        }

        var columns = FindValueColumns(region, candidate, size);
        if (columns.Count == 0)
        {
            return null;
        }

        var layout = new Layout(columns, size);

        // Rows: a line with a number in a value column anchors a row.
        var firstAnchor = -1;
        var isAnchor = new bool[region.Count];
        for (var i = 0; i < region.Count; i++)
        {
            isAnchor[i] = layout.Chunks(region[i]).Any(c => c.IsNumber && layout.ValueColumn(c) >= 0);
            if (isAnchor[i] && firstAnchor < 0)
            {
                firstAnchor = i;
            }
        }

        if (firstAnchor < 0)
        {
            return null;
        }

        // A wrapped label of the first row may begin above its numbers: keep enumerated label lines in the body.
        var bodyStart = firstAnchor;
        while (bodyStart - 1 >= 0 && layout.Chunks(region[bodyStart - 1]).All(layout.IsLabel)
            && Enumerator().IsMatch(layout.Chunks(region[bodyStart - 1])[^1].Text)
            && region[bodyStart - 1].Bottom - region[bodyStart].Top <= 1.5 * size)
        {
            bodyStart--;
        }

        var header = region.GetRange(0, bodyStart);
        var body = region.GetRange(bodyStart, region.Count - bodyStart);
        var bodyAnchor = isAnchor[bodyStart..];
        var builder = new RowBuilder(layout, size);
        builder.AddHeader(header);
        builder.AddBody(body, bodyAnchor);
        var rows = builder.Finish();
        if (rows.Count == 0)
        {
            return null;
        }

        var top = region.Max(static l => l.Top);
        var bottom = region.Min(static l => l.Bottom);
        return new PdfTable(rows, top, bottom, columns.Select(static c => (c.Left + c.Right) / 2).ToList(), Ruled: false);
    }

    /// <summary>Clusters the numbers of the row lines into value columns by overlapping x-extents.</summary>
    private static List<ValueColumn> FindValueColumns(List<PdfTextLine> region, bool[] candidate, double size)
    {
        var numbers = new List<PdfChunk>();
        for (var i = 0; i < region.Count; i++)
        {
            if (candidate[i])
            {
                numbers.AddRange(region[i].Chunks.Where(static c => c.IsNumber));
            }
        }

        numbers.Sort(static (a, b) => a.Left.CompareTo(b.Left));
        var clusters = new List<List<PdfChunk>>();
        double right = double.MinValue;
        foreach (var n in numbers)
        {
            if (clusters.Count > 0 && n.Left <= right + (0.1 * size))
            {
                clusters[^1].Add(n);
                right = Math.Max(right, n.Right);
            }
            else
            {
                clusters.Add([n]);
                right = n.Right;
            }
        }

        // Overlap can chain two real columns into one (a wide number touching the next column): a line
        // with two numbers in one cluster splits it at the gaps that line shows.
        var result = new List<ValueColumn>();
        foreach (var cluster in clusters)
        {
            var byLine = cluster.GroupBy(static c => c.Line).MaxBy(static g => g.Count())!;
            if (byLine.Count() <= 1)
            {
                result.Add(new ValueColumn(cluster.Min(static c => c.Left), cluster.Max(static c => c.Right)));
                continue;
            }

            var seeds = byLine.OrderBy(static c => c.Left).ToList();
            var parts = seeds.Select(static s => new List<PdfChunk>()).ToList();
            foreach (var c in cluster)
            {
                var best = 0;
                for (var s = 1; s < seeds.Count; s++)
                {
                    if (Math.Abs(seeds[s].CenterX - c.CenterX) < Math.Abs(seeds[best].CenterX - c.CenterX))
                    {
                        best = s;
                    }
                }

                parts[best].Add(c);
            }

            foreach (var part in parts.Where(static p => p.Count > 0))
            {
                result.Add(new ValueColumn(part.Min(static c => c.Left), part.Max(static c => c.Right)));
            }
        }

        result.Sort(static (a, b) => a.Left.CompareTo(b.Left));
        return result;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    /// <summary>Matches an enumerator that starts a row label: 「1.」「1、」「（二）」「(二)」「三、」.</summary>
    [GeneratedRegex(@"^\s*(\d{1,2}\s*[\.．、]|[（(]\s*[一二三四五六七八九十]{1,3}\s*[）)]|[一二三四五六七八九十]{1,3}\s*[、．.])")]
    internal static partial Regex Enumerator();

    [GeneratedRegex(@"^\s*[一二三四五六七八九十]{1,3}\s*[、．.]")]
    private static partial Regex SectionHeading();

    /// <summary>The x-extent of one value column.</summary>
    private readonly record struct ValueColumn(double Left, double Right);

    /// <summary>The column cuts of a table: the label area, then the value columns.</summary>
    private sealed class Layout
    {
        private readonly List<ValueColumn> _columns;
        private readonly double[] _cuts;
        private readonly Dictionary<PdfTextLine, IReadOnlyList<PdfChunk>> _split = [];

        public Layout(List<ValueColumn> columns, double size)
        {
            _columns = columns;
            LabelCut = columns[0].Left - (0.5 * size);
            _cuts = new double[columns.Count - 1];
            for (var i = 0; i < _cuts.Length; i++)
            {
                _cuts[i] = (columns[i].Right + columns[i + 1].Left) / 2;
            }
        }

        public double LabelCut { get; }

        public int Count => _columns.Count;

        /// <summary>Returns a line's chunks, split where a cut between columns falls in a gap of a third of an em or more.</summary>
        /// <remarks>Narrow columns set header fragments closer than a chunk gap (「结果 其他」); the numbers' columns tell where to cut.</remarks>
        public IReadOnlyList<PdfChunk> Chunks(PdfTextLine line)
        {
            if (_split.TryGetValue(line, out var cached))
            {
                return cached;
            }

            var result = new List<PdfChunk>();
            var glyphs = line.GlyphSpan;
            foreach (var chunk in line.Chunks)
            {
                var start = chunk.Start;
                for (var i = chunk.Start + 1; i < chunk.Start + chunk.Count; i++)
                {
                    ref readonly var a = ref glyphs[i - 1];
                    ref readonly var b = ref glyphs[i];
                    if (b.Left - a.Right >= 0.3 * Math.Max(a.Size, b.Size) && HasCutBetween(a.Right, b.Left))
                    {
                        result.Add(new PdfChunk(line, start, i - start));
                        start = i;
                    }
                }

                result.Add(start == chunk.Start ? chunk : new PdfChunk(line, start, chunk.Start + chunk.Count - start));
            }

            _split[line] = result;
            return result;
        }

        private bool HasCutBetween(double left, double right)
        {
            if (LabelCut >= left && LabelCut <= right)
            {
                return true;
            }

            foreach (var cut in _cuts)
            {
                if (cut >= left && cut <= right)
                {
                    return true;
                }
            }

            return false;
        }

        public bool IsLabel(PdfChunk chunk) => chunk.CenterX < LabelCut;

        /// <summary>Returns the value column of a chunk by its centre, or -1 in the label area.</summary>
        public int ValueColumn(PdfChunk chunk) => ValueColumnAt(chunk.CenterX);

        public int ValueColumnAt(double x)
        {
            if (x < LabelCut)
            {
                return -1;
            }

            var c = 0;
            while (c < _cuts.Length && x > _cuts[c])
            {
                c++;
            }

            return c;
        }

        /// <summary>Returns the value columns whose centres a header chunk covers (half an em of slack each side).</summary>
        public (int First, int Last) Span(PdfChunk chunk)
        {
            var first = -1;
            var last = -1;
            var slack = 0.5 * chunk.Size;
            for (var i = 0; i < _columns.Count; i++)
            {
                var center = (_columns[i].Left + _columns[i].Right) / 2;
                if (center >= chunk.Left - slack && center <= chunk.Right + slack)
                {
                    if (first < 0)
                    {
                        first = i;
                    }

                    last = i;
                }
            }

            return (first, last);
        }
    }
}
