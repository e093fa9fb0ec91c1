namespace Collaboration.Forums.Store.Configuration;

internal sealed class NeedEntryConfiguration : IEntityTypeConfiguration<NeedEntryEntity>
{
    public void Configure(EntityTypeBuilder<NeedEntryEntity> builder)
    {
        builder.ToTable("need_entries");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.Property(n => n.RespondentKey).HasMaxLength(StoreLimits.IdLength);
        builder.Property(n => n.GroupKey).HasMaxLength(StoreLimits.KeyLength);
        builder.Property(n => n.TopicKey).HasMaxLength(StoreLimits.KeyLength);
        builder.Property(n => n.ClientKey).HasMaxLength(StoreLimits.IdLength);
        builder.Property(n => n.Kind).HasConversion<string>().HasMaxLength(StoreLimits.StatusLength);
        // The insert's conflict target: a retried or double-clicked submit files the entry once.
        builder.HasIndex(n => new { n.ItemId, n.RespondentKey, n.ClientKey }).IsUnique();
        builder.HasOne<ItemEntity>().WithMany().HasForeignKey(n => n.ItemId).OnDelete(DeleteBehavior.Cascade);
        // A moderator's merge. Should the need that stayed ever go without the erasure's promotion (see
        // PersonalDataEraser), the needs in it stand on their own again rather than point nowhere.
        builder.HasOne<NeedEntryEntity>().WithMany().HasForeignKey(n => n.MergedIntoId).OnDelete(DeleteBehavior.SetNull);
    }
}
