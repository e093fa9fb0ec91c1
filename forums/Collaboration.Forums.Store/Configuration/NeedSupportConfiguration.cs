namespace Collaboration.Forums.Store.Configuration;

internal sealed class NeedSupportConfiguration : IEntityTypeConfiguration<NeedSupportEntity>
{
    public void Configure(EntityTypeBuilder<NeedSupportEntity> builder)
    {
        builder.ToTable("need_supports");
        builder.HasKey(s => new { s.NeedId, s.RespondentKey });
        builder.Property(s => s.RespondentKey).HasMaxLength(StoreLimits.IdLength);
        builder.HasOne<NeedEntryEntity>().WithMany().HasForeignKey(s => s.NeedId).OnDelete(DeleteBehavior.Cascade);
    }
}
