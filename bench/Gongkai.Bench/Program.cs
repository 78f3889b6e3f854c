// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using BenchmarkDotNet.Running;

if (args is ["stages"])
{
    Gongkai.Bench.StageProbe.Run();
    return;
}

if (args is ["pdf", ..])
{
    Gongkai.Bench.PdfProbe.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 50);
    return;
}

if (args is ["pdfloop", var count])
{
    Gongkai.Bench.PdfProbe.Loop(int.Parse(count, System.Globalization.CultureInfo.InvariantCulture));
    return;
}

if (args is ["pdfalloc", var allocCount])
{
    Gongkai.Bench.AllocProbe.Run(int.Parse(allocCount, System.Globalization.CultureInfo.InvariantCulture));
    return;
}

if (args is ["pdfdump", var dumpOut, .. var dumpFiles])
{
    Gongkai.Bench.PdfDump.Run(dumpOut, dumpFiles);
    return;
}

if (args is ["pdfanalyze", var analyzeCount])
{
    Gongkai.Bench.PdfProbe.Stages(int.Parse(analyzeCount, System.Globalization.CultureInfo.InvariantCulture), analyzeOnly: true);
    return;
}

if (args is ["pdfstages", var stageCount])
{
    Gongkai.Bench.PdfProbe.Stages(int.Parse(stageCount, System.Globalization.CultureInfo.InvariantCulture));
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
