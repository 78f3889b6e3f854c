// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Checking;
using Gongkai.Documents;

namespace Gongkai.Tests.Checking;

public sealed class RuleIsolationTests
{
    [Fact]
    public void ARuleThatThrows_BecomesOneInternalErrorFinding_AndTheOtherRulesStillRun()
    {
        var report = TestReports.Valid(change: b => b["table3.received.total"] = Cells.CellValue.Of(999m, "999"));
        IReportRule[] rules = [new ThrowingRule(), .. ReportChecker.Rules];

        var findings = ReportChecker.Check(report, rules, null, CancellationToken.None);

        var internalError = Assert.Single(findings, f => f.Rule == RuleIds.InternalError);
        Assert.Equal(Severity.Error, internalError.Severity);
        Assert.Contains("内部错误", internalError.Message, StringComparison.Ordinal);
        Assert.Contains("test.throws", internalError.Message, StringComparison.Ordinal);
        Assert.Equal(nameof(InvalidOperationException), internalError.Actual);

        // The real rules after it still report the broken total.
        Assert.Contains(findings, f => f.Rule == RuleIds.T3ColumnSum);

        // The half-run rule's partial finding is dropped.
        Assert.DoesNotContain(findings, f => f.Rule == "test.throws");
    }

    [Fact]
    public void Check_StopsBetweenRules_WhenCancelled()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.Throws<OperationCanceledException>(() => ReportChecker.Check(TestReports.Valid(), null, cts.Token));
    }

    private sealed class ThrowingRule : IReportRule
    {
        public IReadOnlyList<string> Ids { get; } = ["test.throws"];

        public void Check(AnnualReport report, List<Finding> findings)
        {
            findings.Add(new Finding { Rule = "test.throws", Severity = Severity.Warning, Message = "partial" });
            throw new InvalidOperationException("boom");
        }
    }
}
