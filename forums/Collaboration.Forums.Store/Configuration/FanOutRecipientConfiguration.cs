namespace Collaboration.Forums.Store.Configuration;

internal sealed class FanOutRecipientConfiguration : IEntityTypeConfiguration<FanOutRecipientEntity>
{
    public void Configure(EntityTypeBuilder<FanOutRecipientEntity> builder)
    {
        builder.ToTable("fan_out_recipients");
        // One row per member and fan-out: re-reading a roster after a restart cannot add a member twice.
        builder.HasKey(r => new { r.FanOutId, r.UserId });
        builder.Property(r => r.UserId).HasMaxLength(StoreLimits.IdLength);
        builder.Property(r => r.TeamsId).HasMaxLength(StoreLimits.IdLength);
        builder.Property(r => r.Name).HasMaxLength(StoreLimits.IdLength);
        builder.Property(r => r.State).HasConversion<string>().HasMaxLength(StoreLimits.StatusLength);
        builder.Property(r => r.PersonalConversationId).HasMaxLength(StoreLimits.ConversationIdLength);
        builder.Property(r => r.ActivityId).HasMaxLength(StoreLimits.IdLength);
        builder.Property(r => r.LeaseOwner).HasMaxLength(StoreLimits.IdLength);
        builder.Property(r => r.LastError).HasMaxLength(OutboxConfiguration.ErrorLength);
        builder.HasOne<FanOutEntity>().WithMany().HasForeignKey(r => r.FanOutId).OnDelete(DeleteBehavior.Cascade);
        // The claim's filter and order: pending members by due time.
        builder.HasIndex(r => new { r.State, r.NextAttemptAt });
        builder.HasIndex(r => r.PersonalConversationId);
    }
}
