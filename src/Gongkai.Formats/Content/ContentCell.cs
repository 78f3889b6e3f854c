// Copyright (c) Gongkai contributors. Licensed under the MIT License.

namespace Gongkai.Formats.Content;

/// <summary>One cell of a table row as read from a source, before any interpretation.</summary>
/// <param name="Text">The cell text as written; line breaks inside the cell are <c>'\n'</c>. Empty for an empty cell.</param>
/// <param name="Location">Where the cell is.</param>
/// <param name="Merged">
/// True when this grid position is covered by a merged cell (Word <c>gridSpan</c>/<c>vMerge</c>, HTML
/// <c>colspan</c>/<c>rowspan</c>) whose origin is another position; <paramref name="Text"/> then repeats the
/// origin's text. Interpreters skip merged positions so that a value is never read twice.
/// </param>
public readonly record struct ContentCell(string Text, SourceLocation Location, bool Merged = false);
