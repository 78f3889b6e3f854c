// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Diagnostics;
using Gongkai.Checking;
using Gongkai.Formats;
using Gongkai.Formats.Content;
using Gongkai.Formats.Pdf;

namespace Gongkai.Tests;

/// <summary>
/// OCR of a scanned report page. These tests need <c>pdftoppm</c> and <c>tesseract</c> with <c>chi_sim</c>
/// (Debian: <c>apt-get install -y poppler-utils tesseract-ocr tesseract-ocr-chi-sim</c>); CI installs them,
/// so a machine without them fails here rather than skipping silently.
/// </summary>
public sealed class PdfOcrTests
{
    private const string Install = "OCR tests need pdftoppm and tesseract with chi_sim on PATH: apt-get install -y poppler-utils tesseract-ocr tesseract-ocr-chi-sim";

    [Fact]
    public void Read_ScannedTablePage_IsRecognisedWithAWarning()
    {
        Assert.True(PdfOcr.IsAvailable, Install);
        var scan = PdfTestFiles.ImageOnlyPdf(RenderCorpusPage("huaian-2024", 5));
        var content = new PdfContentReader().Read(scan, new ReadOptions { Timeout = TimeSpan.FromMinutes(5) }, CancellationToken.None);

        var finding = Assert.Single(content.Findings);
        Assert.Equal(RuleIds.ExtractAssumption, finding.Rule);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal(PdfMessages.OcrUsed, finding.Message);

        // Page 5 holds the last 12 rows of table 三 (84 cells) and table 四. Labels may come out with a wrong
        // character (「追期」 for 「逾期」), so rows are compared in order; OCR may misread a digit or two.
        var truth = PdfTestFiles.Truth("huaian-2024").GetProperty("table3");
        string[] keys = ["unableNeedsCreation", "unableStillUnclear", "notHandledPetition", "notHandledDuplicate", "notHandledPublication",
            "notHandledExcessive", "notHandledConfirmation", "otherNoCorrection", "otherUnpaidFee", "otherOther", "totalProcessed", "carriedForward"];
        var expected = keys.SelectMany(k => truth.GetProperty(k).EnumerateObject().Select(static p => p.Value.GetRawText())).ToList();
        var actual = content.Blocks.OfType<ContentTable>().SelectMany(static t => t.Rows)
            .Select(PdfRowLookup.Numbers).Where(static n => n.Count == 7).SelectMany(static n => n).ToList();
        Assert.Equal(expected.Count, actual.Count);
        var correct = expected.Zip(actual).Count(static p => p.First == p.Second);
        Assert.True(correct >= 80, $"only {correct} of the {expected.Count} table 三 cells on the page were read right");

        Assert.Contains(content.Blocks.OfType<ContentParagraph>(), static p => p.Text.Contains("政府信息公开行政复议"));
        var t4 = content.Blocks.OfType<ContentTable>().SelectMany(static t => t.Rows).Last();
        Assert.Equal(15, t4.Cells.Count);
    }

    [Fact]
    public void ParseTsv_WordBoxes_BecomeGlyphsInPoints()
    {
        const string Tsv = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"
            + "1\t1\t0\t0\t0\t0\t0\t0\t2480\t3508\t-1\t\n"
            + "4\t1\t1\t1\t1\t0\t300\t1000\t600\t44\t-1\t\n"
            + "5\t1\t1\t1\t1\t1\t300\t1000\t200\t40\t95.0\t总计\n"
            + "5\t1\t1\t1\t1\t2\t700\t1002\t100\t38\t91.0\t95\n"
            + "5\t1\t1\t1\t1\t3\t850\t1002\t10\t38\t30.0\t|\n";
        var glyphs = PdfOcr.ParseTsv(Tsv);
        Assert.Equal(["总", "计", "9", "5"], glyphs.Select(static g => g.Text));
        Assert.Equal(72.0, glyphs[0].Left, 3);
        Assert.Equal(96.0, glyphs[1].Left, 3);
        Assert.Equal(168.0, glyphs[2].Left, 3);
        Assert.True(glyphs.All(g => Math.Abs(g.Baseline - glyphs[0].Baseline) < 0.01));
        Assert.InRange(glyphs[0].Baseline, 591, 594); // line bottom (3508 - 1044) px × 0.24 + 0.12 em
    }

    private static byte[] RenderCorpusPage(string name, int page)
    {
        var prefix = Path.Combine(Path.GetTempPath(), $"gongkai-test-{Environment.ProcessId}-{name}-{page}");
        var info = new ProcessStartInfo("pdftoppm") { UseShellExecute = false, RedirectStandardError = true };
        foreach (var a in new[] { "-r", "200", "-gray", "-png", "-f", $"{page}", "-l", $"{page}", "-singlefile", PdfTestFiles.Corpus(name), prefix })
        {
            info.ArgumentList.Add(a);
        }

        using (var process = Process.Start(info)!)
        {
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, process.StandardError.ReadToEnd());
        }

        var png = File.ReadAllBytes(prefix + ".png");
        File.Delete(prefix + ".png");
        return png;
    }
}
