// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Globalization;
using System.Text;
using Gongkai.Cells;
using Gongkai.Documents;
using Gongkai.Formats;
using Gongkai.Formats.Render;
using Gongkai.Text;

namespace Gongkai.Tests.Render;

/// <summary>Renders a report, reads the file back with <see cref="ReportReader"/>, and compares the data.</summary>
/// <remarks>
/// The data compared: every cell of tables 二/三/四 (absent, blank, the number with its written scale, or the
/// text of an invalid cell), the text of each of the six sections (absent = empty), the preamble, and the title,
/// unit, year and format where the original has them. PDF text layers carry neither spaces next to Chinese
/// characters nor which of two code points shares a glyph (户/戶), so for PDF the texts are compared folded
/// (<see cref="TextFold"/>); cells are compared exactly for every format.
/// </remarks>
internal static class RoundTrip
{
    public static readonly RenderFormat[] InProcess = [RenderFormat.Json, RenderFormat.Markdown, RenderFormat.Html, RenderFormat.Docx, RenderFormat.Xlsx];

    public static readonly RenderFormat[] All = [.. InProcess, RenderFormat.Pdf];

    public static AnnualReport Render(AnnualReport report, RenderFormat format, out byte[] bytes)
    {
        var result = ReportWriter.Render(report, format, new RenderOptions { CheckReport = false });
        Assert.True(result.Success, result.Error);
        bytes = result.Content;
        var read = ReportReader.Read(bytes, "rendered" + ReportWriter.Extension(format));
        Assert.True(read.Success, read.Error);
        return read.Report;
    }

    public static void Check(AnnualReport report, RenderFormat format, string context, Func<List<string>, List<string>>? knownLimits = null)
    {
        var back = Render(report, format, out var bytes);
        var problems = Compare(report, back, format);
        problems = knownLimits is null ? problems : knownLimits(problems);
        if (problems.Count > 0)
        {
            var sample = format == RenderFormat.Pdf ? $"({bytes.Length} bytes of PDF)" : Encoding.UTF8.GetString(bytes.AsSpan(0, Math.Min(bytes.Length, 1500)));
            Assert.Fail($"{context} → {format}: {problems.Count} difference(s):\n  {string.Join("\n  ", problems.Take(20))}\n{(format is RenderFormat.Markdown or RenderFormat.Html or RenderFormat.Json ? sample : string.Empty)}");
        }
    }

    public static List<string> Compare(AnnualReport expected, AnnualReport actual, RenderFormat format)
    {
        var problems = new List<string>();
        foreach (var cell in ReportCatalog.Cells)
        {
            var e = Key(expected.Cells[cell], cell);
            var a = Key(actual.Cells[cell], cell);
            if (e != a)
            {
                problems.Add($"{cell.Path}: expected {e}, got {a}");
            }
        }

        var fold = format == RenderFormat.Pdf;
        for (var n = 1; n <= 6; n++)
        {
            var e = Text(expected.Section(n)?.Paragraphs, fold);
            var a = Text(actual.Section(n)?.Paragraphs, fold);
            if (e != a)
            {
                problems.Add($"section {n}: expected «{e}», got «{a}»");
            }
        }

        if (Text(expected.Preamble, fold) != Text(actual.Preamble, fold))
        {
            problems.Add($"preamble: expected «{Text(expected.Preamble, fold)}», got «{Text(actual.Preamble, fold)}»");
        }

        if (expected.Title is { } title && Fold(title, fold) != Fold(actual.Title ?? string.Empty, fold))
        {
            problems.Add($"title: expected «{title}», got «{actual.Title}»");
        }

        if (expected.Unit is { } unit && Fold(unit, fold) != Fold(actual.Unit ?? string.Empty, fold))
        {
            problems.Add($"unit: expected «{unit}», got «{actual.Unit}»");
        }

        if (expected.Year is { } year && year != actual.Year)
        {
            problems.Add($"year: expected {year}, got {actual.Year}");
        }

        if (expected.Format != ReportFormat.Unknown && expected.Cells.Present().Any() && expected.Format != actual.Format)
        {
            problems.Add($"format: expected {expected.Format}, got {actual.Format}");
        }

        return problems;
    }

    private static string Key(CellValue value, CellDefinition cell) => value.State switch
    {
        CellState.Absent => "absent",
        CellState.Blank => "blank",
        CellState.Number when cell.Kind == CellKind.Amount => value.Number.ToString(CultureInfo.InvariantCulture),
        CellState.Number => decimal.Truncate(value.Number).ToString(CultureInfo.InvariantCulture),
        _ => "invalid「" + value.Raw?.Trim() + "」",
    };

    private static string Text(IReadOnlyList<TextParagraph>? paragraphs, bool fold) =>
        paragraphs is null ? string.Empty : Fold(string.Join("\n", paragraphs.Select(p => p.Text.Trim()).Where(t => !TextFold.IsBlank(t))), fold);

    // NFKC first: a shared glyph may come back as the compatibility code point (〈 U+2329 for 〈 U+3008).
    private static string Fold(string text, bool fold) => fold ? TextFold.Fold(text.Normalize(NormalizationForm.FormKC)) : text;
}
