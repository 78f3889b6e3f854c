// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Gongkai.Cells;
using Gongkai.Documents;
using Gongkai.Formats.Render;
using Gongkai.Formats.Render.Layout;
using Gongkai.Formats.Render.Pdf;
using Gongkai.Tests.Support;

namespace Gongkai.Tests.Render;

/// <summary>Issue 11: the workbook opens in LibreOffice Calc with every number where the report has it, and a draft's
/// recomputed totals are formulas (with cached values) that Calc shows as the same numbers.</summary>
public sealed partial class XlsxCalcTests
{
    /// <summary>CSV export of every sheet (LibreOffice 7.2+): comma, double quote, UTF-8, raw values, one file per sheet (-1).</summary>
    private const string AllSheetsCsv = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";

    private static readonly XNamespace S = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    public static TheoryData<string> Seeds() => [.. RenderedPdfs.Seeds];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Calc_ReadsEveryNumberOfTheReport(string seed)
    {
        var report = RenderedPdfs.Report(seed);
        var xlsx = Render(report, draft: false);
        var compared = AssertCalcShows(report, xlsx);
        Assert.True(compared >= 60, $"only {compared} cells compared");

        // A faithful workbook has no formulas: every number is the report's own.
        Assert.DoesNotContain("<f>", SheetXml(xlsx), StringComparison.Ordinal);
    }

    [Fact]
    public void Draft_RecomputedTotalsAreFormulas_WithCachedValues_AndCalcShowsTheSums()
    {
        var report = Damaged();
        var result = ReportWriter.Render(report, RenderFormat.Xlsx, new RenderOptions { CheckReport = false, RecomputeTotals = true });
        Assert.True(result.Success, result.Error);
        Assert.Equal(3, result.Corrections.Count);
        var draft = report with { Cells = Apply(report.Cells, result.Corrections) };

        // Each replaced total is SUM over its parts with the sum cached; no other cell has a formula.
        var sheets = Sheets(result.Content);
        var formulas = sheets.SelectMany(s => s.Value.Descendants(S + "c").Where(c => c.Element(S + "f") is not null).Select(c => (Sheet: s.Key, Cell: c))).ToList();
        Assert.Equal(result.Corrections.Count, formulas.Count);
        foreach (var (sheet, cell) in formulas)
        {
            Assert.Matches(@"^SUM\([A-Z]+\d+(:[A-Z]+\d+)?(,[A-Z]+\d+)*\)$", cell.Element(S + "f")!.Value);
            Assert.Contains(result.Corrections, c => c.Computed.ToString(CultureInfo.InvariantCulture) == cell.Element(S + "v")!.Value);
        }

        // The package is valid SpreadsheetML with the formulas and the new styles (ECMA-376 schema, Open XML SDK).
        using (var package = SpreadsheetDocument.Open(new MemoryStream(result.Content), false))
        {
            var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(package).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
            Assert.True(errors.Count == 0, string.Join("\n", errors.Take(20)));
        }

        // Calc shows the recomputed totals, and each formula's range really adds up to its total in Calc's own cells.
        var csv = AssertCalcShows(draft, result.Content);
        Assert.True(csv >= 60);
        var calc = CalcSheets(result.Content);
        foreach (var (sheet, cell) in formulas)
        {
            var grid = calc[sheet];
            var (row, column) = Position((string)cell.Attribute("r")!);
            var sum = References(cell.Element(S + "f")!.Value).Sum(p => decimal.Parse(grid[p.Row][p.Column], CultureInfo.InvariantCulture));
            Assert.Equal(sum, decimal.Parse(grid[row][column], CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public void Draft_TotalsLeftAsStated_AreValues()
    {
        // pingtan-2020: both （七）总计 cells are held back (their sum would break 新收 + 结转 = 总计 + 结转下年度).
        var read = Formats.ReportReader.ReadFile(Path.Combine(TestPaths.Corpus, "pingtan-2020", "source.html"));
        var result = ReportWriter.Render(read.Report!, RenderFormat.Xlsx, new RenderOptions { CheckReport = false, RecomputeTotals = true });
        Assert.NotEmpty(result.HeldBack);
        Assert.Empty(result.Corrections);
        Assert.DoesNotContain("<f>", SheetXml(result.Content!), StringComparison.Ordinal);
    }

    /// <summary>Seed 004 with three wrong totals, one per recomputed sum: a table 三 row total, a （七）总计 cell and a table 四 block total.</summary>
    private static AnnualReport Damaged()
    {
        var report = RenderedPdfs.Report("004_5381253050f8893c.txt");
        var cells = report.Cells.ToBuilder();
        cells["table3.received.total"] = CellValue.Of(999);
        cells["table3.totalProcessed.commercialEnterprise"] = CellValue.Of(998);
        cells["table4.reconsideration.total"] = CellValue.Of(997);
        return report with { Cells = cells.Build() };
    }

    private static ReportCells Apply(ReportCells cells, IReadOnlyList<TotalCorrection> corrections)
    {
        var builder = cells.ToBuilder();
        foreach (var c in corrections)
        {
            builder[c.Cell] = CellValue.Of(c.Computed);
        }

        return builder.Build();
    }

    private static byte[] Render(AnnualReport report, bool draft)
    {
        var result = ReportWriter.Render(report, RenderFormat.Xlsx, new RenderOptions { CheckReport = false, RecomputeTotals = draft });
        Assert.True(result.Success, result.Error);
        return result.Content;
    }

    /// <summary>Converts the workbook with Calc and compares every value cell of every table sheet with the report.</summary>
    /// <returns>How many cells were compared.</returns>
    private static int AssertCalcShows(AnnualReport report, byte[] xlsx)
    {
        var calc = CalcSheets(xlsx);
        var view = ReportView.From(report, []);
        var compared = 0;
        foreach (var section in view.Sections.Where(s => s.Table is not null))
        {
            Assert.True(calc.TryGetValue(section.OfficialHeading, out var grid), $"no sheet 「{section.OfficialHeading}」 in Calc's export: {string.Join(", ", calc.Keys)}");
            var table = section.Table!;
            for (var r = 0; r < table.Rows.Count; r++)
            {
                foreach (var cell in table.Rows[r].Cells.Where(c => c is { Role: LayoutRole.Value, Cell: not null }))
                {
                    var value = report.Cells[cell.Cell!];
                    var shown = r < grid.Count && cell.Column < grid[r].Count ? grid[r][cell.Column] : string.Empty;
                    var where = $"{section.OfficialHeading} {cell.Cell!.Path} ({XlsxRef(r, cell.Column)})";
                    if (value.HasNumber)
                    {
                        Assert.True(decimal.TryParse(shown, NumberStyles.Number, CultureInfo.InvariantCulture, out var number), $"{where}: Calc shows «{shown}», expected {value.Number}");
                        Assert.Equal(value.Number, number);
                    }
                    else
                    {
                        Assert.Equal(value.State == CellState.Invalid ? value.Raw : string.Empty, shown);
                    }

                    compared++;
                }
            }
        }

        return compared;
    }

    /// <summary>The workbook through LibreOffice Calc: sheet name → rows of cells as Calc exports them.</summary>
    private static Dictionary<string, List<List<string>>> CalcSheets(byte[] xlsx)
    {
        Assert.True(Executables.LibreOffice() is not null, "LibreOffice Calc is required: apt-get install libreoffice-calc-nogui; ./test.sh installs it.");
        var files = LibreOfficeConverter.ConvertToFiles(xlsx, ".xlsx", AllSheetsCsv, TimeSpan.FromMinutes(3), CancellationToken.None);

        // One file per sheet, report-<sheet>.csv (LibreOffice 7.2+).
        return files.ToDictionary(f => Path.GetFileNameWithoutExtension(f.Name)["report-".Length..], f => Csv(Encoding.UTF8.GetString(f.Content)));
    }

    /// <summary>Parses CSV (RFC 4180: quoted fields may hold commas, doubled quotes and line breaks).</summary>
    private static List<List<string>> Csv(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n')
            {
                row.Add(field.ToString().TrimEnd('\r'));
                field.Clear();
                rows.Add(row);
                row = [];
            }
            else
            {
                field.Append(c);
            }
        }

        if (field.Length > 0 || row.Count > 0)
        {
            row.Add(field.ToString());
            rows.Add(row);
        }

        return rows;
    }

    private static Dictionary<string, XDocument> Sheets(byte[] xlsx)
    {
        using var zip = new ZipArchive(new MemoryStream(xlsx));
        XDocument Load(string name)
        {
            using var stream = zip.GetEntry(name)!.Open();
            return XDocument.Load(stream);
        }

        var workbook = Load("xl/workbook.xml");
        var relations = Load("xl/_rels/workbook.xml.rels").Root!.Elements().ToDictionary(e => (string)e.Attribute("Id")!, e => "xl/" + (string)e.Attribute("Target")!);
        XNamespace r = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        return workbook.Descendants(S + "sheet").ToDictionary(s => (string)s.Attribute("name")!, s => Load(relations[(string)s.Attribute(r + "id")!]));
    }

    private static string SheetXml(byte[] xlsx) => string.Concat(Sheets(xlsx).Values.Select(d => d.ToString(SaveOptions.DisableFormatting)));

    private static string XlsxRef(int row, int column) => ((char)('A' + column)).ToString() + (row + 1).ToString(CultureInfo.InvariantCulture);

    private static (int Row, int Column) Position(string reference)
    {
        var m = CellReference().Match(reference);
        var column = m.Groups[1].Value.Aggregate(0, (n, ch) => (n * 26) + (ch - 'A' + 1)) - 1;
        return (int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture) - 1, column);
    }

    /// <summary>The cells a SUM formula adds: each reference, each range expanded.</summary>
    private static IEnumerable<(int Row, int Column)> References(string formula)
    {
        foreach (var part in formula["SUM(".Length..^1].Split(','))
        {
            var ends = part.Split(':');
            var (r1, c1) = Position(ends[0]);
            var (r2, c2) = Position(ends[^1]);
            for (var r = r1; r <= r2; r++)
            {
                for (var c = c1; c <= c2; c++)
                {
                    yield return (r, c);
                }
            }
        }
    }

    [GeneratedRegex(@"^([A-Z]+)(\d+)$")]
    private static partial Regex CellReference();
}
