// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Globalization;

namespace Gongkai.Formats.Docx;

/// <summary>The user-facing (Chinese) messages of the Word reader, in one place so that tests can assert them.</summary>
internal static class DocxMessages
{
    /// <summary>The file is a damaged or truncated ZIP/Word package.</summary>
    public const string Corrupt = "Word 文件已损坏或不完整，无法读取。";

    /// <summary>The file is a Word 97-2003 binary document.</summary>
    public const string LegacyDoc = "旧版 Word 97-2003 (.doc) 文件暂不支持，请另存为 .docx 后再导入。";

    /// <summary>The file is a password-protected (encrypted) Office document.</summary>
    public const string Encrypted = "Word 文件已加密（设置了打开密码），请取消密码后再导入。";

    /// <summary>The file is some other legacy Office compound document.</summary>
    public const string OtherCompoundDocument = "这是旧版 Office 复合文档（如 .xls、.ppt），不是 Word 文档，暂不支持。";

    /// <summary>The file is a ZIP archive but not a Word document.</summary>
    public const string NotWord = "文件是 ZIP 压缩包，但不是 Word 文档（缺少 word/document.xml）。";

    /// <summary>The file is an OpenDocument text.</summary>
    public const string OpenDocument = "OpenDocument 文本（.odt）暂不支持，请另存为 .docx 后再导入。";

    /// <summary>The document's XML is nested implausibly deep.</summary>
    public const string TooDeep = "Word 文件结构嵌套过深（可能是恶意构造的文件），未读取。";

    /// <summary>The package relationships name no main document part.</summary>
    public const string NoMainRelationship = "Word 文件已损坏：包关系（_rels/.rels）中没有指向正文的关系，无法读取。";

    /// <summary>A part every package has is missing.</summary>
    /// <param name="part">The part and what it is.</param>
    /// <returns>The message.</returns>
    public static string MissingPart(string part) => $"Word 文件已损坏：缺少 {part}，无法读取。";

    /// <summary>The package unpacks to more than the limit.</summary>
    /// <param name="limitBytes">The limit in bytes.</param>
    /// <returns>The message.</returns>
    public static string TooLarge(long limitBytes) =>
        string.Create(CultureInfo.InvariantCulture, $"Word 文件解压后超过 {limitBytes / 1048576.0:0.#} MB 的上限，可能是恶意构造的压缩包，未读取。");

    /// <summary>A part of the package is compressed suspiciously well (a zip bomb).</summary>
    /// <param name="part">The part name.</param>
    /// <param name="ratio">The compression ratio.</param>
    /// <returns>The message.</returns>
    public static string SuspiciousRatio(string part, double ratio) =>
        string.Create(CultureInfo.InvariantCulture, $"Word 文件中的 {part} 压缩比异常（{ratio:0}:1），可能是恶意构造的压缩包，未读取。");
}
