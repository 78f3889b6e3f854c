// Copyright (c) Gongkai contributors. Licensed under the MIT License.

namespace Gongkai.Formats;

/// <summary>A source cannot be read; the message says why in Chinese, for users.</summary>
public sealed class ReportReadException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="ReportReadException"/> class.</summary>
    public ReportReadException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ReportReadException"/> class.</summary>
    /// <param name="message">The Chinese message.</param>
    public ReportReadException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ReportReadException"/> class.</summary>
    /// <param name="message">The Chinese message.</param>
    /// <param name="innerException">The cause.</param>
    public ReportReadException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Gets why the source cannot be read. Default <see cref="ReadErrorKind.Damaged"/>.</summary>
    public ReadErrorKind Kind { get; init; } = ReadErrorKind.Damaged;

    /// <summary>Gets or sets where in the file the problem is, when known.</summary>
    public SourceLocation Location { get; init; }

    /// <summary>Gets the typed error: <see cref="Kind"/>, the message, <see cref="Location"/>.</summary>
    /// <returns>The error, without a file name.</returns>
    public ReadError ToReadError() => new(Kind == ReadErrorKind.None ? ReadErrorKind.Damaged : Kind, string.IsNullOrWhiteSpace(Message) ? "文件已损坏。" : Message, Location);
}
