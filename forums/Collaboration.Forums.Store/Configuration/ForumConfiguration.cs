namespace Collaboration.Forums.Store.Configuration;

internal sealed class ForumConfiguration : IEntityTypeConfiguration<ForumEntity>
{
    public void Configure(EntityTypeBuilder<ForumEntity> builder)
    {
        builder.ToTable("forums");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.Status).HasConversion<string>().HasMaxLength(StoreLimits.StatusLength);
        builder.HasIndex(f => new { f.SeriesId, f.Number }).IsUnique();
        builder.HasMany(f => f.Items).WithOne().HasForeignKey(i => i.ForumId).OnDelete(DeleteBehavior.Cascade);
    }
}
