using Microsoft.EntityFrameworkCore;

namespace Collaboration.Forums.Store.Postgres;

internal sealed class PostgresForumDbContext(DbContextOptions<PostgresForumDbContext> options) : ForumDbContext(options)
{
    public static void Configure(DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseNpgsql(connectionString);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTimestampConverter>();
}
