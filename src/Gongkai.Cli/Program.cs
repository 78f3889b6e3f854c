// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Runtime.InteropServices;
using Gongkai.Cli;

// Ctrl+C and SIGTERM cancel the command, which writes what it has finished and exits with 130; a second Ctrl+C
// (or SIGTERM) while it stops ends the process at once.
using var interrupt = new CancellationTokenSource();
void Stop(PosixSignalContext context)
{
    if (!interrupt.IsCancellationRequested)
    {
        context.Cancel = true;
        interrupt.Cancel();
    }
}

using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
return GongkaiCommand.Run(args, Console.Out, Console.Error, interrupt.Token);
