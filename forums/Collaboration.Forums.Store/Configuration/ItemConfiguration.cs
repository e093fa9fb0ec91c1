namespace Collaboration.Forums.Store.Configuration;

internal sealed class ItemConfiguration : IEntityTypeConfiguration<ItemEntity>
{
    public void Configure(EntityTypeBuilder<ItemEntity> builder)
    {
        builder.ToTable("items");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.Key).HasMaxLength(StoreLimits.KeyLength);
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(StoreLimits.StatusLength);
        builder.HasIndex(i => new { i.ForumId, i.Key }).IsUnique();
    }
}
