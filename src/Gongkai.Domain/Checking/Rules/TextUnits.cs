// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Documents;

namespace Gongkai.Checking.Rules;

/// <summary>The narrative text of a report as paragraphs and sentences, with their section.</summary>
internal static class TextUnits
{
    private static readonly char[] SentenceEnds = ['。', '！', '？', '；', ';', '!', '?'];

    /// <summary>Every paragraph with its section number (0 for the preamble).</summary>
    public static IEnumerable<(int Section, TextParagraph Paragraph)> Paragraphs(AnnualReport report)
    {
        foreach (var p in report.Preamble)
        {
            yield return (0, p);
        }

        foreach (var section in report.Sections)
        {
            foreach (var p in section.Paragraphs)
            {
                yield return (section.Number, p);
            }
        }
    }

    /// <summary>Splits a paragraph into sentences (each keeps its closing punctuation).</summary>
    public static IEnumerable<string> Sentences(string text)
    {
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOfAny(SentenceEnds, start);
            if (end < 0)
            {
                yield return text[start..];
                yield break;
            }

            yield return text[start..(end + 1)];
            start = end + 1;
        }
    }

    /// <summary>Shortens a quote to at most <paramref name="max"/> characters around <paramref name="index"/>.</summary>
    public static string Quote(string text, int index = 0, int max = 80)
    {
        var t = text.Trim();
        if (t.Length <= max)
        {
            return t;
        }

        var start = Math.Clamp(index - (max / 2), 0, t.Length - max);
        return string.Concat(start > 0 ? "…" : string.Empty, t.AsSpan(start, max), start + max < t.Length ? "…" : string.Empty);
    }
}
