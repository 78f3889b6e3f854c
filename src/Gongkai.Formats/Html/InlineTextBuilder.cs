// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Text;

namespace Gongkai.Formats.Html;

/// <summary>Accumulates the text of one line of inline content the way a browser renders it.</summary>
/// <remarks>
/// <para>CSS Text Module Level 3 §4.1 (white-space: normal): runs of collapsible white space (space, tab,
/// line feed, carriage return, form feed — HTML's ASCII whitespace) collapse to one space, across element
/// boundaries; spaces at the start and end of a line are removed. A run that contains a segment break (a line
/// feed in the source) between two East Asian wide characters is removed entirely (§4.1.3), so that Chinese
/// text wrapped in the HTML source does not gain spaces. No-break space (U+00A0, <c>&amp;nbsp;</c>) and
/// ideographic space (U+3000) are not collapsible and are kept as written.</para>
/// <para>Text of adjacent inline elements is joined without a separator, as rendered: Word's HTML splits
/// numbers across spans (<c>&lt;span&gt;2&lt;/span&gt;&lt;span&gt;0&lt;/span&gt;</c> is 20).</para>
/// </remarks>
internal sealed class InlineTextBuilder
{
    private readonly StringBuilder _text = new();
    private bool _pendingSpace;
    private bool _pendingSegmentBreak;

    /// <summary>Gets a value indicating whether the line holds no character yet.</summary>
    public bool IsEmpty => _text.Length == 0;

    /// <summary>Appends source text under white-space collapsing.</summary>
    /// <param name="data">The text node's data.</param>
    public void Append(string data)
    {
        foreach (var c in data)
        {
            if (c is ' ' or '\t' or '\n' or '\r' or '\f')
            {
                _pendingSpace = true;
                _pendingSegmentBreak |= c is '\n' or '\r';
                continue;
            }

            AppendVisible(c);
        }
    }

    /// <summary>Appends preformatted text (<c>pre</c>) as is, except that line feeds must be handled by the caller.</summary>
    /// <param name="data">The text without line feeds.</param>
    public void AppendPreformatted(string data)
    {
        FlushPendingSpace(data.Length > 0 ? data[0] : ' ');
        _text.Append(data);
    }

    /// <summary>Returns the line and starts a new one.</summary>
    /// <returns>The text of the line; trailing collapsible space is dropped.</returns>
    public string Take()
    {
        var line = _text.ToString();
        _text.Clear();
        _pendingSpace = false;
        _pendingSegmentBreak = false;
        return line;
    }

    private static bool IsEastAsianWide(char c) =>
        c is (>= '\u2E80' and <= '\u303E') or (>= '\u3041' and <= '\u33FF')
            or (>= '\u3400' and <= '\u4DBF') or (>= '\u4E00' and <= '\u9FFF') or (>= '\uA000' and <= '\uA4CF')
            or (>= '\uF900' and <= '\uFAFF') or (>= '\uFE30' and <= '\uFE4F') or (>= '\uFF00' and <= '\uFF60')
            or (>= '\uFFE0' and <= '\uFFE6') || char.IsSurrogate(c);

    private void AppendVisible(char c)
    {
        FlushPendingSpace(c);
        _text.Append(c);
    }

    private void FlushPendingSpace(char next)
    {
        if (_pendingSpace && _text.Length > 0)
        {
            var previous = _text[^1];
            var removeBreak = _pendingSegmentBreak && IsEastAsianWide(previous) && IsEastAsianWide(next);
            var zeroWidth = previous == '\u200B' || next == '\u200B';
            if (!removeBreak && !zeroWidth)
            {
                _text.Append(' ');
            }
        }

        _pendingSpace = false;
        _pendingSegmentBreak = false;
    }
}
