// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using AngleSharp.Dom;

namespace Gongkai.Formats.Html;

/// <summary>Where the report is in a web page, as found by <see cref="ReportRegionLocator"/>.</summary>
/// <param name="Container">The smallest element holding the report's section titles and tables.</param>
/// <param name="Title">The report title found outside <paramref name="Container"/>, or null when the container starts with it (or none was found).</param>
/// <param name="HoldsReport">Tells whether an element holds a section title or a statistical table (chrome that does is kept).</param>
internal sealed record ReportRegion(IElement Container, string? Title, Func<IElement, bool> HoldsReport);
