// Copyright (c) Gongkai contributors. Licensed under the MIT License.

namespace Gongkai.Formats.Render;

/// <summary>Why a report could not be rendered: a kind to act on, a Chinese message for users, the engine's own text apart.</summary>
/// <remarks>
/// <para>The <see cref="Message"/> names no file, folder or engine output: a server shows it as it is. What the engine
/// said (its exit code, its standard error, which may hold temporary paths) is in <see cref="Detail"/>, for logs and the
/// CLI only.</para>
/// <para>Two errors are equal when kind, message and detail are equal.</para>
/// </remarks>
public sealed record RenderError
{
    /// <summary>Initializes a new instance of the <see cref="RenderError"/> class.</summary>
    /// <param name="kind">Why; never <see cref="RenderErrorKind.None"/>.</param>
    /// <param name="message">The Chinese message, without paths or engine output.</param>
    /// <param name="detail">What the engine or system said, or null.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is <see cref="RenderErrorKind.None"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="message"/> is empty.</exception>
    public RenderError(RenderErrorKind kind, string message, string? detail = null)
    {
        ArgumentOutOfRangeException.ThrowIfEqual(kind, RenderErrorKind.None);
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        Kind = kind;
        Message = message;
        Detail = string.IsNullOrWhiteSpace(detail) ? null : detail;
    }

    /// <summary>Gets why the report could not be rendered.</summary>
    public RenderErrorKind Kind { get; }

    /// <summary>Gets the Chinese message (e.g. 「Chromium 生成 PDF 失败。」), without paths or engine output.</summary>
    public string Message { get; }

    /// <summary>Gets what the engine or the system said (an exit code, standard error, a path); null when nothing. Not for web users.</summary>
    public string? Detail { get; }

    /// <summary>Gets the message for users.</summary>
    /// <returns><see cref="Message"/>.</returns>
    public override string ToString() => Message;
}
