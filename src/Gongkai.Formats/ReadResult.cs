// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Diagnostics.CodeAnalysis;
using Gongkai.Documents;

namespace Gongkai.Formats;

/// <summary>The result of reading one source: a report, or a Chinese error naming the file.</summary>
public sealed class ReadResult
{
    private ReadResult(string sourceName, AnnualReport? report, string? error, string? kind, ReadErrorKind errorKind)
    {
        SourceName = sourceName;
        Report = report;
        Error = error;
        Kind = kind;
        ErrorKind = errorKind;
    }

    /// <summary>Gets the source's name (file path).</summary>
    public string SourceName { get; }

    /// <summary>Gets the report, when it was read.</summary>
    public AnnualReport? Report { get; }

    /// <summary>Gets the error in Chinese (naming the file and location), when it was not.</summary>
    public string? Error { get; }

    /// <summary>Gets why the source could not be read (<see cref="ReadErrorKind.None"/> on success).</summary>
    public ReadErrorKind ErrorKind { get; }

    /// <summary>Gets the kind of source detected ("text", "docx", "html", "pdf", "json"), or null.</summary>
    public string? Kind { get; }

    /// <summary>Gets the operating system's own (English) text of a file-system error, for a verbose display; null otherwise.</summary>
    public string? Detail { get; private init; }

    /// <summary>Gets a value indicating whether a report was read.</summary>
    [MemberNotNullWhen(true, nameof(Report))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Success => Report is not null;

    /// <summary>Creates a success.</summary>
    /// <param name="sourceName">The source name.</param>
    /// <param name="report">The report.</param>
    /// <param name="kind">The source kind.</param>
    /// <returns>The result.</returns>
    public static ReadResult Ok(string sourceName, AnnualReport report, string kind) => new(sourceName, report, null, kind, ReadErrorKind.None);

    /// <summary>Creates a failure.</summary>
    /// <param name="sourceName">The source name.</param>
    /// <param name="error">The Chinese error.</param>
    /// <param name="errorKind">Why it failed.</param>
    /// <param name="kind">The source kind, when known.</param>
    /// <returns>The result.</returns>
    public static ReadResult Fail(string sourceName, string error, ReadErrorKind errorKind, string? kind = null)
    {
        ArgumentOutOfRangeException.ThrowIfEqual(errorKind, ReadErrorKind.None);
        return new(sourceName, null, error, kind, errorKind);
    }

    /// <summary>Creates a failure that keeps the system's own text of the error.</summary>
    /// <param name="sourceName">The source name.</param>
    /// <param name="error">The Chinese error.</param>
    /// <param name="errorKind">Why it failed.</param>
    /// <param name="kind">The source kind, when known.</param>
    /// <param name="detail">The system's text (English), shown only on request.</param>
    /// <returns>The result.</returns>
    public static ReadResult Fail(string sourceName, string error, ReadErrorKind errorKind, string? kind, string? detail) =>
        new ReadResult(sourceName, null, error, kind, errorKind == ReadErrorKind.None ? throw new ArgumentOutOfRangeException(nameof(errorKind)) : errorKind) { Detail = detail };
}
