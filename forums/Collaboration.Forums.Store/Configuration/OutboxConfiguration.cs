namespace Collaboration.Forums.Store.Configuration;

internal sealed class OutboxConfiguration : IEntityTypeConfiguration<OutboxEntity>
{
    /// <summary>Error texts are cut to this length: enough for a Graph error code and message, not a whole response body.</summary>
    public const int ErrorLength = 2000;

    public void Configure(EntityTypeBuilder<OutboxEntity> builder)
    {
        builder.ToTable("outbox");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Property(o => o.Kind).HasMaxLength(StoreLimits.KeyLength);
        builder.Property(o => o.LeaseOwner).HasMaxLength(StoreLimits.IdLength);
        builder.Property(o => o.LastError).HasMaxLength(ErrorLength);
        // The lease query's filter and order: pending messages by due time. Done rows stay for the audit trail.
        builder.HasIndex(o => new { o.DoneAt, o.Poison, o.NextAttemptAt });
    }
}
