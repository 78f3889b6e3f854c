// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using Gongkai.Formats.Render;
using Gongkai.Tests.Support;
using Gongkai.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Graphics.Operations.TextShowing;
using UglyToad.PdfPig.Graphics.Operations.TextState;
using UglyToad.PdfPig.Tokens;

namespace Gongkai.Tests.Render;

/// <summary>Issue 11: the official fonts are named everywhere, and a machine without them keeps serif body text and a
/// heavy sans heading face (Noto Serif CJK SC / bold Noto Sans CJK SC) in Word, on the web page and in both PDFs.</summary>
[Collection(RenderedPdfsGroup.Name)]
public sealed partial class FontTests(RenderedPdfs pdfs)
{
    private const string Seed = "004_5381253050f8893c.txt";

    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    [Fact]
    public void Word_FontTable_GivesEachOfficialFont_AFamily_AnAltName_AndPanose()
    {
        var result = ReportWriter.Render(RenderedPdfs.Report(Seed), RenderFormat.Docx, new RenderOptions { CheckReport = false });
        using var zip = new ZipArchive(new MemoryStream(result.Content!));
        XDocument Part(string name)
        {
            using var stream = zip.GetEntry(name)!.Open();
            return XDocument.Load(stream);
        }

        // ECMA-376 Part 1 §17.8.3: family roman = serif (宋/仿宋/楷), swiss = sans (黑).
        var fonts = Part("word/fontTable.xml").Root!.Elements(W + "font").ToDictionary(f => (string)f.Attribute(W + "name")!);
        foreach (var (name, family, alt) in new[]
        {
            ("仿宋_GB2312", "roman", "仿宋"), ("方正小标宋简体", "roman", "宋体"), ("楷体_GB2312", "roman", "楷体"), ("黑体", "swiss", "SimHei"), ("宋体", "roman", "SimSun"),
        })
        {
            Assert.True(fonts.TryGetValue(name, out var font), $"{name} is not in the font table");
            Assert.Equal(family, (string)font.Element(W + "family")!.Attribute(W + "val")!);
            Assert.Equal(alt, (string)font.Element(W + "altName")!.Attribute(W + "val")!);
            Assert.Equal("86", (string)font.Element(W + "charset")!.Attribute(W + "val")!);
            Assert.Matches("^[0-9A-F]{20}$", (string)font.Element(W + "panose1")!.Attribute(W + "val")!);
        }

        // Every East Asian font the document uses is declared, and the styles use the official fonts where GB/T 9704 says.
        var styles = Part("word/styles.xml");
        var used = new[] { styles, Part("word/document.xml"), Part("word/footer1.xml"), Part("word/footer2.xml") }
            .SelectMany(d => d.Descendants(W + "rFonts")).Select(r => (string?)r.Attribute(W + "eastAsia")).OfType<string>().ToHashSet();
        Assert.Subset(fonts.Keys.ToHashSet(), used);
        string? EastAsia(string? style) => style is null
            ? (string?)styles.Root!.Element(W + "docDefaults")!.Descendants(W + "rFonts").Single().Attribute(W + "eastAsia")
            : (string?)styles.Root!.Elements(W + "style").Single(s => (string?)s.Attribute(W + "styleId") == style).Descendants(W + "rFonts").SingleOrDefault()?.Attribute(W + "eastAsia");
        Assert.Equal("仿宋_GB2312", EastAsia(null));
        Assert.Equal("方正小标宋简体", EastAsia("Title"));
        Assert.Equal("黑体", EastAsia("Heading1"));
        Assert.Equal("楷体_GB2312", EastAsia("Heading2"));
    }

    [Fact]
    public void Css_EveryFontStack_EndsInNotoCjk_AndAGenericFamilyOfTheSameKind()
    {
        var result = ReportWriter.Render(RenderedPdfs.Report(Seed), RenderFormat.Html, new RenderOptions { CheckReport = false });
        var css = new HtmlParser().ParseDocument(Encoding.UTF8.GetString(result.Content!)).QuerySelector("style")!.TextContent;
        var stacks = FontFamily().Matches(css).Select(m => (Rule: Selector(css, m.Index), Stack: m.Groups[1].Value)).ToList();
        Assert.NotEmpty(stacks);
        foreach (var (rule, stack) in stacks.Where(s => !s.Rule.StartsWith("@font-face", StringComparison.Ordinal)))
        {
            Assert.Matches(@", (serif|sans-serif)$", stack);
        }

        string StackOf(string selector) => stacks.Single(s => s.Rule == selector).Stack;
        foreach (var (selector, official, fallback, generic) in new[]
        {
            (".gongkai-report", "\"仿宋_GB2312\"", "\"Noto Serif CJK SC\"", "serif"),
            (".gongkai-report h1", "\"方正小标宋简体\"", "\"Noto Serif CJK SC\"", "serif"),
            (".gongkai-report h2", "\"黑体\"", "\"Noto Sans CJK SC\"", "sans-serif"),
            (".gongkai-report h3", "\"楷体_GB2312\"", "\"Noto Serif CJK SC\"", "serif"),
        })
        {
            var stack = StackOf(selector);
            Assert.StartsWith(official, stack, StringComparison.Ordinal);
            Assert.Contains(fallback, stack, StringComparison.Ordinal);
            Assert.EndsWith(", " + generic, stack, StringComparison.Ordinal);
        }

        // The heading's heavy fallback: a face of the page's own, the bold Noto Sans CJK SC, before the regular one.
        Assert.Contains("@font-face{font-family:\"黑体 替代\";src:local(\"Noto Sans CJK SC Bold\")", css, StringComparison.Ordinal);
        var h2 = StackOf(".gongkai-report h2");
        Assert.True(h2.IndexOf("\"黑体 替代\"", StringComparison.Ordinal) is var face and > 0 && face < h2.IndexOf("\"Noto Sans CJK SC\"", StringComparison.Ordinal), h2);
    }

    [Fact]
    public void FontconfigFallbacks_MapEachOfficialFont_ToNotoOfItsKind()
    {
        var file = Path.Combine(Path.GetTempPath(), $"gongkai-fonts-{Guid.NewGuid():N}.conf");
        File.WriteAllText(file, OfficialFonts.FontconfigFile("/etc/fonts/fonts.conf"));
        try
        {
            string Match(string family) => RenderedPdfs.Run("fc-match", ["-f", "%{family[0]}:%{style[0]}", family], new Dictionary<string, string> { ["FONTCONFIG_FILE"] = file });
            Assert.Equal("Noto Serif CJK SC:Regular", Match("仿宋_GB2312"));
            Assert.Equal("Noto Serif CJK SC:Regular", Match("楷体_GB2312"));
            Assert.Equal("Noto Serif CJK SC:Bold", Match("方正小标宋简体"));
            Assert.Equal("Noto Sans CJK SC:Bold", Match("黑体"));
            Assert.Equal("Noto Serif CJK SC:Regular", Match("宋体"));
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>docs/fonts/65-gongkai.conf is the converter's fallbacks for users to install; it must match the code.</summary>
    [Fact]
    public void FontconfigFile_ShippedInDocs_IsCurrent()
    {
        var path = Path.Combine(TestPaths.RepoRoot, "docs", "fonts", "65-gongkai.conf");
        var expected = OfficialFonts.FontconfigFile(null);
        if (Environment.GetEnvironmentVariable("GONGKAI_UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, expected);
        }

        Assert.True(File.Exists(path) && File.ReadAllText(path).ReplaceLineEndings("\n") == expected,
            "docs/fonts/65-gongkai.conf differs from OfficialFonts.FontconfigFile: run GONGKAI_UPDATE_GOLDEN=1 dotnet test tests/Gongkai.Formats.Tests --filter FontTests");
    }

    [Fact]
    public void ChromiumPdf_BodyIsNotoSerif_TitleBoldSerif_HeadingsBoldSans() => AssertFaces(pdfs.Get(Seed, PdfEngine.Chromium));

    [Fact]
    public void LibreOfficePdf_BodyIsNotoSerif_TitleBoldSerif_HeadingsBoldSans()
    {
        var pdf = pdfs.Get(Seed, PdfEngine.LibreOffice);
        AssertFaces(pdf);

        // pdffonts (poppler) lists the embedded faces: the serif and the bold sans, never only one sans.
        var file = Path.Combine(Path.GetTempPath(), $"gongkai-fonts-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(file, pdf);
        try
        {
            var embedded = RenderedPdfs.Run("pdffonts", [file]).Split('\n').Skip(2).Where(l => l.Length > 0).ToList();
            Assert.Contains(embedded, l => l.Contains("NotoSerifCJK", StringComparison.Ordinal) && l.Contains("-Regular", StringComparison.Ordinal) && Regex.IsMatch(l, @"\byes\b"));
            Assert.Contains(embedded, l => l.Contains("NotoSansCJK", StringComparison.Ordinal) && l.Contains("-Bold", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>Finds the glyphs of the title, the first section heading and the first paragraph on page 1 and checks their faces.</summary>
    /// <remarks>Chromium embeds Noto CJK (CFF outlines) as Type 3 fonts, which pdffonts lists without a name; their font
    /// descriptors still carry the face's PostScript name, which PdfPig reports per glyph.</remarks>
    private static void AssertFaces(byte[] pdf)
    {
        var view = ReportView.From(RenderedPdfs.Report(Seed), []);
        using var document = PdfDocument.Open(pdf);
        var page = document.GetPage(1);
        // Chromium's text maps some glyphs to Kangxi radicals (⼤ for 大); fold each glyph's text as the readers do.
        var faces = GlyphFaces(document, page);
        var letters = page.Letters.Select((l, i) => (Text: TextFold.Fold(l.Value), FontName: faces[i])).Where(l => !string.IsNullOrWhiteSpace(l.Text)).ToList();
        var text = string.Concat(letters.Select(l => l.Text));

        IReadOnlyList<string> FacesOf(string sample, string what)
        {
            var probe = IdeographRun().Matches(sample).MaxBy(m => m.Length)!.Value;
            probe = probe[..Math.Min(6, probe.Length)];
            var at = text.IndexOf(probe, StringComparison.Ordinal);
            Assert.True(at >= 0, $"{what} 「{probe}」 not found on page 1: {text[..Math.Min(200, text.Length)]}");
            Assert.True(letters.Take(at).Sum(l => l.Text.Length) == at, "a glyph folded to more than one character");
            return [.. letters.Skip(at).Take(probe.Length).Select(l => l.FontName ?? "(none)").Distinct()];
        }

        var body = FacesOf(view.Preamble.Count > 0 ? view.Preamble[0] : view.Sections[0].Paragraphs[0], "body text");
        Assert.All(body, f => Assert.Matches("NotoSerifCJK..-Regular", f));
        var title = FacesOf(view.Title[view.Report.Unit!.Length..], "title");
        Assert.All(title, f => Assert.Matches("NotoSerifCJK..-Bold", f));
        var heading = FacesOf(view.Sections[0].Heading, "heading");
        Assert.All(heading, f => Assert.Matches("NotoSansCJK..-Bold", f));
    }

    /// <summary>Gets the face of each glyph of a page, in content order: the font's own name, or for a Type 3 font (unnamed,
    /// ISO 32000-1 §9.6.5) the <c>FontName</c> of its font descriptor, found by following the text operators' <c>Tf</c>.</summary>
    private static IReadOnlyList<string> GlyphFaces(PdfDocument document, Page page)
    {
        var letters = page.Letters;
        if (letters.All(l => l.FontName != "Type3"))
        {
            return [.. letters.Select(l => l.FontName ?? "(none)")];
        }

        DictionaryToken Resolve(IToken token) => (DictionaryToken)(token is IndirectReferenceToken r ? document.Structure.GetObject(r.Data).Data : token);
        var resources = Resolve(page.Dictionary.Data[NameToken.Resources.Data]);
        var fonts = Resolve(resources.Data[NameToken.Font.Data]);
        string FaceOf(NameToken resource)
        {
            var font = Resolve(fonts.Data[resource.Data]);
            if (!font.TryGet(NameToken.FontDescriptor, out var descriptorToken))
            {
                return "(no descriptor)";
            }

            return ((NameToken)Resolve(descriptorToken).Data[NameToken.FontName.Data]).Data;
        }

        // Type 3 fonts are simple fonts: one byte per glyph (§9.6.6), one PdfPig letter per byte.
        var result = new List<string>(letters.Count);
        var current = "(none)";
        foreach (var operation in page.Operations)
        {
            switch (operation)
            {
                case SetFontAndSize tf:
                    current = FaceOf(tf.Font);
                    break;
                case ShowText tj:
                    result.AddRange(Enumerable.Repeat(current, tj.Bytes.Length));
                    break;
                case ShowTextsWithPositioning tjs:
                    foreach (var part in tjs.Array)
                    {
                        int count = part switch { HexToken h => h.Bytes.Length, StringToken t => t.GetBytes().Length, _ => 0 };
                        result.AddRange(Enumerable.Repeat(current, count));
                    }

                    break;
                default:
                    break;
            }
        }

        Assert.Equal(letters.Count, result.Count);
        return result;
    }

    private static string Selector(string css, int at)
    {
        var open = css.LastIndexOf('{', at);
        var start = css.LastIndexOfAny(['}', '{'], open - 1) + 1;
        return css[start..open];
    }

    [GeneratedRegex(@"[\u4E00-\u9FFF]{3,}")]
    private static partial Regex IdeographRun();

    [GeneratedRegex(@"font-family:([^;}]+)")]
    private static partial Regex FontFamily();
}
