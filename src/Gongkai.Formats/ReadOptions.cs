// Copyright (c) Gongkai contributors. Licensed under the MIT License.

namespace Gongkai.Formats;

/// <summary>Options for <see cref="ReportReader"/>.</summary>
public sealed class ReadOptions
{
    /// <summary>Gets the default options.</summary>
    public static ReadOptions Default { get; } = new();

    /// <summary>Gets the largest file accepted, in bytes. Default 64 MiB; larger files are refused with a clear error.</summary>
    public long MaxInputBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>Gets the largest total size of the parts unpacked from a Word file, in bytes (zip-bomb guard). Default 256 MiB.</summary>
    public long MaxUnpackedBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>Gets the longest a single file may take to read. Default 60 seconds.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Gets a value indicating whether scanned PDFs are OCR'd with tesseract when it is installed. Default true.</summary>
    public bool AllowOcr { get; init; } = true;
}
