// Copyright (c) Gongkai contributors. Licensed under the MIT License.

namespace Gongkai.Checking;

/// <summary>The rule ids of <c>domain.md</c> §3, plus the importer's own.</summary>
public static class RuleIds
{
    /// <summary>Per column: 新收 + 上年结转 = 总计 + 结转下年度.</summary>
    public const string T3Balance = "T3.balance";

    /// <summary>Per column: （七）总计 = sum of the outcome rows.</summary>
    public const string T3OutcomeSum = "T3.outcomeSum";

    /// <summary>Per row: 总计 = sum of the six applicant columns.</summary>
    public const string T3ColumnSum = "T3.columnSum";

    /// <summary>Per block of table 四: 总计 = 维持 + 纠正 + 其他 + 尚未审结.</summary>
    public const string T4BlockSum = "T4.blockSum";

    /// <summary>A value cell is present but blank.</summary>
    public const string CellBlank = "cell.blank";

    /// <summary>A value cell holds something that is not a valid number.</summary>
    public const string CellInvalid = "cell.invalid";

    /// <summary>A required table is absent.</summary>
    public const string TableMissing = "table.missing";

    /// <summary>A required row or cell is absent.</summary>
    public const string RowMissing = "row.missing";

    /// <summary>The layout's format does not fit the report year, or mixes formats.</summary>
    public const string FormatMismatch = "format.mismatch";

    /// <summary>A statutory section is missing.</summary>
    public const string SectionMissing = "doc.sectionMissing";

    /// <summary>Section 一 lacks one of its five parts (主动公开, 依申请公开, 政府信息管理, 平台建设, 监督保障).</summary>
    public const string PartMissing = "doc.partMissing";

    /// <summary>Sections out of order, or numbered wrongly.</summary>
    public const string SectionOrder = "doc.sectionOrder";

    /// <summary>A year in the title or text contradicts the report year.</summary>
    public const string YearMismatch = "doc.yearMismatch";

    /// <summary>The text names a province or city that is not the unit's own.</summary>
    public const string RegionMismatch = "doc.regionMismatch";

    /// <summary>The text calls the unit by another kind of body (「我处」 in a 镇 report): a template from another unit.</summary>
    public const string UnitMismatch = "doc.unitMismatch";

    /// <summary>Section 六 does not state the 信息处理费.</summary>
    public const string FeeStatement = "doc.feeStatement";

    /// <summary>A stated statistics period is not the calendar year of the report.</summary>
    public const string Period = "doc.period";

    /// <summary>A number in the narrative disagrees with the table it describes.</summary>
    public const string NarrativeMismatch = "narrative.mismatch";

    /// <summary>Doubled punctuation, stray fragments, broken enumerations.</summary>
    public const string TextTypo = "text.typo";

    /// <summary>This year's 上年结转 differs from last year's 结转下年度.</summary>
    public const string CrossYearCarryOver = "crossYear.carryOver";

    /// <summary>现行有效 differs from last year's 现行有效 + 本年制发 − 本年废止.</summary>
    public const string CrossYearInForce = "crossYear.inForce";

    /// <summary>A summary report's cell differs from the sum of its units' cells.</summary>
    public const string HierarchySum = "hierarchy.sum";

    /// <summary>The importer had to assume something, or could not identify a row, column or label.</summary>
    public const string ExtractAssumption = "extract.assumption";

    /// <summary>Digits whose cell separators were lost (「行政规范性文件693665」) split into the row's cells in several ways that
    /// all fit the table's arithmetic, and no count in the narrative decides: the cells are left unread, and the finding lists
    /// the candidate segmentations (「候选：69/366/5；693/66/5」). A segmentation the narrative decides is an
    /// <see cref="ExtractAssumption"/> quoting the sentence.</summary>
    public const string ExtractAmbiguous = "extract.ambiguous";

    /// <summary>A rule failed with an internal error (a defect in Gongkai) on this report; the other rules and files still ran.</summary>
    public const string InternalError = "check.internalError";

    /// <summary>Two files of one batch are the same report, or two different reports of one unit and year.</summary>
    public const string BatchDuplicate = "batch.duplicate";

    /// <summary>A text file is UTF-8 but for a few invalid bytes, which were read as U+FFFD: the text there may be lost or wrong (warning, naming the lines).</summary>
    public const string ExtractEncoding = "extract.encoding";
}
