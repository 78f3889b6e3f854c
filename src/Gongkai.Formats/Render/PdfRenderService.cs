// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Net.WebSockets;
using Gongkai.Documents;
using Gongkai.Formats.Render.Html;
using Gongkai.Formats.Render.Pdf;

namespace Gongkai.Formats.Render;

/// <summary>Renders PDFs asynchronously through one long-lived headless Chromium that it owns: the PDF path of a server.</summary>
/// <remarks>
/// <para>The browser is started on the first render (<see cref="RenderAsync"/>) and kept running; each render prints in
/// its own tab, so concurrent calls are safe and share the one process. A browser that died is started again on the
/// next render (once per call). Nothing blocks a thread on an asynchronous call: the start, the DevTools commands and
/// <see cref="DisposeAsync"/> are awaited. The service is an ordinary object — register one per application (a
/// singleton in dependency injection) and dispose it at shutdown, which kills the browser and removes its profile.</para>
/// <para>The output is the same as <see cref="ReportWriter.Render"/> with <see cref="RenderFormat.Pdf"/>: the same check,
/// totals draft and page. <see cref="RenderOptions.PdfEngine"/> must be <see cref="PdfEngine.Chromium"/>;
/// <see cref="RenderOptions.ChromiumPath"/> of the options is ignored (the service's own executable prints).
/// Expected failures (no Chromium, Chromium failing, <see cref="RenderOptions.PdfTimeout"/> passed) come back as a failed
/// <see cref="RenderResult"/> with a typed <see cref="RenderResult.RenderError"/>. After a timeout the browser is asked
/// whether it still answers; one that does not is killed and the next render starts a new one.</para>
/// <para>The synchronous <see cref="ReportWriter.Render"/> stays for the CLI.</para>
/// </remarks>
public sealed class PdfRenderService : IAsyncDisposable
{
    private readonly string? _chromiumPath;
    private readonly TimeSpan _startTimeout;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly CancellationTokenSource _closing = new();
    private volatile ChromiumBrowser? _browser;
    private int _starts;
    private volatile bool _disposed;

    /// <summary>Initializes a new instance of the <see cref="PdfRenderService"/> class; the browser starts on the first render.</summary>
    /// <param name="chromiumPath">The Chromium executable, or null to use <c>GONGKAI_CHROMIUM</c> or find <c>chromium</c> on the machine.</param>
    /// <param name="startTimeout">How long starting the browser may take; null for 60 seconds.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="startTimeout"/> is not positive.</exception>
    public PdfRenderService(string? chromiumPath = null, TimeSpan? startTimeout = null)
    {
        if (startTimeout is { } t)
        {
            ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(t, TimeSpan.Zero, nameof(startTimeout));
        }

        _chromiumPath = chromiumPath;
        _startTimeout = startTimeout ?? TimeSpan.FromSeconds(60);
    }

    /// <summary>Gets how many times the service started a browser (1 while the first one lives).</summary>
    public int BrowserStarts => Volatile.Read(ref _starts);

    /// <summary>Gets the process id of the running browser, or null when none runs.</summary>
    internal int? BrowserProcessId => _browser is { IsAlive: true } b ? b.ProcessId : null;

    /// <summary>Renders a report as PDF.</summary>
    /// <param name="report">The report.</param>
    /// <param name="options">The options, or null for <see cref="RenderOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels the render (the tab is closed; the browser keeps running).</param>
    /// <returns>The PDF, or a typed error; the rules failed; the totals replaced.</returns>
    /// <exception cref="OperationCanceledException">Cancelled through <paramref name="cancellationToken"/>.</exception>
    /// <exception cref="ObjectDisposedException">The service was disposed.</exception>
    /// <exception cref="ArgumentException">The options ask for another engine than Chromium.</exception>
    public async Task<RenderResult> RenderAsync(AnnualReport report, RenderOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        ObjectDisposedException.ThrowIf(_disposed, this);
        options ??= RenderOptions.Default;
        if (options.PdfEngine != PdfEngine.Chromium)
        {
            throw new ArgumentException("PdfRenderService prints with Chromium only.", nameof(options));
        }

        var (view, failures, _) = ReportWriter.Prepare(report, options, cancellationToken);
        var html = HtmlRenderer.RenderText(view);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _closing.Token);
        timeout.CancelAfter(options.PdfTimeout);
        try
        {
            for (var attempt = 0; ; attempt++)
            {
                var browser = await BrowserAsync(timeout.Token).ConfigureAwait(false);
                try
                {
                    var pdf = await browser.PrintAsync(html, null, timeout.Token).ConfigureAwait(false);
                    return ReportWriter.Done(RenderFormat.Pdf, pdf, view, failures);
                }
                catch (Exception ex) when (attempt == 0 && !browser.IsAlive && ex is RenderException or ObjectDisposedException or WebSocketException)
                {
                    // The browser died under this print (or between prints): start a new one once.
                }
                catch (Exception ex) when (ex is ObjectDisposedException or WebSocketException && !_disposed)
                {
                    throw PdfMessages.ChromiumError("与浏览器的连接已断开", ex);
                }
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            await RecycleIfHungAsync().ConfigureAwait(false);
            return ReportWriter.Failed(RenderFormat.Pdf, PdfMessages.TimeoutError(options.PdfTimeout), view, failures);
        }
        catch (RenderException ex)
        {
            return ReportWriter.Failed(RenderFormat.Pdf, ex, view, failures);
        }
    }

    /// <summary>Kills the browser and removes its profile; renders still running fail.</summary>
    /// <returns>A task that completes when the browser is gone.</returns>
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        await _closing.CancelAsync().ConfigureAwait(false);
        await _gate.WaitAsync().ConfigureAwait(false);
        try
        {
            if (_browser is { } browser)
            {
                _browser = null;
                await browser.DisposeAsync().ConfigureAwait(false);
            }
        }
        finally
        {
            _gate.Release();
        }

        // The gate and the token source are left to the collector: a render that raced the disposal may still touch them.
    }

    /// <summary>After a timeout: a browser that no longer answers is killed, so that the next render starts a new one;
    /// one that answers keeps serving the other renders.</summary>
    private async Task RecycleIfHungAsync()
    {
        if (_browser is not { } browser || await browser.RespondsAsync(TimeSpan.FromSeconds(5)).ConfigureAwait(false))
        {
            return;
        }

        await _gate.WaitAsync().ConfigureAwait(false);
        try
        {
            if (ReferenceEquals(_browser, browser))
            {
                _browser = null;
                await browser.DisposeAsync().ConfigureAwait(false);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<ChromiumBrowser> BrowserAsync(CancellationToken cancellationToken)
    {
        if (_browser is { IsAlive: true } running)
        {
            return running;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_browser is { IsAlive: true } alive)
            {
                return alive;
            }

            if (_browser is { } dead)
            {
                _browser = null;
                await dead.DisposeAsync().ConfigureAwait(false);
            }

            var executable = Executables.Chromium(_chromiumPath) ?? throw PdfMessages.ChromiumMissingError();
            var started = await ChromiumBrowser.StartAsync(executable, _startTimeout, cancellationToken).ConfigureAwait(false);
            Interlocked.Increment(ref _starts);
            _browser = started;
            return started;
        }
        finally
        {
            _gate.Release();
        }
    }
}
