// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Diagnostics;
using Gongkai.Documents;
using Gongkai.Formats;
using Gongkai.Formats.Render;
using Gongkai.Formats.Render.Pdf;
using Gongkai.Tests.Support;
using UglyToad.PdfPig;

namespace Gongkai.Tests.Render;

/// <summary>The asynchronous PDF path: one long-lived Chromium per service, shared by concurrent renders. Needs Debian's chromium.</summary>
public sealed class PdfRenderServiceTests
{
    private static AnnualReport Seed(string name) => ReportReader.ReadFile(Path.Combine(TestPaths.Seeds, name)).Report!;

    private static void RequireChromium() =>
        Assert.True(Executables.Chromium(null) is not null, "Chromium is required for PDF tests: apt-get install chromium fonts-noto-cjk (or set GONGKAI_CHROMIUM).");

    private static void AssertPdf(RenderResult result, string expectedText)
    {
        Assert.True(result.Success, result.Error);
        Assert.Equal(RenderFormat.Pdf, result.Format);
        using var document = PdfDocument.Open(result.Content);
        Assert.True(document.NumberOfPages >= 2);
        var text = string.Concat(document.GetPages().Select(p => p.Text));
        Assert.Contains(expectedText, Gongkai.Text.TextFold.Fold(text), StringComparison.Ordinal);
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    [Fact]
    public async Task TwoConcurrentRenders_ShareOneBrowser_AndProduceValidPdfs()
    {
        RequireChromium();
        await using var service = new PdfRenderService();
        var a = service.RenderAsync(Seed("004_5381253050f8893c.txt"));
        var b = service.RenderAsync(Seed("001_81232f5c40011c84.txt"));
        var results = await Task.WhenAll(a, b);
        AssertPdf(results[0], "西红门镇");
        AssertPdf(results[1], "小董乡");
        Assert.Equal(1, service.BrowserStarts);
        var pid = service.BrowserProcessId;
        Assert.NotNull(pid);

        // A later render reuses the same process.
        AssertPdf(await service.RenderAsync(Seed("004_5381253050f8893c.txt")), "西红门镇");
        Assert.Equal(1, service.BrowserStarts);
        Assert.Equal(pid, service.BrowserProcessId);
    }

    [Fact]
    public async Task Dispose_KillsTheBrowser_AndLaterRendersThrow()
    {
        RequireChromium();
        var service = new PdfRenderService();
        AssertPdf(await service.RenderAsync(Seed("004_5381253050f8893c.txt")), "西红门镇");
        var pid = service.BrowserProcessId!.Value;
        Assert.True(IsRunning(pid));
        await service.DisposeAsync();
        Assert.False(IsRunning(pid));
        await Assert.ThrowsAsync<ObjectDisposedException>(() => service.RenderAsync(Seed("004_5381253050f8893c.txt")));
        await service.DisposeAsync();
    }

    [Fact]
    public async Task BrowserThatDied_IsStartedAgain()
    {
        RequireChromium();
        await using var service = new PdfRenderService();
        AssertPdf(await service.RenderAsync(Seed("004_5381253050f8893c.txt")), "西红门镇");
        using (var browser = Process.GetProcessById(service.BrowserProcessId!.Value))
        {
            browser.Kill(entireProcessTree: true);
            await browser.WaitForExitAsync();
        }

        AssertPdf(await service.RenderAsync(Seed("004_5381253050f8893c.txt")), "西红门镇");
        Assert.Equal(2, service.BrowserStarts);
    }

    [Fact]
    public async Task CancelledRender_Throws()
    {
        RequireChromium();
        await using var service = new PdfRenderService();
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => service.RenderAsync(Seed("004_5381253050f8893c.txt"), null, cts.Token));
    }

    [Fact]
    public async Task RenderPastItsTimeout_IsATimeoutResult_AndTheServiceStillRenders()
    {
        RequireChromium();
        await using var service = new PdfRenderService();
        var late = await service.RenderAsync(Seed("004_5381253050f8893c.txt"), new RenderOptions { PdfTimeout = TimeSpan.FromMilliseconds(1) });
        Assert.False(late.Success);
        Assert.Equal(RenderErrorKind.Timeout, late.RenderError.Kind);
        AssertPdf(await service.RenderAsync(Seed("004_5381253050f8893c.txt")), "西红门镇");
    }

    [Fact]
    public async Task MissingChromium_IsAFailedResult_WithEngineMissing()
    {
        await using var service = new PdfRenderService(Path.Combine(Path.GetTempPath(), "no-such-chromium-" + Guid.NewGuid().ToString("N")));
        var result = await service.RenderAsync(Seed("004_5381253050f8893c.txt"));
        Assert.False(result.Success);
        Assert.Equal(RenderErrorKind.EngineMissing, result.RenderError.Kind);
        Assert.Equal(0, service.BrowserStarts);
    }

    [Fact]
    public async Task OtherEngine_IsRefused()
    {
        await using var service = new PdfRenderService();
        await Assert.ThrowsAsync<ArgumentException>(() => service.RenderAsync(Seed("004_5381253050f8893c.txt"), new RenderOptions { PdfEngine = PdfEngine.LibreOffice }));
    }
}
