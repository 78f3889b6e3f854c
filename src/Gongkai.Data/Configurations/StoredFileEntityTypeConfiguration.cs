// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Data.Configurations;

/// <summary>Maps <see cref="StoredFile"/> to the table <c>stored_files</c>, keyed by the SHA-256.</summary>
internal sealed class StoredFileEntityTypeConfiguration : IEntityTypeConfiguration<StoredFile>
{
    /// <inheritdoc/>
    public void Configure(EntityTypeBuilder<StoredFile> builder)
    {
        builder.ToTable("stored_files");
        builder.HasKey(f => f.Sha256);
        builder.Property(f => f.Sha256).HasMaxLength(64);
        builder.Property(f => f.Kind).HasMaxLength(16);
    }
}
