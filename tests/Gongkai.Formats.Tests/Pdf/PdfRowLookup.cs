// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Formats.Content;
using Gongkai.Formats.Pdf;
using Gongkai.Text;

namespace Gongkai.Tests;

/// <summary>
/// A deliberately small interpreter of the reader's rows, for testing geometry without the assembler:
/// a row's own label is its last text cell before the first number, its values are its non-merged numbers.
/// </summary>
internal static class PdfRowLookup
{
    private static readonly string[] ApplicantColumns =
        ["naturalPerson", "commercialEnterprise", "researchInstitution", "socialWelfareOrganization", "legalServiceInstitution", "otherOrganization", "total"];

    private static readonly (string Key, Func<string, bool> Match)[] Table3Rows =
    [
        ("received", l => l.Contains("本年新收")),
        ("carriedOver", l => l.Contains("上年结转")),
        ("granted", l => l.Contains("予以公开")),
        ("partiallyGranted", l => l.Contains("部分公开")),
        ("deniedStateSecret", l => l.Contains("国家秘密")),
        ("deniedProhibitedByLaw", l => l.Contains("其他法律行政")),
        ("deniedThreeSafetiesOneStability", l => l.Contains("三安全一稳定")),
        ("deniedThirdPartyRights", l => l.Contains("第三方合法权益")),
        ("deniedInternalAffairs", l => l.Contains("内部事务")),
        ("deniedProcessInformation", l => l.Contains("过程性信息")),
        ("deniedEnforcementFile", l => l.Contains("行政执法案卷")),
        ("deniedAdministrativeQuery", l => l.Contains("行政查询")),
        ("unableNotHeld", l => l.Contains("不掌握")),
        ("unableNeedsCreation", l => l.Contains("另行制作")),
        ("unableStillUnclear", l => l.Contains("仍不明确")),
        ("notHandledPetition", l => l.Contains("信访举报投诉")),
        ("notHandledDuplicate", l => l.Contains("重复申请")),
        ("notHandledPublication", l => l.Contains("公开出版物")),
        ("notHandledExcessive", l => l.Contains("大量反复")),
        ("notHandledConfirmation", l => l.Contains("重新出具")),
        ("otherNoCorrection", l => l.Contains("逾期不补正")),
        ("otherUnpaidFee", l => l.Contains("收费通知")),
        ("otherOther", l => l is "3、其他" or "3.其他"),
        ("otherDisposal", l => l.Contains("其他处理")),
        ("totalProcessed", l => l.Contains("总计")),
        ("carriedForward", l => l.Contains("结转下年度")),
    ];

    private static readonly (string Key, Func<string, bool> Match, string[] Columns)[] Table2Rows =
    [
        ("regulations", l => l == "规章", ["issued", "repealed", "inForce"]),
        ("normativeDocuments", l => l == "行政规范性文件", ["issued", "repealed", "inForce"]),
        ("licensing", l => l == "行政许可", ["decisions"]),
        ("punishment", l => l == "行政处罚", ["decisions"]),
        ("enforcement", l => l == "行政强制", ["decisions"]),
        ("fees", l => l == "行政事业性收费", ["amount"]),
    ];

    private static readonly string[] Table4Blocks = ["reconsideration", "litigationDirect", "litigationAfterReconsideration"];
    private static readonly string[] Table4Columns = ["upheld", "corrected", "other", "pending", "total"];

    public static IEnumerable<ContentRow> Rows(DocumentContent content) =>
        content.Blocks.OfType<ContentTable>().SelectMany(static t => t.Rows);

    /// <summary>The row's own label, folded.</summary>
    public static string OwnLabel(ContentRow row)
    {
        var label = string.Empty;
        foreach (var cell in row.Cells)
        {
            if (PdfText.IsNumber(cell.Text))
            {
                break;
            }

            if (cell.Text.Length > 0)
            {
                label = cell.Text;
            }
        }

        return TextFold.Fold(label);
    }

    /// <summary>The non-merged value cells after the label (numbers, and whatever else sits in a value position).</summary>
    public static List<string> Numbers(ContentRow row) =>
        row.Cells.Where(static c => !c.Merged && PdfText.IsNumber(c.Text)).Select(static c => c.Text).ToList();

    /// <summary>Reads table 二/三/四 cells out of the rows, as flattened truth paths.</summary>
    public static Dictionary<string, string?> Flatten(DocumentContent content)
    {
        var result = new Dictionary<string, string?>();
        foreach (var row in Rows(content))
        {
            var label = OwnLabel(row);
            var numbers = Numbers(row);
            if (numbers.Count == 15)
            {
                for (var i = 0; i < 15; i++)
                {
                    result[$"table4.{Table4Blocks[i / 5]}.{Table4Columns[i % 5]}"] = numbers[i];
                }

                continue;
            }

            if (numbers.Count == 7)
            {
                foreach (var (key, match) in Table3Rows)
                {
                    if (match(label))
                    {
                        for (var i = 0; i < 7; i++)
                        {
                            result.TryAdd($"table3.{key}.{ApplicantColumns[i]}", numbers[i]);
                        }

                        break;
                    }
                }

                continue;
            }

            foreach (var (key, match, columns) in Table2Rows)
            {
                if (match(label) && numbers.Count == columns.Length)
                {
                    for (var i = 0; i < columns.Length; i++)
                    {
                        result.TryAdd($"table2.{key}.{columns[i]}", numbers[i]);
                    }
                }
            }
        }

        return result;
    }
}
