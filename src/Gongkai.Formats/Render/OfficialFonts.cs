// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Text;

namespace Gongkai.Formats.Render;

/// <summary>A font of the official layout and what stands in for it where it is not installed.</summary>
/// <param name="Name">The official font (GB/T 9704-2012), as Word and the web page name it first.</param>
/// <param name="Alternatives">Other names of the same design (Windows, macOS, the GBK edition), tried next.</param>
/// <param name="Fallbacks">Free fonts of the same kind (Noto CJK / Source Han, installed on most Linux machines), tried last.</param>
/// <param name="Serif">Whether the design is a serif (宋/仿宋/楷: Word family <c>roman</c>, CSS <c>serif</c>) rather than a sans (黑: <c>swiss</c>, <c>sans-serif</c>).</param>
/// <param name="BoldFallback">Whether the fallback is taken in its bold weight: 黑体 and 小标宋 have heavy strokes at their regular
/// weight, which Noto's regular weight does not match.</param>
/// <param name="Panose">The PANOSE-1 classification Word uses to pick a substitute (ECMA-376 Part 1 §17.8.3.13).</param>
/// <param name="WordAltName">The font every Windows machine has that Word takes instead (§17.8.3.1 <c>w:altName</c>).</param>
internal sealed record OfficialFont(string Name, string[] Alternatives, string[] Fallbacks, bool Serif, bool BoldFallback, string Panose, string WordAltName)
{
    /// <summary>Gets the CSS generic family ending the stack (CSS Fonts 4 §2.1.3).</summary>
    public string Generic => Serif ? "serif" : "sans-serif";

    /// <summary>Gets the Word font family (ECMA-376 Part 1 §17.8.3.9 <c>w:family</c>).</summary>
    public string WordFamily => Serif ? "roman" : "swiss";

    /// <summary>Gets the name of the page's own face for the bold fallback (<see cref="OfficialFonts.FontFaces"/>), or null.</summary>
    public string? FallbackFace => BoldFallback ? Name + " 替代" : null;
}

/// <summary>The fonts of the official layout (GB/T 9704-2012 §7) and their fallbacks, shared by the Word, web and PDF renderers.</summary>
/// <remarks>
/// <para>The exact look needs 方正小标宋简体 (title), 仿宋_GB2312 (body), 黑体 (一、 headings), 楷体_GB2312 ((一) headings)
/// and 宋体 (page numbers). Where they are missing, each falls back to another name of the same design, then to the free
/// Noto CJK SC faces of the same kind: serif for 宋/仿宋/楷, sans for 黑 — never to one sans for everything.</para>
/// <para>Word substitutes by the font table (<c>w:altName</c>, <c>w:panose1</c>, <c>w:family</c>, <c>w:charset</c>). LibreOffice's
/// Word import ignores those three (writerfilter <c>FontTable.cxx</c> skips <c>LN_CT_Font_altName</c>, <c>_panose1</c> and
/// <c>_family</c>) and on Linux asks fontconfig for the name, which answers with the default sans; so the converter gives
/// LibreOffice <see cref="FontconfigFile"/>, which names the fallbacks. Browsers follow the CSS stacks
/// (<see cref="CssStack"/>).</para>
/// </remarks>
internal static class OfficialFonts
{
    /// <summary>The serif fallbacks (Noto Serif CJK SC is Source Han Serif SC under another name).</summary>
    private static readonly string[] SerifFallbacks = ["Noto Serif CJK SC", "Noto Serif SC", "Source Han Serif SC", "Source Han Serif CN"];

    private static readonly string[] SansFallbacks = ["Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "Source Han Sans CN"];

    /// <summary>Gets the title font (§7.3.1: 2号小标宋).</summary>
    public static OfficialFont Title { get; } = new("方正小标宋简体", ["方正小标宋_GBK", "FZXiaoBiaoSong-B05S", "华文中宋", "STZhongsong"], SerifFallbacks, Serif: true, BoldFallback: true, "02000000000000000000", WordAltName: "宋体");

    /// <summary>Gets the body font (§7.3.3: 3号仿宋).</summary>
    public static OfficialFont Body { get; } = new("仿宋_GB2312", ["仿宋", "FangSong_GB2312", "FangSong", "STFangsong"], SerifFallbacks, Serif: true, BoldFallback: false, "02010609060101010101", WordAltName: "仿宋");

    /// <summary>Gets the first-level heading font (§7.3.3: 黑体).</summary>
    public static OfficialFont Heading { get; } = new("黑体", ["SimHei", "STHeiti"], SansFallbacks, Serif: false, BoldFallback: true, "02010609060101010101", WordAltName: "SimHei");

    /// <summary>Gets the second-level heading font (§7.3.3: 楷体).</summary>
    /// <remarks>AR PL UKai (fonts-arphic-ukai) is a free 楷 design and comes before the Noto serif where installed.</remarks>
    public static OfficialFont Kai { get; } = new("楷体_GB2312", ["楷体", "KaiTi_GB2312", "KaiTi", "STKaiti"], ["AR PL UKai CN", .. SerifFallbacks], Serif: true, BoldFallback: false, "02010609060101010101", WordAltName: "楷体");

    /// <summary>Gets the page number font (§7.5: 4号宋体).</summary>
    public static OfficialFont PageNumber { get; } = new("宋体", ["SimSun", "Songti SC", "STSong"], SerifFallbacks, Serif: true, BoldFallback: false, "02010600030101010101", WordAltName: "SimSun");

    /// <summary>Gets every official font.</summary>
    public static IReadOnlyList<OfficialFont> All { get; } = [Title, Body, Heading, Kai, PageNumber];

    /// <summary>Gets the CSS <c>font-family</c> value of a font: the official name, its alternatives, the bold fallback face, the fallbacks, the generic family.</summary>
    /// <param name="font">The font.</param>
    /// <returns>The stack, e.g. 「"仿宋_GB2312", "仿宋", …, "Noto Serif CJK SC", …, serif」.</returns>
    public static string CssStack(OfficialFont font)
    {
        ArgumentNullException.ThrowIfNull(font);
        var names = new List<string> { font.Name };
        names.AddRange(font.Alternatives);
        if (font.FallbackFace is { } face)
        {
            names.Add(face);
        }

        names.AddRange(font.Fallbacks);
        return string.Join(", ", names.Select(n => "\"" + n + "\"")) + ", " + font.Generic;
    }

    /// <summary>Gets the page's own faces for the bold fallbacks (CSS Fonts 4 §4.3 <c>local()</c>): e.g. 「黑体 替代」 is the bold
    /// weight of Noto Sans CJK SC, used at the heading's normal weight, so that a machine without 黑体 prints a heavy sans
    /// rather than a light one, and one with 黑体 never synthesises bold over it.</summary>
    /// <returns>The <c>@font-face</c> rules.</returns>
    public static string FontFaces()
    {
        var sb = new StringBuilder();
        foreach (var font in All)
        {
            if (font.FallbackFace is not { } face)
            {
                continue;
            }

            // local() matches the full name or the PostScript name (CSS Fonts 4 §4.3.1).
            var sources = font.Fallbacks.SelectMany(f => new[] { f + " Bold", f.Replace(" ", string.Empty, StringComparison.Ordinal) + "-Bold" })
                .Append(font.Serif ? "NotoSerifCJKsc-Bold" : "NotoSansCJKsc-Bold")
                .Distinct(StringComparer.Ordinal)
                .Select(s => "local(\"" + s + "\")");
            sb.Append("@font-face{font-family:\"").Append(face).Append("\";src:").AppendJoin(",", sources).Append(";font-weight:normal}");
        }

        return sb.ToString();
    }

    /// <summary>Gets a fontconfig configuration (fonts-conf(5)) that includes <paramref name="include"/> and adds, for each
    /// official font and its alternatives, its fallbacks after it (<c>&lt;accept&gt;</c>, so an installed official font still
    /// wins) and the bold weight where <see cref="OfficialFont.BoldFallback"/>.</summary>
    /// <param name="include">The configuration to build on: the one in <c>FONTCONFIG_FILE</c>, else <c>/etc/fonts/fonts.conf</c>.</param>
    /// <returns>The file's text.</returns>
    /// <remarks>The same file, installed as <c>~/.config/fontconfig/conf.d/65-gongkai.conf</c> (without the include), gives
    /// LibreOffice and every other program on the machine the same fallbacks (docs/fonts.md).</remarks>
    public static string FontconfigFile(string? include)
    {
        var sb = new StringBuilder();
        sb.Append("<?xml version=\"1.0\"?>\n<!DOCTYPE fontconfig SYSTEM \"urn:fontconfig:fonts.dtd\">\n<fontconfig>\n");
        if (include is not null)
        {
            sb.Append("  <include ignore_missing=\"yes\">");
            XmlText.Append(sb, include);
            sb.Append("</include>\n");
        }

        foreach (var font in All)
        {
            foreach (var name in font.Alternatives.Prepend(font.Name))
            {
                sb.Append("  <match target=\"pattern\"><test name=\"family\"><string>");
                XmlText.Append(sb, name);
                sb.Append("</string></test><edit name=\"family\" mode=\"append\" binding=\"same\">");
                foreach (var fallback in font.Fallbacks)
                {
                    sb.Append("<string>");
                    XmlText.Append(sb, fallback);
                    sb.Append("</string>");
                }

                sb.Append("<string>").Append(font.Generic).Append("</string></edit>");
                if (font.BoldFallback)
                {
                    // 黑体 and 小标宋 come in one weight; a bold request only changes which fallback face is chosen.
                    sb.Append("<edit name=\"weight\" mode=\"assign\"><const>bold</const></edit>");
                }

                sb.Append("</match>\n");
            }
        }

        sb.Append("</fontconfig>\n");
        return sb.ToString();
    }
}
