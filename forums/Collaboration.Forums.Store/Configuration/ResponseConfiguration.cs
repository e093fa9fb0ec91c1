namespace Collaboration.Forums.Store.Configuration;

internal sealed class ResponseConfiguration : IEntityTypeConfiguration<ResponseEntity>
{
    public void Configure(EntityTypeBuilder<ResponseEntity> builder)
    {
        builder.ToTable("responses");
        // The upsert's conflict target: one answer per respondent and item, whatever Teams retries.
        builder.HasKey(r => new { r.ItemId, r.RespondentKey });
        builder.Property(r => r.RespondentKey).HasMaxLength(StoreLimits.IdLength);
        builder.Property(r => r.GroupKey).HasMaxLength(StoreLimits.KeyLength);
        builder.HasOne<ItemEntity>().WithMany().HasForeignKey(r => r.ItemId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => r.ParticipantId);
    }
}
