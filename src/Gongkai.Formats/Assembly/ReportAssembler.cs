// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Documents;
using Gongkai.Formats.Content;

namespace Gongkai.Formats;

/// <summary>Turns <see cref="DocumentContent"/> into an <see cref="AnnualReport"/> by meaning.</summary>
internal static class ReportAssembler
{
    /// <summary>Interprets the content.</summary>
    /// <param name="content">The content.</param>
    /// <param name="sourceName">The source name.</param>
    /// <returns>The report.</returns>
    public static AnnualReport Assemble(DocumentContent content, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(content);
        return new AnnualReport { SourceName = sourceName, ImportFindings = content.Findings };
    }
}
