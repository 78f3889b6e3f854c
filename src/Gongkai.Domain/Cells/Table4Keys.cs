// Copyright (c) Gongkai contributors. Licensed under the MIT License.

namespace Gongkai.Cells;

/// <summary>The keys of table 四 (行政复议、行政诉讼情况): its three blocks and their five columns.</summary>
/// <remarks>The one place these keys are written (<c>report-schema.md</c>, 「table4」); the sums are <see cref="ReportSums"/>.</remarks>
public static class Table4Keys
{
    /// <summary>The block 行政复议.</summary>
    public const string Reconsideration = "reconsideration";

    /// <summary>The block 行政诉讼·未经复议直接起诉.</summary>
    public const string LitigationDirect = "litigationDirect";

    /// <summary>The block 行政诉讼·复议后起诉.</summary>
    public const string LitigationAfterReconsideration = "litigationAfterReconsideration";

    /// <summary>The column 结果维持.</summary>
    public const string Upheld = "upheld";

    /// <summary>The column 结果纠正.</summary>
    public const string Corrected = "corrected";

    /// <summary>The column 其他结果.</summary>
    public const string Other = "other";

    /// <summary>The column 尚未审结.</summary>
    public const string Pending = "pending";

    /// <summary>The column 总计: the sum of the other four.</summary>
    public const string Total = "total";

    /// <summary>Gets the three blocks, in official order.</summary>
    public static IReadOnlyList<string> Blocks { get; } = [Reconsideration, LitigationDirect, LitigationAfterReconsideration];

    /// <summary>Gets the four parts of a block's <see cref="Total"/>, in official order.</summary>
    public static IReadOnlyList<string> Parts { get; } = [Upheld, Corrected, Other, Pending];

    /// <summary>Gets the five columns of a block, in official order: the parts, then <see cref="Total"/>.</summary>
    public static IReadOnlyList<string> Columns { get; } = [.. Parts, Total];
}
