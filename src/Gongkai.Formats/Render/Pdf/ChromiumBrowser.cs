// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Buffers;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace Gongkai.Formats.Render.Pdf;

/// <summary>A headless Chromium driven over the DevTools protocol, kept running to print many pages.</summary>
/// <remarks>
/// <para>Chromium is started with a private profile and <c>--remote-debugging-port=0</c>; the port it picked is
/// read from <c>DevToolsActivePort</c> in the profile, and the browser's DevTools WebSocket on 127.0.0.1 carries
/// the commands (Chrome DevTools Protocol, flattened sessions). Each print opens a tab
/// (<c>Target.createTarget</c>), sets the page's HTML (<c>Page.setDocumentContent</c>), waits for its fonts
/// (<c>document.fonts.ready</c>) and calls <c>Page.printToPDF</c> with the page's own CSS page size; the tab is
/// closed afterwards. The page has no external resources, so nothing is fetched.</para>
/// <para>The synchronous path (the CLI) shares one browser per process (<see cref="Shared"/>), killed when the process
/// exits; a browser that died is started again on the next print. A server uses <see cref="PdfRenderService"/>, which
/// owns its browser (<see cref="StartAsync"/>, <see cref="DisposeAsync"/>) and never blocks on the start.</para>
/// </remarks>
internal sealed class ChromiumBrowser : IDisposable, IAsyncDisposable
{
    private static readonly Lock SharedLock = new();
    private static ChromiumBrowser? _shared;

    private readonly Process _process;
    private readonly string _profile;
    private readonly StringBuilder _errors;
    private readonly ClientWebSocket _socket = new();
    private readonly SemaphoreSlim _send = new(1, 1);
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonElement>> _pending = new();
    private readonly CancellationTokenSource _stop = new();
    private Task? _receiver;
    private int _nextId;
    private int _disposed;

    private ChromiumBrowser(Process process, string profile, string executable, StringBuilder errors)
    {
        _process = process;
        _profile = profile;
        _errors = errors;
        Executable = executable;
    }

    /// <summary>Gets the Chromium executable.</summary>
    public string Executable { get; }

    /// <summary>Gets the browser's process id.</summary>
    public int ProcessId => _process.Id;

    /// <summary>Gets a value indicating whether the browser can still print.</summary>
    public bool IsAlive => Volatile.Read(ref _disposed) == 0 && !_process.HasExited && _socket.State == WebSocketState.Open;

    /// <summary>Gets the shared browser, starting it (again) when needed.</summary>
    /// <param name="executable">The Chromium executable.</param>
    /// <param name="timeout">How long the start may take.</param>
    /// <returns>The browser.</returns>
    /// <exception cref="RenderException">Chromium cannot be started.</exception>
    public static ChromiumBrowser Shared(string executable, TimeSpan timeout)
    {
        lock (SharedLock)
        {
            if (_shared is { IsAlive: true } alive && alive.Executable == executable)
            {
                return alive;
            }

            _shared?.Dispose();
            _shared = Start(executable, timeout);
            AppDomain.CurrentDomain.ProcessExit -= DisposeShared;
            AppDomain.CurrentDomain.ProcessExit += DisposeShared;
            return _shared;
        }
    }

    /// <summary>Starts a browser, blocking until it listens (the CLI's synchronous path).</summary>
    /// <param name="executable">The Chromium executable.</param>
    /// <param name="timeout">How long the start may take.</param>
    /// <returns>The browser.</returns>
    /// <exception cref="RenderException">Chromium cannot be started.</exception>
    public static ChromiumBrowser Start(string executable, TimeSpan timeout)
    {
        var browser = Launch(executable);
        try
        {
            var endpoint = WaitForEndpoint(browser._process, browser._profile, timeout, browser._errors);
            using var cts = new CancellationTokenSource(timeout);
            browser._socket.Options.KeepAliveInterval = TimeSpan.Zero;
            browser._socket.ConnectAsync(endpoint, cts.Token).GetAwaiter().GetResult();
            browser._receiver = Task.Run(browser.ReceiveLoop);
            return browser;
        }
        catch (Exception ex) when (ex is not RenderException and not OutOfMemoryException)
        {
            browser.Dispose();
            throw PdfMessages.ChromiumError(ex.Message, ex);
        }
        catch
        {
            browser.Dispose();
            throw;
        }
    }

    /// <summary>Starts a browser without blocking a thread while it comes up (<see cref="PdfRenderService"/>).</summary>
    /// <param name="executable">The Chromium executable.</param>
    /// <param name="timeout">How long the start may take.</param>
    /// <param name="cancellationToken">Cancels the start (the process is then killed).</param>
    /// <returns>The browser.</returns>
    /// <exception cref="RenderException">Chromium cannot be started.</exception>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    public static async Task<ChromiumBrowser> StartAsync(string executable, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var browser = Launch(executable);
        try
        {
            using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            cts.CancelAfter(timeout);
            Uri endpoint;
            try
            {
                endpoint = await WaitForEndpointAsync(browser._process, browser._profile, browser._errors, cts.Token).ConfigureAwait(false);
                browser._socket.Options.KeepAliveInterval = TimeSpan.Zero;
                await browser._socket.ConnectAsync(endpoint, cts.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw PdfMessages.ChromiumError($"{timeout.TotalSeconds:F0} 秒内未就绪");
            }

            browser._receiver = Task.Run(browser.ReceiveLoop, CancellationToken.None);
            return browser;
        }
        catch (Exception ex) when (ex is not RenderException and not OperationCanceledException and not OutOfMemoryException)
        {
            await browser.DisposeAsync().ConfigureAwait(false);
            throw PdfMessages.ChromiumError(ex.Message, ex);
        }
        catch
        {
            await browser.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Starts the Chromium process with a private profile; the DevTools connection is made by the caller.</summary>
    private static ChromiumBrowser Launch(string executable)
    {
        var profile = Directory.CreateTempSubdirectory("gongkai-chromium-").FullName;
        var info = new ProcessStartInfo(executable)
        {
            UseShellExecute = false,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            RedirectStandardInput = true,
        };
        foreach (var argument in (ReadOnlySpan<string>)
        [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--no-first-run", "--disable-sync", "--disable-quic", "--no-default-browser-check", "--disable-extensions",
            "--disable-dev-shm-usage", "--mute-audio", "--hide-scrollbars", "--remote-debugging-address=127.0.0.1",
            "--remote-debugging-port=0", "--user-data-dir=" + profile, "about:blank",
        ])
        {
            info.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(info) ?? throw PdfMessages.ChromiumError("进程未启动");
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            TryDeleteProfile(profile);
            throw PdfMessages.ChromiumError(ex.Message, ex);
        }

        var errors = new StringBuilder();
        process.ErrorDataReceived += (_, e) =>
        {
            lock (errors)
            {
                if (e.Data is not null && errors.Length < 4000)
                {
                    errors.AppendLine(e.Data);
                }
            }
        };
        process.OutputDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        return new ChromiumBrowser(process, profile, executable, errors);
    }

    /// <summary>Prints a page to PDF.</summary>
    /// <param name="html">The page.</param>
    /// <param name="footerTemplate">The footer printed in the bottom margin of every page (Chromium's template syntax), or null.</param>
    /// <param name="cancellationToken">Cancels the print.</param>
    /// <returns>The PDF.</returns>
    public async Task<byte[]> PrintAsync(string html, string? footerTemplate, CancellationToken cancellationToken)
    {
        var target = await Send("Target.createTarget", null, w => w.WriteString("url", "about:blank"), cancellationToken).ConfigureAwait(false);
        var targetId = target.GetProperty("targetId").GetString()!;
        try
        {
            var attached = await Send("Target.attachToTarget", null, w =>
            {
                w.WriteString("targetId", targetId);
                w.WriteBoolean("flatten", true);
            }, cancellationToken).ConfigureAwait(false);
            var session = attached.GetProperty("sessionId").GetString()!;
            var tree = await Send("Page.getFrameTree", session, null, cancellationToken).ConfigureAwait(false);
            var frameId = tree.GetProperty("frameTree").GetProperty("frame").GetProperty("id").GetString()!;
            await Send("Page.setDocumentContent", session, w =>
            {
                w.WriteString("frameId", frameId);
                w.WriteString("html", html);
            }, cancellationToken).ConfigureAwait(false);
            await Send("Runtime.evaluate", session, w =>
            {
                w.WriteString("expression", "document.fonts.ready.then(() => document.fonts.size)");
                w.WriteBoolean("awaitPromise", true);
            }, cancellationToken).ConfigureAwait(false);
            var pdf = await Send("Page.printToPDF", session, w =>
            {
                // The page's @page rule gives A4 and the GB/T 9704 margins; these are fallbacks.
                w.WriteBoolean("preferCSSPageSize", true);
                w.WriteBoolean("printBackground", true);
                w.WriteNumber("paperWidth", 8.2677);
                w.WriteNumber("paperHeight", 11.6929);
                w.WriteBoolean("displayHeaderFooter", footerTemplate is not null);
                w.WriteString("headerTemplate", "<span></span>");
                w.WriteString("footerTemplate", footerTemplate ?? "<span></span>");
                w.WriteString("transferMode", "ReturnAsBase64");
            }, cancellationToken).ConfigureAwait(false);
            return Convert.FromBase64String(pdf.GetProperty("data").GetString()!);
        }
        finally
        {
            if (IsAlive)
            {
                try
                {
                    using var close = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                    await Send("Target.closeTarget", null, w => w.WriteString("targetId", targetId), close.Token).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is RenderException or OperationCanceledException or WebSocketException)
                {
                    // The tab goes with the browser; nothing else to do.
                }
            }
        }
    }

    /// <summary>Returns whether the browser still answers a DevTools command within <paramref name="timeout"/>.</summary>
    /// <param name="timeout">How long to wait.</param>
    /// <returns>Whether it answered.</returns>
    public async Task<bool> RespondsAsync(TimeSpan timeout)
    {
        if (!IsAlive)
        {
            return false;
        }

        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await Send("Browser.getVersion", null, null, cts.Token).ConfigureAwait(false);
            return true;
        }
        catch (Exception ex) when (ex is RenderException or OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
            return false;
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        if (!BeginDispose())
        {
            return;
        }

        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(5000);
            }
        }
        catch (Exception ex) when (ex is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            // Already gone.
        }

        EndDispose();
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        if (!BeginDispose())
        {
            return;
        }

        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                await _process.WaitForExitAsync(wait.Token).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is InvalidOperationException or System.ComponentModel.Win32Exception or OperationCanceledException)
        {
            // Already gone, or it does not die: the profile may stay behind.
        }

        EndDispose();
    }

    private bool BeginDispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return false;
        }

        _stop.Cancel();
        return true;
    }

    private void EndDispose()
    {
        _socket.Dispose();
        _process.Dispose();
        _send.Dispose();
        foreach (var pending in _pending.Values)
        {
            pending.TrySetException(PdfMessages.ChromiumError("浏览器已关闭"));
        }

        TryDeleteProfile(_profile);
        _stop.Dispose();
    }

    private static void DisposeShared(object? sender, EventArgs e)
    {
        lock (SharedLock)
        {
            _shared?.Dispose();
            _shared = null;
        }
    }

    private static void TryDeleteProfile(string profile)
    {
        for (var attempt = 0; attempt < 3; attempt++)
        {
            try
            {
                Directory.Delete(profile, recursive: true);
                return;
            }
            catch (DirectoryNotFoundException)
            {
                return;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                Thread.Sleep(100);
            }
        }
    }

    private static Uri WaitForEndpoint(Process process, string profile, TimeSpan timeout, StringBuilder errors)
    {
        // Chromium writes the port and the browser target's path to DevToolsActivePort once it listens.
        var file = Path.Combine(profile, "DevToolsActivePort");
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if (process.HasExited)
            {
                string detail;
                lock (errors)
                {
                    detail = errors.ToString().Trim();
                }

                throw PdfMessages.ChromiumError($"退出码 {process.ExitCode}{(detail.Length > 0 ? "：" + detail : string.Empty)}");
            }

            if (File.Exists(file))
            {
                try
                {
                    var lines = File.ReadAllLines(file);
                    if (lines.Length >= 2 && int.TryParse(lines[0], NumberStyles.None, CultureInfo.InvariantCulture, out var port))
                    {
                        return new Uri($"ws://127.0.0.1:{port}{lines[1].Trim()}");
                    }
                }
                catch (IOException)
                {
                    // Being written; read it again.
                }
            }

            Thread.Sleep(20);
        }

        throw PdfMessages.ChromiumError($"{timeout.TotalSeconds:F0} 秒内未就绪");
    }

    private static async Task<Uri> WaitForEndpointAsync(Process process, string profile, StringBuilder errors, CancellationToken cancellationToken)
    {
        var file = Path.Combine(profile, "DevToolsActivePort");
        while (true)
        {
            if (process.HasExited)
            {
                string detail;
                lock (errors)
                {
                    detail = errors.ToString().Trim();
                }

                throw PdfMessages.ChromiumError($"退出码 {process.ExitCode}{(detail.Length > 0 ? "：" + detail : string.Empty)}");
            }

            if (File.Exists(file))
            {
                try
                {
                    var lines = await File.ReadAllLinesAsync(file, cancellationToken).ConfigureAwait(false);
                    if (lines.Length >= 2 && int.TryParse(lines[0], NumberStyles.None, CultureInfo.InvariantCulture, out var port))
                    {
                        return new Uri($"ws://127.0.0.1:{port}{lines[1].Trim()}");
                    }
                }
                catch (IOException)
                {
                    // Being written; read it again.
                }
            }

            await Task.Delay(20, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<JsonElement> Send(string method, string? session, Action<Utf8JsonWriter>? parameters, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) == 1, this);
        var id = Interlocked.Increment(ref _nextId);
        var reply = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = reply;
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteNumber("id", id);
            w.WriteString("method", method);
            if (session is not null)
            {
                w.WriteString("sessionId", session);
            }

            w.WriteStartObject("params");
            parameters?.Invoke(w);
            w.WriteEndObject();
            w.WriteEndObject();
        }

        try
        {
            await _send.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                await _socket.SendAsync(buffer.WrittenMemory, WebSocketMessageType.Text, endOfMessage: true, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                _send.Release();
            }

            using var registration = cancellationToken.Register(() => reply.TrySetCanceled(cancellationToken));
            return await reply.Task.ConfigureAwait(false);
        }
        finally
        {
            _pending.TryRemove(id, out _);
        }
    }

    private async Task ReceiveLoop()
    {
        var buffer = new byte[64 * 1024];
        var message = new ArrayBufferWriter<byte>(64 * 1024);
        try
        {
            while (!_stop.IsCancellationRequested && _socket.State == WebSocketState.Open)
            {
                var result = await _socket.ReceiveAsync(buffer, _stop.Token).ConfigureAwait(false);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }

                message.Write(buffer.AsSpan(0, result.Count));
                if (!result.EndOfMessage)
                {
                    continue;
                }

                Dispatch(message.WrittenSpan);
                message.ResetWrittenCount();
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The browser went away; pending commands fail below.
        }

        foreach (var pending in _pending.Values)
        {
            pending.TrySetException(PdfMessages.ChromiumError("与浏览器的连接已断开"));
        }
    }

    private void Dispatch(ReadOnlySpan<byte> json)
    {
        using var doc = JsonDocument.Parse(json.ToArray());
        var root = doc.RootElement;
        if (!root.TryGetProperty("id", out var idElement) || !_pending.TryGetValue(idElement.GetInt32(), out var reply))
        {
            return;
        }

        if (root.TryGetProperty("error", out var error))
        {
            var text = error.TryGetProperty("message", out var m) ? m.GetString() : error.GetRawText();
            reply.TrySetException(PdfMessages.ChromiumError(text ?? "未知错误"));
            return;
        }

        reply.TrySetResult(root.TryGetProperty("result", out var result) ? result.Clone() : default);
    }
}
