// Copyright (c) Gongkai contributors. Licensed under the MIT License.

namespace Gongkai.Formats.Render;

/// <summary>How a PDF is produced.</summary>
public enum PdfEngine
{
    /// <summary>Print the HTML rendering with headless Chromium (DevTools protocol <c>Page.printToPDF</c>).</summary>
    Chromium = 0,

    /// <summary>Convert the Word rendering with LibreOffice (<c>soffice --headless --convert-to pdf</c>).</summary>
    LibreOffice,
}
