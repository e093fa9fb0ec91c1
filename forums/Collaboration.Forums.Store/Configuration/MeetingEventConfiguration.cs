namespace Collaboration.Forums.Store.Configuration;

internal sealed class MeetingEventConfiguration : IEntityTypeConfiguration<MeetingEventEntity>
{
    public void Configure(EntityTypeBuilder<MeetingEventEntity> builder)
    {
        builder.ToTable("meeting_events");
        builder.HasKey(e => new { e.MeetingId, e.Kind, e.OccurredAt });
        builder.Property(e => e.MeetingId).HasMaxLength(StoreLimits.ConversationIdLength);
        builder.Property(e => e.Kind).HasMaxLength(StoreLimits.StatusLength);
        builder.HasOne<SeriesEntity>().WithMany().HasForeignKey(e => e.SeriesId).OnDelete(DeleteBehavior.Cascade);
    }
}
