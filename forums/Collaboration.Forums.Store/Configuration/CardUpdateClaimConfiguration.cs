namespace Collaboration.Forums.Store.Configuration;

internal sealed class CardUpdateClaimConfiguration : IEntityTypeConfiguration<CardUpdateClaimEntity>
{
    public void Configure(EntityTypeBuilder<CardUpdateClaimEntity> builder)
    {
        builder.ToTable("card_update_claims");
        builder.HasKey(c => c.ItemId);
        // The item's row goes, its claim goes: nothing else cleans a claim up.
        builder.HasOne<ItemEntity>().WithMany().HasForeignKey(c => c.ItemId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(c => c.ClaimedBy).HasMaxLength(StoreLimits.KeyLength);
    }
}
