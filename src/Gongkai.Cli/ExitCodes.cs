// Copyright (c) Gongkai contributors. Licensed under the MIT License.

namespace Gongkai.Cli;

/// <summary>The exit codes of <c>gongkai</c>.</summary>
internal static class ExitCodes
{
    /// <summary>Nothing at or above the <c>--fail-on</c> severity.</summary>
    public const int Ok = 0;

    /// <summary>Findings at or above the <c>--fail-on</c> severity.</summary>
    public const int Findings = 1;

    /// <summary>A file could not be read (the others were still processed), or the command line was wrong.</summary>
    public const int Unreadable = 2;

    /// <summary>Interrupted by Ctrl+C (SIGINT) or SIGTERM; the results finished so far were written (128 + SIGINT).</summary>
    public const int Interrupted = 130;
}
