// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Cells;

namespace Gongkai.Checking.Rules;

/// <summary>The columns and outcome rows of table 三, as the arithmetic rules use them.</summary>
internal static class Table3Columns
{
    public static readonly string[] All = ["naturalPerson", "commercialEnterprise", "researchInstitution", "socialWelfareOrganization", "legalServiceInstitution", "otherOrganization", "total"];

    public static readonly string[] Applicants = All[..6];

    /// <summary>The three 2021 rows of （六）其他处理.</summary>
    public static readonly string[] Other2021 = ["otherNoCorrection", "otherUnpaidFee", "otherOther"];

    /// <summary>Whether the report has the single 2019 row （六）其他处理.</summary>
    public static bool HasSingleOtherRow(ReportCells cells) => cells.HasRow(ReportCatalog.GetRow(ReportTable.Table3, "otherDisposal"));

    /// <summary>Whether the report has any of the three 2021 rows of （六）其他处理.</summary>
    public static bool HasThreeOtherRows(ReportCells cells) => Other2021.Any(k => cells.HasRow(ReportCatalog.GetRow(ReportTable.Table3, k)));

    /// <summary>The outcome rows present in the report (the 2021 三 rows or the 2019 single row of （六）).</summary>
    public static List<RowDefinition> OutcomeRows(ReportCells cells) =>
        ReportCatalog.Table3OutcomeRows.Where(cells.HasRow).ToList();
}
