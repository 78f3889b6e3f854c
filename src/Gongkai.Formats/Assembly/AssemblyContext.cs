// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Cells;
using Gongkai.Checking;

namespace Gongkai.Formats.Assembly;

/// <summary>The state of one assembly: cells read so far and what had to be assumed.</summary>
internal sealed class AssemblyContext
{
    public ReportCells.Builder Cells { get; } = new();

    private Func<NarrativeFacts>? _narrativeSource;

    private NarrativeFacts? _narrative;

    public List<Finding> Findings { get; } = [];

    /// <summary>Gets the counts the narrative states, read on first use (only a glued row that the arithmetic leaves open asks).</summary>
    public NarrativeFacts Narrative => _narrative ??= _narrativeSource?.Invoke() ?? NarrativeFacts.Empty;

    /// <summary>Sets how <see cref="Narrative"/> is read.</summary>
    /// <param name="source">Reads the facts.</param>
    public void SetNarrative(Func<NarrativeFacts> source)
    {
        _narrativeSource = source;
        _narrative = null;
    }

    /// <summary>Records cells left unread because their glued digits split several ways and nothing decides (rule <c>extract.ambiguous</c>).</summary>
    /// <param name="message">The Chinese message, listing the candidates.</param>
    /// <param name="location">Where.</param>
    /// <param name="cell">The first cell of the row or block.</param>
    /// <param name="quote">The digits.</param>
    public void Ambiguous(string message, SourceLocation location, string cell, string quote) =>
        Findings.Add(new Finding
        {
            Rule = RuleIds.ExtractAmbiguous,
            Severity = Severity.Warning,
            Message = message,
            Cell = cell,
            Quote = quote,
            Location = location,
        });

    /// <summary>Records an assumption or an unreadable part (rule <c>extract.assumption</c>).</summary>
    /// <param name="message">The Chinese message.</param>
    /// <param name="location">Where.</param>
    /// <param name="cell">The cell path, when the assumption is about one cell.</param>
    /// <param name="severity">The severity; warning by default.</param>
    /// <param name="quote">The source text concerned.</param>
    public void Assume(string message, SourceLocation location, string? cell = null, Severity severity = Severity.Warning, string? quote = null) =>
        Findings.Add(new Finding
        {
            Rule = RuleIds.ExtractAssumption,
            Severity = severity,
            Message = message,
            Cell = cell,
            Quote = quote,
            Location = location,
        });

    /// <summary>Stores the cells of a row read from <paramref name="values"/> (null entries stay absent).</summary>
    /// <param name="cells">The definitions, in the order of <paramref name="values"/>.</param>
    /// <param name="values">The cells read.</param>
    public void Store(IReadOnlyList<CellDefinition> cells, IReadOnlyList<TableCell?> values)
    {
        for (var i = 0; i < cells.Count && i < values.Count; i++)
        {
            if (values[i] is { } value)
            {
                Cells[cells[i]] = value.ToValue(cells[i].Kind);
            }
        }
    }
}
