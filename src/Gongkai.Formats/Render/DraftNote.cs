// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Text;

namespace Gongkai.Formats.Render;

/// <summary>The note a <c>--recompute-totals</c> draft carries: which totals were replaced, and by what.</summary>
internal static class DraftNote
{
    /// <summary>The first line of the note.</summary>
    public const string Heading = "Gongkai 草稿：以下合计与各项之和不符，已按各项之和重新计算（原报告未改动，请核对后再发布）：";

    /// <summary>Formats the note, one correction per line.</summary>
    /// <param name="corrections">The corrections.</param>
    /// <returns>The note.</returns>
    public static string Text(IReadOnlyList<TotalCorrection> corrections)
    {
        var sb = new StringBuilder(Heading);
        foreach (var c in corrections)
        {
            sb.Append('\n').Append(c);
        }

        return sb.ToString();
    }
}
