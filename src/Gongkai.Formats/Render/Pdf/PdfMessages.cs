// Copyright (c) Gongkai contributors. Licensed under the MIT License.

namespace Gongkai.Formats.Render.Pdf;

/// <summary>The Chinese messages of the PDF engines, and the typed errors that carry them.</summary>
/// <remarks>The full message (the CLI's text) puts the engine's detail in brackets; the <see cref="RenderError"/> keeps
/// it apart (<see cref="RenderError.Detail"/>), since it may name temporary folders.</remarks>
internal static class PdfMessages
{
    public const string ChromiumMissing =
        "生成 PDF 需要 Chromium 浏览器，但本机未找到（已查找 GONGKAI_CHROMIUM、/usr/bin/chromium 和 PATH）。请安装 chromium（Debian：apt-get install chromium fonts-noto-cjk），或用 --pdf-engine libreoffice。";

    public const string LibreOfficeMissing =
        "用 LibreOffice 生成 PDF 需要 soffice，但本机未找到（已查找 GONGKAI_SOFFICE、/usr/bin/soffice 和 PATH）。请安装 LibreOffice（Debian：apt-get install libreoffice-writer-nogui fonts-noto-cjk）。";

    public static string ChromiumFailed(string detail) => $"Chromium 生成 PDF 失败（{detail}）。";

    public static string LibreOfficeFailed(string detail) => $"LibreOffice 生成 PDF 失败（{detail}）。";

    public static string Timeout(TimeSpan timeout) => $"生成 PDF 超时（超过 {timeout.TotalSeconds:F0} 秒）。";

    public static RenderException ChromiumMissingError() => new(new RenderError(RenderErrorKind.EngineMissing, ChromiumMissing), ChromiumMissing);

    public static RenderException LibreOfficeMissingError() => new(new RenderError(RenderErrorKind.EngineMissing, LibreOfficeMissing), LibreOfficeMissing);

    public static RenderException ChromiumError(string detail, Exception? inner = null) =>
        new(new RenderError(RenderErrorKind.EngineFailed, "Chromium 生成 PDF 失败。", detail), ChromiumFailed(detail), inner);

    public static RenderException LibreOfficeError(string detail, Exception? inner = null) =>
        new(new RenderError(RenderErrorKind.EngineFailed, "LibreOffice 生成 PDF 失败。", detail), LibreOfficeFailed(detail), inner);

    public static RenderException TimeoutError(TimeSpan timeout) => new(new RenderError(RenderErrorKind.Timeout, Timeout(timeout)), Timeout(timeout));
}
