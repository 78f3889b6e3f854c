// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Checking;
using Gongkai.Formats.Batch;

namespace Gongkai.Cli;

/// <summary>Where <c>check</c> writes results as they stream in.</summary>
internal interface IBatchOutput
{
    /// <summary>Gets the counts so far.</summary>
    FindingCounts Counts { get; }

    /// <summary>Writes (or holds) one result. Calls never overlap.</summary>
    /// <param name="result">The result.</param>
    void Add(FileCheckResult result);

    /// <summary>Writes what is held and the summary.</summary>
    /// <param name="summary">The batch summary.</param>
    void Finish(BatchSummary summary);
}

/// <summary>Counts of findings by severity, for the summary line and the exit code.</summary>
internal sealed class FindingCounts
{
    public int Errors { get; private set; }

    public int Warnings { get; private set; }

    public int Infos { get; private set; }

    /// <summary>Gets the highest severity found, or null.</summary>
    public Severity? Highest { get; private set; }

    public void Add(FileCheckResult result)
    {
        foreach (var f in result.Findings)
        {
            switch (f.Severity)
            {
                case Severity.Error:
                    Errors++;
                    break;
                case Severity.Warning:
                    Warnings++;
                    break;
                default:
                    Infos++;
                    break;
            }

            if (Highest is null || f.Severity > Highest)
            {
                Highest = f.Severity;
            }
        }
    }

    public string Summary(BatchSummary summary) =>
        $"共检查 {summary.Checked + summary.Unreadable} 个文件：错误 {Errors} 条，警告 {Warnings} 条，提示 {Infos} 条；无法读取 {summary.Unreadable} 个文件；跳过 {summary.Skipped} 个（原因见各条）。";
}
