// Copyright (c) Gongkai contributors. Licensed under the MIT License.

namespace Gongkai.Formats.Content;

/// <summary>A block of a source document in reading order: a paragraph or a table.</summary>
/// <param name="Location">Where the block starts.</param>
public abstract record ContentBlock(SourceLocation Location);

/// <summary>A paragraph (a heading, a line of narrative text).</summary>
/// <param name="Text">The text as written, runs and spans joined.</param>
/// <param name="Location">Where it starts.</param>
public sealed record ContentParagraph(string Text, SourceLocation Location) : ContentBlock(Location);

/// <summary>A table (or a run of table-like lines) as a grid of rows.</summary>
/// <param name="Rows">The rows in order.</param>
/// <param name="Location">Where it starts.</param>
public sealed record ContentTable(IReadOnlyList<ContentRow> Rows, SourceLocation Location) : ContentBlock(Location);
