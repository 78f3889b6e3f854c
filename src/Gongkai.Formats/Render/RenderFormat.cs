// Copyright (c) Gongkai contributors. Licensed under the MIT License.

namespace Gongkai.Formats.Render;

/// <summary>The file formats a report can be rendered to.</summary>
public enum RenderFormat
{
    /// <summary>Word (.docx, ECMA-376 WordprocessingML): the official layout, GB/T 9704 typography.</summary>
    Docx = 1,

    /// <summary>A self-contained web page (.html) with print CSS.</summary>
    Html,

    /// <summary>PDF (A4, fonts embedded), printed from the HTML by headless Chromium.</summary>
    Pdf,

    /// <summary>Excel (.xlsx): the narrative and one sheet per table with the official labels.</summary>
    Xlsx,

    /// <summary>Markdown with pipe tables, for quick review.</summary>
    Markdown,

    /// <summary>The canonical JSON (<c>report-schema.md</c>).</summary>
    Json,
}
