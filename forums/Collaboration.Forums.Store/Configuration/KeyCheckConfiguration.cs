namespace Collaboration.Forums.Store.Configuration;

internal sealed class KeyCheckConfiguration : IEntityTypeConfiguration<KeyCheckEntity>
{
    public void Configure(EntityTypeBuilder<KeyCheckEntity> builder)
    {
        builder.ToTable("key_checks");
        builder.HasKey(k => k.Name);
        builder.Property(k => k.Name).HasMaxLength(StoreLimits.KeyLength);
        builder.Property(k => k.CheckValue).HasMaxLength(StoreLimits.KeyLength);
    }
}
