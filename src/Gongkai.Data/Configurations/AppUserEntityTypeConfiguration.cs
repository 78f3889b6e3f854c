// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Data.Configurations;

/// <summary>Adds the workspace's columns to the Identity users table.</summary>
internal sealed class AppUserEntityTypeConfiguration : IEntityTypeConfiguration<AppUser>
{
    /// <inheritdoc/>
    public void Configure(EntityTypeBuilder<AppUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(100);
        builder.HasOne(u => u.Unit).WithMany().HasForeignKey(u => u.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
