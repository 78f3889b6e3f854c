// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Cells;
using Gongkai.Checking;

namespace Gongkai.Formats.Assembly;

/// <summary>The state of one assembly: cells read so far and what had to be assumed.</summary>
internal sealed class AssemblyContext
{
    public ReportCells.Builder Cells { get; } = new();

    public List<Finding> Findings { get; } = [];

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
