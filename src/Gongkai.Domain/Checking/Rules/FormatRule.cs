// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Documents;

namespace Gongkai.Checking.Rules;

/// <summary><c>format.mismatch</c>: the layout's format fits the report year, and the tables do not mix formats.</summary>
/// <remarks>The 2019 trial format applies to report years 2019–2020; the 2021 format from 2021 on.</remarks>
internal sealed class FormatRule : IReportRule
{
    public IReadOnlyList<string> Ids { get; } = [RuleIds.FormatMismatch];

    public void Check(AnnualReport report, List<Finding> findings)
    {
        if (report.Format == ReportFormat.Unknown)
        {
            return;
        }

        if (report.Year is { } year)
        {
            var expected = year >= 2021 ? ReportFormat.Format2021 : ReportFormat.Format2019;
            if (year >= 2019 && report.Format != expected)
            {
                findings.Add(new Finding
                {
                    Rule = RuleIds.FormatMismatch,
                    Severity = Severity.Warning,
                    Message = expected == ReportFormat.Format2021
                        ? $"{year} 年度报告应使用 2021 年格式（国办公开办函〔2021〕30号），但表格是 2019 年试行格式。"
                        : $"{year} 年度报告应使用 2019 年试行格式（国办公开办函〔2019〕60号），但表格是 2021 年格式。",
                    Expected = ((int)expected).ToString(System.Globalization.CultureInfo.InvariantCulture),
                    Actual = ((int)report.Format).ToString(System.Globalization.CultureInfo.InvariantCulture),
                });
            }
        }

        var cells = report.Cells;
        var single = Table3Columns.HasSingleOtherRow(cells);
        var triple = Table3Columns.HasThreeOtherRows(cells);
        if (report.Format == ReportFormat.Format2021 && single && !triple)
        {
            findings.Add(new Finding
            {
                Rule = RuleIds.FormatMismatch,
                Severity = Severity.Warning,
                Message = "表三「（六）其他处理」只有一行（2019 年试行格式），2021 年格式应分为「1.申请人无正当理由逾期不补正…」「2.申请人逾期未按收费通知要求缴纳费用…」「3.其他」三行。",
                Cell = "table3.otherDisposal",
                Section = 3,
                Expected = "三行",
                Actual = "一行",
            });
        }
        else if (report.Format == ReportFormat.Format2019 && triple && !single)
        {
            findings.Add(new Finding
            {
                Rule = RuleIds.FormatMismatch,
                Severity = Severity.Warning,
                Message = "表二为 2019 年试行格式，但表三「（六）其他处理」分为三行（2021 年格式），格式混用。",
                Cell = "table3.otherOther",
                Section = 3,
            });
        }
    }
}
