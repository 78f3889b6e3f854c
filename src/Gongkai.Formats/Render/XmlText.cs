// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Text;

namespace Gongkai.Formats.Render;

/// <summary>Escapes text for hand-written XML parts (Word, Excel): markup characters, and characters XML cannot hold.</summary>
internal static class XmlText
{
    /// <summary>Appends text escaped for element content or an attribute value (XML 1.0 §2.4, §3.3.3).</summary>
    /// <param name="sb">The output.</param>
    /// <param name="text">The text.</param>
    /// <remarks>Characters outside the XML 1.0 <c>Char</c> production (§2.2: C0 controls other than tab and line breaks,
    /// lone surrogates, U+FFFE/U+FFFF) cannot be stored in a part at all and are left out.</remarks>
    public static void Append(StringBuilder sb, ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&':
                    sb.Append("&amp;");
                    break;
                case '<':
                    sb.Append("&lt;");
                    break;
                case '>':
                    sb.Append("&gt;");
                    break;
                case '"':
                    sb.Append("&quot;");
                    break;
                case '\t' or '\n' or '\r':
                    sb.Append(c);
                    break;
                case < ' ' or '\uFFFE' or '\uFFFF':
                    break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        sb.Append(c).Append(text[++i]);
                    }
                    else if (!char.IsSurrogate(c))
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }
    }
}
