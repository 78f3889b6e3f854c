// Copyright (c) Gongkai contributors. Licensed under the MIT License.

namespace Gongkai.Formats.Render.Pdf;

/// <summary>The Chinese messages of the PDF engines.</summary>
internal static class PdfMessages
{
    public const string ChromiumMissing =
        "生成 PDF 需要 Chromium 浏览器，但本机未找到（已查找 GONGKAI_CHROMIUM、/usr/bin/chromium 和 PATH）。请安装 chromium（Debian：apt-get install chromium fonts-noto-cjk），或用 --pdf-engine libreoffice。";

    public const string LibreOfficeMissing =
        "用 LibreOffice 生成 PDF 需要 soffice，但本机未找到（已查找 GONGKAI_SOFFICE、/usr/bin/soffice 和 PATH）。请安装 LibreOffice（Debian：apt-get install libreoffice-writer-nogui fonts-noto-cjk）。";

    public static string ChromiumFailed(string detail) => $"Chromium 生成 PDF 失败（{detail}）。";

    public static string LibreOfficeFailed(string detail) => $"LibreOffice 生成 PDF 失败（{detail}）。";

    public static string Timeout(TimeSpan timeout) => $"生成 PDF 超时（超过 {timeout.TotalSeconds:F0} 秒）。";
}
