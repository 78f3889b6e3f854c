// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Gongkai.Formats;
using Gongkai.Formats.Render;
using Gongkai.Formats.Render.Html;
using Gongkai.Tests.Support;
using UglyToad.PdfPig;

namespace Gongkai.Tests.Render;

/// <summary>Keeps <c>docs/render/table3.png</c> (the PDF page with table 三, for review) current with the renderer.</summary>
/// <remarks>
/// The picture records the SHA-256 of the HTML it was printed from in <c>docs/render/table3.source.sha256</c>. When
/// the HTML of the sample changes, this test fails until the picture is made again with
/// <c>GONGKAI_UPDATE_GOLDEN=1 dotnet test tests/Gongkai.Formats.Tests --filter ScreenshotTests</c> (needs chromium and
/// poppler-utils' pdftoppm); review the new picture before committing it.
/// </remarks>
public sealed class ScreenshotTests
{
    private static string Docs => Path.Combine(TestPaths.RepoRoot, "docs", "render");

    [Fact]
    public void Table3Screenshot_IsCurrent()
    {
        var seed = Directory.EnumerateFiles(Path.Combine(TestPaths.RepoRoot, "samples"), "004_*.txt").Single();
        var report = ReportReader.ReadFile(seed).Report!;
        var html = HtmlRenderer.RenderText(ReportView.From(report, []));
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(html)));
        var png = Path.Combine(Docs, "table3.png");
        var record = Path.Combine(Docs, "table3.source.sha256");
        if (Environment.GetEnvironmentVariable("GONGKAI_UPDATE_GOLDEN") == "1")
        {
            Update(report, png);
            File.WriteAllText(record, hash + "\n");
        }

        Assert.True(File.Exists(png), $"{png} is missing; make it with GONGKAI_UPDATE_GOLDEN=1 (see remarks).");
        Assert.True(File.Exists(record) && File.ReadAllText(record).Trim() == hash,
            "The HTML rendering changed since docs/render/table3.png was made: run GONGKAI_UPDATE_GOLDEN=1 dotnet test tests/Gongkai.Formats.Tests --filter ScreenshotTests, review and commit the picture.");
    }

    private static void Update(Documents.AnnualReport report, string png)
    {
        var result = ReportWriter.Render(report, RenderFormat.Pdf, new RenderOptions { CheckReport = false });
        Assert.True(result.Success, result.Error);
        int page;
        using (var document = PdfDocument.Open(result.Content))
        {
            page = document.GetPages().First(p => Gongkai.Text.TextFold.Fold(p.Text).Contains("申请人情况", StringComparison.Ordinal)).Number;
        }

        Directory.CreateDirectory(Docs);
        var pdf = Path.Combine(Path.GetTempPath(), $"gongkai-table3-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(pdf, result.Content);
        try
        {
            var info = new ProcessStartInfo("pdftoppm") { UseShellExecute = false };
            foreach (var a in new[] { "-r", "110", "-png", "-singlefile", "-f", page.ToString(System.Globalization.CultureInfo.InvariantCulture), "-l", page.ToString(System.Globalization.CultureInfo.InvariantCulture), pdf, png[..^4] })
            {
                info.ArgumentList.Add(a);
            }

            using var process = Process.Start(info)!;
            process.WaitForExit();
            Assert.Equal(0, process.ExitCode);
        }
        finally
        {
            File.Delete(pdf);
        }
    }
}
