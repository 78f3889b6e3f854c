// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Collections.Frozen;

namespace Gongkai.Cells;

/// <summary>The canonical keys and official labels of every value cell, for both formats.</summary>
/// <remarks>
/// The catalog is the union of the 2019 and 2021 layouts; <see cref="CellDefinition.Formats"/> says
/// where each cell belongs. Keys follow <c>report-schema.md</c>. Table 三 has the three 2021 rows of
/// （六）其他处理 and the single 2019 row <c>otherDisposal</c>; a report uses one or the other.
/// </remarks>
public static class ReportCatalog
{
    private static readonly FrozenDictionary<string, CellDefinition> ByPath;
    private static readonly FrozenDictionary<string, RowDefinition>[] RowsByTable;

#pragma warning disable CA1810 // The catalog is built in one pass; order matters.
    static ReportCatalog()
#pragma warning restore CA1810
    {
        var cells = new List<CellDefinition>(260);
        var rows = new List<RowDefinition>(64);

        RowDefinition Row(ReportTable table, string key, string label, FormatMask formats, (string Key, string Label, CellKind Kind, FormatMask Formats)[] columns, string? group = null, bool outcome = false)
        {
            var row = new RowDefinition(table, key, label, formats, group, outcome);
            var list = new List<CellDefinition>(columns.Length);
            foreach (var (colKey, colLabel, kind, colFormats) in columns)
            {
                var cell = new CellDefinition(cells.Count, table, key, colKey, row.FullLabel, colLabel, kind, colFormats & formats);
                cells.Add(cell);
                list.Add(cell);
            }

            row.Cells = list;
            rows.Add(row);
            return row;
        }

        const FormatMask V21 = FormatMask.Format2021;
        const FormatMask V19 = FormatMask.Format2019;
        const FormatMask Both = FormatMask.Both;

        // Table 二, 2021 format.
        (string, string, CellKind, FormatMask)[] docs21 =
        [
            ("issued", "本年制发件数", CellKind.Count, V21),
            ("repealed", "本年废止件数", CellKind.Count, V21),
            ("inForce", "现行有效件数", CellKind.Count, V21),
            ("created", "本年新制作数量", CellKind.Count, V19),
            ("published", "本年新公开数量", CellKind.Count, V19),
            ("totalPublic", "对外公开总数量", CellKind.Count, V19),
        ];
        (string, string, CellKind, FormatMask)[] decisions =
        [
            ("previousYear", "上一年项目数量", CellKind.Count, V19),
            ("change", "本年增/减", CellKind.SignedCount, V19),
            ("decisions", "本年处理决定数量", CellKind.Count, Both),
        ];
        Row(ReportTable.Table2, "regulations", "规章", Both, docs21);
        Row(ReportTable.Table2, "normativeDocuments", "行政规范性文件", Both, docs21);
        Row(ReportTable.Table2, "licensing", "行政许可", Both, decisions);
        Row(ReportTable.Table2, "otherServices", "其他对外管理服务事项", V19, decisions);
        Row(ReportTable.Table2, "punishment", "行政处罚", Both, decisions);
        Row(ReportTable.Table2, "enforcement", "行政强制", Both, decisions);
        Row(ReportTable.Table2, "fees", "行政事业性收费", Both,
        [
            ("amount", "本年收费金额（单位：万元）", CellKind.Amount, V21),
            ("previousYear", "上一年项目数量", CellKind.Count, V19),
            ("change", "本年增/减", CellKind.SignedCount, V19),
        ]);
        Row(ReportTable.Table2, "procurement", "政府集中采购", V19,
        [
            ("projects", "采购项目数量", CellKind.Count, V19),
            ("amount", "采购总金额", CellKind.Amount, V19),
        ]);

        // Table 三.
        (string, string, CellKind, FormatMask)[] applicants =
        [
            (Table3Keys.NaturalPerson, "自然人", CellKind.Count, Both),
            (Table3Keys.CommercialEnterprise, "商业企业", CellKind.Count, Both),
            (Table3Keys.ResearchInstitution, "科研机构", CellKind.Count, Both),
            (Table3Keys.SocialWelfareOrganization, "社会公益组织", CellKind.Count, Both),
            (Table3Keys.LegalServiceInstitution, "法律服务机构", CellKind.Count, Both),
            (Table3Keys.OtherOrganization, "其他", CellKind.Count, Both),
            (Table3Keys.Total, "总计", CellKind.Count, Both),
        ];
        const string Denied = "（三）不予公开";
        const string Unable = "（四）无法提供";
        const string NotHandled = "（五）不予处理";
        const string Other = "（六）其他处理";
        void T3(string key, string label, string? group = null, bool outcome = false, FormatMask formats = Both) =>
            Row(ReportTable.Table3, key, label, formats, applicants, group, outcome);
        T3(Table3Keys.Received, "一、本年新收政府信息公开申请数量");
        T3(Table3Keys.CarriedOver, "二、上年结转政府信息公开申请数量");
        T3("granted", "（一）予以公开", "三、本年度办理结果", true);
        T3("partiallyGranted", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "三、本年度办理结果", true);
        T3("deniedStateSecret", "1.属于国家秘密", Denied, true);
        T3("deniedProhibitedByLaw", "2.其他法律行政法规禁止公开", Denied, true);
        T3("deniedThreeSafetiesOneStability", "3.危及“三安全一稳定”", Denied, true);
        T3("deniedThirdPartyRights", "4.保护第三方合法权益", Denied, true);
        T3("deniedInternalAffairs", "5.属于三类内部事务信息", Denied, true);
        T3("deniedProcessInformation", "6.属于四类过程性信息", Denied, true);
        T3("deniedEnforcementFile", "7.属于行政执法案卷", Denied, true);
        T3("deniedAdministrativeQuery", "8.属于行政查询事项", Denied, true);
        T3("unableNotHeld", "1.本机关不掌握相关政府信息", Unable, true);
        T3("unableNeedsCreation", "2.没有现成信息需要另行制作", Unable, true);
        T3("unableStillUnclear", "3.补正后申请内容仍不明确", Unable, true);
        T3("notHandledPetition", "1.信访举报投诉类申请", NotHandled, true);
        T3("notHandledDuplicate", "2.重复申请", NotHandled, true);
        T3("notHandledPublication", "3.要求提供公开出版物", NotHandled, true);
        T3("notHandledExcessive", "4.无正当理由大量反复申请", NotHandled, true);
        T3("notHandledConfirmation", "5.要求行政机关确认或重新出具已获取信息", NotHandled, true);
        T3(Table3Keys.OtherNoCorrection, "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", Other, true, V21);
        T3(Table3Keys.OtherUnpaidFee, "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", Other, true, V21);
        T3(Table3Keys.OtherOther, "3.其他", Other, true, V21);
        T3(Table3Keys.OtherDisposal, "（六）其他处理", null, true, V19);
        T3(Table3Keys.TotalProcessed, "（七）总计");
        T3(Table3Keys.CarriedForward, "四、结转下年度继续办理");

        // Table 四.
        (string, string, CellKind, FormatMask)[] results =
        [
            (Table4Keys.Upheld, "结果维持", CellKind.Count, Both),
            (Table4Keys.Corrected, "结果纠正", CellKind.Count, Both),
            (Table4Keys.Other, "其他结果", CellKind.Count, Both),
            (Table4Keys.Pending, "尚未审结", CellKind.Count, Both),
            (Table4Keys.Total, "总计", CellKind.Count, Both),
        ];
        Row(ReportTable.Table4, Table4Keys.Reconsideration, "行政复议", Both, results);
        Row(ReportTable.Table4, Table4Keys.LitigationDirect, "行政诉讼·未经复议直接起诉", Both, results);
        Row(ReportTable.Table4, Table4Keys.LitigationAfterReconsideration, "行政诉讼·复议后起诉", Both, results);

        Cells = cells;
        Rows = rows;
        ByPath = cells.ToFrozenDictionary(c => c.Path, StringComparer.Ordinal);
        RowsByTable = [.. Enumerable.Range(0, 5).Select(t => rows.Where(r => (int)r.Table == t).ToFrozenDictionary(r => r.Key, StringComparer.Ordinal))];
        Table3Rows = [.. rows.Where(r => r.Table == ReportTable.Table3)];
        Table3OutcomeRows = [.. Table3Rows.Where(r => r.IsOutcome)];
        Table4Blocks = [.. rows.Where(r => r.Table == ReportTable.Table4)];
        Table2Rows = [.. rows.Where(r => r.Table == ReportTable.Table2)];
    }

    /// <summary>Gets every value cell of both formats, indexed by <see cref="CellDefinition.Index"/>.</summary>
    public static IReadOnlyList<CellDefinition> Cells { get; }

    /// <summary>Gets every row of both formats, in official order.</summary>
    public static IReadOnlyList<RowDefinition> Rows { get; }

    /// <summary>Gets the rows of table 二 (both formats).</summary>
    public static IReadOnlyList<RowDefinition> Table2Rows { get; }

    /// <summary>Gets the rows of table 三 (both formats), in official order.</summary>
    public static IReadOnlyList<RowDefinition> Table3Rows { get; }

    /// <summary>Gets the outcome rows （一）…（六） of table 三 (both formats).</summary>
    public static IReadOnlyList<RowDefinition> Table3OutcomeRows { get; }

    /// <summary>Gets the three blocks of table 四.</summary>
    public static IReadOnlyList<RowDefinition> Table4Blocks { get; }

    /// <summary>Finds a cell by its flattened path, e.g. <c>table3.received.total</c>.</summary>
    /// <param name="path">The path.</param>
    /// <returns>The cell, or null when no cell has that path.</returns>
    public static CellDefinition? Find(string path) => ByPath.GetValueOrDefault(path);

    /// <summary>Gets a cell by its flattened path.</summary>
    /// <param name="path">The path.</param>
    /// <returns>The cell.</returns>
    /// <exception cref="KeyNotFoundException">No cell has that path.</exception>
    public static CellDefinition Get(string path) =>
        ByPath.TryGetValue(path, out var cell) ? cell : throw new KeyNotFoundException($"Unknown cell path '{path}'.");

    /// <summary>Finds a row by table and key.</summary>
    /// <param name="table">The table.</param>
    /// <param name="key">The row key.</param>
    /// <returns>The row, or null.</returns>
    public static RowDefinition? FindRow(ReportTable table, string key) =>
        (int)table < RowsByTable.Length ? RowsByTable[(int)table].GetValueOrDefault(key) : null;

    /// <summary>Gets a row by table and key.</summary>
    /// <param name="table">The table.</param>
    /// <param name="key">The row key.</param>
    /// <returns>The row.</returns>
    /// <exception cref="KeyNotFoundException">No such row.</exception>
    public static RowDefinition GetRow(ReportTable table, string key) =>
        FindRow(table, key) ?? throw new KeyNotFoundException($"Unknown row 'table{(int)table}.{key}'.");

    /// <summary>Gets a cell of a row by column key.</summary>
    /// <param name="row">The row.</param>
    /// <param name="columnKey">The column key.</param>
    /// <returns>The cell, or null when the row has no such column.</returns>
    public static CellDefinition? FindCell(RowDefinition row, string columnKey)
    {
        ArgumentNullException.ThrowIfNull(row);
        foreach (var cell in row.Cells)
        {
            if (cell.ColumnKey == columnKey)
            {
                return cell;
            }
        }

        return null;
    }
}
