// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Diagnostics.CodeAnalysis;
using Gongkai.Checking;

namespace Gongkai.Formats.Render;

/// <summary>The result of rendering one report: the file's bytes, or a Chinese error; the rules it fails; the totals a draft replaced.</summary>
public sealed class RenderResult
{
    private RenderResult(RenderFormat format, byte[]? content, string? error, IReadOnlyList<Finding> failures, IReadOnlyList<TotalCorrection> corrections)
    {
        Format = format;
        Content = content;
        Error = error;
        Failures = failures;
        Corrections = corrections;
    }

    /// <summary>Gets the format rendered.</summary>
    public RenderFormat Format { get; }

    /// <summary>Gets the rendered file, when it was rendered.</summary>
    public byte[]? Content { get; }

    /// <summary>Gets the error in Chinese, when it was not.</summary>
    public string? Error { get; }

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
    [MemberNotNullWhen(false, nameof(Error))]
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
        new(format, content, null, failures, corrections) { Notes = notes ?? [], HeldBack = heldBack ?? [], Unreconciled = unreconciled ?? [] };

    /// <summary>Creates a failure.</summary>
    /// <param name="format">The format.</param>
    /// <param name="error">The Chinese error.</param>
    /// <param name="failures">The rules failed.</param>
    /// <param name="corrections">The totals replaced.</param>
    /// <returns>The result.</returns>
    internal static RenderResult Fail(RenderFormat format, string error, IReadOnlyList<Finding>? failures = null, IReadOnlyList<TotalCorrection>? corrections = null) =>
        new(format, null, error, failures ?? [], corrections ?? []);
}
