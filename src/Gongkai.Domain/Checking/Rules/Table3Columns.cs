// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Cells;

namespace Gongkai.Checking.Rules;

/// <summary>Which layout of （六）其他处理 a report's table 三 uses; the keys and sums are <see cref="Table3Keys"/> and <see cref="ReportSums"/>.</summary>
internal static class Table3Columns
{
    /// <summary>Whether the report has the single 2019 row （六）其他处理.</summary>
    public static bool HasSingleOtherRow(ReportCells cells) => cells.HasRow(ReportCatalog.GetRow(ReportTable.Table3, Table3Keys.OtherDisposal));

    /// <summary>Whether the report has any of the three 2021 rows of （六）其他处理.</summary>
    public static bool HasThreeOtherRows(ReportCells cells) => Table3Keys.OtherRows2021.Any(k => cells.HasRow(ReportCatalog.GetRow(ReportTable.Table3, k)));
}
