// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Diagnostics.CodeAnalysis;
using Gongkai.Checking;

namespace Gongkai.Formats.Render;

/// <summary>The result of rendering one report: the file's bytes, or a Chinese error; the rules it fails; the totals a draft replaced.</summary>
public sealed class RenderResult
{
    private RenderResult(RenderFormat format, byte[]? content, string? error, RenderError? renderError, IReadOnlyList<Finding> failures, IReadOnlyList<TotalCorrection> corrections)
    {
        Format = format;
        Content = content;
        Error = error;
        RenderError = renderError;
        Failures = failures;
        Corrections = corrections;
    }

    /// <summary>Gets the format rendered.</summary>
    public RenderFormat Format { get; }

    /// <summary>Gets the rendered file, when it was rendered.</summary>
    public byte[]? Content { get; }

    /// <summary>Gets the error in Chinese, when it was not: the CLI's text, with the engine's detail and the output path.</summary>
    public string? Error { get; }

    /// <summary>Gets the typed error (kind, a Chinese message without paths or engine output, the detail apart), when it was not rendered.</summary>
    public RenderError? RenderError { get; }

    /// <summary>Gets the findings of severity error of the report: it was rendered anyway, and the caller should warn.</summary>
    public IReadOnlyList<Finding> Failures { get; }

    /// <summary>Gets the totals replaced in a <see cref="RenderOptions.RecomputeTotals"/> draft (empty otherwise).</summary>
    public IReadOnlyList<TotalCorrection> Corrections { get; }

    /// <summary>Gets the other changes against the source, in Chinese (headings normalised or added; empty when none).</summary>
    public IReadOnlyList<string> Notes { get; private init; } = [];

    /// <summary>Gets the totals a <see cref="RenderOptions.RecomputeTotals"/> draft left as stated: the sum of their parts
    /// would have broken an arithmetic rule that the stated total satisfies (empty otherwise).</summary>
    /// <remarks>Each is explained in the draft's note; <see cref="TotalCorrection.Computed"/> is the sum not written.</remarks>
    public IReadOnlyList<TotalCorrection> HeldBack { get; private init; } = [];

    /// <summary>Gets the arithmetic findings (<c>T3.balance</c>, <c>T3.outcomeSum</c>, <c>T3.columnSum</c>,
    /// <c>T4.blockSum</c>) a <see cref="RenderOptions.RecomputeTotals"/> draft still has, each listed in the draft's note
    /// as not reconciled (empty otherwise).</summary>
    public IReadOnlyList<Finding> Unreconciled { get; private init; } = [];

    /// <summary>Gets a value indicating whether the file was rendered.</summary>
    [MemberNotNullWhen(true, nameof(Content))]
    [MemberNotNullWhen(false, nameof(Error), nameof(RenderError))]
    public bool Success => Content is not null;

    /// <summary>Creates a success.</summary>
    /// <param name="format">The format.</param>
    /// <param name="content">The file.</param>
    /// <param name="failures">The rules failed.</param>
    /// <param name="corrections">The totals replaced.</param>
    /// <param name="notes">The other changes.</param>
    /// <param name="heldBack">The totals a draft left as stated.</param>
    /// <param name="unreconciled">The arithmetic findings a draft could not reconcile.</param>
    /// <returns>The result.</returns>
    internal static RenderResult Ok(RenderFormat format, byte[] content, IReadOnlyList<Finding> failures, IReadOnlyList<TotalCorrection> corrections, IReadOnlyList<string>? notes = null,
        IReadOnlyList<TotalCorrection>? heldBack = null, IReadOnlyList<Finding>? unreconciled = null) =>
        new(format, content, null, null, failures, corrections) { Notes = notes ?? [], HeldBack = heldBack ?? [], Unreconciled = unreconciled ?? [] };

    /// <summary>Creates a failure.</summary>
    /// <param name="format">The format.</param>
    /// <param name="error">The typed error.</param>
    /// <param name="text">The full Chinese text (detail and path included), or null for the error's message.</param>
    /// <param name="failures">The rules failed.</param>
    /// <param name="corrections">The totals replaced.</param>
    /// <returns>The result.</returns>
    internal static RenderResult Fail(RenderFormat format, RenderError error, string? text = null, IReadOnlyList<Finding>? failures = null, IReadOnlyList<TotalCorrection>? corrections = null) =>
        new(format, null, text ?? error.Message, error, failures ?? [], corrections ?? []);

    /// <summary>Creates a failure to write the output file.</summary>
    /// <param name="format">The format.</param>
    /// <param name="path">The output path.</param>
    /// <param name="text">The Chinese error naming the path (<see cref="IO.AtomicFile"/>).</param>
    /// <param name="failures">The rules failed.</param>
    /// <param name="corrections">The totals replaced.</param>
    /// <returns>The result; its <see cref="RenderError"/> has the message without the path.</returns>
    internal static RenderResult CannotWrite(RenderFormat format, string path, string text, IReadOnlyList<Finding>? failures = null, IReadOnlyList<TotalCorrection>? corrections = null)
    {
        var prefix = path + "：";
        var message = text.StartsWith(prefix, StringComparison.Ordinal) ? text[prefix.Length..] : "无法写入输出文件。";
        return Fail(format, new RenderError(RenderErrorKind.CannotWrite, message), text, failures, corrections);
    }
}
