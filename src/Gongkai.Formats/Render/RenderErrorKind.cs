// Copyright (c) Gongkai contributors. Licensed under the MIT License.

namespace Gongkai.Formats.Render;

/// <summary>Why a report could not be rendered: lets a caller (the CLI's exit codes, the web's HTTP statuses) act on the kind, not the message.</summary>
public enum RenderErrorKind
{
    /// <summary>No error: the report was rendered.</summary>
    None = 0,

    /// <summary>The PDF engine (Chromium or LibreOffice) is not installed.</summary>
    EngineMissing,

    /// <summary>The PDF engine started but failed (crashed, refused the page, lost its connection).</summary>
    EngineFailed,

    /// <summary>Rendering took longer than <see cref="RenderOptions.PdfTimeout"/>.</summary>
    Timeout,

    /// <summary>The output file cannot be written (a folder, a device, a link, no permission, disk full).</summary>
    CannotWrite,
}
