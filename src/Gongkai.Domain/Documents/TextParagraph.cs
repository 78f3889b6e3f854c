// Copyright (c) Gongkai contributors. Licensed under the MIT License.

namespace Gongkai.Documents;

/// <summary>One paragraph of narrative text, as written, with where it starts.</summary>
/// <param name="Text">The text as written (trimmed of surrounding whitespace).</param>
/// <param name="Location">Where the paragraph starts in the source.</param>
public sealed record TextParagraph(string Text, SourceLocation Location);
