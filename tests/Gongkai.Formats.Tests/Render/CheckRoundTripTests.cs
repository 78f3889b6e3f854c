// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Checking;
using Gongkai.Documents;
using Gongkai.Formats;
using Gongkai.Formats.Render;
using Gongkai.Tests.Support;

namespace Gongkai.Tests.Render;

/// <summary>Issue 11: render → check finds what checking the source found, except what the draft's note says was changed.</summary>
/// <remarks>The findings compared are the rules' (not the importer's, which describe the source file: its encoding,
/// its layout), keyed by rule, severity, cell, section, expected and actual value — not by location or message, which
/// name lines and table positions of the file.</remarks>
public sealed class CheckRoundTripTests
{
    private static readonly CheckOptions RulesOnly = new() { IncludeImportFindings = false };

    public static TheoryData<string, RenderFormat> Cases()
    {
        var data = new TheoryData<string, RenderFormat>();
        var documents = TestPaths.SeedFiles().Concat(Directory.EnumerateDirectories(TestPaths.Corpus).Order(StringComparer.Ordinal)
            .Select(folder => Directory.EnumerateFiles(folder, "source.*").Single()));
        foreach (var document in documents)
        {
            foreach (var format in RoundTrip.All)
            {
                data.Add(Path.GetRelativePath(TestPaths.RepoRoot, document), format);
            }
        }

        return data;
    }

    private static AnnualReport Read(string relative)
    {
        var read = ReportReader.ReadFile(Path.Combine(TestPaths.RepoRoot, relative));
        Assert.True(read.Success, read.Error);
        return read.Report;
    }

    private static List<string> Keys(AnnualReport report) => [.. ReportChecker.Check(report, RulesOnly).Select(Key).Order(StringComparer.Ordinal)];

    private static AnnualReport RenderAndRead(AnnualReport report, RenderFormat format, RenderOptions options, out RenderResult result)
    {
        result = ReportWriter.Render(report, format, options);
        Assert.True(result.Success, result.Error);
        var read = ReportReader.Read(result.Content, "rendered" + ReportWriter.Extension(format));
        Assert.True(read.Success, read.Error);
        return read.Report;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Render_ThenCheck_FindsWhatTheSourceHad(string document, RenderFormat format)
    {
        var report = Read(document);
        var back = RenderAndRead(report, format, new RenderOptions { CheckReport = false }, out _);
        var before = Keys(report);
        var after = Keys(back);
        Assert.True(before.SequenceEqual(after), $"{document} → {format}:\n  only before: {string.Join("\n    ", before.Except(after))}\n  only after: {string.Join("\n    ", after.Except(before))}");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Draft_ThenCheck_FindsWhatTheSourceHad_ExceptWhatTheNoteSaysWasChanged(string document, RenderFormat format)
    {
        var report = Read(document);
        var back = RenderAndRead(report, format, new RenderOptions { CheckReport = false, RecomputeTotals = true, NormalizeHeadings = true }, out var result);
        var before = ReportChecker.Check(report, RulesOnly);
        var after = Keys(back);
        var corrected = result.Corrections.Select(c => c.Cell).ToList();
        var renamed = result.Notes.Select(n => SectionNumber(n)).ToHashSet();

        // What the draft's note explains: a finding on a replaced total, the balance of its column, a renamed heading.
        bool Explained(Finding f) =>
            (f.Cell is not null && corrected.Any(c => c.Path == f.Cell)) ||
            (f.Rule == RuleIds.T3Balance && corrected.Any(c => c.Table == Cells.ReportTable.Table3 && f.Cell!.EndsWith("." + c.ColumnKey, StringComparison.Ordinal))) ||
            (f.Rule is RuleIds.SectionOrder or RuleIds.SectionMissing && f.Section is { } n && renamed.Contains(n));

        var kept = before.Where(f => !Explained(f)).Select(Key).Order(StringComparer.Ordinal).ToList();
        var fixedOnes = before.Where(Explained).Select(Key).ToHashSet();
        var unexplained = after.Where(a => !fixedOnes.Contains(a)).ToList();
        Assert.True(kept.SequenceEqual(unexplained), $"{document} → {format} (draft):\n  only before: {string.Join("\n    ", kept.Except(unexplained))}\n  only after: {string.Join("\n    ", unexplained.Except(kept))}");
    }

    private static string Key(Finding f) => $"{f.Severity} {f.Rule} {f.Cell ?? "-"} §{f.Section} {f.Expected ?? "-"}/{f.Actual ?? "-"}";

    /// <summary>The section a heading note is about: 「第二部分标题原为…」 → 2.</summary>
    private static int SectionNumber(string note) =>
        note.Length > 1 && note[0] == '第' ? SectionTitles.Numerals.ToList().IndexOf(note[1].ToString()) + 1 : 0;
}
