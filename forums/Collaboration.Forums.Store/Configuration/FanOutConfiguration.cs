namespace Collaboration.Forums.Store.Configuration;

internal sealed class FanOutConfiguration : IEntityTypeConfiguration<FanOutEntity>
{
    public void Configure(EntityTypeBuilder<FanOutEntity> builder)
    {
        builder.ToTable("fan_outs");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.Kind).HasConversion<string>().HasMaxLength(StoreLimits.StatusLength);
        builder.Property(f => f.SourceConversationId).HasMaxLength(StoreLimits.ConversationIdLength);
        builder.Property(f => f.RequestedBy).HasMaxLength(StoreLimits.IdLength);
        builder.Property(f => f.RosterLeaseOwner).HasMaxLength(StoreLimits.IdLength);
        builder.HasOne<ItemEntity>().WithMany().HasForeignKey(f => f.ItemId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(f => new { f.ItemId, f.Kind, f.CreatedAt });
        // The workers' queries: unfinished fan-outs, and those whose roster is still to be read.
        builder.HasIndex(f => new { f.CompletedAt, f.RosterReadAt });
    }
}
