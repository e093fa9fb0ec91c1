namespace Collaboration.Forums.Store.Configuration;

internal sealed class ParticipantConfiguration : IEntityTypeConfiguration<ParticipantEntity>
{
    public void Configure(EntityTypeBuilder<ParticipantEntity> builder)
    {
        builder.ToTable("participants");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.UserId).HasMaxLength(StoreLimits.IdLength);
        builder.Property(p => p.GroupKey).HasMaxLength(StoreLimits.KeyLength);
        // The upsert's conflict target: onboarding twice, even at the same moment, yields one participant.
        builder.HasIndex(p => new { p.SeriesId, p.UserId }).IsUnique();
        builder.HasOne<SeriesEntity>().WithMany().HasForeignKey(p => p.SeriesId).OnDelete(DeleteBehavior.Cascade);
    }
}
