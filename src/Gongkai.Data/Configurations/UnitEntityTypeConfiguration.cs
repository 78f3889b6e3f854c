// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Data.Configurations;

/// <summary>Maps <see cref="Unit"/> to the table <c>units</c>.</summary>
internal sealed class UnitEntityTypeConfiguration : IEntityTypeConfiguration<Unit>
{
    /// <inheritdoc/>
    public void Configure(EntityTypeBuilder<Unit> builder)
    {
        builder.ToTable("units");
        builder.HasKey(u => u.Id);
        builder.Property(u => u.Name).HasMaxLength(200).IsRequired();
        builder.Property(u => u.Key).HasMaxLength(300).IsRequired();
        builder.Property(u => u.Code).HasMaxLength(12);
        builder.Property(u => u.Level).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(u => u.Key).IsUnique();
        builder.HasIndex(u => u.Code);
        builder.HasIndex(u => u.ParentId);
        builder.HasOne(u => u.Parent).WithMany(u => u.Children).HasForeignKey(u => u.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}
