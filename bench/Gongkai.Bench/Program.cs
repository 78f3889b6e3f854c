// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using BenchmarkDotNet.Running;

if (args is ["stages"])
{
    Gongkai.Bench.StageProbe.Run();
    return;
}

if (args is ["pdf", .. var pdfArgs])
{
    Gongkai.Bench.PdfProbe.Dispatch(pdfArgs);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
