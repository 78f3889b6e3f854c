// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Text;
using Gongkai.Checking;

namespace Gongkai.Formats.Render;

/// <summary>The note a <c>--recompute-totals</c> draft carries: which totals were replaced, and by what.</summary>
internal static class DraftNote
{
    /// <summary>The first line of the note on recomputed totals.</summary>
    public const string Heading = "Gongkai 草稿：以下合计与各项之和不符，已按各项之和重新计算（原报告未改动，请核对后再发布）：";

    /// <summary>The first line of the note on what a draft could not reconcile.</summary>
    public const string UnreconciledHeading = "Gongkai 草稿：以下勾稽关系未能核平，草稿中仍不成立（相关数字保留原值，请核对原报告）：";

    /// <summary>The first line of the note on other changes (headings).</summary>
    public const string ChangesHeading = "Gongkai 草稿：与原报告相比另有以下改动（请核对后再发布）：";

    /// <summary>Formats the note of a view: the recomputed totals, then the other changes, one per line.</summary>
    /// <param name="view">The view.</param>
    /// <returns>The note.</returns>
    public static string Text(ReportView view)
    {
        var sb = new StringBuilder();
        if (view.Corrections.Count > 0)
        {
            sb.Append(Heading);
            foreach (var c in view.Corrections)
            {
                sb.Append('\n').Append(c);
            }
        }

        if (view.HeldBack.Count > 0 || view.Unreconciled.Count > 0)
        {
            if (sb.Length > 0)
            {
                sb.Append('\n');
            }

            sb.Append(UnreconciledHeading);
            foreach (var c in view.HeldBack)
            {
                sb.Append('\n').Append(c.DescribeHeldBack());
            }

            foreach (var f in view.Unreconciled)
            {
                sb.Append('\n').Append(UnreconciledText(f));
            }
        }

        if (view.Notes.Count > 0)
        {
            if (sb.Length > 0)
            {
                sb.Append('\n');
            }

            sb.Append(ChangesHeading);
            foreach (var n in view.Notes)
            {
                sb.Append('\n').Append(n);
            }
        }

        return sb.ToString();
    }

    /// <summary>Describes an equation the draft still breaks: the finding's message and rule.</summary>
    /// <param name="finding">The arithmetic finding.</param>
    /// <returns>The Chinese description.</returns>
    public static string UnreconciledText(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return $"{finding.Message}（{finding.Rule}，{finding.Cell}）";
    }
}
