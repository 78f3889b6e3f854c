// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Checking;

namespace Gongkai.Formats.Batch;

/// <summary>Options for <see cref="BatchChecker"/>.</summary>
public sealed class BatchOptions
{
    /// <summary>Gets the number of files read in parallel. Default: the processor count.</summary>
    public int Jobs { get; init; } = Environment.ProcessorCount;

    /// <summary>Gets a value indicating whether the first file is a summary report and the others its units. Default false.</summary>
    public bool Hierarchy { get; init; }

    /// <summary>Gets the options for reading.</summary>
    public ReadOptions Read { get; init; } = ReadOptions.Default;

    /// <summary>Gets the options for checking.</summary>
    public CheckOptions Check { get; init; } = CheckOptions.Default;
}
