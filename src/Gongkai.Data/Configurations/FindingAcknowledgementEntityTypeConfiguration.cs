// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Data.Configurations;

/// <summary>Maps <see cref="FindingAcknowledgement"/> to the table <c>finding_acknowledgements</c>: one per report and finding.</summary>
internal sealed class FindingAcknowledgementEntityTypeConfiguration : IEntityTypeConfiguration<FindingAcknowledgement>
{
    /// <inheritdoc/>
    public void Configure(EntityTypeBuilder<FindingAcknowledgement> builder)
    {
        builder.ToTable("finding_acknowledgements");
        builder.HasKey(a => a.Id);
        builder.HasIndex(a => new { a.ReportId, a.FindingKey }).IsUnique();
        builder.Property(a => a.FindingKey).HasMaxLength(64).IsRequired();
        builder.Property(a => a.Rule).HasMaxLength(64).IsRequired();
        builder.Property(a => a.Comment).HasMaxLength(2000).IsRequired();
        builder.Property(a => a.UserId).HasMaxLength(64);
        builder.Property(a => a.UserName).HasMaxLength(256).IsRequired();
        builder.HasOne(a => a.Report).WithMany(r => r.Acknowledgements).HasForeignKey(a => a.ReportId).OnDelete(DeleteBehavior.Cascade);
    }
}
