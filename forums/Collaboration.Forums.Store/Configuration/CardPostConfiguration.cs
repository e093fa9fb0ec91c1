namespace Collaboration.Forums.Store.Configuration;

internal sealed class CardPostConfiguration : IEntityTypeConfiguration<CardPostEntity>
{
    public void Configure(EntityTypeBuilder<CardPostEntity> builder)
    {
        builder.ToTable("card_posts");
        builder.HasKey(p => new { p.ItemId, p.ConversationId, p.ActivityId });
        builder.Property(p => p.ConversationId).HasMaxLength(StoreLimits.ConversationIdLength);
        builder.Property(p => p.ActivityId).HasMaxLength(StoreLimits.IdLength);
        builder.HasOne<ItemEntity>().WithMany().HasForeignKey(p => p.ItemId).OnDelete(DeleteBehavior.Cascade);
    }
}
