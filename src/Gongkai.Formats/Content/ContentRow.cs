// Copyright (c) Gongkai contributors. Licensed under the MIT License.

namespace Gongkai.Formats.Content;

/// <summary>One row of a table as read from a source: its cells left to right.</summary>
/// <param name="Cells">The cells, merged cells expanded to grid positions.</param>
/// <param name="Location">Where the row starts.</param>
public sealed record ContentRow(IReadOnlyList<ContentCell> Cells, SourceLocation Location);
