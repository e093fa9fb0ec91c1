namespace Collaboration.Forums.Store.Sqlite;

internal sealed class SqliteForumDbContext(DbContextOptions<SqliteForumDbContext> options) : ForumDbContext(options)
{
    /// <summary>Waiting this long for another writer's lock is far cheaper than failing a vote with SQLITE_BUSY.</summary>
    internal const int BusyTimeoutMilliseconds = 5000;

    public static void Configure(DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseSqlite(connectionString, sqlite => sqlite.ExecutionStrategy(d => new UnavailabilityTranslation(d)))
            .AddInterceptors(SqliteConnectionSetup.Instance);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
}
