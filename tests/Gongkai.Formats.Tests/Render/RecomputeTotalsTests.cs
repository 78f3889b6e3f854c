// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.IO.Compression;
using System.Text;
using Gongkai.Cells;
using Gongkai.Checking;
using Gongkai.Documents;
using Gongkai.Formats;
using Gongkai.Formats.Render;
using Gongkai.Tests.Support;

namespace Gongkai.Tests.Render;

/// <summary>Issue 11: a <c>--recompute-totals</c> draft passes every arithmetic rule it fixes, or its note lists what it could not reconcile.</summary>
public sealed class RecomputeTotalsTests
{
    private static readonly HashSet<string> Arithmetic = [RuleIds.T3Balance, RuleIds.T3OutcomeSum, RuleIds.T3ColumnSum, RuleIds.T4BlockSum];

    private static readonly RenderOptions Draft = new() { RecomputeTotals = true, CheckReport = false };

    public static TheoryData<RenderFormat> Formats() => [RenderFormat.Json, RenderFormat.Markdown, RenderFormat.Html, RenderFormat.Docx, RenderFormat.Xlsx];

    public static TheoryData<string> Documents()
    {
        var data = new TheoryData<string>();
        foreach (var seed in TestPaths.SeedFiles())
        {
            data.Add(Path.GetRelativePath(TestPaths.RepoRoot, seed));
        }

        foreach (var folder in Directory.EnumerateDirectories(TestPaths.Corpus).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(TestPaths.RepoRoot, Directory.EnumerateFiles(folder, "source.*").Single()));
        }

        return data;
    }

    private static AnnualReport Read(string relative)
    {
        var read = ReportReader.ReadFile(Path.Combine(TestPaths.RepoRoot, relative));
        Assert.True(read.Success, read.Error);
        return read.Report;
    }

    private static List<Finding> ArithmeticFindings(AnnualReport report) => [.. ReportChecker.Check(report).Where(f => Arithmetic.Contains(f.Rule))];

    /// <summary>The draft's note as the file carries it: the text of a text format, the comments of a package.</summary>
    private static string NoteText(byte[] content, RenderFormat format)
    {
        if (format is not (RenderFormat.Docx or RenderFormat.Xlsx))
        {
            return Encoding.UTF8.GetString(content);
        }

        using var zip = new ZipArchive(new MemoryStream(content));
        var sb = new StringBuilder();
        foreach (var entry in zip.Entries.Where(e => e.FullName.Contains("comments", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(entry.Open());
            sb.Append(System.Net.WebUtility.HtmlDecode(reader.ReadToEnd()));
        }

        return sb.ToString();
    }

    /// <summary>Renders the draft, reads it back, checks it: every arithmetic finding left is listed as unreconciled, in the result and in the file.</summary>
    private static (RenderResult Result, AnnualReport Back) AssertReconciledOrListed(AnnualReport report, RenderFormat format, string context)
    {
        var result = ReportWriter.Render(report, format, Draft);
        Assert.True(result.Success, result.Error);
        var read = ReportReader.Read(result.Content, "draft" + ReportWriter.Extension(format));
        Assert.True(read.Success, read.Error);
        var note = NoteText(result.Content, format);
        foreach (var f in ArithmeticFindings(read.Report))
        {
            Assert.True(result.Unreconciled.Any(u => u.Rule == f.Rule && u.Cell == f.Cell), $"{context} → {format}: {f.Rule} {f.Cell} fails in the draft but is not listed as unreconciled: {f.Message}");
            Assert.Contains(f.Message, note, StringComparison.Ordinal);
        }

        // And nothing the source satisfied is broken by the draft.
        var before = ArithmeticFindings(report).Select(f => (f.Rule, f.Cell)).ToHashSet();
        Assert.All(ArithmeticFindings(read.Report), f => Assert.Contains((f.Rule, f.Cell), before));
        return (result, read.Report);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Pingtan2020_KeepsTheBalancedTotal_AndListsTheOutcomeSumAsUnreconciled(RenderFormat format)
    {
        var report = Read("tests/data/corpus/pingtan-2020/source.html");
        Assert.Equal(2, ArithmeticFindings(report).Count(f => f.Rule == RuleIds.T3OutcomeSum));

        var (result, back) = AssertReconciledOrListed(report, format, "pingtan-2020");

        // 20 and 21 are what 新收 + 上年结转 − 结转下年度 give: writing 26 and 27 would break T3.balance twice.
        Assert.DoesNotContain(ArithmeticFindings(back), f => f.Rule == RuleIds.T3Balance);
        Assert.Equal(["table3.totalProcessed.naturalPerson", "table3.totalProcessed.total"], result.HeldBack.Select(c => c.Cell.Path));
        Assert.Equal([20m, 21m], result.HeldBack.Select(c => c.Stated.Number));
        Assert.Equal([26m, 27m], result.HeldBack.Select(c => c.Computed));
        Assert.Equal(20m, back.Cells["table3.totalProcessed.naturalPerson"].Number);
        Assert.Equal([RuleIds.T3OutcomeSum, RuleIds.T3OutcomeSum], result.Unreconciled.Select(f => f.Rule));
        Assert.Empty(result.Corrections);
        var note = NoteText(result.Content!, format);
        Assert.Contains("未核平", note, StringComparison.Ordinal);
        Assert.Contains(result.HeldBack[0].DescribeHeldBack(), note, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void SeedsAndCorpus_DraftsPassOrListEveryArithmeticRule(string document)
    {
        var report = Read(document);
        foreach (var format in Formats())
        {
            AssertReconciledOrListed(report, format, document);
        }
    }

    [Fact]
    public void AWrongTotalAloneIsFixed_NothingIsLeftUnreconciled()
    {
        var report = Read("samples/004_5381253050f8893c.txt");
        var cells = report.Cells.ToBuilder();
        cells["table3.totalProcessed.naturalPerson"] = CellValue.Of(999);
        var (result, back) = AssertReconciledOrListed(report with { Cells = cells.Build() }, RenderFormat.Json, "004 with a wrong total");
        Assert.Single(result.Corrections);
        Assert.Empty(result.HeldBack);
        Assert.Empty(result.Unreconciled);
        Assert.Empty(ArithmeticFindings(back));
    }

    [Fact]
    public void RandomlyDamagedReports_DraftsNeverTradeOneErrorForAnother()
    {
        var cells = ReportCatalog.Cells.Where(c => c.Table is ReportTable.Table3 or ReportTable.Table4).ToList();
        for (var seed = 0; seed < 300; seed++)
        {
            var random = new Random(seed);
            var report = RandomReports.Create(random);
            var builder = report.Cells.ToBuilder();
            for (var k = 1 + random.Next(3); k > 0; k--)
            {
                var cell = cells[random.Next(cells.Count)];
                if (builder[cell].HasNumber)
                {
                    builder[cell] = CellValue.Of(builder[cell].Number + 1 + random.Next(5));
                }
            }

            AssertReconciledOrListed(report with { Cells = builder.Build() }, RenderFormat.Json, $"seed {seed}");
        }
    }
}
