using Collaboration.Forums.Privacy;

namespace Collaboration.Forums.Store.Configuration;

internal sealed class SeriesConfiguration : IEntityTypeConfiguration<SeriesEntity>
{
    public void Configure(EntityTypeBuilder<SeriesEntity> builder)
    {
        builder.ToTable("series");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.CreatedBy).HasMaxLength(StoreLimits.IdLength);
        // Series stored before retention existed get the default period.
        builder.Property(s => s.RetentionMonths).HasDefaultValue(Retention.DefaultMonths);
        // Series stored before minimisation settings existed get the defaults: names are not published.
        builder.Property(s => s.Minimisation).HasDefaultValue("{}");
        builder.HasMany(s => s.Forums).WithOne().HasForeignKey(f => f.SeriesId).OnDelete(DeleteBehavior.Cascade);
    }
}
