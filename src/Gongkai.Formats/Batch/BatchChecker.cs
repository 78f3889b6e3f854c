// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Diagnostics;
using Gongkai.Checking;

namespace Gongkai.Formats.Batch;

/// <summary>Reads and checks many files in parallel, streaming each result as its file is done, then applies the duplicate, cross-year and hierarchy rules.</summary>
/// <remarks>
/// <para><b>Streaming.</b> <see cref="Run"/> calls back once per entry as soon as it is done — in completion order,
/// each result naming its file and its input <see cref="FileCheckResult.Index"/> — and holds no report: of a
/// checked file it keeps only a <see cref="ReportDigest"/> (unit key, year, content hash, the cells of the cross-year
/// rules; every cell only in a hierarchy batch). When every entry is done, the findings that need several files come
/// as extra <see cref="FileCheckStatus.CrossFile"/> results, in input order: <c>batch.duplicate</c> (same unit and
/// year twice, same content or not, on the later file), <c>crossYear.*</c> (on the later year) and
/// <c>hierarchy.sum</c> (on the summary).</para>
/// <para><b>Limits.</b> Each file's whole pipeline — the read, the reader, the assembler and the rules — runs under a
/// token cancelled after <see cref="ReadOptions.Timeout"/>; a watchdog also abandons a file whose work does not
/// stop by then (a stage that does not observe the token), reports it as <see cref="ReadErrorKind.Timeout"/> and
/// goes on with a fresh worker. A file that fails never stops the batch.</para>
/// <para><b>Cancellation.</b> When <c>cancellationToken</c> is cancelled no new file is started, files in progress
/// are cancelled and, after a short grace period, abandoned; <see cref="Run"/> returns within about half a second
/// with <see cref="BatchSummary.Interrupted"/> set and the count of entries not done. No cross-file findings are
/// made then.</para>
/// </remarks>
public static class BatchChecker
{
    private static readonly TimeSpan Grace = TimeSpan.FromMilliseconds(300);

    /// <summary>Expands paths (files, or folders searched recursively) into a list of files.</summary>
    /// <param name="paths">The paths.</param>
    /// <param name="missing">Paths that cannot be used (missing, not a regular file), with the reason.</param>
    /// <returns>The files (skipped paths are left out; use <see cref="PathExpander.Expand"/> to get them).</returns>
    public static List<string> ExpandPaths(IEnumerable<string> paths, out List<string> missing)
    {
        var entries = PathExpander.Expand(paths);
        missing = [.. entries.Where(e => e.Error is not null).Select(e => e.Path)];
        return [.. entries.Where(e => e.IsFile).Select(e => e.Path)];
    }

    /// <summary>Checks the files and returns every result (for small batches and tests; <see cref="Run"/> streams).</summary>
    /// <param name="files">The files, in the order results should come back. With <see cref="BatchOptions.Hierarchy"/> the first is the summary.</param>
    /// <param name="options">The options.</param>
    /// <param name="progress">Called with the number of files done so far.</param>
    /// <param name="cancellationToken">Cancels the batch.</param>
    /// <returns>One result per file, in input order, its cross-file findings appended.</returns>
    public static FileCheckResult[] Check(IReadOnlyList<string> files, BatchOptions? options = null, Action<int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        var results = new FileCheckResult?[files.Count];
        var done = 0;
        Run([.. files.Select(f => BatchInput.File(f))], options, r =>
        {
            if (r.Status == FileCheckStatus.CrossFile)
            {
                results[r.Index] = results[r.Index]! with { Findings = [.. results[r.Index]!.Findings, .. r.Findings] };
                return;
            }

            results[r.Index] = r;
            progress?.Invoke(++done);
        }, cancellationToken);
        return [.. results.Select((r, i) => r ?? new FileCheckResult { File = files[i], Index = i, Status = FileCheckStatus.Unreadable, Error = $"{files[i]}：检查已中断，未完成。", ErrorKind = ReadErrorKind.Timeout })];
    }

    /// <summary>Checks a batch, streaming the results.</summary>
    /// <param name="inputs">The entries (<see cref="PathExpander.Expand"/>). With <see cref="BatchOptions.Hierarchy"/> the first is the summary.</param>
    /// <param name="options">The options, or null for the defaults.</param>
    /// <param name="onResult">Called once per entry as it is done, then once per file with cross-file findings; calls never overlap.</param>
    /// <param name="cancellationToken">Interrupts the batch.</param>
    /// <returns>The counts, and whether the batch was interrupted.</returns>
    public static BatchSummary Run(IReadOnlyList<BatchInput> inputs, BatchOptions? options, Action<FileCheckResult> onResult, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(onResult);
        using var run = new BatchRun(inputs, options ?? new BatchOptions(), onResult, cancellationToken);
        return run.Execute();
    }

    private sealed class BatchRun : IDisposable
    {
        private readonly IReadOnlyList<BatchInput> _inputs;
        private readonly BatchOptions _options;
        private readonly Action<FileCheckResult> _onResult;
        private readonly CancellationToken _cancel;
        private readonly object _gate = new();
        private readonly List<Job> _active = [];
        private readonly ReportDigest?[] _digests;
        private readonly ManualResetEventSlim _allDone = new(false);
        private int _next = -1;
        private int _running;
        private int _completed;
        private int _checked;
        private int _unreadable;
        private int _skipped;
        private bool _closed;

        public BatchRun(IReadOnlyList<BatchInput> inputs, BatchOptions options, Action<FileCheckResult> onResult, CancellationToken cancel)
        {
            _inputs = inputs;
            _options = options;
            _onResult = onResult;
            _cancel = cancel;
            _digests = new ReportDigest?[inputs.Count];
        }

        public void Dispose() => _allDone.Dispose();

        public BatchSummary Execute()
        {
            if (_inputs.Count == 0)
            {
                return Summary(interrupted: false);
            }

            var workers = Math.Clamp(_options.Jobs, 1, Math.Max(1, _inputs.Count));
            for (var i = 0; i < workers; i++)
            {
                StartWorker();
            }

            // This thread is the watchdog: it abandons files past their timeout and stops the batch when cancelled.
            var timeout = _options.Read.Timeout;
            var tick = TimeSpan.FromMilliseconds(Math.Clamp(timeout.TotalMilliseconds / 4, 10, 100));
            var interrupted = false;
            while (!_allDone.IsSet)
            {
                if (_cancel.IsCancellationRequested)
                {
                    // Files in progress see the token; wait for the workers to stop, at most the grace period.
                    var deadline = Stopwatch.GetTimestamp() + (long)(Grace.TotalSeconds * Stopwatch.Frequency);
                    while (Volatile.Read(ref _running) > 0 && !_allDone.IsSet && Stopwatch.GetTimestamp() < deadline)
                    {
                        Thread.Sleep(5);
                    }

                    interrupted = !_allDone.IsSet;
                    break;
                }

                try
                {
                    _allDone.Wait(tick, _cancel);
                }
                catch (OperationCanceledException)
                {
                    continue;
                }

                AbandonOverdue(timeout);
            }

            lock (_gate)
            {
                // From here no worker reports anything: a late result of an abandoned file is dropped.
                _closed = true;
                foreach (var job in _active)
                {
                    job.Cancel();
                }

                interrupted |= _completed < _inputs.Count;
            }

            if (!interrupted)
            {
                EmitCrossFile();
            }

            return Summary(interrupted);
        }

        private BatchSummary Summary(bool interrupted) => new()
        {
            Total = _inputs.Count,
            Checked = _checked,
            Unreadable = _unreadable,
            Skipped = _skipped,
            Interrupted = interrupted,
        };

        private void StartWorker()
        {
            Interlocked.Increment(ref _running);
            var thread = new Thread(Work) { IsBackground = true, Name = "gongkai-batch" };
            thread.Start();
        }

        private void Work()
        {
            try
            {
                WorkLoop();
            }
            finally
            {
                Interlocked.Decrement(ref _running);
            }
        }

        private void WorkLoop()
        {
            while (!_cancel.IsCancellationRequested)
            {
                var index = Interlocked.Increment(ref _next);
                if (index >= _inputs.Count)
                {
                    return;
                }

                var input = _inputs[index];
                if (!input.IsFile)
                {
                    Complete(null, Entry(index, input), null);
                    continue;
                }

                using var job = new Job(index, _options.Read.Timeout, _cancel);
                lock (_gate)
                {
                    if (_closed)
                    {
                        return;
                    }

                    _active.Add(job);
                }

                var (result, digest) = Process(index, input, job);
                if (!Complete(job, result, digest))
                {
                    // The watchdog gave up on this file and started another worker; this one ends.
                    return;
                }
            }
        }

        private static FileCheckResult Entry(int index, BatchInput input) => input.Error is not null
            ? new FileCheckResult { File = input.Path, Index = index, Status = FileCheckStatus.Unreadable, Error = input.Error, ErrorKind = input.ErrorKind, Detail = input.Detail }
            : new FileCheckResult { File = input.Path, Index = index, Status = FileCheckStatus.Skipped, Error = input.SkipReason, ErrorKind = input.ErrorKind, Detail = input.Detail };

        private (FileCheckResult? Result, ReportDigest? Digest) Process(int index, BatchInput input, Job job)
        {
            var path = input.Path;
            var token = job.Token;
            try
            {
                // The deadline is checked between stages as well as through the token (whose timer may not have fired yet).
                var read = ReportReader.ReadFile(path, _options.Read, token);
                job.ThrowIfOverdue();
                if (!read.Success)
                {
                    if (read.ErrorKind == ReadErrorKind.NotAReport && !input.Explicit)
                    {
                        var reason = read.Error.StartsWith(path + "：", StringComparison.Ordinal) ? read.Error[(path.Length + 1)..] : read.Error;
                        return (new FileCheckResult { File = path, Index = index, Status = FileCheckStatus.Skipped, Error = "不是政府信息公开工作年度报告：" + reason, ErrorKind = ReadErrorKind.NotAReport, ReadError = read.ReadError }, null);
                    }

                    return (new FileCheckResult { File = path, Index = index, Status = FileCheckStatus.Unreadable, Error = read.Error, ErrorKind = read.ErrorKind, ReadError = read.ReadError, Detail = read.Detail }, null);
                }

                var report = read.Report;
                var findings = ReportChecker.Check(report, _options.Check, token);
                job.ThrowIfOverdue();
                var keepAll = _options.Hierarchy;
                var digest = ReportDigest.From(index, path, report, keepAll);
                return (new FileCheckResult { File = path, Index = index, Status = FileCheckStatus.Checked, Unit = report.Unit, Year = report.Year, Format = report.Format, Findings = findings }, digest);
            }
            catch (OperationCanceledException) when (_cancel.IsCancellationRequested)
            {
                return (null, null);
            }
            catch (OperationCanceledException)
            {
                return (TimedOut(index, path), null);
            }
#pragma warning disable CA1031 // A defect on one file must not stop the batch: it becomes that file's error.
            catch (Exception ex) when (ex is not OutOfMemoryException)
#pragma warning restore CA1031
            {
                return (new FileCheckResult { File = path, Index = index, Status = FileCheckStatus.Unreadable, Error = $"{path}：内部错误（{ex.GetType().Name}），该文件未检查；请将它报给 Gongkai 开发者。", ErrorKind = ReadErrorKind.Internal, Detail = ex.ToString() }, null);
            }
        }

        private FileCheckResult TimedOut(int index, string path) => new()
        {
            File = path,
            Index = index,
            Status = FileCheckStatus.Unreadable,
            Error = $"{path}：处理超时（超过 {_options.Read.Timeout.TotalSeconds:0.#} 秒），已跳过；文件可能已损坏或过于复杂。",
            ErrorKind = ReadErrorKind.Timeout,
        };

        // Reports one entry; false when the entry is no longer this worker's (abandoned, or the batch closed).
        private bool Complete(Job? job, FileCheckResult? result, ReportDigest? digest)
        {
            lock (_gate)
            {
                if (job is not null)
                {
                    if (!_active.Remove(job))
                    {
                        return false;
                    }
                }

                if (_closed || result is null)
                {
                    return !_closed;
                }

                Emit(result, digest);
                return true;
            }
        }

        // Under _gate.
        private void Emit(FileCheckResult result, ReportDigest? digest)
        {
            switch (result.Status)
            {
                case FileCheckStatus.Checked:
                    _checked++;
                    break;
                case FileCheckStatus.Skipped:
                    _skipped++;
                    break;
                default:
                    _unreadable++;
                    break;
            }

            _digests[result.Index] = digest;
            try
            {
                _onResult(result);
            }
            finally
            {
                if (++_completed == _inputs.Count)
                {
                    _allDone.Set();
                }
            }
        }

        private void AbandonOverdue(TimeSpan timeout)
        {
            lock (_gate)
            {
                for (var i = _active.Count - 1; i >= 0; i--)
                {
                    var job = _active[i];
                    if (job.Elapsed <= timeout + Grace)
                    {
                        continue;
                    }

                    _active.RemoveAt(i);
                    job.Cancel();
                    Emit(TimedOut(job.Index, _inputs[job.Index].Path), null);
                    StartWorker();
                }
            }
        }

        private void EmitCrossFile()
        {
            var extra = new Dictionary<int, List<Finding>>();
            void Add(int index, IEnumerable<Finding> findings)
            {
                foreach (var f in findings)
                {
                    if (!extra.TryGetValue(index, out var list))
                    {
                        extra[index] = list = [];
                    }

                    list.Add(f);
                }
            }

            var groups = _digests.OfType<ReportDigest>().Where(d => d.UnitKey is not null && d.Year is not null)
                .GroupBy(d => d.UnitKey!, StringComparer.Ordinal);
            foreach (var unit in groups)
            {
                var byYear = unit.GroupBy(d => d.Year!.Value).ToDictionary(g => g.Key, g => g.OrderBy(d => d.Index).ToList());
                foreach (var (year, same) in byYear)
                {
                    for (var i = 1; i < same.Count; i++)
                    {
                        var duplicate = Duplicate(same[i], same.Take(i).FirstOrDefault(d => d.Hash == same[i].Hash) ?? same[0]);
                        if (Allowed(duplicate))
                        {
                            Add(same[i].Index, [duplicate]);
                        }
                    }

                    if (byYear.TryGetValue(year - 1, out var previous))
                    {
                        var current = same[0];
                        Add(current.Index, ReportChecker.CheckYears(previous[0].ToReport(), current.ToReport(), _options.Check));
                    }
                }
            }

            if (_options.Hierarchy && _digests.Length > 1 && _digests[0] is { } summary)
            {
                var units = _digests.Skip(1).OfType<ReportDigest>().Select(d => d.ToReport()).ToList();
                Add(0, ReportChecker.CheckHierarchy(summary.ToReport(), units, _options.Check));
            }

            foreach (var index in extra.Keys.Order())
            {
                var d = _digests[index]!;
                _onResult(new FileCheckResult
                {
                    File = d.File,
                    Index = index,
                    Status = FileCheckStatus.CrossFile,
                    Unit = d.Unit,
                    Year = d.Year,
                    Format = d.Format,
                    Findings = extra[index],
                });
            }
        }

        private static Finding Duplicate(ReportDigest later, ReportDigest earlier)
        {
            var same = later.Hash == earlier.Hash;
            var message = same
                ? $"与 {earlier.File} 是同一份报告（{later.Unit} {later.Year} 年度，内容相同）：同一份报告在本批中出现了两次。"
                : $"与 {earlier.File} 是同一单位同一年度的报告（{later.Unit} {later.Year} 年度），但内容不同：同一单位每年只应有一份报告，请确认哪一份是正式发布的版本。";
            return new Finding
            {
                Rule = RuleIds.BatchDuplicate,
                Severity = Severity.Warning,
                Message = message,
                SourceName = later.File,
            };
        }

        private bool Allowed(Finding finding) =>
            finding.Severity >= _options.Check.MinimumSeverity && !_options.Check.DisabledRules.Contains(finding.Rule);
    }

    // One file in progress: its token (batch cancel + timeout) and when it started.
    private sealed class Job : IDisposable
    {
        private readonly CancellationTokenSource _cts;
        private readonly long _start = Stopwatch.GetTimestamp();
        private readonly TimeSpan _timeout;

        public Job(int index, TimeSpan timeout, CancellationToken batch)
        {
            Index = index;
            _timeout = timeout;
            _cts = CancellationTokenSource.CreateLinkedTokenSource(batch);
            _cts.CancelAfter(timeout);
        }

        public int Index { get; }

        public CancellationToken Token => _cts.Token;

        public TimeSpan Elapsed => Stopwatch.GetElapsedTime(_start);

        public void ThrowIfOverdue()
        {
            _cts.Token.ThrowIfCancellationRequested();
            if (Elapsed >= _timeout)
            {
                throw new OperationCanceledException();
            }
        }

        public void Cancel()
        {
            try
            {
                _cts.Cancel();
            }
            catch (ObjectDisposedException)
            {
                // The worker has finished with it.
            }
        }

        public void Dispose() => _cts.Dispose();
    }
}
