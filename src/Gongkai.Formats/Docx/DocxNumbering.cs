// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Globalization;
using System.Text;

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
/// <para>The parts are the light trees of <see cref="DocxPartReader.ReadPart(ReadOnlyMemory{byte}, bool, ReadOptions, CancellationToken)"/>; attribute values are parsed as the
/// Open XML SDK's typed values would be (<see cref="DocxPartReader.Int"/>, <see cref="DocxPartReader.OnOff"/>),
/// when they are used, so that a malformed value fails where it failed before.</para>
/// </remarks>
internal sealed class DocxNumbering
{
    private const int Levels = 9;
    private readonly Dictionary<int, DocxNode> _instances = [];
    private readonly Dictionary<int, DocxNode> _abstracts = [];
    private readonly Dictionary<string, DocxNode> _styles = new(StringComparer.Ordinal);
    private readonly Dictionary<int, int?[]> _counters = [];
    private readonly HashSet<int> _startedInstances = [];
    private readonly string? _defaultParagraphStyle;

    private DocxNumbering(DocxNode? numbering, DocxNode? styles)
    {
        if (numbering is { Name: "numbering" })
        {
            foreach (var abstractNum in Elements(numbering, "abstractNum"))
            {
                if (DocxPartReader.Int(abstractNum.Attribute("abstractNumId")) is { } id)
                {
                    _abstracts.TryAdd(id, abstractNum);
                }
            }

            foreach (var instance in Elements(numbering, "num"))
            {
                if (DocxPartReader.Int(instance.Attribute("numId")) is { } id)
                {
                    _instances.TryAdd(id, instance);
                }
            }
        }

        if (styles is { Name: "styles" })
        {
            foreach (var style in Elements(styles, "style"))
            {
                if (style.Attribute("styleId") is { } id && style.Attribute("type") is null or "paragraph")
                {
                    _styles.TryAdd(id, style);
                    if (DocxPartReader.OnOff(style.Attribute("default")) == true)
                    {
                        _defaultParagraphStyle ??= id;
                    }
                }
            }
        }
    }

    /// <summary>Creates the numbering state of a document.</summary>
    /// <param name="numbering">The root of the numbering part, or null.</param>
    /// <param name="styles">The root of the styles part, or null.</param>
    /// <returns>The state; without a numbering part every paragraph is unnumbered.</returns>
    public static DocxNumbering Create(DocxNode? numbering, DocxNode? styles) => new(numbering, styles);

    /// <summary>Returns the number text of <paramref name="paragraph"/> (including its suffix) and advances the counters.</summary>
    /// <param name="paragraph">The paragraph, visited in document order.</param>
    /// <returns>The number text, e.g. 「一、」 or 「（二）\t」; empty when the paragraph is not numbered.</returns>
    public string NextPrefix(DocxNode paragraph)
    {
        if (_instances.Count == 0)
        {
            return string.Empty;
        }

        var properties = paragraph.Child(DocxKind.ParagraphProperties);
        var styleId = properties?.Child("pStyle")?.Value ?? _defaultParagraphStyle;
        var numPr = properties?.Child(DocxKind.NumberingProperties);
        var numId = DocxPartReader.Int(numPr?.Child("numId")?.Value);
        var level = DocxPartReader.Int(numPr?.Child("ilvl")?.Value);
        ResolveFromStyle(styleId, ref numId, ref level);
        if (numId is null or 0 || !_instances.TryGetValue(numId.Value, out var instance))
        {
            return string.Empty;
        }

        var abstractId = DocxPartReader.Int(instance.Child("abstractNumId")?.Value);
        if (abstractId is null || !_abstracts.TryGetValue(abstractId.Value, out var abstractNum))
        {
            return string.Empty;
        }

        abstractNum = FollowStyleLink(abstractNum);
        var ilvl = Math.Clamp(level ?? LevelOfStyle(abstractNum, styleId) ?? 0, 0, Levels - 1);
        var definitions = new DocxNode?[Levels];
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
            var restart = DocxPartReader.Int(definitions[deeper]?.Child("lvlRestart")?.Value);
            if (restart is null || (restart != 0 && ilvl < restart))
            {
                counters[deeper] = null;
            }
        }

        return Render(current, definitions, counters);
    }

    private static IEnumerable<DocxNode> Elements(DocxNode parent, string name)
    {
        for (var child = parent.FirstChild; child is not null; child = child.NextSibling)
        {
            if (string.Equals(child.Name, name, StringComparison.Ordinal))
            {
                yield return child;
            }
        }
    }

    private static int Start(DocxNode? level) => DocxPartReader.Int(level?.Child("start")?.Value) ?? 0;

    private static string Render(DocxNode? level, DocxNode?[] definitions, int?[] counters)
    {
        var template = level?.Child("lvlText")?.Value;
        if (level is null || template is null)
        {
            return string.Empty;
        }

        var legal = level.Child("isLgl") is { } isLgl && (DocxPartReader.OnOff(isLgl.Value) ?? true);
        var sb = new StringBuilder();
        for (var i = 0; i < template.Length; i++)
        {
            if (template[i] == '%' && i + 1 < template.Length && template[i + 1] is >= '1' and <= '9')
            {
                var n = template[i + 1] - '1';
                var value = counters[n] ?? Start(definitions[n]);
                var format = definitions[n]?.Child("numFmt")?.Value;

                // §17.9.4 isLgl: the levels are shown in decimal, whatever their own format.
                sb.Append(legal ? value.ToString(CultureInfo.InvariantCulture) : DocxNumberFormat.Format(value, format));
                i++;
            }
            else
            {
                sb.Append(template[i]);
            }
        }

        if (level.Child("numFmt")?.Value == "bullet")
        {
            return string.Empty;
        }

        if (sb.Length > 0)
        {
            sb.Append(level.Child("suff")?.Value switch
            {
                "space" => " ",
                "nothing" => string.Empty,
                _ => "\t",
            });
        }

        return sb.ToString();
    }

    private static DocxNode? FindLevel(DocxNode instance, DocxNode abstractNum, int index)
    {
        foreach (var levelOverride in Elements(instance, "lvlOverride"))
        {
            if (DocxPartReader.Int(levelOverride.Attribute("ilvl")) == index && levelOverride.Child("lvl") is { } replaced)
            {
                return replaced;
            }
        }

        foreach (var level in Elements(abstractNum, "lvl"))
        {
            if (DocxPartReader.Int(level.Attribute("ilvl")) == index)
            {
                return level;
            }
        }

        return null;
    }

    private static int? LevelOfStyle(DocxNode abstractNum, string? styleId)
    {
        if (styleId is null)
        {
            return null;
        }

        // §17.9.23: a level may name the paragraph style that uses it.
        foreach (var level in Elements(abstractNum, "lvl"))
        {
            if (level.Child("pStyle")?.Value == styleId)
            {
                return DocxPartReader.Int(level.Attribute("ilvl"));
            }
        }

        return null;
    }

    private int?[] Counters(DocxNode abstractNum, DocxNode instance, int numId, DocxNode?[] definitions)
    {
        var key = DocxPartReader.Int(abstractNum.Attribute("abstractNumId")) ?? -numId;
        if (!_counters.TryGetValue(key, out var counters))
        {
            counters = new int?[Levels];
            _counters[key] = counters;
        }

        if (_startedInstances.Add(numId))
        {
            // §17.9.26 startOverride: the instance restarts that level at the given value.
            foreach (var levelOverride in Elements(instance, "lvlOverride"))
            {
                if (DocxPartReader.Int(levelOverride.Attribute("ilvl")) is { } i and >= 0 and < Levels)
                {
                    var start = DocxPartReader.Int(levelOverride.Child("startOverride")?.Value)
                        ?? (levelOverride.Child("lvl") is not null ? Start(definitions[i]) : (int?)null);
                    if (start is not null)
                    {
                        counters[i] = start - 1;
                    }
                }
            }
        }

        return counters;
    }

    private DocxNode FollowStyleLink(DocxNode abstractNum)
    {
        // §17.9.21 numStyleLink: the definition lives in the numbering style's list.
        var link = abstractNum.Child("numStyleLink")?.Value;
        if (link is not null && _styles.TryGetValue(link, out var style)
            && DocxPartReader.Int(style.Child("pPr")?.Child("numPr")?.Child("numId")?.Value) is { } numId
            && _instances.TryGetValue(numId, out var instance)
            && DocxPartReader.Int(instance.Child("abstractNumId")?.Value) is { } id
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
            var numPr = style.Child("pPr")?.Child("numPr");
            numId ??= DocxPartReader.Int(numPr?.Child("numId")?.Value);
            level ??= DocxPartReader.Int(numPr?.Child("ilvl")?.Value);
            styleId = style.Child("basedOn")?.Value;
        }
    }
}
