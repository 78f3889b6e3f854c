// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Data;
using Gongkai.Data.Reports;
using Gongkai.Web.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests;

/// <summary>The rendered bodies of immutable versions: rendered once, then served from memory; staff and public bodies apart.</summary>
public sealed class RenderedReportsTests
{
    [Fact]
    public async Task A_version_is_rendered_once_and_the_public_body_has_no_findings()
    {
        using var app = new GongkaiApp(null);
        var version = await app.WithScopeAsync(s => s.GetRequiredService<GongkaiDbContext>().ReportVersions.AsNoTracking().FirstAsync(v => v.ErrorCount + v.WarningCount > 0));
        using var cache = new RenderedReports();
        var loads = 0;
        Task<Data.Entities.ReportVersion?> Load(CancellationToken c)
        {
            loads++;
            return Task.FromResult<Data.Entities.ReportVersion?>(version);
        }

        var (first, findings) = await cache.GetAsync(version.Id, withFindings: true, Load, default);
        var (second, again) = await cache.GetAsync(version.Id, withFindings: true, Load, default);
        Assert.Equal(1, loads);
        Assert.Same(first, second);
        Assert.Equal(StoredFindings.Read(version.FindingsJson).Count, findings.Count);
        Assert.Same(findings, again);
        Assert.Contains("finding-", first.ToString(), StringComparison.Ordinal);

        var (open, none) = await cache.GetAsync(version.Id, withFindings: false, Load, default);
        Assert.Equal(2, loads);
        Assert.Empty(none);
        Assert.DoesNotContain("finding-", open.ToString(), StringComparison.Ordinal);
    }
}
