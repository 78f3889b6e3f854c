// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Data.Configurations;

/// <summary>Maps <see cref="ReportVersion"/> to the table <c>report_versions</c>: numbered within a report.</summary>
internal sealed class ReportVersionEntityTypeConfiguration : IEntityTypeConfiguration<ReportVersion>
{
    /// <inheritdoc/>
    public void Configure(EntityTypeBuilder<ReportVersion> builder)
    {
        builder.ToTable("report_versions");
        builder.HasKey(v => v.Id);
        builder.HasIndex(v => new { v.ReportId, v.Number }).IsUnique();
        builder.Property(v => v.CanonicalJson).IsRequired();
        builder.Property(v => v.FindingsJson).IsRequired();
        builder.Property(v => v.UnitName).HasMaxLength(200);
        builder.Property(v => v.Title).HasMaxLength(400);
        builder.Property(v => v.Format).HasMaxLength(8);
        builder.Property(v => v.SourceFileSha256).HasMaxLength(64);
        builder.Property(v => v.SourceFileName).HasMaxLength(260);
        builder.Property(v => v.SourceKind).HasMaxLength(16);
        builder.Property(v => v.CreatedByUserId).HasMaxLength(64);
        builder.Property(v => v.CreatedBy).HasMaxLength(256).IsRequired();
        builder.Property(v => v.Reason).HasMaxLength(500).IsRequired();
        builder.HasOne(v => v.Report).WithMany(r => r.Versions).HasForeignKey(v => v.ReportId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(v => v.SourceFile).WithMany().HasForeignKey(v => v.SourceFileSha256).OnDelete(DeleteBehavior.Restrict);
    }
}
