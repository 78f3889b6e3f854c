// Copyright (c) Gongkai contributors. Licensed under the MIT License.

namespace Gongkai.Formats.Html;

/// <summary>The user-facing (Chinese) messages of the HTML reader, in one place so that tests can assert them.</summary>
internal static class HtmlMessages
{
    /// <summary>The page holds no section title and no statistical table of an annual report.</summary>
    public const string NoReport = "网页中未找到年度报告内容（报告可能以附件形式提供，请下载附件后再导入）。";
}
