// Copyright (c) Gongkai contributors. Licensed under the MIT License.

namespace Gongkai.Cells;

/// <summary>Membership of a format in a <see cref="FormatMask"/>.</summary>
internal static class FormatMasks
{
    /// <summary>Returns whether <paramref name="mask"/> includes <paramref name="format"/> (never <see cref="ReportFormat.Unknown"/>).</summary>
    public static bool Includes(this FormatMask mask, ReportFormat format) => format switch
    {
        ReportFormat.Format2019 => (mask & FormatMask.Format2019) != 0,
        ReportFormat.Format2021 => (mask & FormatMask.Format2021) != 0,
        _ => false,
    };
}
