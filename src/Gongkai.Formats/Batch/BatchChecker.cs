// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Checking;
using Gongkai.Documents;
using Gongkai.Text;

namespace Gongkai.Formats.Batch;

/// <summary>Reads and checks many files in parallel, then applies the cross-year and hierarchy rules.</summary>
/// <remarks>
/// A file that cannot be read gets an error result; every other file is still checked. Reports of one
/// unit (same unit name, whitespace and script folded) for consecutive years get <c>crossYear.*</c>
/// findings on the later report. Results come back in input order.
/// </remarks>
public static class BatchChecker
{
    /// <summary>Expands paths (files, or folders searched recursively) into a sorted list of files.</summary>
    /// <param name="paths">The paths.</param>
    /// <param name="missing">Paths that do not exist.</param>
    /// <returns>The files.</returns>
    public static List<string> ExpandPaths(IEnumerable<string> paths, out List<string> missing)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var files = new List<string>();
        missing = [];
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                files.Add(path);
            }
            else if (Directory.Exists(path))
            {
                var found = Directory.EnumerateFiles(path, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = System.IO.FileAttributes.Hidden | System.IO.FileAttributes.System })
                    .Order(StringComparer.Ordinal);
                files.AddRange(found);
            }
            else
            {
                missing.Add(path);
            }
        }

        return files;
    }

    /// <summary>Checks the files.</summary>
    /// <param name="files">The files, in the order results should come back. With <see cref="BatchOptions.Hierarchy"/> the first is the summary.</param>
    /// <param name="options">The options.</param>
    /// <param name="progress">Called with the number of files done so far (from any thread).</param>
    /// <param name="cancellationToken">Cancels the batch.</param>
    /// <returns>One result per file, in input order.</returns>
    public static FileCheckResult[] Check(IReadOnlyList<string> files, BatchOptions? options = null, Action<int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        options ??= new BatchOptions();
        var results = new FileCheckResult[files.Count];
        var reports = new AnnualReport?[files.Count];
        var done = 0;
        Parallel.For(0, files.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Jobs), CancellationToken = cancellationToken }, i =>
        {
            var read = ReportReader.ReadFile(files[i], options.Read, cancellationToken);
            if (!read.Success)
            {
                results[i] = new FileCheckResult { File = files[i], Error = read.Error };
            }
            else
            {
                var report = read.Report;
                results[i] = new FileCheckResult
                {
                    File = files[i],
                    Unit = report.Unit,
                    Year = report.Year,
                    Format = report.Format,
                    Findings = ReportChecker.Check(report, options.Check),
                };

                // Keep only what the multi-report rules need.
                reports[i] = new AnnualReport { Unit = report.Unit, Year = report.Year, Format = report.Format, Cells = report.Cells, SourceName = report.SourceName };
            }

            progress?.Invoke(Interlocked.Increment(ref done));
        });

        ApplyCrossYear(results, reports, options.Check);
        if (options.Hierarchy && reports.Length > 1 && reports[0] is { } summary)
        {
            var units = reports.Skip(1).OfType<AnnualReport>().ToList();
            var extra = ReportChecker.CheckHierarchy(summary, units, options.Check);
            results[0] = results[0] with { Findings = [.. results[0].Findings, .. extra] };
        }

        return results;
    }

    private static void ApplyCrossYear(FileCheckResult[] results, AnnualReport?[] reports, CheckOptions options)
    {
        var byUnit = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < reports.Length; i++)
        {
            if (reports[i] is { Unit: { } unit, Year: not null })
            {
                var key = TextFold.Fold(unit);
                if (!byUnit.TryGetValue(key, out var list))
                {
                    byUnit[key] = list = [];
                }

                list.Add(i);
            }
        }

        foreach (var indexes in byUnit.Values)
        {
            if (indexes.Count < 2)
            {
                continue;
            }

            var byYear = indexes.GroupBy(i => reports[i]!.Year!.Value).ToDictionary(g => g.Key, g => g.First());
            foreach (var (year, current) in byYear)
            {
                if (byYear.TryGetValue(year - 1, out var previous))
                {
                    var extra = ReportChecker.CheckYears(reports[previous]!, reports[current]!, options);
                    if (extra.Count > 0)
                    {
                        results[current] = results[current] with { Findings = [.. results[current].Findings, .. extra] };
                    }
                }
            }
        }
    }
}
