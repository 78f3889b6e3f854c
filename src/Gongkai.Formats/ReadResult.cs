// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Diagnostics.CodeAnalysis;
using Gongkai.Documents;

namespace Gongkai.Formats;

/// <summary>The result of reading one source: a report, or a typed error (<see cref="ReadError"/>).</summary>
public sealed class ReadResult
{
    private ReadResult(string sourceName, AnnualReport? report, ReadError? readError, string? kind, string? detail)
    {
        SourceName = sourceName;
        Report = report;
        ReadError = readError;
        Error = readError?.WithFile(sourceName).ToString();
        Kind = kind;
        Detail = detail;
    }

    /// <summary>Gets the source's name (file path).</summary>
    public string SourceName { get; }

    /// <summary>Gets the report, when it was read.</summary>
    public AnnualReport? Report { get; }

    /// <summary>Gets the error in Chinese, naming <see cref="SourceName"/> and the location, when it was not read.</summary>
    /// <remarks>This is <see cref="ReadError"/> with <see cref="SourceName"/> added; a server shows
    /// <c>ReadError.WithFile(uploadName)</c> instead, so that no server path reaches a user.</remarks>
    public string? Error { get; }

    /// <summary>Gets the typed error — kind, Chinese message without any file name or path, location — when it was not read.</summary>
    /// <remarks><see cref="ReadError.FileName"/> is null: the caller adds the name it shows (<see cref="ReadError.WithFile"/>).</remarks>
    public ReadError? ReadError { get; }

    /// <summary>Gets why the source could not be read (<see cref="ReadErrorKind.None"/> on success).</summary>
    public ReadErrorKind ErrorKind => ReadError?.Kind ?? ReadErrorKind.None;

    /// <summary>Gets the kind of source detected ("text", "docx", "html", "pdf", "json"), or null.</summary>
    public string? Kind { get; }

    /// <summary>Gets the operating system's own (English) text of a file-system error, for a verbose display; null otherwise.</summary>
    /// <remarks>It may name the path: never show it to a web user.</remarks>
    public string? Detail { get; }

    /// <summary>Gets a value indicating whether a report was read.</summary>
    [MemberNotNullWhen(true, nameof(Report))]
    [MemberNotNullWhen(false, nameof(Error), nameof(ReadError))]
    public bool Success => Report is not null;

    /// <summary>Creates a success.</summary>
    /// <param name="sourceName">The source name.</param>
    /// <param name="report">The report.</param>
    /// <param name="kind">The source kind.</param>
    /// <returns>The result.</returns>
    public static ReadResult Ok(string sourceName, AnnualReport report, string kind)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new(sourceName, report, null, kind, null);
    }

    /// <summary>Creates a failure.</summary>
    /// <param name="sourceName">The source name.</param>
    /// <param name="error">The typed error (its <see cref="ReadError.FileName"/> is ignored: <see cref="Error"/> names <paramref name="sourceName"/>).</param>
    /// <param name="kind">The source kind, when known.</param>
    /// <param name="detail">The system's text (English), shown only on request.</param>
    /// <returns>The result.</returns>
    public static ReadResult Fail(string sourceName, ReadError error, string? kind = null, string? detail = null)
    {
        ArgumentNullException.ThrowIfNull(sourceName);
        ArgumentNullException.ThrowIfNull(error);
        return new(sourceName, null, error.FileName is null ? error : new ReadError(error.Kind, error.Message, error.Location), kind, detail);
    }

    /// <summary>Creates a failure from a message that may start with 「<paramref name="sourceName"/>：」 (the form before <see cref="Formats.ReadError"/>).</summary>
    /// <param name="sourceName">The source name.</param>
    /// <param name="error">The Chinese error; a leading 「<paramref name="sourceName"/>：」 is taken off for <see cref="ReadError"/>.</param>
    /// <param name="errorKind">Why it failed.</param>
    /// <param name="kind">The source kind, when known.</param>
    /// <returns>The result.</returns>
    public static ReadResult Fail(string sourceName, string error, ReadErrorKind errorKind, string? kind = null) =>
        Fail(sourceName, error, errorKind, kind, null);

    /// <summary>Creates a failure that keeps the system's own text of the error.</summary>
    /// <param name="sourceName">The source name.</param>
    /// <param name="error">The Chinese error; a leading 「<paramref name="sourceName"/>：」 is taken off for <see cref="ReadError"/>.</param>
    /// <param name="errorKind">Why it failed.</param>
    /// <param name="kind">The source kind, when known.</param>
    /// <param name="detail">The system's text (English), shown only on request.</param>
    /// <returns>The result.</returns>
    public static ReadResult Fail(string sourceName, string error, ReadErrorKind errorKind, string? kind, string? detail)
    {
        ArgumentNullException.ThrowIfNull(sourceName);
        ArgumentNullException.ThrowIfNull(error);
        var prefix = sourceName + "：";
        var message = sourceName.Length > 0 && error.StartsWith(prefix, StringComparison.Ordinal) ? error[prefix.Length..] : error;
        return Fail(sourceName, new ReadError(errorKind, message), kind, detail);
    }
}
