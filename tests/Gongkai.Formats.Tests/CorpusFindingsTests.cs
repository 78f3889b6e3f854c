// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Checking;
using Gongkai.Formats;
using Gongkai.Tests.Support;

namespace Gongkai.Tests;

/// <summary>
/// The corpus notes list each document's real source errors: <c>check</c> must report them, and nothing
/// else in those documents as an error. The full findings are kept as golden files.
/// </summary>
public class CorpusFindingsTests
{
    public static TheoryData<string> Documents() => ["huaian-2024", "hongze-2024", "pingtan-2023", "pingtan-2020", "blank-template-2021"];

    private static IReadOnlyList<Finding> Check(string folder)
    {
        var file = Directory.EnumerateFiles(Path.Combine(TestPaths.Corpus, folder), "source.*").Single();
        var result = ReportReader.ReadFile(file);
        Assert.True(result.Success, result.Error);
        return ReportChecker.Check(result.Report);
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Findings_MatchGolden(string folder) =>
        Golden.AssertMatches($"corpus/{folder}.findings.txt", FindingText.Format(Check(folder)));

    [Theory]
    [InlineData("huaian-2024")]
    [InlineData("hongze-2024")]
    [InlineData("pingtan-2023")]
    [InlineData("blank-template-2021")]
    public void DocumentsWithoutSourceErrors_HaveNoErrorFindings(string folder) =>
        Assert.DoesNotContain(Check(folder), f => f.Severity == Severity.Error);

    [Fact]
    public void Huaian_NarrativeNumbersAllAgree_PolicyDocumentsAreNotRegulatoryDocuments() =>
        Assert.DoesNotContain(Check("huaian-2024"), f => f.Rule == RuleIds.NarrativeMismatch);

    [Fact]
    public void Pingtan2020_OutcomeSumSourceError_IsReportedInBothColumns_AndNothingElseIsAnError()
    {
        var errors = Check("pingtan-2020").Where(f => f.Severity == Severity.Error).ToList();
        Assert.Equal(["table3.totalProcessed.naturalPerson", "table3.totalProcessed.total"], errors.Select(f => f.Cell));
        Assert.All(errors, f => Assert.Equal(RuleIds.T3OutcomeSum, f.Rule));
        Assert.Equal(["26", "27"], errors.Select(f => f.Expected));
        Assert.Equal(["20", "21"], errors.Select(f => f.Actual));
    }

    [Fact]
    public void Pingtan2020_IsNotAskedForAFeeStatement_ItsYearPrecedesTheFeeMeasures() =>
        Assert.DoesNotContain(Check("pingtan-2020"), f => f.Rule == RuleIds.FeeStatement);

    [Fact]
    public void Pingtan2023_InForceNarrativeAndEnumerationTypo_AreReported()
    {
        var findings = Check("pingtan-2023");
        Assert.Contains(findings, f => f.Rule == RuleIds.NarrativeMismatch && f.Actual == "393" && f.Expected == "470");
        Assert.Contains(findings, f => f.Rule == RuleIds.TextTypo && f.Actual == "三是" && f.Section == 5);
    }

    [Fact]
    public void Hongze_LabelTypoHybridFormatAndNarrative_AreReportedAsWarnings()
    {
        var findings = Check("hongze-2024");
        Assert.Contains(findings, f => f.Rule == RuleIds.ExtractAssumption && f.Cell == "table3.deniedProhibitedByLaw.naturalPerson" && f.Severity == Severity.Warning);
        Assert.Contains(findings, f => f.Rule == RuleIds.FormatMismatch && f.Cell == "table3.otherDisposal");
        Assert.Contains(findings, f => f.Rule == RuleIds.NarrativeMismatch && f.Actual == "17" && f.Expected == "95");
    }

    [Fact]
    public void Findings_PointIntoTheSource()
    {
        var pdf = Check("pingtan-2020");
        Assert.All(pdf.Where(f => f.Cell is not null && f.Rule != RuleIds.RowMissing), f => Assert.True(f.Location.Table > 0 && f.Location.Row > 0 && f.Location.Cell > 0, f.ToString()));
        Assert.All(Check("hongze-2024").Where(f => f.Rule == RuleIds.NarrativeMismatch), f => Assert.True(f.Location.Page > 0, f.ToString()));
        Assert.All(Check("blank-template-2021").Where(f => f.Rule == RuleIds.CellBlank), f => Assert.True(f.Location.Table > 0 && f.Location.Cell > 0, f.ToString()));
    }
}
