// Copyright (c) Gongkai contributors. Licensed under the MIT License.

namespace Gongkai.Checking;

/// <summary>How serious a finding is. Ordered: <see cref="Info"/> &lt; <see cref="Warning"/> &lt; <see cref="Error"/>.</summary>
public enum Severity
{
    /// <summary>Style: worth a look, not wrong.</summary>
    Info = 0,

    /// <summary>Probably wrong or incomplete; a person must look.</summary>
    Warning = 1,

    /// <summary>The report is wrong.</summary>
    Error = 2,
}
