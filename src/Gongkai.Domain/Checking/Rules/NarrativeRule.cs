// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Globalization;
using System.Text.RegularExpressions;
using Gongkai.Cells;
using Gongkai.Documents;
using Gongkai.Text;

namespace Gongkai.Checking.Rules;

/// <summary><c>narrative.mismatch</c>: a count in the narrative disagrees with the table it describes.</summary>
/// <remarks>
/// <para>Each number followed by 件/起/宗 is given a scope from the nearest keyword before it in its
/// clause (or, failing that, after it): 新收/收到 and 受理 (either 新收 alone or 新收 + 上年结转), 办结/答复
/// (办理结果总计, or 新收), 上年结转, 结转下年度, the outcome groups (予以公开, 部分公开 … 其他处理,
/// summed when a clause names several), 行政复议, 行政诉讼 (both litigation blocks), 现行有效 and 制发
/// 规范性文件.</para>
/// <para>When unsure the rule says nothing: numbers with 余/多/近/约, sentences about another year,
/// section 五, and clauses with no recognised scope are skipped.</para>
/// </remarks>
internal sealed partial class NarrativeRule : IReportRule
{
    private enum Scope
    {
        None,
        CarriedForward,
        CarriedOver,
        Received,
        Accepted,
        Processed,
        Granted,
        Partial,
        Denied,
        Unable,
        NotHandled,
        OtherHandled,
        Reconsideration,
        Litigation,
        InForce,
        Issued,
    }

    private static readonly (string Keyword, Scope Scope)[] Keywords =
    [
        ("结转下年", Scope.CarriedForward), ("顺延到下年", Scope.CarriedForward), ("顺延至下年", Scope.CarriedForward), ("转入下年", Scope.CarriedForward), ("下年度继续", Scope.CarriedForward),
        ("上年结转", Scope.CarriedOver), ("上年度结转", Scope.CarriedOver), ("上一年度结转", Scope.CarriedOver),
        ("新收", Scope.Received), ("收到", Scope.Received), ("接收", Scope.Received), ("共收", Scope.Received),
        ("受理", Scope.Accepted),
        ("办结", Scope.Processed), ("答复", Scope.Processed), ("办理完毕", Scope.Processed),
        ("部分公开", Scope.Partial), ("不予公开", Scope.Denied), ("予以公开", Scope.Granted), ("全部公开", Scope.Granted),
        ("同意公开", Scope.Granted), ("准予公开", Scope.Granted), ("区分处理", Scope.Partial), ("不公开", Scope.Denied),
        ("没有现成信息", Scope.Unable), ("信息不存在", Scope.Unable), ("补正后申请内容仍不明确", Scope.Unable),
        ("无法提供", Scope.Unable), ("不掌握", Scope.Unable), ("不予处理", Scope.NotHandled), ("其他处理", Scope.OtherHandled),
        ("行政复议", Scope.Reconsideration), ("行政诉讼", Scope.Litigation),
        ("现行有效", Scope.InForce), ("制发", Scope.Issued),
    ];

    private static readonly System.Buffers.SearchValues<char> CountUnits = System.Buffers.SearchValues.Create("件起宗");

    private static readonly string[] AllUpheld = ["均获维持", "均被维持", "均予维持", "均予以维持", "全部维持", "均维持", "全部获得维持", "全部被维持"];

    private static readonly char[] ClauseBreaks = ['，', ',', '：', ':', '（', '）', '(', ')', '；', ';'];

    public IReadOnlyList<string> Ids { get; } = [RuleIds.NarrativeMismatch];

    public void Check(AnnualReport report, List<Finding> findings)
    {
        var cells = report.Cells;
        foreach (var (section, paragraph) in TextUnits.Paragraphs(report))
        {
            if (section == 5)
            {
                continue;
            }

            if (paragraph.Text.Contains("维持", StringComparison.Ordinal))
            {
                CheckAllUpheld(report, section, paragraph, findings);
            }

            if (paragraph.Text.AsSpan().IndexOfAny(CountUnits) < 0)
            {
                continue;
            }

            foreach (var sentence in TextUnits.Sentences(paragraph.Text))
            {
                if (sentence.AsSpan().IndexOfAny(CountUnits) < 0 || MentionsOtherYear(sentence, report.Year))
                {
                    continue;
                }

                foreach (var clause in sentence.Split(ClauseBreaks))
                {
                    if (clause.AsSpan().IndexOfAny(CountUnits) < 0 || !clause.AsSpan().ContainsAnyInRange('0', '9'))
                    {
                        continue;
                    }

                    CheckClause(cells, section, paragraph, sentence, clause, findings);
                }
            }
        }
    }

    /// <summary>「行政复议…均获维持」: every case of the blocks named was upheld, so table 四 has no 纠正, 其他 or 尚未审结 there.</summary>
    private static void CheckAllUpheld(AnnualReport report, int section, TextParagraph paragraph, List<Finding> findings)
    {
        foreach (var sentence in TextUnits.Sentences(paragraph.Text))
        {
            var folded = sentence.Replace(" ", string.Empty, StringComparison.Ordinal);
            var at = AllUpheld.Select(p => folded.IndexOf(p, StringComparison.Ordinal)).Where(i => i >= 0).DefaultIfEmpty(-1).Min();
            if (at < 0 || MentionsOtherYear(sentence, report.Year))
            {
                continue;
            }

            var before = folded[..at];
            var blocks = new List<(string Key, string Name)>();
            if (before.Contains("复议", StringComparison.Ordinal))
            {
                blocks.Add(("reconsideration", "行政复议"));
            }

            if (before.Contains("诉讼", StringComparison.Ordinal))
            {
                blocks.Add(("litigationDirect", "未经复议直接起诉的行政诉讼"));
                blocks.Add(("litigationAfterReconsideration", "复议后起诉的行政诉讼"));
            }

            var problems = new List<string>();
            foreach (var (key, name) in blocks)
            {
                var row = ReportCatalog.GetRow(ReportTable.Table4, key);
                foreach (var (column, label) in (ReadOnlySpan<(string, string)>)[("corrected", "结果纠正"), ("other", "其他结果"), ("pending", "尚未审结")])
                {
                    if (ReportCatalog.FindCell(row, column) is { } cell && RuleHelpers.Number(report.Cells, cell) is > 0 and var n)
                    {
                        problems.Add($"{name}{label} {RuleHelpers.N(n)} 件");
                    }
                }
            }

            if (problems.Count == 0)
            {
                continue;
            }

            findings.Add(new Finding
            {
                Rule = RuleIds.NarrativeMismatch,
                Severity = Severity.Warning,
                Message = $"正文说「{TextUnits.Quote(sentence.Trim(), 0, 40)}」，但表四显示{string.Join("、", problems)}，并非全部维持。",
                Section = section == 0 ? null : section,
                Quote = TextUnits.Quote(sentence),
                Expected = "全部为结果维持",
                Actual = string.Join("；", problems),
                Location = paragraph.Location,
            });
        }
    }

    private static void CheckClause(ReportCells cells, int section, TextParagraph paragraph, string sentence, string clause, List<Finding> findings)
    {
        var previousEnd = 0;
        var matches = Count().Matches(clause);
        for (var k = 0; k < matches.Count; k++)
        {
            var m = matches[k];
            var before = clause[previousEnd..m.Index];
            var nextStart = k + 1 < matches.Count ? matches[k + 1].Index : clause.Length;
            var after = clause[(m.Index + m.Length)..nextStart];
            previousEnd = m.Index + m.Length;
            if (m.Groups["approx"].Success || before.EndsWith('近') || before.EndsWith('约') || before.EndsWith("超过", StringComparison.Ordinal))
            {
                continue;
            }

            // The keyword nearest the number decides: the last one before it, else the first one after it.
            var scopes = Scopes(before, nearestLast: true);
            if (scopes.Count == 0)
            {
                scopes = Scopes(after, nearestLast: false);
            }

            if (scopes.Count == 0)
            {
                continue;
            }

            decimal stated = Digits.ParseLong(m.Groups["n"].ValueSpan);
            var (allowed, description) = Allowed(cells, scopes, sentence);
            if (allowed is null || allowed.Contains(stated))
            {
                continue;
            }

            findings.Add(new Finding
            {
                Rule = RuleIds.NarrativeMismatch,
                Severity = Severity.Warning,
                Message = $"正文说「{TextUnits.Quote(clause.Trim(), 0, 40)}」，与表格不一致：{description}。",
                Section = section == 0 ? null : section,
                Quote = TextUnits.Quote(sentence),
                Expected = string.Join(" 或 ", allowed.Distinct().Select(RuleHelpers.N)),
                Actual = RuleHelpers.N(stated),
                Location = paragraph.Location,
            });
        }

    }

    private static List<Scope> Scopes(string text, bool nearestLast)
    {
        var found = new List<(int At, int End, Scope Scope)>();
        foreach (var (keyword, scope) in Keywords)
        {
            var at = nearestLast ? text.LastIndexOf(keyword, StringComparison.Ordinal) : text.IndexOf(keyword, StringComparison.Ordinal);
            if (at >= 0 && !(scope == Scope.Granted && at > 0 && text[at - 1] is '不' or '分')
                && !(scope == Scope.Denied && keyword == "不公开" && at > 0 && text[at - 1] == '予'))
            {
                found.Add((at, at + keyword.Length, scope));
            }
        }

        // 「同意公开答复9件」「部分公开答复0件」: the outcome word decides, 「答复」 only says that it was answered.
        found.RemoveAll(f => f.Scope == Scope.Processed && found.Exists(o => o.Scope is >= Scope.Granted and <= Scope.OtherHandled && o.End is var end && end <= f.At && f.At - end <= 1));

        var ordered = nearestLast ? found.OrderByDescending(f => f.At) : found.OrderBy(f => f.At);
        return [.. ordered.Select(f => f.Scope).Distinct()];
    }

    private static (List<decimal>? Allowed, string Description) Allowed(ReportCells cells, List<Scope> scopes, string sentence)
    {
        decimal? T(string row) => RowTotal(cells, row);
        decimal? Group(string prefix)
        {
            decimal? sum = 0;
            foreach (var r in ReportCatalog.Table3OutcomeRows)
            {
                if (r.Key.StartsWith(prefix, StringComparison.Ordinal) && cells.HasRow(r))
                {
                    sum += T(r.Key);
                }
            }

            return sum;
        }

        decimal? T4(string block) => RuleHelpers.Number(cells, ReportCatalog.FindCell(ReportCatalog.GetRow(ReportTable.Table4, block), Table4Keys.Total)!);
        decimal? T2(string row, string column) => ReportCatalog.FindRow(ReportTable.Table2, row) is { } r && ReportCatalog.FindCell(r, column) is { } c ? RuleHelpers.Number(cells, c) : null;

        var received = T("received");
        var carried = T("carriedOver");
        var first = scopes[0];
        var folded = sentence.Replace(" ", string.Empty, StringComparison.Ordinal);
        var aboutApplications = folded.Contains("申请", StringComparison.Ordinal) || folded.Contains("信息公开", StringComparison.Ordinal);
        switch (first)
        {
            case Scope.CarriedForward:
                return One(T("carriedForward"), "表三「四、结转下年度继续办理」总计为 {0}");
            case Scope.CarriedOver:
                return One(carried, "表三「二、上年结转」总计为 {0}");
            case Scope.Reconsideration when !scopes.Contains(Scope.Litigation):
                return One(T4("reconsideration"), "表四行政复议总计为 {0}");
            case Scope.InForce or Scope.Issued:
                var column = first == Scope.InForce ? "inForce" : "issued";
                var label = first == Scope.InForce ? "现行有效件数" : "本年制发件数";
                if (folded.Contains("规范性文件", StringComparison.Ordinal))
                {
                    return One(T2("normativeDocuments", column), $"表二行政规范性文件{label}为 {{0}}");
                }

                return folded.Contains("规章", StringComparison.Ordinal) ? One(T2("regulations", column), $"表二规章{label}为 {{0}}") : (null, string.Empty);
            case Scope.Litigation when !scopes.Contains(Scope.Reconsideration):
                var direct = T4("litigationDirect");
                var after = T4("litigationAfterReconsideration");
                return One(direct + after, "表四行政诉讼（未经复议直接起诉与复议后起诉）合计为 {0}");
        }

        var outcome = scopes.Where(s => s is >= Scope.Granted and <= Scope.OtherHandled).ToList();
        if (outcome.Count > 0 && first is >= Scope.Granted and <= Scope.OtherHandled)
        {
            decimal? sum = 0;
            foreach (var s in outcome)
            {
                sum += s switch
                {
                    Scope.Granted => T("granted"),
                    Scope.Partial => T("partiallyGranted"),
                    Scope.Denied => Group("denied"),
                    Scope.Unable => Group("unable"),
                    Scope.NotHandled => Group("notHandled"),
                    _ => Group("other"),
                };
            }

            return One(sum, "表三对应的办理结果合计为 {0}");
        }

        if (!aboutApplications)
        {
            return (null, string.Empty);
        }

        var processed = T("totalProcessed");
        var hasReceived = scopes.Contains(Scope.Received) || scopes.Contains(Scope.Accepted);
        var hasProcessed = scopes.Contains(Scope.Processed);
        if (received is null || carried is null)
        {
            return (null, string.Empty);
        }

        if (hasReceived && !hasProcessed)
        {
            return ([received.Value, received.Value + carried.Value], $"表三本年新收申请总计为 {RuleHelpers.N(received.Value)}（加上年结转为 {RuleHelpers.N(received.Value + carried.Value)}）");
        }

        if (processed is null)
        {
            return (null, string.Empty);
        }

        if (hasProcessed && !hasReceived)
        {
            return ([processed.Value, received.Value], $"表三办理结果总计为 {RuleHelpers.N(processed.Value)}，本年新收为 {RuleHelpers.N(received.Value)}");
        }

        return ([received.Value, received.Value + carried.Value, processed.Value], $"表三本年新收为 {RuleHelpers.N(received.Value)}，办理结果总计为 {RuleHelpers.N(processed.Value)}");
    }

    /// <summary>A table-三 row's 总计, or, when the 总计 cell is blank (2019-format reports often leave it so), the sum of its applicant cells.</summary>
    private static decimal? RowTotal(ReportCells cells, string row)
    {
        if (RuleHelpers.Number(cells, RuleHelpers.Cell(row, Table3Keys.Total)) is { } total)
        {
            return total;
        }

        if (cells[RuleHelpers.Cell(row, Table3Keys.Total)].State != CellState.Blank)
        {
            return null;
        }

        decimal sum = 0;
        var any = false;
        foreach (var column in Table3Keys.ApplicantColumns)
        {
            var v = cells[RuleHelpers.Cell(row, column)];
            if (v.HasNumber)
            {
                sum += v.Number;
                any = true;
            }
            else if (v.State != CellState.Blank)
            {
                return null;
            }
        }

        return any ? sum : null;
    }

    private static (List<decimal>? Allowed, string Description) One(decimal? value, string description) =>
        value is { } v ? ([v], string.Format(CultureInfo.InvariantCulture, description, RuleHelpers.N(v))) : (null, string.Empty);

    /// <summary>Returns whether the sentence names a year other than the report's (its numbers are about that year).</summary>
    /// <param name="sentence">The sentence.</param>
    /// <param name="year">The report's year, if known.</param>
    /// <returns>Whether it does.</returns>
    internal static bool MentionsOtherYear(string sentence, int? year)
    {
        if (year is null)
        {
            return false;
        }

        foreach (Match m in YearMention().Matches(sentence))
        {
            if (Digits.ParseInt(m.Groups[1].ValueSpan) != year)
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"(?<![\d.])(?<n>\d{1,9})\s*(?<approx>余|多)?\s*(?:件|起|宗)")]
    private static partial Regex Count();

    [GeneratedRegex(@"((?:19|20)\d{2})\s*年")]
    private static partial Regex YearMention();
}
