// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Checking;
using Gongkai.Data.Reports;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Caching.Memory;

namespace Gongkai.Web.Rendering;

/// <summary>The report pages' bodies (<see cref="ReportHtml.Render"/>) and findings of recently shown versions, kept in memory.</summary>
/// <remarks>A version never changes (<see cref="Data.Entities.ReportVersion"/>), so its page body with its findings is rendered once
/// and served from memory until evicted: the report page then reads neither the canonical JSON nor the findings from the
/// database, and parses and lays out nothing. Bounded by <see cref="SizeLimit"/> characters (least recently used out first).</remarks>
internal sealed class RenderedReports : IDisposable
{
    /// <summary>The characters of HTML kept at most (about 128 MB).</summary>
    public const long SizeLimit = 64L * 1024 * 1024;

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = SizeLimit, CompactionPercentage = 0.25 });

    /// <summary>Gets the body of a version with its findings (the staff page) or without them (the public page).</summary>
    /// <param name="versionId">The version's id.</param>
    /// <param name="withFindings">Whether the findings are marked (staff) or not (public).</param>
    /// <param name="load">Loads the version with its JSON on a miss.</param>
    /// <param name="cancellationToken">Cancels the load.</param>
    /// <returns>The body and the findings (empty for the public page).</returns>
    public async Task<(IHtmlContent Body, IReadOnlyList<Finding> Findings)> GetAsync(int versionId, bool withFindings, Func<CancellationToken, Task<Data.Entities.ReportVersion?>> load, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(load);
        var key = (versionId, withFindings);
        if (_cache.TryGetValue(key, out (IHtmlContent, IReadOnlyList<Finding>) hit))
        {
            return hit;
        }

        var version = await load(cancellationToken) ?? throw new InvalidOperationException($"version {versionId} vanished");
        IReadOnlyList<Finding> findings = withFindings ? StoredFindings.Read(version.FindingsJson) : [];
        var html = ReportHtml.Render(ReportExports.ReportOf(version), findings).ToString() ?? string.Empty;
        var entry = (new HtmlString(html), findings);
        _cache.Set(key, ((IHtmlContent)entry.Item1, entry.findings), new MemoryCacheEntryOptions { Size = html.Length + 256 });
        return entry;
    }

    /// <inheritdoc/>
    public void Dispose() => _cache.Dispose();
}
