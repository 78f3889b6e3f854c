// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Gongkai.Formats.Docx;

/// <summary>Reconstructs the text of Word automatic numbering (「一、」「（一）」「1.」) for paragraphs in document order.</summary>
/// <remarks>
/// <para>Section headings such as 「一、总体情况」 are often auto-numbered: the number is not in the text runs but
/// computed from the numbering part (ECMA-376 Part 1 §17.9 Numbering). A paragraph is numbered by its own
/// <c>w:numPr</c> or by its paragraph style's (§17.9.19, following <c>w:basedOn</c>); <c>w:numId</c> 0 removes
/// numbering. The instance (<c>w:num</c>, §17.9.15) names an abstract definition (<c>w:abstractNum</c>, §17.9.1)
/// and may override levels (<c>w:lvlOverride</c>/<c>w:startOverride</c>, §17.9.8, §17.9.26). Each level
/// (<c>w:lvl</c>, §17.9.6) has a start value, a format (<c>w:numFmt</c>), a text template (<c>w:lvlText</c>,
/// §17.9.11: <c>%1</c> … <c>%9</c> stand for the current values of levels 1–9), a suffix (<c>w:suff</c>,
/// §17.9.28: tab by default) and a restart rule (<c>w:lvlRestart</c>, §17.9.10).</para>
/// <para>Counters are kept per abstract definition, as Word does: two instances of the same list continue one
/// another unless an instance overrides the start value.</para>
/// </remarks>
internal sealed class DocxNumbering
{
    private const int Levels = 9;
    private readonly Dictionary<int, NumberingInstance> _instances = [];
    private readonly Dictionary<int, AbstractNum> _abstracts = [];
    private readonly Dictionary<string, Style> _styles = new(StringComparer.Ordinal);
    private readonly Dictionary<int, int?[]> _counters = [];
    private readonly HashSet<int> _startedInstances = [];
    private readonly string? _defaultParagraphStyle;

    private DocxNumbering(MainDocumentPart? part)
    {
        var numbering = part?.NumberingDefinitionsPart?.Numbering;
        if (numbering is not null)
        {
            foreach (var abstractNum in numbering.Elements<AbstractNum>())
            {
                if (abstractNum.AbstractNumberId?.Value is { } id)
                {
                    _abstracts.TryAdd(id, abstractNum);
                }
            }

            foreach (var instance in numbering.Elements<NumberingInstance>())
            {
                if (instance.NumberID?.Value is { } id)
                {
                    _instances.TryAdd(id, instance);
                }
            }
        }

        var styles = part?.StyleDefinitionsPart?.Styles;
        if (styles is not null)
        {
            foreach (var style in styles.Elements<Style>())
            {
                if (style.StyleId?.Value is { } id && style.Type?.InnerText is null or "paragraph")
                {
                    _styles.TryAdd(id, style);
                    if (style.Default?.Value == true)
                    {
                        _defaultParagraphStyle ??= id;
                    }
                }
            }
        }
    }

    /// <summary>Creates the numbering state of a document.</summary>
    /// <param name="part">The main document part, or null.</param>
    /// <returns>The state; without a numbering part every paragraph is unnumbered.</returns>
    public static DocxNumbering Create(MainDocumentPart? part) => new(part);

    /// <summary>Returns the number text of <paramref name="paragraph"/> (including its suffix) and advances the counters.</summary>
    /// <param name="paragraph">The paragraph, visited in document order.</param>
    /// <returns>The number text, e.g. 「一、」 or 「（二）\t」; empty when the paragraph is not numbered.</returns>
    public string NextPrefix(Paragraph paragraph)
    {
        if (_instances.Count == 0)
        {
            return string.Empty;
        }

        var properties = paragraph.ParagraphProperties;
        var styleId = properties?.ParagraphStyleId?.Val?.Value ?? _defaultParagraphStyle;
        var numId = properties?.NumberingProperties?.NumberingId?.Val?.Value;
        var level = properties?.NumberingProperties?.NumberingLevelReference?.Val?.Value;
        ResolveFromStyle(styleId, ref numId, ref level);
        if (numId is null or 0 || !_instances.TryGetValue(numId.Value, out var instance))
        {
            return string.Empty;
        }

        var abstractId = instance.AbstractNumId?.Val?.Value;
        if (abstractId is null || !_abstracts.TryGetValue(abstractId.Value, out var abstractNum))
        {
            return string.Empty;
        }

        abstractNum = FollowStyleLink(abstractNum);
        var ilvl = Math.Clamp(level ?? LevelOfStyle(abstractNum, styleId) ?? 0, 0, Levels - 1);
        var definitions = new Level?[Levels];
        for (var i = 0; i < Levels; i++)
        {
            definitions[i] = FindLevel(instance, abstractNum, i);
        }

        var counters = Counters(abstractNum, instance, numId.Value, definitions);
        var current = definitions[ilvl];
        counters[ilvl] = counters[ilvl] is { } value ? value + 1 : Start(current);
        for (var deeper = ilvl + 1; deeper < Levels; deeper++)
        {
            // §17.9.10: a level restarts after any shallower level unless w:lvlRestart says otherwise (0 = never).
            var restart = definitions[deeper]?.LevelRestart?.Val?.Value;
            if (restart is null || (restart != 0 && ilvl < restart))
            {
                counters[deeper] = null;
            }
        }

        return Render(current, definitions, counters);
    }

    private static int Start(Level? level) => level?.StartNumberingValue?.Val?.Value ?? 0;

    private static string Render(Level? level, Level?[] definitions, int?[] counters)
    {
        var template = level?.LevelText?.Val?.Value;
        if (level is null || template is null)
        {
            return string.Empty;
        }

        var legal = level.IsLegalNumberingStyle is { } isLgl && (isLgl.Val is null || isLgl.Val.Value);
        var sb = new StringBuilder();
        for (var i = 0; i < template.Length; i++)
        {
            if (template[i] == '%' && i + 1 < template.Length && template[i + 1] is >= '1' and <= '9')
            {
                var n = template[i + 1] - '1';
                var value = counters[n] ?? Start(definitions[n]);
                var format = definitions[n]?.NumberingFormat?.Val?.InnerText;

                // §17.9.4 isLgl: the levels are shown in decimal, whatever their own format.
                sb.Append(legal ? value.ToString(CultureInfo.InvariantCulture) : DocxNumberFormat.Format(value, format));
                i++;
            }
            else
            {
                sb.Append(template[i]);
            }
        }

        if (level.NumberingFormat?.Val?.InnerText == "bullet")
        {
            return string.Empty;
        }

        if (sb.Length > 0)
        {
            sb.Append(level.LevelSuffix?.Val?.InnerText switch
            {
                "space" => " ",
                "nothing" => string.Empty,
                _ => "\t",
            });
        }

        return sb.ToString();
    }

    private static Level? FindLevel(NumberingInstance instance, AbstractNum abstractNum, int index)
    {
        foreach (var levelOverride in instance.Elements<LevelOverride>())
        {
            if (levelOverride.LevelIndex?.Value == index && levelOverride.Level is { } replaced)
            {
                return replaced;
            }
        }

        foreach (var level in abstractNum.Elements<Level>())
        {
            if (level.LevelIndex?.Value == index)
            {
                return level;
            }
        }

        return null;
    }

    private static int? LevelOfStyle(AbstractNum abstractNum, string? styleId)
    {
        if (styleId is null)
        {
            return null;
        }

        // §17.9.23: a level may name the paragraph style that uses it.
        foreach (var level in abstractNum.Elements<Level>())
        {
            if (level.ParagraphStyleIdInLevel?.Val?.Value == styleId)
            {
                return level.LevelIndex?.Value;
            }
        }

        return null;
    }

    private int?[] Counters(AbstractNum abstractNum, NumberingInstance instance, int numId, Level?[] definitions)
    {
        var key = abstractNum.AbstractNumberId?.Value ?? -numId;
        if (!_counters.TryGetValue(key, out var counters))
        {
            counters = new int?[Levels];
            _counters[key] = counters;
        }

        if (_startedInstances.Add(numId))
        {
            // §17.9.26 startOverride: the instance restarts that level at the given value.
            foreach (var levelOverride in instance.Elements<LevelOverride>())
            {
                if (levelOverride.LevelIndex?.Value is { } i and >= 0 and < Levels)
                {
                    var start = levelOverride.StartOverrideNumberingValue?.Val?.Value
                        ?? (levelOverride.Level is not null ? Start(definitions[i]) : (int?)null);
                    if (start is not null)
                    {
                        counters[i] = start - 1;
                    }
                }
            }
        }

        return counters;
    }

    private AbstractNum FollowStyleLink(AbstractNum abstractNum)
    {
        // §17.9.21 numStyleLink: the definition lives in the numbering style's list.
        var link = abstractNum.NumberingStyleLink?.Val?.Value;
        if (link is not null && _styles.TryGetValue(link, out var style)
            && style.StyleParagraphProperties?.NumberingProperties?.NumberingId?.Val?.Value is { } numId
            && _instances.TryGetValue(numId, out var instance)
            && instance.AbstractNumId?.Val?.Value is { } id
            && _abstracts.TryGetValue(id, out var target))
        {
            return target;
        }

        return abstractNum;
    }

    private void ResolveFromStyle(string? styleId, ref int? numId, ref int? level)
    {
        var guard = 0;
        while (styleId is not null && (numId is null || level is null) && guard++ < 32 && _styles.TryGetValue(styleId, out var style))
        {
            var numPr = style.StyleParagraphProperties?.NumberingProperties;
            numId ??= numPr?.NumberingId?.Val?.Value;
            level ??= numPr?.NumberingLevelReference?.Val?.Value;
            styleId = style.BasedOn?.Val?.Value;
        }
    }
}
