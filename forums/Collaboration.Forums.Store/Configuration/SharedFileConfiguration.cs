namespace Collaboration.Forums.Store.Configuration;

internal sealed class SharedFileConfiguration : IEntityTypeConfiguration<SharedFileEntity>
{
    public void Configure(EntityTypeBuilder<SharedFileEntity> builder)
    {
        builder.ToTable("shared_files");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.FileName).HasMaxLength(StoreLimits.KeyLength);
        builder.Property(f => f.ContentType).HasMaxLength(StoreLimits.KeyLength);
        builder.Property(f => f.SubjectId).HasMaxLength(StoreLimits.IdLength);
        // The cleanup deletes by expiry, the erasure by subject.
        builder.HasIndex(f => f.ExpiresAt);
        builder.HasIndex(f => f.SubjectId);
    }
}
