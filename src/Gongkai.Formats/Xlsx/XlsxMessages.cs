// Copyright (c) Gongkai contributors. Licensed under the MIT License.

namespace Gongkai.Formats.Xlsx;

/// <summary>The Chinese messages of the Excel reader.</summary>
internal static class XlsxMessages
{
    public const string Corrupt = "Excel 文件已损坏或不是有效的 .xlsx 文件，无法读取。";

    public const string NoWorkbook = "Excel 文件中没有工作簿内容，无法读取。";

    public const string TooLarge = "Excel 文件解压后过大（可能是压缩炸弹），未读取。";

    public static string MissingPart(string part) => $"Excel 文件已损坏：缺少 {part}，无法读取。";
}
