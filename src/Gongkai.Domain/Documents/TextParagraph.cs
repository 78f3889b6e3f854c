// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Text;

namespace Gongkai.Documents;

/// <summary>One paragraph of narrative text, as written, with where it starts.</summary>
/// <remarks>
/// The text is kept as written except for one normalisation, made here once for every reader: decimal digits of
/// any script (full-width １２, Arabic-Indic ١٢ …) become ASCII digits (GB/T 15835 writes Arabic numerals
/// half-width), so that every rule reads 「受理１２件」 as 12.
/// </remarks>
public sealed record TextParagraph
{
    /// <summary>Initializes a new instance of the <see cref="TextParagraph"/> class.</summary>
    /// <param name="text">The text as written (trimmed of surrounding whitespace).</param>
    /// <param name="location">Where the paragraph starts in the source.</param>
    public TextParagraph(string text, SourceLocation location)
    {
        Text = text;
        Location = location;
    }

    /// <summary>Gets the text as written, decimal digits in ASCII.</summary>
    public string Text
    {
        get;
        init => field = Digits.ToAscii(value ?? throw new ArgumentNullException(nameof(value)));
    }

    /// <summary>Gets where the paragraph starts in the source.</summary>
    public SourceLocation Location { get; init; }

    /// <summary>Deconstructs the paragraph.</summary>
    /// <param name="text">The text.</param>
    /// <param name="location">The location.</param>
    public void Deconstruct(out string text, out SourceLocation location)
    {
        text = Text;
        location = Location;
    }
}
