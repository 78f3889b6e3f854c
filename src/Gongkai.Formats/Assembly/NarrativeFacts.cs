// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Text.RegularExpressions;
using Gongkai.Checking.Rules;
using Gongkai.Documents;
using Gongkai.Text;

namespace Gongkai.Formats.Assembly;

/// <summary>Counts the narrative states for a few table cells (「现行有效行政规范性文件698件」, 「新收政府信息公开申请713件」),
/// used to choose among the segmentations of a glued digit run that the tables' arithmetic leaves open.</summary>
/// <remarks>
/// <para>Deliberately narrow, like <c>narrative.mismatch</c> and stricter: in a clause, a count (a number followed by
/// 件/个/条, not 余/多/近/约/超过) takes the scope of the nearest keyword before it, and only these scopes are read:
/// 现行有效 / 制发 / 废止 with 规范性文件 or 规章 in the clause (table 二); 新收 / 收到 / 共收 / 接收 with 申请 in the sentence
/// (table 三 新收 总计), 上年结转 and 结转下年度 (their 总计); 行政复议 alone (table 四 复议 总计). Sentences naming another year,
/// and section 五, are skipped.</para>
/// <para>A cell stated twice with different numbers is not used.</para>
/// </remarks>
internal sealed partial class NarrativeFacts
{
    private static readonly char[] ClauseBreaks = ['，', ',', '：', ':', '（', '）', '(', ')', '；', ';', '、'];

    private static readonly (string Keyword, string Scope)[] Keywords =
    [
        ("现行有效", "inForce"), ("制发", "issued"), ("印发", "issued"), ("出台", "issued"), ("制定", "issued"), ("新增", "issued"), ("发布", "issued"), ("废止", "repealed"),
        ("上年结转", "carriedOver"), ("上年度结转", "carriedOver"), ("上一年度结转", "carriedOver"),
        ("结转下年", "carriedForward"), ("结转至下年", "carriedForward"), ("结转到下年", "carriedForward"),
        ("新收", "received"), ("收到", "received"), ("共收", "received"), ("接收", "received"),
        ("受理", "other"), ("办结", "other"), ("答复", "other"), ("予以公开", "other"), ("部分公开", "other"), ("不予公开", "other"),
        ("同意公开", "other"), ("无法提供", "other"), ("不予处理", "other"), ("其他处理", "other"), ("诉讼", "other"),
        ("行政复议", "reconsideration"),
    ];

    private readonly Dictionary<string, List<(decimal Value, string Sentence)>> _facts = new(StringComparer.Ordinal);

    private NarrativeFacts()
    {
    }

    /// <summary>Gets facts that state nothing.</summary>
    public static NarrativeFacts Empty { get; } = new();

    /// <summary>Reads the counts stated in the preamble and the sections (section 五 excepted).</summary>
    /// <param name="paragraphs">The paragraphs with their section number (0 for the preamble).</param>
    /// <param name="year">The report year, or null.</param>
    /// <returns>The facts.</returns>
    public static NarrativeFacts Read(IEnumerable<(int Section, TextParagraph Paragraph)> paragraphs, int? year)
    {
        var facts = new NarrativeFacts();
        foreach (var (section, paragraph) in paragraphs)
        {
            if (section == 5 || !paragraph.Text.AsSpan().ContainsAnyInRange('0', '9'))
            {
                continue;
            }

            foreach (var sentence in TextUnits.Sentences(paragraph.Text))
            {
                if (!sentence.AsSpan().ContainsAnyInRange('0', '9') || Checking.Rules.NarrativeRule.MentionsOtherYear(sentence, year))
                {
                    continue;
                }

                var compact = sentence.Trim().Replace(" ", string.Empty, StringComparison.Ordinal).Replace("\u3000", string.Empty, StringComparison.Ordinal);
                string? subject = null;
                foreach (var clause in compact.Split(ClauseBreaks))
                {
                    facts.ReadClause(clause, compact, ref subject);
                }
            }
        }

        return facts;
    }

    /// <summary>Returns the one count the narrative states for <paramref name="cellPath"/>, with the sentence, or null
    /// when it states none or several different ones.</summary>
    /// <param name="cellPath">The flattened cell path.</param>
    /// <returns>The count and its sentence, or null.</returns>
    public (decimal Value, string Sentence)? Stated(string cellPath)
    {
        if (!_facts.TryGetValue(cellPath, out var list) || list.Count == 0)
        {
            return null;
        }

        var first = list[0];
        return list.TrueForAll(f => f.Value == first.Value) ? first : null;
    }

    // Table 四's results as the narrative states them: 「行政复议351件，其中结果维持72件，结果纠正64件…；行政诉讼46件，
    // 其中结果维持25件…」. Litigation counts are the sum of its two blocks (未经复议直接起诉 + 复议后起诉), stated under
    // the key table4.litigation.* (see <see cref="LitigationPrefix"/>).
    private static readonly (string Word, string Column)[] Results =
        [("维持", "upheld"), ("纠正", "corrected"), ("其他结果", "other"), ("尚未审结", "pending"), ("未审结", "pending")];

    /// <summary>The key prefix of counts stated for both litigation blocks together.</summary>
    public const string LitigationPrefix = "table4.litigation.";

    private void ReadClause(string clause, string sentence, ref string? subject)
    {
        if (clause.Contains("诉讼", StringComparison.Ordinal))
        {
            subject = "litigation";
        }
        else if (clause.Contains("行政复议", StringComparison.Ordinal))
        {
            subject = "reconsideration";
        }

        var matches = Count().Matches(clause);
        var previousEnd = 0;
        foreach (Match m in matches)
        {
            var before = clause[previousEnd..m.Index];
            previousEnd = m.Index + m.Length;
            if (m.Groups["approx"].Success || before.EndsWith('近') || before.EndsWith('约') || before.EndsWith("超过", StringComparison.Ordinal))
            {
                continue;
            }

            var scope = NearestScope(clause[..m.Index]);
            var result = subject is null ? null : Results.FirstOrDefault(r => before.Contains(r.Word, StringComparison.Ordinal)).Column;
            var cell = result is not null ? (subject == "litigation" ? LitigationPrefix + result : $"table4.reconsideration.{result}")
                : scope switch
            {
                "other" when subject == "litigation" && before.Contains("诉讼", StringComparison.Ordinal) => LitigationPrefix + "total",
                "inForce" or "issued" or "repealed" => Table2Row(clause) is { } row ? $"table2.{row}.{scope}" : null,
                "received" when sentence.Contains("申请", StringComparison.Ordinal) => "table3.received.total",
                "carriedOver" => "table3.carriedOver.total",
                "carriedForward" => "table3.carriedForward.total",
                "reconsideration" when !clause.Contains("诉讼", StringComparison.Ordinal) => "table4.reconsideration.total",
                _ => null,
            };
            if (cell is null)
            {
                continue;
            }

            if (!_facts.TryGetValue(cell, out var list))
            {
                _facts[cell] = list = [];
            }

            list.Add((Digits.ParseLong(m.Groups["n"].ValueSpan), sentence));
        }
    }

    private static string? Table2Row(string clause)
    {
        var normative = clause.Contains("规范性文件", StringComparison.Ordinal);
        var regulations = clause.Contains("规章", StringComparison.Ordinal);
        return normative == regulations ? null : normative ? "normativeDocuments" : "regulations";
    }

    private static string? NearestScope(string before)
    {
        var best = -1;
        string? scope = null;
        foreach (var (keyword, s) in Keywords)
        {
            var at = before.LastIndexOf(keyword, StringComparison.Ordinal);
            if (at > best)
            {
                best = at;
                scope = s;
            }
        }

        return scope;
    }

    [GeneratedRegex(@"(?<![\d.])(?<n>\d{1,9})(?<approx>余|多)?(?:件|个|条)")]
    private static partial Regex Count();
}
