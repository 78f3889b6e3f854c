// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Text;
using CsCheck;
using Gongkai.Cells;
using Gongkai.Formats;
using Gongkai.Tests.Support;
using Gongkai.Text;

namespace Gongkai.Tests.Properties;

/// <summary>Random valid reports written in generated text layouts and encodings extract back to the same data.</summary>
public class TextLayoutPropertyTests
{
    static TextLayoutPropertyTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static readonly string[] Encodings = ["utf-8", "utf-8-bom", "gb18030", "utf-16", "utf-16-nobom"];

    private static readonly Gen<TextLayout> Layouts =
        from cellPerLine in Gen.Bool
        from traditional in Gen.Bool
        from spaced in Gen.Bool
        from split in Gen.Bool
        from encoding in Gen.Int[0, 4].Select(i => Encodings[i])
        from crlf in Gen.Bool
        select new TextLayout(cellPerLine, traditional, spaced, split, encoding, crlf);

    [Fact]
    public void RandomReports_InEveryTextLayout_ExtractToTheSameData()
    {
        Gen.Select(Gen.Int, Layouts).Sample((seed, layout) =>
        {
            var random = new Random(seed);
            var expected = RandomReports.Create(random);
            var bytes = TextLayouts.Write(expected, layout, random);
            var result = ReportReader.Read(bytes, "generated.txt");
            Assert.True(result.Success, result.Error);
            var actual = result.Report;

            var differences = ReportCatalog.Cells
                .Where(c => expected.Cells[c] != actual.Cells[c])
                .Select(c => $"{c.Path}: expected {expected.Cells[c]}, got {actual.Cells[c]}")
                .ToList();
            Assert.True(differences.Count == 0, $"seed {seed}, {layout}:\n" + string.Join('\n', differences));
            Assert.Equal(expected.Format, actual.Format);
            Assert.Equal(expected.Year, actual.Year);
            Assert.Equal(TextFold.Fold(expected.Unit!), TextFold.Fold(actual.Unit!));
            Assert.Equal(expected.Sections.Select(s => s.Number), actual.Sections.Select(s => s.Number));
            Assert.Equal(
                expected.Sections.SelectMany(s => s.Paragraphs).Select(p => TextFold.Fold(p.Text)),
                actual.Sections.SelectMany(s => s.Paragraphs).Select(p => TextFold.Fold(p.Text)));
        }, iter: 400);
    }
}
