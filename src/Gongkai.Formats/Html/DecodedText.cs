// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Text;

namespace Gongkai.Formats.Html;

/// <summary>How <see cref="HtmlTextDecoding"/> chose the encoding of a source.</summary>
internal enum TextEncodingSource
{
    /// <summary>A UTF-8 or UTF-16 byte order mark.</summary>
    ByteOrderMark = 0,

    /// <summary>The bytes are valid UTF-8.</summary>
    Utf8,

    /// <summary>The charset the file declares.</summary>
    Declared,

    /// <summary>Nothing said which: GB18030 (or Big5 when the bytes clearly are Big5) was assumed.</summary>
    Fallback,
}

/// <summary>The result of <see cref="HtmlTextDecoding.Decode"/>.</summary>
/// <param name="Text">The decoded text, without the byte order mark.</param>
/// <param name="Encoding">The encoding used.</param>
/// <param name="Source">How the encoding was chosen.</param>
/// <param name="Note">A note in Chinese for the user when the encoding was assumed or the declaration was overruled; otherwise null.</param>
/// <param name="Invalid">The invalid sequences of a page that is UTF-8 but for a few (read as U+FFFD), or null.</param>
internal sealed record DecodedText(string Text, Encoding Encoding, TextEncodingSource Source, string? Note, Text.InvalidUtf8? Invalid = null);
