// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Cells;
using Gongkai.Text;

namespace Gongkai.Formats.Assembly;

/// <summary>Reads table 三 (收到和处理政府信息公开申请情况) from its rows, by row and column labels.</summary>
/// <remarks>
/// Rows are identified by their label with numbering and group prefixes removed (「三、本年度办理结果
/// （一）予以公开」 → 予以公开), exactly, by prefix (a label broken over two lines), or by similarity
/// (a misspelt label, reported). The header must name the seven applicant columns; values are read
/// in the official column order.
/// </remarks>
internal static class Table3Interpreter
{
    private static readonly string[] Groups = ["本年度办理结果", "办理结果", "不予公开", "无法提供", "不予处理", "其他处理"];

    private static readonly (string Token, string Column)[] HeaderTokens =
    [
        ("自然人", Table3Keys.NaturalPerson),
        ("商业企业", Table3Keys.CommercialEnterprise),
        ("科研机构", Table3Keys.ResearchInstitution),
        ("社会公益组织", Table3Keys.SocialWelfareOrganization),
        ("法律服务机构", Table3Keys.LegalServiceInstitution),
        ("其他", Table3Keys.OtherOrganization),
        ("总计", Table3Keys.Total),
    ];

    private static readonly (RowDefinition Row, string Core)[] Cores =
        [.. ReportCatalog.Table3Rows.Select(r => (r, Core(TextFold.Fold(r.Label))))];

    /// <summary>Returns whether the row certainly belongs to table 三.</summary>
    /// <param name="line">The row.</param>
    /// <returns>Whether it does.</returns>
    public static bool IsDefinite(TableLine line)
    {
        if (!line.HasLabel)
        {
            return false;
        }

        var f = line.FoldedLabel;
        if (f.Contains("勾稽", StringComparison.Ordinal) || f.Contains("申请人情况", StringComparison.Ordinal) ||
            f.Contains("自然人", StringComparison.Ordinal) || f.Contains("法人或其他组织", StringComparison.Ordinal))
        {
            return true;
        }

        var match = Match(Core(f), out var how, allowSimilar: false);
        return match is not null && how is MatchKind.Exact or MatchKind.Prefix && match.Key is not (Table3Keys.OtherOther or Table3Keys.TotalProcessed);
    }

    public static void Interpret(List<TableLine> lines, AssemblyContext context)
    {
        var headerColumns = new HashSet<string>(StringComparer.Ordinal);
        var sawHeader = false;
        var seen = new Dictionary<string, TableLine>(StringComparer.Ordinal);
        TableLine? pending = null;
        var pieces = new List<TableLine>();
        (RowDefinition Row, TableLine Line)? last = null;
        var glued = new List<(RowDefinition Row, List<long[]> Splits, bool Complete, string Digits, SourceLocation Location)>();
        var unlabelled = new List<TableLine>();
        lines = MergeSplitRows(lines, context);

        for (var index = 0; index < lines.Count; index++)
        {
            var line = lines[index];
            if (!line.HasLabel)
            {
                if (!line.HasValue)
                {
                    continue;
                }

                if (pending is null)
                {
                    unlabelled.Add(line);
                    continue;
                }

                line = WithPieces(pending, pieces, line);
                pending = null;
                pieces.Clear();
            }

            var row = MatchAny(line.FoldedLabel, out var how);
            if (row is null && !line.HasValue && IsHeader(line, headerColumns))
            {
                sawHeader = true;
                continue;
            }

            if (row is null && pending is not null)
            {
                var combined = TableLine.Combine(pending, line);
                row = MatchAny(combined.FoldedLabel, out how);
                if (row is not null)
                {
                    line = combined;
                    pending = null;
                }
            }

            // A label broken before its end (「一、本年新收政府信」/「息公开申请数量」): the rest is the next,
            // label-only row.
            if ((row is null || how == MatchKind.Prefix) && line.HasValue && index + 1 < lines.Count && lines[index + 1] is { HasLabel: true, HasValue: false } next)
            {
                var joinedRow = Match(Core(TextFold.Fold(line.Label + next.Label)), out var joinedHow);
                if (joinedRow is not null && joinedHow == MatchKind.Exact && (row is null || joinedRow == row))
                {
                    row = joinedRow;
                    how = joinedHow;
                    index++;
                }
            }

            // A group label on its own line (「（三）不」/「予公开」, 「（六）其他处理」) before its first item (「1.属于国家秘密」)
            // names no row however close it looks: it is the context of the items that follow.
            if (!line.HasValue && row is not null && (StartsFirstItem(lines, index + 1) || (index + 1 < lines.Count && lines[index + 1] is { HasLabel: true, HasValue: false } && StartsFirstItem(lines, index + 2))))
            {
                pending = line;
                continue;
            }

            if (!line.HasValue)
            {
                // A label fragment: the rest of the previous row's label (「…不再处理其政」/「府信息公开申请」),
                // or the start of the next one (PDF rows whose numbers sit on a later line).
                if (row is null && last is { } previous && Completes(previous.Row, previous.Line.Label, line.Label))
                {
                    continue;
                }

                if (row is null || line.Candidates.Count == 0)
                {
                    // A label that names a row by itself starts afresh: header pieces before it
                    // (「服务」「机构」 of a header broken into words) are not the start of its label.
                    if (pending is null || (row is not null && !StartsRowWith(pending, line)))
                    {
                        pending = line;
                        pieces.Clear();
                    }
                    else
                    {
                        pending = TableLine.Combine(pending, line);
                    }

                    pieces.Add(line);
                    continue;
                }
            }

            pending = null;
            if (row is null)
            {
                context.Assume($"表三中无法识别的行「{line.Label}」，其数值未读入：{Values(line)}", line.Location, quote: line.Label);
                continue;
            }

            if (how == MatchKind.Scrambled)
            {
                context.Assume($"表三行标题「{line.Label}」的文字顺序错乱（PDF 转换所致），所含文字与官方标题「{row.FullLabel}」完全相同，识别为该行", line.Location, row.Cells[0].Path, Checking.Severity.Info, line.Label);
            }

            if (how == MatchKind.Similar)
            {
                context.Assume($"表三行标题「{line.Label}」与官方标题「{row.FullLabel}」不一致，按相近标题识别为该行", line.Location, row.Cells[0].Path, quote: line.Label);
            }

            if (seen.TryGetValue(row.Key, out var first))
            {
                context.Assume($"表三「{row.FullLabel}」行重复出现（{first.Location}、{line.Location}），只读取第一次出现的数值", line.Location, row.Cells[0].Path);
                continue;
            }

            seen[row.Key] = line;
            if (line.GluedLabel)
            {
                context.Assume($"表三「{row.FullLabel}」行标题与数字之间缺少分隔，已将标题后的数字作为数值读取", line.Location, row.Cells[0].Path, quote: line.Label);
            }

            if (GluedValues.ExpandSpaced(line.Candidates, row.Cells.Count) is { } spaced)
            {
                context.Assume($"表三「{row.FullLabel}」行的数字只以空格分隔，已按空格拆分为 {spaced.Count} 个数值", line.Location, row.Cells[0].Path, Checking.Severity.Info, string.Join(" ", spaced.Select(c => c.Trimmed)));
                line = TableLine.WithCandidates(line, spaced);
            }

            if (GluedValues.Applies(line.Candidates, row.Cells.Count, out var digits, out var boundaries))
            {
                var splits = DigitSegmenter.Split(digits, row.Cells.Count, GluedValues.RowSums, out var complete, limit: 64, boundaries);
                if (splits.Count == 0 && NextItemNumber(row) is { } item && digits.Length > row.Cells.Count && digits[^1] == item
                    && DigitSegmenter.Split(digits[..^1], row.Cells.Count, GluedValues.RowSums, limit: 2, boundaries) is [var trimmed])
                {
                    // The next row's item number ran into this row's digits (「…申请00000002.申请人逾期…」, its label
                    // garbled so the text splitter did not take the 「2」 along): without it the digits split one way.
                    GluedValues.Store(context, row.Cells, trimmed, line.Location);
                    context.Assume($"表三「{row.FullLabel}」行的数字「{digits}」之间缺少分隔，末尾的「{item}」应是下一行的序号，其余按「总计 = 六类申请人之和」只有一种拆分方式：{GluedValues.Show(trimmed)}", line.Location, row.Cells[0].Path, quote: digits);
                }
                else if (splits.Count == 1)
                {
                    GluedValues.Store(context, row.Cells, splits[0], line.Location);
                    context.Assume($"表三「{row.FullLabel}」行的数字「{digits}」之间缺少分隔，按「总计 = 六类申请人之和」只有一种拆分方式：{GluedValues.Show(splits[0])}", line.Location, row.Cells[0].Path, quote: digits);
                }
                else
                {
                    glued.Add((row, splits, complete, digits, line.Location));
                }

                last = (row, line);
                continue;
            }

            var values = ValueWindow.Select(line.Candidates, row.Cells.Count, out var ambiguity);
            if (ambiguity is not null)
            {
                context.Assume($"表三「{row.FullLabel}」行：{ambiguity}", line.Location, row.Cells[0].Path);
            }

            context.Store(row.Cells, values);
            last = (row, line);
        }

        ResolveGlued(glued, context);
        UnlabelledRows.Resolve(unlabelled, context);
        if (seen.Count == 0)
        {
            return;
        }

        if (!sawHeader)
        {
            context.Assume("表三未找到列标题（自然人、法人或其他组织…总计），按官方列序读取数值", lines[0].Location, severity: Checking.Severity.Info);
        }
        else
        {
            var missing = HeaderTokens.Where(t => !headerColumns.Contains(t.Column)).Select(t => t.Token).ToList();
            if (missing.Count > 0)
            {
                context.Assume($"表三列标题中未找到「{string.Join("」「", missing)}」，按官方列序读取数值", lines[0].Location);
            }
        }
    }

    // Rows whose digits split several ways are settled by the column rules (勾稽关系 and the outcome sum)
    // against the rows already read, one row at a time while that makes progress; then by the narrative's counts
    // (「新收政府信息公开申请713件」). What is still open is left unread and listed (extract.ambiguous).
    private static void ResolveGlued(List<(RowDefinition Row, List<long[]> Splits, bool Complete, string Digits, SourceLocation Location)> glued, AssemblyContext context)
    {
        do
        {
            ResolveOneByOne(glued, context);
        }
        while (ResolveJointly(glued, context));

        foreach (var (row, splits, complete, digits, location) in glued)
        {
            if (splits.Count == 0)
            {
                context.Assume($"表三「{row.FullLabel}」行的数字「{digits}」之间缺少分隔，没有符合「总计 = 六类申请人之和」的拆分方式，无法确定，未读入数值", location, row.Cells[0].Path, quote: digits);
                continue;
            }

            var open = glued.ConvertAll(static g => g.Row);
            var fits = Evaluable(row, context) ? splits.Where(s => ColumnsHold(row, s, context, open)).ToList() : splits;
            var shown = fits.Count > 0 ? fits : splits;
            context.Ambiguous($"表三「{row.FullLabel}」行的数字「{digits}」之间缺少分隔，符合勾稽关系的拆分方式有 {GluedValues.HowMany(shown, complete)}，{GluedValues.Undecided(context, row.Cells, shown, complete)}", location, row.Cells[0].Path, digits);
        }
    }

    private static void ResolveOneByOne(List<(RowDefinition Row, List<long[]> Splits, bool Complete, string Digits, SourceLocation Location)> glued, AssemblyContext context)
    {
        var progress = true;
        var byNarrative = false;
        while (glued.Count > 0 && (progress || !byNarrative))
        {
            // The arithmetic first, as long as it makes progress; then one pass by the narrative, then the arithmetic again.
            byNarrative = !progress;
            progress = false;
            for (var i = 0; i < glued.Count; i++)
            {
                var (row, splits, complete, digits, location) = glued[i];
                var evaluable = splits.Count > 1 && Evaluable(row, context);
                var open = glued.ConvertAll(static g => g.Row);
                var fits = evaluable ? splits.Where(s => ColumnsHold(row, s, context, open)).ToList() : splits;
                if (fits.Count == 1 && evaluable)
                {
                    GluedValues.Store(context, row.Cells, fits[0], location);
                    context.Assume($"表三「{row.FullLabel}」行的数字「{digits}」之间缺少分隔，按行总计与表三勾稽关系只有一种拆分方式：{GluedValues.Show(fits[0])}", location, row.Cells[0].Path, quote: digits);
                    glued.RemoveAt(i--);
                    progress = true;
                }
                else if (byNarrative && GluedValues.TryDecideByNarrative(context, row.Cells, fits, complete, out var chosen, out var sentence))
                {
                    GluedValues.Store(context, row.Cells, chosen, location);
                    context.Assume($"表三「{row.FullLabel}」行的数字「{digits}」之间缺少分隔，符合勾稽关系的拆分方式有 {GluedValues.HowMany(fits, complete)}，按正文「{sentence}」只有一种相符：{GluedValues.Show(chosen)}", location, row.Cells[0].Path, quote: digits);
                    glued.RemoveAt(i--);
                    progress = true;
                }
            }
        }
    }

    // The most combinations of open rows tried together.
    private const int MaxCombinations = 4096;

    // Several outcome rows (or the outcome rows and （七）总计) whose digits each split several ways: no one of them can
    // be checked alone, since the outcome sum needs all. Every combination of their splits is tried against the outcome
    // sum of each column and the 勾稽关系; when exactly one holds, all of them are read from it.
    private static bool ResolveJointly(List<(RowDefinition Row, List<long[]> Splits, bool Complete, string Digits, SourceLocation Location)> glued, AssemblyContext context)
    {
        var open = glued.FindAll(static g => g.Row.IsOutcome || g.Row.Key == Table3Keys.TotalProcessed);
        if (open.Count < 2 || open.Exists(static g => !g.Complete || g.Splits.Count == 0))
        {
            return false;
        }

        long product = 1;
        foreach (var g in open)
        {
            product *= g.Splits.Count;
            if (product > MaxCombinations)
            {
                return false;
            }
        }

        var outcomeRows = ReportCatalog.Table3OutcomeRows.Where(r => context.Cells[r.Cells[0]].IsPresent || open.Exists(g => g.Row == r)).ToList();
        var choice = new int[open.Count];
        int[]? found = null;
        var fitting = 0;
        for (var n = 0; n < product; n++)
        {
            var k = n;
            for (var i = 0; i < open.Count; i++)
            {
                choice[i] = k % open[i].Splits.Count;
                k /= open[i].Splits.Count;
            }

            if (JointlyHold(open, choice, outcomeRows, context) && ++fitting == 1)
            {
                found = (int[])choice.Clone();
            }
        }

        if (fitting != 1 || found is null)
        {
            return false;
        }

        var labels = string.Join("」「", open.Select(static g => g.Row.FullLabel));
        for (var i = 0; i < open.Count; i++)
        {
            var (row, splits, _, digits, location) = open[i];
            GluedValues.Store(context, row.Cells, splits[found[i]], location);
            context.Assume($"表三「{row.FullLabel}」行的数字「{digits}」之间缺少分隔，与「{labels}」各行的拆分方式一起按各列办理结果之和与表三勾稽关系只有一种组合成立：{GluedValues.Show(splits[found[i]])}", location, row.Cells[0].Path, quote: digits);
            glued.Remove(open[i]);
        }

        return true;
    }

    private static bool JointlyHold(List<(RowDefinition Row, List<long[]> Splits, bool Complete, string Digits, SourceLocation Location)> open, int[] choice, List<RowDefinition> outcomeRows, AssemblyContext context)
    {
        decimal? Value(RowDefinition row, int column)
        {
            var i = open.FindIndex(g => g.Row == row);
            return i >= 0 ? open[i].Splits[choice[i]][column] : Number(context, row.Key, column) ?? (context.Cells[row.Cells[column]].IsPresent ? 0 : null);
        }

        var totalRow = ReportCatalog.GetRow(ReportTable.Table3, Table3Keys.TotalProcessed);
        for (var column = 0; column < 7; column++)
        {
            if (Value(totalRow, column) is not { } total)
            {
                return false;
            }

            decimal sum = 0;
            foreach (var row in outcomeRows)
            {
                if (Value(row, column) is not { } v)
                {
                    return false;
                }

                sum += v;
            }

            if (sum != total)
            {
                return false;
            }

            if (BalanceRows.Select(k => Value(ReportCatalog.GetRow(ReportTable.Table3, k), column)).ToList() is [{ } a, { } b, { } c, { } d] && a + b != c + d)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The item number (「2」 of 「2.重复申请」) of the row after <paramref name="row"/> in its group, or null.</summary>
    private static char? NextItemNumber(RowDefinition row)
    {
        var rows = ReportCatalog.Table3Rows;
        for (var i = 0; i + 1 < rows.Count; i++)
        {
            if (rows[i] == row)
            {
                var next = rows[i + 1];
                return next.Group == row.Group && next.Label.Length > 1 && char.IsAsciiDigit(next.Label[0]) ? next.Label[0] : null;
            }
        }

        return null;
    }

    private static readonly string[] BalanceRows = [Table3Keys.Received, Table3Keys.CarriedOver, Table3Keys.TotalProcessed, Table3Keys.CarriedForward];

    private static bool Evaluable(RowDefinition row, AssemblyContext context) =>
        BalanceRows.Contains(row.Key) ? BalanceRows.All(k => k == row.Key || Number(context, k, 0) is not null)
        : row.IsOutcome || row.Key == Table3Keys.TotalProcessed;

    private static decimal? Number(AssemblyContext context, string rowKey, int column)
    {
        var value = context.Cells[ReportCatalog.GetRow(ReportTable.Table3, rowKey).Cells[column]];
        return value.HasNumber ? value.Number : null;
    }

    // With another outcome row still open, the outcome sum cannot be checked for one row alone (it would leave the
    // open row out): only the 勾稽关系 is.
    private static bool ColumnsHold(RowDefinition row, long[] split, AssemblyContext context, List<RowDefinition> open)
    {
        var outcomeOpen = open.Exists(r => r != row && (r.IsOutcome || r.Key == Table3Keys.TotalProcessed));
        decimal? Value(string key, int column) => key == row.Key ? split[column] : Number(context, key, column);

        for (var column = 0; column < 7; column++)
        {
            if (BalanceRows.Contains(row.Key) && BalanceRows.Select(k => Value(k, column)).ToList() is [{ } a, { } b, { } c, { } d] && a + b != c + d)
            {
                return false;
            }

            if ((row.IsOutcome || row.Key == Table3Keys.TotalProcessed) && !outcomeOpen)
            {
                var outcome = ReportCatalog.Table3OutcomeRows.Where(r => r == row || context.Cells[r.Cells[0]].IsPresent).Select(r => Value(r.Key, column)).ToList();
                if (Value(Table3Keys.TotalProcessed, column) is { } total && outcome.All(v => v is not null) && outcome.Sum(v => v!.Value) != total)
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static bool IsHeader(TableLine line, HashSet<string> columns)
    {
        var any = false;
        foreach (var cell in line.FoldedLabelCells)
        {
            if (cell.Contains("勾稽", StringComparison.Ordinal) || cell.Contains("申请人情况", StringComparison.Ordinal) || cell.Contains("法人或其他组织", StringComparison.Ordinal))
            {
                any = true;
                if (cell.Contains("法人或其他组织", StringComparison.Ordinal))
                {
                    // A cell naming the group and its five kinds in one ("法人或其他组织商业企业科研机构…").
                    AddTokens(cell.Replace("法人或其他组织", string.Empty, StringComparison.Ordinal), columns, skipOther: true);
                }

                continue;
            }

            any |= AddTokens(cell, columns, skipOther: false);
        }

        return any;
    }

    private static bool AddTokens(string cell, HashSet<string> columns, bool skipOther)
    {
        var any = false;
        foreach (var (token, column) in HeaderTokens)
        {
            if ((skipOther && column == "otherOrganization") || !cell.Contains(token, StringComparison.Ordinal))
            {
                continue;
            }

            if (column == "otherOrganization" && cell != token)
            {
                continue;
            }

            columns.Add(column);
            any = true;
        }

        return any;
    }

    private static string Values(TableLine line) => string.Join(" ", line.Candidates.Select(c => c.Kind == CellTextKind.Empty ? "□" : c.Trimmed));

    /// <summary>Strips numbering and group prefixes: 「三、本年度办理结果(一)予以公开」 → 「予以公开」.</summary>
    /// <param name="folded">The folded label.</param>
    /// <returns>The core label.</returns>
    internal static string Core(string folded)
    {
        var s = folded.AsSpan();
        while (true)
        {
            var before = s.Length;
            s = Numbering.Strip(s, out _, out _);
            foreach (var group in Groups)
            {
                if (s.Length > group.Length && s.StartsWith(group, StringComparison.Ordinal))
                {
                    s = s[group.Length..];
                    break;
                }
            }

            if (s.Length == before)
            {
                return s.ToString();
            }
        }
    }

    // A row whose numbers a converter split over lines, with pieces of its label between (pdftotext -layout:
    // 「其他法律行政法规禁 0」/「2.」/「止公开 0 0 0 0 0 0」): one line holds some of the row's numbers and the next
    // lines the rest, exactly seven together, and the label pieces — the item number first — name one row.
    private static List<TableLine> MergeSplitRows(List<TableLine> lines, AssemblyContext context)
    {
        const int Width = 7;
        List<TableLine>? result = null;
        var copied = 0;
        var lastValued = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            var count = ValueCount(lines[i]);
            // Cells glued into runs (「000 0 00 0」: a count is never written with a leading zero) are not a row's numbers
            // split over lines: their digits are segmented where they stand.
            if (count is > 0 and < Width && !HasGluedToken(lines[i]) && lines[i].HasLabel && Match(Core(lines[i].FoldedLabel), out var own, allowSimilar: false) is var ownRow && !(ownRow is not null && own == MatchKind.Exact))
            {
                var total = count;
                var j = i;
                while (total < Width && j + 1 < lines.Count && j - i < 3 && !HasGluedToken(lines[j + 1]) && (IsFragment(lines[j + 1]) || total + ValueCount(lines[j + 1]) <= Width))
                {
                    j++;
                    total += IsNumbering(lines[j]) ? 0 : ValueCount(lines[j]);
                }

                if (total == Width)
                {
                    var start = i;
                    while (start - 1 > lastValued && start > copied && i - start < 4 && IsFragment(lines[start - 1]))
                    {
                        start--;
                    }

                    var end = j;
                    var row = MatchPieces(lines, start, end, out var how);
                    if (how != MatchKind.Exact && end + 1 < lines.Count && lines[end + 1] is { HasLabel: true, HasValue: false }
                        && MatchPieces(lines, start, end + 1, out var withNext) is { } longer && (row is null || withNext == MatchKind.Exact))
                    {
                        row = longer;
                        end++;
                    }

                    if (row is not null)
                    {
                        result ??= new List<TableLine>(lines.Count);
                        result.AddRange(lines.Skip(copied).Take(start - copied));
                        var pieces = lines.Skip(start).Take(end - start + 1).ToList();
                        var values = pieces.Where(p => !IsNumbering(p)).SelectMany(p => p.Candidates).Where(c => c.Kind == CellTextKind.Value);
                        var label = TableCell.From(new Content.ContentCell(row.Label, pieces[0].Location));
                        result.Add(TableLine.Of([label, .. values], pieces[0].Location));
                        context.Assume($"表三「{row.FullLabel}」行的标题和数值分在 {pieces.Count} 行（{string.Join(" / ", pieces.Select(Show))}），已合并为一行读取", pieces[0].Location, row.Cells[0].Path, Checking.Severity.Info);
                        copied = end + 1;
                        lastValued = end;
                        i = end;
                        continue;
                    }
                }
            }

            if (lines[i].HasValue && !IsNumbering(lines[i]))
            {
                lastValued = i;
            }
        }

        if (result is null)
        {
            return lines;
        }

        result.AddRange(lines.Skip(copied));
        return result;
    }

    private static bool HasGluedToken(TableLine line) =>
        line.Candidates.Any(static c => c.Kind == CellTextKind.Value && c.Trimmed.Length > 1 && c.Trimmed[0] == '0' && char.IsAsciiDigit(c.Trimmed[1]));

    private static string Show(TableLine line) => string.Join(" ", line.Cells.Where(c => c.Kind != CellTextKind.Empty).Select(c => c.Trimmed));

    private static int ValueCount(TableLine line) => line.Candidates.Count(c => c.Kind == CellTextKind.Value);

    // A line holding only an item number (「2.」「1、」), as pdftotext -layout leaves it between the pieces of its label.
    private static bool IsNumbering(TableLine line)
    {
        var cells = line.Cells.Where(c => c.Kind != CellTextKind.Empty).ToList();
        return cells.Count == 1 && cells[0].Folded is { Length: >= 2 and <= 3 } f && char.IsAsciiDigit(f[0]) && f[^1] is '.' or '、' && (f.Length == 2 || char.IsAsciiDigit(f[1]));
    }

    private static bool StartsFirstItem(List<TableLine> lines, int index) =>
        index < lines.Count && lines[index].FoldedLabel is { Length: > 2 } f && f[0] == '1' && f[1] is '.' or '、';

    private static bool IsFragment(TableLine line) => line is { HasLabel: true, HasValue: false } || IsNumbering(line);

    // The row the label pieces name: joined in order with the item number first, matched exactly, by prefix, by the
    // distinctive part, or as the official label with a group label's pieces (「其他处」「理」) interleaved.
    private static RowDefinition? MatchPieces(List<TableLine> lines, int start, int end, out MatchKind how)
    {
        var numbering = new System.Text.StringBuilder();
        var text = new System.Text.StringBuilder();
        for (var k = start; k <= end; k++)
        {
            if (IsNumbering(lines[k]))
            {
                numbering.Append(lines[k].Cells.First(c => c.Kind != CellTextKind.Empty).Folded);
            }
            else
            {
                text.Append(lines[k].FoldedLabel);
            }
        }

        var folded = text.ToString();
        var at = numbering.Length == 0 ? -1 : folded.IndexOf(')', StringComparison.Ordinal);
        var joined = numbering.Length == 0 ? folded : folded.Insert(at >= 0 && at < 4 ? at + 1 : 0, numbering.ToString());
        var row = Match(Core(joined), out how, allowSimilar: false) ?? MatchDistinctive(joined, out how);
        if (row is not null)
        {
            return row;
        }

        var core = Core(joined);
        RowDefinition? best = null;
        var bestLength = 0;
        var tie = false;
        foreach (var (candidate, official) in Cores)
        {
            if (official.Length < 6 || core.Length - official.Length is < 0 or > 8 || !IsSubsequence(official, core))
            {
                continue;
            }

            if (official.Length > bestLength)
            {
                (best, bestLength, tie) = (candidate, official.Length, false);
            }
            else if (official.Length == bestLength)
            {
                tie = true;
            }
        }

        how = best is null || tie ? MatchKind.None : MatchKind.Similar;
        return tie ? null : best;
    }

    private static bool IsSubsequence(string part, string whole)
    {
        var k = 0;
        foreach (var c in whole)
        {
            if (k < part.Length && part[k] == c)
            {
                k++;
            }
        }

        return k == part.Length;
    }

    // A value line after label pieces: the pieces and the values are the row. When they do not name a row, the first
    // pieces may be the end of the row before (「形，不计其他情形）」 after a label whose start ran into the group label):
    // the longest tail of the pieces that names a row with the values is taken.
    private static TableLine WithPieces(TableLine pending, List<TableLine> pieces, TableLine values)
    {
        var whole = TableLine.Combine(pending, values);
        if (pieces.Count < 2 || MatchAny(whole.FoldedLabel, out _) is not null)
        {
            return whole;
        }

        for (var k = 1; k < pieces.Count; k++)
        {
            var rest = pieces[k];
            for (var j = k + 1; j < pieces.Count; j++)
            {
                rest = TableLine.Combine(rest, pieces[j]);
            }

            var candidate = TableLine.Combine(rest, values);
            if (MatchAny(candidate.FoldedLabel, out _) is not null)
            {
                return candidate;
            }
        }

        return whole;
    }

    // Whether the pending pieces and the line together still name a row (the pieces are the start of its label).
    private static bool StartsRowWith(TableLine pending, TableLine line)
    {
        var combined = TableLine.Combine(pending, line);
        return (Match(Core(combined.FoldedLabel), out _) ?? MatchDistinctive(combined.FoldedLabel, out _)) is not null;
    }

    // Whether the fragment is the missing end of the row's label: the label was incomplete and is now the official one.
    private static bool Completes(RowDefinition row, string label, string fragment)
    {
        var official = Cores.First(c => c.Row == row).Core;
        return Core(TextFold.Fold(label)) != official && Core(TextFold.Fold(label + fragment)) == official;
    }

    /// <summary>
    /// Matches a label by its distinctive part: the text from one of its numbering marks on (「不予公5.属于三类内部事务信息」,
    /// 「度办3.补正后申请内容仍不明确」, 「予处理4.无正当理由大量反复申请」), where pieces of a group label written vertically
    /// or split across cells stand before the row's own label. Only an exact or prefix match counts.
    /// </summary>
    /// <param name="folded">The folded label.</param>
    /// <param name="how">How the distinctive part matched.</param>
    /// <returns>The row, or null.</returns>
    internal static RowDefinition? MatchDistinctive(string folded, out MatchKind how)
    {
        for (var p = folded.Length - 2; p > 0; p--)
        {
            var numbered = char.IsAsciiDigit(folded[p]) && folded[p + 1] is '.' or '、' && !char.IsAsciiDigit(folded[p - 1]);
            var grouped = folded[p] == '(' && p + 2 < folded.Length && folded[p + 2] == ')' && "一二三四五六七".Contains(folded[p + 1], StringComparison.Ordinal);
            if (!numbered && !grouped)
            {
                continue;
            }

            var row = Match(Core(folded[p..]), out how, allowSimilar: false);
            if (row is not null && how is MatchKind.Exact or MatchKind.Prefix)
            {
                return row;
            }
        }

        how = MatchKind.None;
        return null;
    }

    internal enum MatchKind
    {
        None,
        Exact,
        Prefix,
        Similar,
        Scrambled,
    }

    // Exact and prefix matches first, then the distinctive part, then the characters out of order, and only then a
    // similar label (a scrambled label has exactly the official characters; a similar one only most of them).
    private static RowDefinition? MatchAny(string folded, out MatchKind how)
    {
        var core = Core(folded);
        return Match(core, out how, allowSimilar: false) ?? MatchDistinctive(folded, out how) ?? MatchScrambled(folded, out how) ?? Match(core, out how);
    }

    private static RowDefinition? MatchScrambled(string folded, out MatchKind how)
    {
        var row = ScrambledLabel.Match(folded);
        how = row is null ? MatchKind.None : MatchKind.Scrambled;
        return row;
    }

    internal static RowDefinition? Match(string core, out MatchKind how, bool allowSimilar = true)
    {
        how = MatchKind.None;
        if (core.Length == 0)
        {
            return null;
        }

        foreach (var (row, candidate) in Cores)
        {
            if (core == candidate)
            {
                how = MatchKind.Exact;
                return row;
            }
        }

        if (core.StartsWith("部分公开", StringComparison.Ordinal))
        {
            how = MatchKind.Exact;
            return ReportCatalog.GetRow(ReportTable.Table3, "partiallyGranted");
        }

        RowDefinition? best = null;
        var bestLength = 0;
        foreach (var (row, candidate) in Cores)
        {
            if (candidate.Length < 4)
            {
                continue;
            }

            // A label broken over two lines, or a label with trailing notes.
            var prefix = core.Length >= 4 && candidate.StartsWith(core, StringComparison.Ordinal) && core.Length * 5 >= candidate.Length * 3;
            var extended = core.StartsWith(candidate, StringComparison.Ordinal);
            if ((prefix || extended) && candidate.Length > bestLength)
            {
                best = row;
                bestLength = candidate.Length;
            }
        }

        if (best is not null)
        {
            how = MatchKind.Prefix;
            return best;
        }

        if (core.Length < 4 || !allowSimilar)
        {
            return null;
        }

        double top = 0, second = 0;
        foreach (var (row, candidate) in Cores)
        {
            if (candidate.Length < 4)
            {
                continue;
            }

            var similarity = LabelText.Similarity(core, candidate);
            if (similarity > top)
            {
                second = top;
                top = similarity;
                best = row;
            }
            else if (similarity > second)
            {
                second = similarity;
            }
        }

        if (best is not null && top >= 0.7 && top - second >= 0.15)
        {
            how = MatchKind.Similar;
            return best;
        }

        return null;
    }
}
