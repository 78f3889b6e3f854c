// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Gongkai.Documents;
using Gongkai.Formats;
using Gongkai.Formats.Render;
using Gongkai.Tests.Support;

namespace Gongkai.Tests.Render;

/// <summary>Issue 11: the structure of the Word file where the official layout needs it (title break, row properties, footers, fonts).</summary>
public sealed class DocxLayoutTests
{
    public static TheoryData<string> Seeds() => [.. TestPaths.SeedFiles().Select(f => Path.GetFileName(f))];

    private static AnnualReport Seed(string name) => ReportReader.ReadFile(Path.Combine(TestPaths.Seeds, name)).Report!;

    private static WordprocessingDocument Open(AnnualReport report, RenderOptions? options = null)
    {
        var result = ReportWriter.Render(report, RenderFormat.Docx, options ?? new RenderOptions { CheckReport = false });
        Assert.True(result.Success, result.Error);
        return WordprocessingDocument.Open(new MemoryStream(result.Content), false);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Title_BreaksAfterTheUnit_AsTwoRunsWithALineBreak(string seed)
    {
        var report = Seed(seed);
        using var document = Open(report);
        var title = document.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().First();
        Assert.Equal("Title", title.ParagraphProperties!.ParagraphStyleId!.Val!.Value);

        // Unit run, a run holding only w:br, then 「2024年政府信息公开工作年度报告」.
        var runs = title.Elements<Run>().ToList();
        Assert.Equal(3, runs.Count);
        Assert.Equal(report.Unit, runs[0].InnerText.TrimEnd());
        Assert.Single(runs[1].ChildElements);
        Assert.IsType<Break>(runs[1].ChildElements[0]);
        Assert.Equal(report.Title, runs[0].InnerText + runs[2].InnerText);
        Assert.Matches(@"^\d{4} ?年", runs[2].InnerText);
        Assert.EndsWith("年度报告", runs[2].InnerText, StringComparison.Ordinal);
    }

    [Fact]
    public void ShortTitle_StaysOneRun()
    {
        var report = Seed(TestPaths.SeedFiles().Select(Path.GetFileName).First()!) with { Title = "某镇2024年年报", Unit = "某镇" };
        using var document = Open(report);
        var title = document.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().First();
        Assert.Single(title.Elements<Run>());
        Assert.Empty(title.Descendants<Break>());
    }

    [Fact]
    public void DraftTitle_KeepsItsBreak_InsideTheComment()
    {
        var report = Seed("004_5381253050f8893c.txt");
        using var document = Open(report, new RenderOptions { CheckReport = false, NormalizeHeadings = true, RecomputeTotals = true });
        var title = document.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().First();
        Assert.NotNull(title.GetFirstChild<CommentRangeStart>());
        Assert.Single(title.Descendants<Break>());
        Assert.NotNull(title.Descendants<CommentReference>().SingleOrDefault());
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void TableRows_NeverSplit_HeadersRepeat_AndGroupsStayTogether(string seed)
    {
        using var document = Open(Seed(seed));
        var tables = document.MainDocumentPart!.Document!.Body!.Elements<Table>().ToList();
        Assert.Equal(3, tables.Count);
        foreach (var table in tables)
        {
            var rows = table.Elements<TableRow>().ToList();

            // ECMA-376 §17.4.6: every row is kept whole.
            Assert.All(rows, r => Assert.NotNull(r.TableRowProperties?.GetFirstChild<CantSplit>()));

            // §17.4.49: header rows are the leading rows, repeated on each page.
            var header = rows.Select(r => r.TableRowProperties!.GetFirstChild<TableHeader>() is not null).ToList();
            var count = header.TakeWhile(h => h).Count();
            Assert.All(header.Skip(count), h => Assert.False(h));
            Assert.Equal(table == tables[0] ? 0 : 3, count);
        }

        // §17.3.1.15: a row keeps with the next — each sub-table of table 二 (caption, header, items) and the whole of 三 and 四.
        static bool Keeps(TableRow row) => row.Descendants<Paragraph>().All(p => p.ParagraphProperties?.KeepNext is not null);
        var table2 = tables[0].Elements<TableRow>().ToList();
        for (var r = 0; r < table2.Count; r++)
        {
            var nextIsCaption = r + 1 < table2.Count && table2[r + 1].InnerText.StartsWith("第二十条", StringComparison.Ordinal);
            Assert.True(Keeps(table2[r]) == (r + 1 < table2.Count && !nextIsCaption), $"table 二 row {r} «{table2[r].InnerText}»");
        }

        foreach (var table in tables.Skip(1))
        {
            var rows = table.Elements<TableRow>().ToList();
            Assert.All(rows.SkipLast(1), r => Assert.True(Keeps(r)));
            Assert.False(Keeps(rows[^1]));
        }
    }
}
