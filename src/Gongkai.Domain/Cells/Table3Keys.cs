// Copyright (c) Gongkai contributors. Licensed under the MIT License.

namespace Gongkai.Cells;

/// <summary>The keys of table 三 (收到和处理政府信息公开申请情况): its seven applicant columns and the rows the 勾稽 sums name.</summary>
/// <remarks>The one place these keys are written (<c>report-schema.md</c>, 「table3」); <see cref="ReportCatalog"/>,
/// the rules, the totals recomputer and the assembler use them. The sums themselves are <see cref="ReportSums"/>.</remarks>
public static class Table3Keys
{
    /// <summary>The column 自然人.</summary>
    public const string NaturalPerson = "naturalPerson";

    /// <summary>The column 商业企业.</summary>
    public const string CommercialEnterprise = "commercialEnterprise";

    /// <summary>The column 科研机构.</summary>
    public const string ResearchInstitution = "researchInstitution";

    /// <summary>The column 社会公益组织.</summary>
    public const string SocialWelfareOrganization = "socialWelfareOrganization";

    /// <summary>The column 法律服务机构.</summary>
    public const string LegalServiceInstitution = "legalServiceInstitution";

    /// <summary>The column 其他 (other legal persons or organisations).</summary>
    public const string OtherOrganization = "otherOrganization";

    /// <summary>The column 总计: the sum of the six applicant columns.</summary>
    public const string Total = "total";

    /// <summary>The row 一、本年新收政府信息公开申请数量.</summary>
    public const string Received = "received";

    /// <summary>The row 二、上年结转政府信息公开申请数量.</summary>
    public const string CarriedOver = "carriedOver";

    /// <summary>The row 三、（七）总计: the sum of the outcome rows.</summary>
    public const string TotalProcessed = "totalProcessed";

    /// <summary>The row 四、结转下年度继续办理.</summary>
    public const string CarriedForward = "carriedForward";

    /// <summary>The single 2019 row （六）其他处理.</summary>
    public const string OtherDisposal = "otherDisposal";

    /// <summary>The 2021 row （六）1. 申请人无正当理由逾期不补正.</summary>
    public const string OtherNoCorrection = "otherNoCorrection";

    /// <summary>The 2021 row （六）2. 申请人逾期未按收费通知要求缴纳费用.</summary>
    public const string OtherUnpaidFee = "otherUnpaidFee";

    /// <summary>The 2021 row （六）3. 其他.</summary>
    public const string OtherOther = "otherOther";

    /// <summary>Gets the six applicant columns, in official order (the parts of <see cref="Total"/>).</summary>
    public static IReadOnlyList<string> ApplicantColumns { get; } =
        [NaturalPerson, CommercialEnterprise, ResearchInstitution, SocialWelfareOrganization, LegalServiceInstitution, OtherOrganization];

    /// <summary>Gets the seven columns of every row, in official order: the six applicants, then <see cref="Total"/>.</summary>
    public static IReadOnlyList<string> Columns { get; } = [.. ApplicantColumns, Total];

    /// <summary>Gets the three 2021 rows of （六）其他处理.</summary>
    public static IReadOnlyList<string> OtherRows2021 { get; } = [OtherNoCorrection, OtherUnpaidFee, OtherOther];
}
