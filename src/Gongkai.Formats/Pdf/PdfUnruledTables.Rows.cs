// Copyright (c) Gongkai contributors. Licensed under the MIT License.

namespace Gongkai.Formats.Pdf;

/// <content>Row reconstruction of an unruled table.</content>
internal static partial class PdfUnruledTables
{
    /// <summary>Collects header, anchored, label-only and inner-header rows, then lays them out on one grid.</summary>
    private sealed class RowBuilder
    {
        private readonly Layout _layout;
        private readonly double _size;
        private readonly List<Draft> _rows = [];
        private readonly List<GroupLabel> _groups = [];

        public RowBuilder(Layout layout, double size)
        {
            _layout = layout;
            _size = size;
        }

        public void AddHeader(List<PdfTextLine> lines)
        {
            // Header lines far apart are header rows of their own (「申请人情况」 above 「自然人 | 法人或其他组织 | 总计」);
            // close lines are one row whose cells hold fragments wrapped in a narrow column (「商业」/「企业」).
            var band = new List<PdfTextLine>();
            foreach (var line in lines)
            {
                if (band.Count > 0 && band[^1].CenterY - line.CenterY > 2.2 * _size)
                {
                    AddHeaderBand(band);
                    band = [];
                }

                band.Add(line);
            }

            if (band.Count > 0)
            {
                AddHeaderBand(band);
            }
        }

        private void AddHeaderBand(List<PdfTextLine> lines)
        {
            var leaf = new Draft(lines[0].CenterY, _layout.Count);
            var upper = new List<Draft>();
            foreach (var line in lines)
            {
                Draft? span = null;
                foreach (var chunk in _layout.Chunks(line))
                {
                    if (_layout.IsLabel(chunk))
                    {
                        leaf.AddLabel(chunk);
                        continue;
                    }

                    var (first, last) = _layout.Span(chunk);
                    if (first >= 0 && last > first)
                    {
                        span ??= new Draft(line.CenterY, _layout.Count);
                        span.AddValue(first, chunk, last);
                    }
                    else
                    {
                        leaf.AddValue(_layout.ValueColumn(chunk), chunk);
                    }
                }

                if (span is not null)
                {
                    upper.Add(span);
                }
            }

            // Spanning headers sit above the row of their band's leaf labels.
            for (var i = 0; i < upper.Count; i++)
            {
                upper[i].Y = leaf.Y + (0.001 * (upper.Count - i));
                _rows.Add(upper[i]);
            }

            if (leaf.HasText)
            {
                _rows.Add(leaf);
            }
        }

        public void AddBody(List<PdfTextLine> lines, bool[] isAnchor)
        {
            var anchors = new List<(PdfTextLine Line, Draft Row, PdfChunk? Own)>();
            var labelOnly = new List<PdfTextLine>();
            for (var i = 0; i < lines.Count; i++)
            {
                var line = lines[i];
                var labels = _layout.Chunks(line).Where(_layout.IsLabel).ToList();
                if (isAnchor[i] || labels.Count < _layout.Chunks(line).Count)
                {
                    // A row of numbers, or an inner header (「信息内容 | 本年处理决定数量」 of a stacked table 二).
                    var row = new Draft(line.CenterY, _layout.Count);
                    foreach (var chunk in _layout.Chunks(line).Where(c => !_layout.IsLabel(c)))
                    {
                        var (first, last) = _layout.Span(chunk);
                        if (!chunk.IsNumber && first >= 0 && last > first)
                        {
                            row.AddValue(first, chunk, last);
                        }
                        else
                        {
                            row.AddValue(_layout.ValueColumn(chunk), chunk);
                        }
                    }

                    _rows.Add(row);
                    if (isAnchor[i])
                    {
                        var own = labels.Count > 0 ? labels[^1] : null;
                        anchors.Add((line, row, own));
                        foreach (var g in labels.Where(c => c != own))
                        {
                            _groups.Add(new GroupLabel(g));
                        }
                    }
                    else
                    {
                        foreach (var chunk in labels)
                        {
                            row.AddLabel(chunk);
                        }
                    }
                }
                else
                {
                    labelOnly.Add(line);
                }
            }

            // Own-label chunks: those of the anchors, and label-only text aligned with the neighbouring rows' labels.
            var owns = new List<(PdfChunk Chunk, int Anchor)>();
            for (var a = 0; a < anchors.Count; a++)
            {
                if (anchors[a].Own is { } own)
                {
                    owns.Add((own, a));
                }
            }

            foreach (var line in labelOnly)
            {
                var reference = NeighbourOwnLeft(anchors, line.CenterY);
                foreach (var chunk in _layout.Chunks(line))
                {
                    if (reference is { } left && chunk.Left < left - (0.6 * _size))
                    {
                        _groups.Add(new GroupLabel(chunk));
                    }
                    else
                    {
                        owns.Add((chunk, -1));
                    }
                }
            }

            owns.Sort(static (a, b) => b.Chunk.Line.CenterY.CompareTo(a.Chunk.Line.CenterY));
            AssignBlocks(owns, anchors);
            AssignGroups(anchors);
        }

        public List<PdfRow> Finish()
        {
            _rows.Sort(static (a, b) => b.Y.CompareTo(a.Y));

            // Group levels: group labels clustered by their left edge.
            var levels = new List<double>();
            foreach (var g in _groups.OrderBy(static g => g.Left))
            {
                if (levels.Count == 0 || g.Left - levels[^1] > _size)
                {
                    levels.Add(g.Left);
                }

                g.Level = levels.Count - 1;
            }

            var hasLabel = _rows.Any(static r => r.Label.Count > 0);
            var offset = levels.Count + (hasLabel ? 1 : 0);
            var result = new List<PdfRow>(_rows.Count);
            foreach (var row in _rows)
            {
                var cells = new PdfCell[offset + _layout.Count];
                for (var l = 0; l < levels.Count; l++)
                {
                    cells[l] = new PdfCell(string.Empty, -1);
                }

                foreach (var (group, merged) in row.Groups)
                {
                    var existing = cells[group.Level];
                    var text = existing.Text.Length == 0 ? group.Text : existing.Text + "\n" + group.Text;
                    cells[group.Level] = new PdfCell(text, group.LineIndex, merged && existing.Text.Length == 0);
                }

                if (hasLabel)
                {
                    cells[levels.Count] = row.LabelCell();
                }

                for (var c = 0; c < _layout.Count; c++)
                {
                    cells[offset + c] = row.ValueCell(c);
                }

                var line = cells.Where(static c => c.Line >= 0 && !c.Merged).Select(static c => c.Line).DefaultIfEmpty(-1).Min();
                result.Add(new PdfRow(cells, line));
            }

            return result;
        }

        /// <summary>Gathers own-label chunks into blocks (one per row label) and gives each block to its row.</summary>
        private void AssignBlocks(List<(PdfChunk Chunk, int Anchor)> owns, List<(PdfTextLine Line, Draft Row, PdfChunk? Own)> anchors)
        {
            var blocks = new List<Block>();
            Block? current = null;
            foreach (var (chunk, anchor) in owns)
            {
                var startNew = current is null
                    || Enumerator().IsMatch(chunk.Text)
                    || (current.Anchor >= 0 && anchor >= 0)
                    || current.Bottom - chunk.Top > 1.8 * _size;
                if (startNew)
                {
                    current = new Block();
                    blocks.Add(current);
                }

                current!.Add(chunk, anchor);
            }

            foreach (var block in blocks)
            {
                var anchor = block.Anchor;
                if (anchor < 0)
                {
                    // Numbers on the middle line of a wrapped label: the anchor lies within the block.
                    var best = double.MaxValue;
                    for (var a = 0; a < anchors.Count; a++)
                    {
                        var y = anchors[a].Line.CenterY;
                        if (anchors[a].Own is null && y <= block.Top + (0.3 * _size) && y >= block.Bottom - (0.3 * _size))
                        {
                            var d = Math.Abs(y - block.CenterY);
                            if (d < best)
                            {
                                best = d;
                                anchor = a;
                            }
                        }
                    }
                }

                if (anchor >= 0)
                {
                    foreach (var chunk in block.Chunks)
                    {
                        anchors[anchor].Row.AddLabel(chunk);
                    }
                }
                else
                {
                    // A label without numbers (a row whose cells are all blank, or a sub-table title).
                    var row = new Draft(block.Chunks[0].Line.CenterY, _layout.Count);
                    foreach (var chunk in block.Chunks)
                    {
                        row.AddLabel(chunk);
                    }

                    _rows.Add(row);
                }
            }
        }

        /// <summary>Joins group-label fragments vertically and puts each group label on the rows it spans.</summary>
        private void AssignGroups(List<(PdfTextLine Line, Draft Row, PdfChunk? Own)> anchors)
        {
            // Join fragments of one group label: same left edge (within an em), vertically close.
            _groups.Sort(static (a, b) => b.Top.CompareTo(a.Top));
            var joined = new List<GroupLabel>();
            foreach (var g in _groups)
            {
                var host = joined.LastOrDefault(j => Math.Abs(j.Left - g.Left) <= _size && j.Bottom - g.Top <= 2.5 * _size);
                if (host is not null)
                {
                    host.Append(g);
                }
                else
                {
                    joined.Add(g);
                }
            }

            _groups.Clear();
            _groups.AddRange(joined);
            if (anchors.Count == 0)
            {
                return;
            }

            foreach (var g in joined)
            {
                var spanned = anchors
                    .Where(a => a.Line.CenterY <= g.Top + (0.3 * _size) && a.Line.CenterY >= g.Bottom - (0.3 * _size))
                    .ToList();
                if (spanned.Count == 0)
                {
                    spanned.Add(anchors.MinBy(a => Math.Abs(a.Line.CenterY - g.CenterY)));
                }

                var first = true;
                foreach (var a in spanned.OrderByDescending(static a => a.Line.CenterY))
                {
                    a.Row.Groups.Add((g, !first));
                    first = false;
                }
            }
        }

        private static double? NeighbourOwnLeft(List<(PdfTextLine Line, Draft Row, PdfChunk? Own)> anchors, double y)
        {
            double? above = null;
            double? below = null;
            foreach (var a in anchors)
            {
                if (a.Own is null)
                {
                    continue;
                }

                if (a.Line.CenterY >= y)
                {
                    above = a.Own.Left; // the last one above is the nearest
                }
                else
                {
                    below ??= a.Own.Left;
                }
            }

            return (above, below) switch
            {
                ({ } x, { } z) => Math.Min(x, z),
                ({ } x, null) => x,
                (null, { } z) => z,
                _ => null,
            };
        }
    }

    /// <summary>A row being built.</summary>
    private sealed class Draft
    {
        private readonly List<PdfChunk>[] _values;
        private readonly (int Last, string Text)?[] _spans;

        public Draft(double y, int columns)
        {
            Y = y;
            _values = new List<PdfChunk>[columns];
            _spans = new (int, string)?[columns];
            for (var i = 0; i < columns; i++)
            {
                _values[i] = [];
            }
        }

        public double Y { get; set; }

        public List<PdfChunk> Label { get; } = [];

        public List<(GroupLabel Group, bool Merged)> Groups { get; } = [];

        public bool HasText => Label.Count > 0 || _values.Any(static v => v.Count > 0) || _spans.Any(static s => s is not null);

        public void AddLabel(PdfChunk chunk) => Label.Add(chunk);

        public void AddValue(int column, PdfChunk chunk, int last = -1)
        {
            if (column < 0)
            {
                Label.Add(chunk);
            }
            else if (last > column)
            {
                _spans[column] = (last, chunk.Text);
                _values[column].Add(chunk);
            }
            else
            {
                _values[column].Add(chunk);
            }
        }

        public PdfCell LabelCell() => Cell(Label);

        public PdfCell ValueCell(int column)
        {
            // A position covered by a header spanning from a column on the left repeats its text.
            for (var c = column - 1; c >= 0; c--)
            {
                if (_spans[c] is { } span && span.Last >= column && _values[column].Count == 0)
                {
                    return new PdfCell(Cell(_values[c]).Text, -1, Merged: true);
                }
            }

            return Cell(_values[column]);
        }

        /// <summary>Joins chunks of one cell: by line top to bottom, left to right within a line.</summary>
        private static PdfCell Cell(List<PdfChunk> chunks)
        {
            if (chunks.Count == 0)
            {
                return new PdfCell(string.Empty, -1);
            }

            var lines = chunks
                .GroupBy(static c => c.Line)
                .OrderByDescending(static g => g.Key.CenterY)
                .Select(static g => string.Join(' ', g.OrderBy(static c => c.Left).Select(static c => c.Text)));
            return new PdfCell(PdfText.JoinCellLines(lines), chunks.Min(static c => c.Line.Index));
        }
    }

    /// <summary>A row label gathered from one or more lines.</summary>
    private sealed class Block
    {
        public List<PdfChunk> Chunks { get; } = [];

        public int Anchor { get; private set; } = -1;

        public double Top { get; private set; } = double.MinValue;

        public double Bottom { get; private set; } = double.MaxValue;

        public double CenterY => (Top + Bottom) / 2;

        public void Add(PdfChunk chunk, int anchor)
        {
            Chunks.Add(chunk);
            if (anchor >= 0 && Anchor < 0)
            {
                Anchor = anchor;
            }

            Top = Math.Max(Top, chunk.Top);
            Bottom = Math.Min(Bottom, chunk.Bottom);
        }
    }

    /// <summary>A group label (left of the rows' own labels), possibly one character per line.</summary>
    private sealed class GroupLabel
    {
        private readonly List<PdfChunk> _chunks = [];

        public GroupLabel(PdfChunk chunk)
        {
            _chunks.Add(chunk);
            Left = chunk.Left;
            Top = chunk.Line.Top;
            Bottom = chunk.Line.Bottom;
            LineIndex = chunk.Line.Index;
        }

        public double Left { get; }

        public double Top { get; private set; }

        public double Bottom { get; private set; }

        public double CenterY => (Top + Bottom) / 2;

        public int LineIndex { get; private set; }

        public int Level { get; set; }

        public string Text => PdfText.JoinCellLines(_chunks.Select(static c => c.Text));

        public void Append(GroupLabel other)
        {
            _chunks.AddRange(other._chunks);
            Top = Math.Max(Top, other.Top);
            Bottom = Math.Min(Bottom, other.Bottom);
            LineIndex = Math.Min(LineIndex, other.LineIndex);
        }
    }
}
