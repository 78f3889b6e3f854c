// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Data;
using Gongkai.Data.Entities;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Pages.Admin;

/// <summary>The audit log, newest first (admins only).</summary>
internal sealed class AuditModel : PageModel
{
    private readonly GongkaiDbContext _db;

    /// <summary>Initializes a new instance of the <see cref="AuditModel"/> class.</summary>
    /// <param name="db">The database.</param>
    public AuditModel(GongkaiDbContext db) => _db = db;

    /// <summary>Gets the entries shown.</summary>
    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    /// <summary>Shows the newest 300 entries.</summary>
    /// <returns>A task.</returns>
    public async Task OnGetAsync() => Entries = await _db.AuditEntries.AsNoTracking().OrderByDescending(e => e.Id).Take(300).ToListAsync();
}
