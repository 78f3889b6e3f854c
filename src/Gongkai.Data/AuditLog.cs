// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Text.Encodings.Web;
using System.Text.Json;
using Gongkai.Data.Entities;

namespace Gongkai.Data;

/// <summary>Adds entries to the audit log; they are saved with the write they describe (same <c>SaveChanges</c>).</summary>
public sealed class AuditLog
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly GongkaiDbContext _db;
    private readonly TimeProvider _time;

    /// <summary>Initializes a new instance of the <see cref="AuditLog"/> class.</summary>
    /// <param name="db">The database.</param>
    /// <param name="time">The clock.</param>
    public AuditLog(GongkaiDbContext db, TimeProvider time)
    {
        _db = db;
        _time = time;
    }

    /// <summary>Records a write (not saved until the context is).</summary>
    /// <param name="actor">Who.</param>
    /// <param name="action">What (<see cref="AuditActions"/>).</param>
    /// <param name="entityType">The entity's kind.</param>
    /// <param name="entityId">The entity's id.</param>
    /// <param name="before">The state before (serialised to JSON), or null.</param>
    /// <param name="after">The state after (serialised to JSON), or null.</param>
    public void Add(Actor actor, string action, string entityType, string entityId, object? before, object? after)
    {
        ArgumentNullException.ThrowIfNull(actor);
        _db.AuditEntries.Add(new AuditEntry
        {
            At = _time.GetUtcNow().UtcDateTime,
            UserId = actor.UserId,
            UserName = actor.Name,
            Action = action,
            EntityType = entityType,
            EntityId = entityId,
            Before = before is null ? null : JsonSerializer.Serialize(before, Options),
            After = after is null ? null : JsonSerializer.Serialize(after, Options),
        });
    }
}
