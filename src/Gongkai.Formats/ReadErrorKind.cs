// Copyright (c) Gongkai contributors. Licensed under the MIT License.

namespace Gongkai.Formats;

/// <summary>Why a source could not be read: lets a caller (the CLI's exit codes, the web's HTTP statuses) act on the kind, not the message.</summary>
public enum ReadErrorKind
{
    /// <summary>No error: the report was read.</summary>
    None = 0,

    /// <summary>The path does not exist.</summary>
    NotFound,

    /// <summary>The path is not a regular file (a folder, a device, a pipe, a socket, a broken link).</summary>
    NotARegularFile,

    /// <summary>The file exists but the user may not read it.</summary>
    AccessDenied,

    /// <summary>The file (or what it unpacks to) is larger than the configured limit.</summary>
    TooLarge,

    /// <summary>The file is empty.</summary>
    Empty,

    /// <summary>The file is damaged: truncated, corrupt, or not the format its content claims.</summary>
    Damaged,

    /// <summary>The file is encrypted or password-protected.</summary>
    Encrypted,

    /// <summary>Reading took longer than the configured timeout.</summary>
    Timeout,

    /// <summary>The file is structurally excessive (nesting depth, element or entry count, glyphs per page) and was refused before it could exhaust memory or time.</summary>
    TooComplex,

    /// <summary>The file was read but is not an annual report (no section, no table, no title of one).</summary>
    NotAReport,

    /// <summary>The operating system failed to read the file (I/O error).</summary>
    IOError,

    /// <summary>An unexpected failure inside Gongkai (a defect); the file is reported, the batch goes on.</summary>
    Internal,
}
