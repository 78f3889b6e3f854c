// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Cells;
using Gongkai.Documents;

namespace Gongkai.Tests;

/// <summary>Builds consistent reports for rule tests, to be changed one thing at a time.</summary>
internal static class TestReports
{
    public static readonly string[] Columns = ["naturalPerson", "commercialEnterprise", "researchInstitution", "socialWelfareOrganization", "legalServiceInstitution", "otherOrganization", "total"];

    /// <summary>A correct 2021-format report: every rule passes.</summary>
    public static AnnualReport Valid(int year = 2024, string unit = "武陟县小董乡人民政府", Action<ReportCells.Builder>? change = null, IReadOnlyList<ReportSection>? sections = null)
    {
        var b = new ReportCells.Builder();
        Set(b, "table2.regulations.issued", 0);
        Set(b, "table2.regulations.repealed", 0);
        Set(b, "table2.regulations.inForce", 2);
        Set(b, "table2.normativeDocuments.issued", 3);
        Set(b, "table2.normativeDocuments.repealed", 1);
        Set(b, "table2.normativeDocuments.inForce", 8);
        Set(b, "table2.licensing.decisions", 120);
        Set(b, "table2.punishment.decisions", 45);
        Set(b, "table2.enforcement.decisions", 2);
        b["table2.fees.amount"] = CellValue.Of(12.5m, "12.5");

        // 自然人: 10 new + 1 carried = 8 processed + 3 forward; 商业企业: 2 new = 2 processed.
        Row(b, "received", 10, 2);
        Row(b, "carriedOver", 1, 0);
        Row(b, "granted", 5, 1);
        Row(b, "partiallyGranted", 1, 0);
        Row(b, "unableNotHeld", 2, 1);
        foreach (var key in new[]
        {
            "deniedStateSecret", "deniedProhibitedByLaw", "deniedThreeSafetiesOneStability", "deniedThirdPartyRights",
            "deniedInternalAffairs", "deniedProcessInformation", "deniedEnforcementFile", "deniedAdministrativeQuery",
            "unableNeedsCreation", "unableStillUnclear", "notHandledPetition", "notHandledDuplicate", "notHandledPublication",
            "notHandledExcessive", "notHandledConfirmation", "otherNoCorrection", "otherUnpaidFee", "otherOther",
        })
        {
            Row(b, key, 0, 0);
        }

        Row(b, "totalProcessed", 8, 2);
        Row(b, "carriedForward", 3, 0);

        foreach (var block in new[] { "reconsideration", "litigationDirect", "litigationAfterReconsideration" })
        {
            foreach (var col in new[] { "upheld", "corrected", "other", "pending", "total" })
            {
                Set(b, $"table4.{block}.{col}", 0);
            }
        }

        Set(b, "table4.reconsideration.upheld", 1);
        Set(b, "table4.reconsideration.total", 1);
        change?.Invoke(b);
        return new AnnualReport
        {
            Unit = unit,
            Year = year,
            Format = ReportFormat.Format2021,
            Title = $"{unit}{year}年政府信息公开工作年度报告",
            Sections = sections ?? Sections(year),
            Cells = b.Build(),
            SourceName = "test.txt",
        };
    }

    public static IReadOnlyList<ReportSection> Sections(int year = 2024, string? section1 = null, string? section6 = null) =>
    [
        Section(1, "一、总体情况", "（一）主动公开", section1 ?? $"{year}年，本乡主动公开政府信息120条。", "（二）依申请公开", $"{year}年共收到政府信息公开申请12件，办结10件。"),
        Section(2, "二、主动公开政府信息情况"),
        Section(3, "三、收到和处理政府信息公开申请情况"),
        Section(4, "四、政府信息公开行政复议、行政诉讼情况"),
        Section(5, "五、存在的主要问题及改进情况", "一是公开不够及时；二是解读不够深入。"),
        Section(6, "六、其他需要报告的事项", section6 ?? "本年度未收取信息处理费。"),
    ];

    public static ReportSection Section(int number, string heading, params string[] paragraphs) => new()
    {
        Number = number,
        Heading = heading,
        WrittenNumber = number,
        Location = SourceLocation.AtLine(number * 10),
        Paragraphs = [.. paragraphs.Select((p, i) => new TextParagraph(p, SourceLocation.AtLine((number * 10) + i + 1)))],
    };

    public static void Set(ReportCells.Builder b, string path, decimal value) => b[path] = CellValue.Of(value);

    /// <summary>Sets 自然人 and 商业企业; the other four applicant columns are 0 and 总计 is their sum.</summary>
    public static void Row(ReportCells.Builder b, string row, decimal natural, decimal commercial)
    {
        Set(b, $"table3.{row}.naturalPerson", natural);
        Set(b, $"table3.{row}.commercialEnterprise", commercial);
        foreach (var col in Columns[2..6])
        {
            Set(b, $"table3.{row}.{col}", 0);
        }

        Set(b, $"table3.{row}.total", natural + commercial);
    }
}
