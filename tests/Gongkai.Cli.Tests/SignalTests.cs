// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Collections.Concurrent;
using System.Text.Json;

namespace Gongkai.Tests;

/// <summary>Ctrl+C (SIGINT) and SIGTERM on a real <c>gongkai check</c>: the results so far, a summary saying 「已中断」, exit 130.</summary>
public sealed class SignalTests : IDisposable
{
    private const int Files = 6000;
    private readonly string _dir = Directory.CreateTempSubdirectory("gongkai-signal-").FullName;

    public SignalTests()
    {
        var seeds = Directory.EnumerateFiles(ChildProcess.Samples).Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToList();
        for (var i = 0; i < Files; i++)
        {
            File.WriteAllBytes(Path.Combine(_dir, $"{i:D5}.txt"), seeds[i % seeds.Count]);
        }
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData("INT", true)]
    [InlineData("TERM", true)]
    [InlineData("INT", false)]
    public async Task Signal_StopsTheBatch_PrintsWhatIsDone_ExitsWith130(string signal, bool json)
    {
        string[] args = json ? ["check", "--json", "--quiet", "--jobs", "1", _dir] : ["check", "--quiet", "--jobs", "1", _dir];
        using var process = ChildProcess.Start(args);
        var lines = new BlockingCollection<string>();
        var stdout = Task.Run(() =>
        {
            while (process.StandardOutput.ReadLine() is { } line)
            {
                lines.Add(line);
            }

            lines.CompleteAdding();
        });
        var stderr = process.StandardError.ReadToEndAsync();

        // Wait until results are streaming (so the batch is running), then interrupt it.
        var received = new List<string>();
        while (received.Count < 3 && lines.TryTake(out var line, TimeSpan.FromMinutes(1)))
        {
            received.Add(line);
        }

        Assert.True(received.Count == 3, "no results streamed before the end");
        ChildProcess.Signal(process, signal);
        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(30)), "did not stop after SIG" + signal);
        await stdout;
        received.AddRange(lines);
        var err = await stderr;
        Assert.Equal(130, process.ExitCode);

        var summary = json ? err : string.Join('\n', received);
        Assert.Contains("已中断", summary, StringComparison.Ordinal);
        var match = System.Text.RegularExpressions.Regex.Match(summary, @"已完成 (\d+) 个，未完成 (\d+) 个");
        Assert.True(match.Success, summary);
        var done = int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) > 0);
        Assert.Equal(Files, done + int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));
        if (json)
        {
            // Every finished file was written, one whole JSON object per line.
            Assert.Equal(done, received.Count);
            Assert.All(received, l => Assert.Equal("checked", JsonDocument.Parse(l).RootElement.GetProperty("status").GetString()));
        }
        else
        {
            Assert.Equal(done, received.Count(l => l.StartsWith("== ", StringComparison.Ordinal)));
        }
    }
}
