// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Globalization;
using System.Text;

namespace Gongkai;

/// <summary>Where in a source document something was read.</summary>
/// <remarks>
/// Every member is 1-based; 0 means "not known / not applicable". Text sources set
/// <see cref="Line"/> and <see cref="Column"/>; PDF sets <see cref="Page"/> (and may set a line
/// within the page); Word and HTML set <see cref="Table"/>, <see cref="Row"/> and <see cref="Cell"/>.
/// Two locations are equal when all members are equal.
/// </remarks>
public readonly record struct SourceLocation
{
    /// <summary>The line in a text source (1-based), or 0.</summary>
    public int Line { get; init; }

    /// <summary>The column (character index, 1-based) in a text source, or 0.</summary>
    public int Column { get; init; }

    /// <summary>The page of a paged source (1-based), or 0.</summary>
    public int Page { get; init; }

    /// <summary>The table of a Word or HTML source (1-based, document order), or 0.</summary>
    public int Table { get; init; }

    /// <summary>The row within <see cref="Table"/> (1-based), or 0.</summary>
    public int Row { get; init; }

    /// <summary>The cell within <see cref="Row"/> (1-based, after merged cells are expanded), or 0.</summary>
    public int Cell { get; init; }

    /// <summary>Gets a value indicating whether nothing is known about the location.</summary>
    public bool IsUnknown => Line == 0 && Page == 0 && Table == 0;

    /// <summary>Creates a location in a text source.</summary>
    /// <param name="line">The 1-based line.</param>
    /// <param name="column">The 1-based column, or 0.</param>
    /// <returns>The location.</returns>
    public static SourceLocation AtLine(int line, int column = 0) => new() { Line = line, Column = column };

    /// <summary>Describes the location in Chinese for users, e.g. 「第12行第3列」 or 「第2页」.</summary>
    /// <returns>The description; empty when unknown.</returns>
    public override string ToString()
    {
        var sb = new StringBuilder();
        var ci = CultureInfo.InvariantCulture;
        if (Page > 0)
        {
            sb.Append(ci, $"第{Page}页");
        }

        if (Table > 0)
        {
            sb.Append(ci, $"第{Table}个表格");
            if (Row > 0)
            {
                sb.Append(ci, $"第{Row}行");
            }

            if (Cell > 0)
            {
                sb.Append(ci, $"第{Cell}格");
            }
        }
        else if (Line > 0)
        {
            sb.Append(ci, $"第{Line}行");
            if (Column > 0)
            {
                sb.Append(ci, $"第{Column}列");
            }
        }

        return sb.ToString();
    }
}
