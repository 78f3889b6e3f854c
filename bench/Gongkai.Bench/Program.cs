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

if (args is ["pdf", .. var pdfArgs])
{
    Gongkai.Bench.PdfProbe.Dispatch(pdfArgs);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
