// Copyright (c) Gongkai contributors. Licensed under the MIT License.

namespace Gongkai.Data.Entities;

/// <summary>An uploaded original, stored once by its content hash and never altered.</summary>
/// <remarks>The bytes live in the data directory under a path made from <see cref="Sha256"/> only
/// (<see cref="Storage.FileStore"/>); no client-supplied name ever reaches the file system.</remarks>
public sealed class StoredFile
{
    /// <summary>Gets or sets the SHA-256 of the bytes, lower-case hex (64 characters): the key.</summary>
    public required string Sha256 { get; set; }

    /// <summary>Gets or sets the length in bytes.</summary>
    public long Length { get; set; }

    /// <summary>Gets or sets the kind detected from the content ("text", "docx", "pdf" …), or null.</summary>
    public string? Kind { get; set; }

    /// <summary>Gets or sets when the file was first stored (UTC).</summary>
    public DateTime CreatedAt { get; set; }
}
