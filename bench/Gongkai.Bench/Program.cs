// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using BenchmarkDotNet.Running;

if (args is ["stages"])
{
    Gongkai.Bench.StageProbe.Run();
    return;
}

if (args is ["assemble"])
{
    Gongkai.Bench.AssembleProbe.Run();
    return;
}

if (args is ["text-cpu", .. var textArgs])
{
    Gongkai.Bench.TextCpuProbe.Run(textArgs is [var n] ? int.Parse(n, System.Globalization.CultureInfo.InvariantCulture) : 2000);
    return;
}

if (args is ["crawled-cpu", .. var crawledArgs])
{
    Environment.Exit(Gongkai.Bench.CrawledCpuProbe.Run(crawledArgs is [var n] ? int.Parse(n, System.Globalization.CultureInfo.InvariantCulture) : 2000));
}

if (args is ["pdf", .. var pdfArgs])
{
    Gongkai.Bench.PdfProbe.Dispatch(pdfArgs);
    return;
}

if (args is ["loop", var name, var seconds])
{
    Gongkai.Bench.FormatProbe.Loop(name, double.Parse(seconds, System.Globalization.CultureInfo.InvariantCulture));
    return;
}

if (args is ["loopcompact", var page, var duration])
{
    Gongkai.Bench.FormatProbe.LoopCompact(page, double.Parse(duration, System.Globalization.CultureInfo.InvariantCulture));
    return;
}

if (args is ["formats"])
{
    Gongkai.Bench.FormatProbe.Run();
    return;
}

if (args is ["targets", .. var targetArgs])
{
    Environment.Exit(Gongkai.Bench.TargetGate.Run(targetArgs));
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
