// Copyright (c) Gongkai contributors. Licensed under the MIT License.

namespace Gongkai.Formats.Render;

/// <summary>A report could not be rendered (a PDF engine missing or failing); the message says why in Chinese.</summary>
/// <remarks><see cref="ReportWriter"/> turns it into a failed <see cref="RenderResult"/>; it never escapes the façade.</remarks>
public sealed class RenderException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="RenderException"/> class.</summary>
    public RenderException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="RenderException"/> class.</summary>
    /// <param name="message">The Chinese message.</param>
    public RenderException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="RenderException"/> class.</summary>
    /// <param name="message">The Chinese message.</param>
    /// <param name="innerException">The cause.</param>
    public RenderException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="RenderException"/> class.</summary>
    /// <param name="error">The typed error.</param>
    /// <param name="message">The full Chinese message, the engine's detail included (the CLI's text).</param>
    /// <param name="innerException">The cause, or null.</param>
    public RenderException(RenderError error, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        ArgumentNullException.ThrowIfNull(error);
        Error = error;
    }

    /// <summary>Gets the typed error; an engine failure with <see cref="Exception.Message"/> when none was given.</summary>
    public RenderError Error => field ??= new RenderError(RenderErrorKind.EngineFailed, string.IsNullOrWhiteSpace(Message) ? "生成失败。" : Message);
}
