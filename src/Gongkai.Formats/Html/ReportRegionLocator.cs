// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Runtime.InteropServices;
using System.Text;
using AngleSharp.Dom;
using Gongkai.Text;

namespace Gongkai.Formats.Html;

/// <summary>Finds the annual report inside a web page: the smallest element that holds all of it.</summary>
/// <remarks>
/// <para>Government pages wrap the report in site chrome (header, menus, breadcrumbs, share bars, footer,
/// related links). Class names differ by CMS (<c>TRS_Editor</c>, <c>#zoom</c>, <c>.article</c> …), so the
/// report is found by what it says instead: the page's text is folded (<see cref="TextFold"/>: whitespace
/// dropped, traditional characters simplified) and every element is scored by which of the six statutory
/// section titles it contains and how many statistical tables (tables without nested tables whose text has
/// labels such as 本年新收, 予以公开, 结果维持, 第二十条) it holds.</para>
/// <para>Starting at <c>body</c>, the locator descends into the child that holds everything its parent holds
/// (the same section titles and the same tables) and stops where the report is spread over several
/// children. That element is the container. When the container does not start with the report title, the
/// nearest title-like element before it (<c>h1</c>–<c>h3</c> or a class or id containing "title") that names a
/// 政府信息公开 年度报告/年报 with a year is taken as the title, else the page's <c>ArticleTitle</c> meta or
/// <c>title</c>.</para>
/// </remarks>
internal sealed class ReportRegionLocator
{
    private const char Separator = '\u0001';

    private static readonly string[] SectionKeys =
    [
        TextFold.Fold("总体情况"),
        TextFold.Fold("主动公开政府信息情况"),
        TextFold.Fold("收到和处理政府信息公开申请情况"),
        TextFold.Fold("行政诉讼情况"),
        TextFold.Fold("存在的主要问题"),
        TextFold.Fold("其他需要报告的事项"),
    ];

    private static readonly string[] TableKeys =
    [
        TextFold.Fold("本年新收"), TextFold.Fold("上年结转"), TextFold.Fold("予以公开"), TextFold.Fold("结果维持"),
        TextFold.Fold("结果纠正"), TextFold.Fold("尚未审结"), TextFold.Fold("第二十条"), TextFold.Fold("本年制发"),
        TextFold.Fold("现行有效"), TextFold.Fold("申请人情况"), TextFold.Fold("法人或其他组织"),
    ];

    private readonly StringBuilder _folded = new();
    // The measured elements in document order (an element's index is its order); a list, because a dictionary
    // keyed by element cost more than the measuring (the first hash code of each DOM object is slow to make).
    private readonly List<Measured> _measured = new(1024);
    private readonly List<int> _dataTables = [];
    private readonly List<int> _tableCandidates = [];
    private readonly List<int>[] _sectionHits = new List<int>[SectionKeys.Length];
    private readonly CancellationToken _cancellationToken;
    private string _text = string.Empty;
    private Dictionary<IElement, int>? _indexOf;

    private ReportRegionLocator(CancellationToken cancellationToken)
    {
        _cancellationToken = cancellationToken;
    }

    /// <summary>Finds the report in a parsed page.</summary>
    /// <param name="document">The page.</param>
    /// <param name="cancellationToken">Cancels a long search.</param>
    /// <returns>The region, or null when the page holds no section title and no statistical table.</returns>
    public static ReportRegion? Locate(IDocument document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var root = document.Body ?? document.DocumentElement;
        if (root is null)
        {
            return null;
        }

        var locator = new ReportRegionLocator(cancellationToken);
        locator.Measure(root, 0);
        locator.Index();
        var rootScore = locator.ScoreOf(0);
        if (rootScore.Sections == 0 && rootScore.Tables == 0)
        {
            return null;
        }

        var container = locator.Descend(0);
        var element = locator._measured[container].Element;
        var title = locator.StartsWithTitle(container) ? null : FindTitle(document, element);
        return new ReportRegion(element, title, locator.HoldsReport);
    }

    private static string? FindTitle(IDocument document, IElement container)
    {
        string? best = null;
        foreach (var element in document.Body?.QuerySelectorAll("*") ?? Enumerable.Empty<IElement>())
        {
            if (element == container)
            {
                break;
            }

            if (element.Contains(container) || !IsTitleLike(element))
            {
                continue;
            }

            var text = RenderedText(element);
            if (IsReportTitle(text))
            {
                best = text;
            }
        }

        if (best is not null)
        {
            return best;
        }

        var meta = document.QuerySelector("meta[name='ArticleTitle' i]")?.GetAttribute("content")?.Trim();
        if (meta is not null && IsReportTitle(meta))
        {
            return meta;
        }

        foreach (var part in (document.Title ?? string.Empty).Split(['_', '|', '-', '–', '—'], StringSplitOptions.TrimEntries))
        {
            if (IsReportTitle(part))
            {
                return part;
            }
        }

        return null;
    }

    private static bool IsTitleLike(IElement element)
    {
        if (element.LocalName is "h1" or "h2" or "h3")
        {
            return true;
        }

        return HasTitleMark(element.GetAttribute("class")) || HasTitleMark(element.Id);

        // Class and id were once searched joined by a space; neither word contains a space, so searching each is the same.
        static bool HasTitleMark(string? marks) => marks is not null
            && (marks.Contains("title", StringComparison.OrdinalIgnoreCase) || marks.Contains("biaoti", StringComparison.OrdinalIgnoreCase));
    }

    private static bool IsReportTitle(string text)
    {
        if (text.Length is 0 or > 100)
        {
            return false;
        }

        var folded = TextFold.Fold(text);
        return (folded.Contains("年度报告", StringComparison.Ordinal) || folded.Contains("年报", StringComparison.Ordinal))
            && folded.Contains("政府信息公开", StringComparison.Ordinal)
            && (folded.Any(char.IsAsciiDigit) || folded.Contains("年度", StringComparison.Ordinal));
    }

    private static string RenderedText(IElement element)
    {
        var builder = new InlineTextBuilder();
        foreach (var node in element.Descendants())
        {
            if (node is IText text && !(node.ParentElement is { } parent && HtmlNodes.IsSkipped(parent)))
            {
                builder.Append(text.Data);
            }
        }

        return builder.Take().Trim();
    }

    private int Measure(IElement element, int depth)
    {
        _cancellationToken.ThrowIfCancellationRequested();
        var index = _measured.Count;
        _measured.Add(new Measured(element, _folded.Length));
        var block = HtmlNodes.IsBlock(element) || element.LocalName == "br";
        if (block)
        {
            _folded.Append(Separator);
        }

        var lastChild = -1;
        var children = element.ChildNodes;
        for (var c = 0; c < children.Length; c++)
        {
            var child = children[c];
            if (child is IText text)
            {
                AppendFolded(text.Data);
            }
            else if (child is IElement inner && depth < HtmlNodes.MaxDepth && !HtmlNodes.IsSkipped(inner))
            {
                var childIndex = Measure(inner, depth + 1);
                if (lastChild < 0)
                {
                    Span(index).FirstChild = childIndex;
                }
                else
                {
                    Span(lastChild).NextSibling = childIndex;
                }

                lastChild = childIndex;
            }
        }

        if (block)
        {
            _folded.Append(Separator);
        }

        ref var measured = ref Span(index);
        measured.End = _folded.Length;
        measured.LastDescendant = _measured.Count - 1;
        if (element.LocalName == "table" && !HtmlNodes.HasNestedTable(element))
        {
            // Whether it holds table labels is decided in Index, once the folded text is one string.
            _tableCandidates.Add(index);
        }

        return index;
    }

    private ref Measured Span(int index) => ref CollectionsMarshal.AsSpan(_measured)[index];

    private void AppendFolded(string data)
    {
        // TextFold.Fold one character at a time, straight into the page's folded text (no string per text node).
        foreach (var c in data)
        {
            var folded = TextFold.FoldChar(c);
            if (folded != '\0')
            {
                _folded.Append(folded);
            }
        }
    }

    private void Index()
    {
        _text = _folded.ToString();
        foreach (var table in _tableCandidates)
        {
            var measured = _measured[table];
            var text = _text.AsSpan(measured.Start, measured.End - measured.Start);
            foreach (var key in TableKeys)
            {
                if (text.Contains(key, StringComparison.Ordinal))
                {
                    _dataTables.Add(table);
                    break;
                }
            }
        }

        for (var k = 0; k < SectionKeys.Length; k++)
        {
            var hits = new List<int>();
            for (var at = _text.IndexOf(SectionKeys[k], StringComparison.Ordinal); at >= 0; at = _text.IndexOf(SectionKeys[k], at + 1, StringComparison.Ordinal))
            {
                hits.Add(at);
            }

            _sectionHits[k] = hits;
        }

        _dataTables.Sort();
    }

    private Score ScoreOf(int index)
    {
        var extent = _measured[index];
        var sections = 0;
        for (var k = 0; k < SectionKeys.Length; k++)
        {
            var hits = _sectionHits[k];
            var i = hits.BinarySearch(extent.Start);
            if (i < 0)
            {
                i = ~i;
            }

            if (i < hits.Count && hits[i] + SectionKeys[k].Length <= extent.End)
            {
                sections |= 1 << k;
            }
        }

        var first = _dataTables.BinarySearch(index);
        first = first < 0 ? ~first : first;
        var last = _dataTables.BinarySearch(extent.LastDescendant + 1);
        last = last < 0 ? ~last : last;
        return new Score(sections, last - first);
    }

    private bool HoldsReport(IElement element)
    {
        // Asked only of chrome-looking elements inside the report, so the element-to-index map is built on first use.
        if (_indexOf is null)
        {
            _indexOf = new Dictionary<IElement, int>(_measured.Count, ReferenceEqualityComparer.Instance);
            for (var i = 0; i < _measured.Count; i++)
            {
                _indexOf[_measured[i].Element] = i;
            }
        }

        if (!_indexOf.TryGetValue(element, out var index))
        {
            return false;
        }

        var score = ScoreOf(index);
        return score.Sections != 0 || score.Tables != 0;
    }

    private int Descend(int root)
    {
        var current = root;
        while (true)
        {
            var score = ScoreOf(current);
            var next = -1;

            // The measured children are the element children that are not skipped, in document order.
            for (var child = _measured[current].FirstChild; child >= 0; child = _measured[child].NextSibling)
            {
                if (ScoreOf(child) == score)
                {
                    next = child;
                    break;
                }
            }

            if (next < 0)
            {
                return current;
            }

            current = next;
        }
    }

    private bool StartsWithTitle(int container)
    {
        var extent = _measured[container];
        var text = _text.AsSpan(extent.Start, extent.End - extent.Start);

        // The title may be broken over two or three lines (「XX区2020年」/「政府信息公开工作年度报告」).
        var lines = 0;
        foreach (var range in text.Split(Separator))
        {
            var line = text[range];
            if (line.IsEmpty)
            {
                continue;
            }

            if (line.Length <= 60 && (line.Contains("年度报告", StringComparison.Ordinal) || line.Contains("年报", StringComparison.Ordinal)))
            {
                return true;
            }

            if (++lines == 3)
            {
                break;
            }
        }

        return false;
    }

    /// <summary>A measured element: its range in the folded text, its last descendant's index, and its measured children.</summary>
    private struct Measured(IElement element, int start)
    {
        public IElement Element = element;
        public int Start = start;
        public int End;
        public int LastDescendant;
        public int FirstChild = -1;
        public int NextSibling = -1;
    }

    private readonly record struct Score(int Sections, int Tables);
}
