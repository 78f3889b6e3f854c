// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Data.Configurations;

/// <summary>Maps <see cref="Report"/> to the table <c>reports</c>: one per unit and year, <see cref="Report.Revision"/> as concurrency token.</summary>
internal sealed class ReportEntityTypeConfiguration : IEntityTypeConfiguration<Report>
{
    /// <inheritdoc/>
    public void Configure(EntityTypeBuilder<Report> builder)
    {
        builder.ToTable("reports");
        builder.HasKey(r => r.Id);
        builder.HasIndex(r => new { r.UnitId, r.Year }).IsUnique();
        builder.HasIndex(r => r.Year);
        builder.Property(r => r.Revision).IsConcurrencyToken();
        builder.Property(r => r.PublishedBy).HasMaxLength(256);
        builder.HasOne(r => r.Unit).WithMany(u => u.Reports).HasForeignKey(r => r.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
