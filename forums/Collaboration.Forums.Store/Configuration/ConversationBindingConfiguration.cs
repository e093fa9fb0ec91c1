namespace Collaboration.Forums.Store.Configuration;

internal sealed class ConversationBindingConfiguration : IEntityTypeConfiguration<ConversationBindingEntity>
{
    public void Configure(EntityTypeBuilder<ConversationBindingEntity> builder)
    {
        builder.ToTable("conversation_bindings");
        builder.HasKey(b => b.ConversationId);
        builder.Property(b => b.ConversationId).HasMaxLength(StoreLimits.ConversationIdLength);
        builder.Property(b => b.MeetingId).HasMaxLength(StoreLimits.ConversationIdLength);
        builder.HasIndex(b => b.MeetingId);
        builder.HasOne<SeriesEntity>().WithMany().HasForeignKey(b => b.SeriesId).OnDelete(DeleteBehavior.Cascade);
    }
}
