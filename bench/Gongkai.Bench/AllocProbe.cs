// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Collections.Concurrent;
using System.Diagnostics.Tracing;
using Gongkai.Formats;

namespace Gongkai.Bench;

/// <summary>`dotnet run -c Release -- pdf alloc N`: sampled allocations (GCAllocationTick, every ~100 KB) by type and heap while reading the corpus PDFs.</summary>
internal sealed class AllocProbe : EventListener
{
    private readonly ConcurrentDictionary<string, long> _bytes = new();

    public static void Run(int iterations)
    {
        var data = new[] { "hongze-2024/source.pdf", "huaian-2024/source.pdf" }.Select(static d => File.ReadAllBytes(Path.Combine(Paths.Corpus, d))).ToArray();
        foreach (var d in data)
        {
            ReportReader.ReadContent(d);
        }

        using var listener = new AllocProbe();
        for (var i = 0; i < iterations; i++)
        {
            foreach (var d in data)
            {
                ReportReader.ReadContent(d);
            }
        }

        foreach (var (key, bytes) in listener._bytes.OrderByDescending(static p => p.Value).Take(40))
        {
            Console.WriteLine($"{bytes / iterations / 2 / 1024,8} KB/doc  {key}");
        }
    }

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, EventLevel.Verbose, (EventKeywords)0x1);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (eventData.EventName is not { } name || !name.StartsWith("GCAllocationTick", StringComparison.Ordinal) || eventData.Payload is not { } payload)
        {
            return;
        }

        var kind = Convert.ToInt32(payload[eventData.PayloadNames!.IndexOf("AllocationKind")], System.Globalization.CultureInfo.InvariantCulture);
        var type = payload[eventData.PayloadNames.IndexOf("TypeName")] as string ?? "?";
        var amount = Convert.ToInt64(payload[eventData.PayloadNames.IndexOf("AllocationAmount64")], System.Globalization.CultureInfo.InvariantCulture);
        _bytes.AddOrUpdate($"{(kind == 1 ? "LOH" : "SOH")} {type}", amount, (_, v) => v + amount);
    }
}
