// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Text;
using AngleSharp.Html.Parser;
using Gongkai.Documents;
using Gongkai.Formats;
using Gongkai.Formats.Render;
using Gongkai.Formats.Render.Pdf;
using Gongkai.Tests.Support;
using Gongkai.Text;
using UglyToad.PdfPig;

namespace Gongkai.Tests.Render;

/// <summary>Issue 11: the web page and its Chromium print keep table rows whole, repeat header rows and keep groups together.</summary>
public sealed class HtmlLayoutTests
{
    public static TheoryData<string> Seeds() => [.. TestPaths.SeedFiles().Select(f => Path.GetFileName(f))];

    private static AnnualReport Seed(string name) => ReportReader.ReadFile(Path.Combine(TestPaths.Seeds, name)).Report!;

    private static string Html(AnnualReport report)
    {
        var result = ReportWriter.Render(report, RenderFormat.Html, new RenderOptions { CheckReport = false });
        Assert.True(result.Success, result.Error);
        return Encoding.UTF8.GetString(result.Content);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Tables_HaveRepeatedHeaders_AndUnbreakableRowsAndGroups(string seed)
    {
        var html = Html(Seed(seed));
        var document = new HtmlParser().ParseDocument(html);
        var css = document.QuerySelector("style")!.TextContent;

        // CSS Fragmentation 3 §3.2: rows and row groups never break inside; thead repeats on each page (CSS 2 §17.2).
        Assert.Contains(".gongkai-report tr{break-inside:avoid", css, StringComparison.Ordinal);
        Assert.Contains(".gongkai-report tbody{break-inside:avoid", css, StringComparison.Ordinal);
        Assert.Contains(".gongkai-report thead{display:table-header-group}", css, StringComparison.Ordinal);
        Assert.Contains(".gongkai-report table.table-3,.gongkai-report table.table-4{break-inside:avoid", css, StringComparison.Ordinal);

        foreach (var n in new[] { 3, 4 })
        {
            var table = document.QuerySelector($"table.table-{n}")!;
            Assert.Equal(3, table.QuerySelectorAll("thead > tr").Length);
        }

        // Table 二: one row group per sub-table, its caption first.
        var table2 = document.QuerySelector("table.table-2")!;
        Assert.Empty(table2.QuerySelectorAll("thead"));
        var groups = table2.QuerySelectorAll("tbody");
        Assert.True(groups.Length >= 3);
        Assert.All(groups, g => Assert.StartsWith("第二十条", g.QuerySelector("tr")!.TextContent.Trim(), StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void ChromiumPrint_KeepsTablesThreeAndFourOnOnePage_AndEachTable2SubTableTogether(string seed)
    {
        Assert.True(Executables.Chromium(null) is not null, "Chromium is required for PDF tests: apt-get install chromium fonts-noto-cjk (or set GONGKAI_CHROMIUM); ./test.sh installs it.");
        var result = ReportWriter.Render(Seed(seed), RenderFormat.Pdf, new RenderOptions { CheckReport = false });
        Assert.True(result.Success, result.Error);
        using var pdf = PdfDocument.Open(result.Content);
        var pages = pdf.GetPages().Select(p => TextFold.Fold(p.Text.Normalize(NormalizationForm.FormKC))).ToList();

        int Page(string text)
        {
            var at = pages.FindIndex(p => p.Contains(TextFold.Fold(text), StringComparison.Ordinal));
            Assert.True(at >= 0, $"«{text}» not found in the PDF");
            return at;
        }

        // The first and last rows of table 三 and the header and values of table 四 share a page.
        Assert.Equal(Page("本列数据的勾稽关系"), Page("结转下年度继续办理"));
        Assert.Equal(Page("未经复议直接起诉"), Page("复议后起诉"));

        // A caption of table 二 is on the page of its first item.
        Assert.Equal(Page("第二十条第(一)项"), Page("行政规范性文件"));
        Assert.Equal(Page("第二十条第(六)项"), Page("行政强制"));
    }
}
