using System.Data.Common;
using Npgsql;

namespace Collaboration.Forums.Store.Postgres;

internal sealed class PostgresForumDbContext(DbContextOptions<PostgresForumDbContext> options) : ForumDbContext(options)
{
    // Npgsql's default pool (100 connections) equals PostgreSQL's default max_connections, so a burst of card
    // clicks took every server slot and further turns failed with 53300 "too many clients". A smaller pool makes
    // a burst wait briefly for a free connection instead; a connection string that sets a pool size still wins.
    internal const int DefaultMaxPoolSize = 20;

    // Npgsql waits up to 15 s by default to open a connection or to get one from a full pool. A card click must be
    // answered within Teams' invoke timeout of about five seconds, so an unreachable server (a dropped network, not a
    // refused port, which fails at once) turns into a "try again" card after this, not into a Teams-side timeout.
    internal const int DefaultConnectTimeoutSeconds = 4;

    // Without it PostgreSQL parses and plans each of a vote's statements anew on every execution, on the same cores
    // as the bot. With automatic preparation a statement used often on a pooled connection is prepared once and kept
    // across pool returns; the store's statements are a few dozen fixed texts, so this many cover the hot ones.
    internal const int DefaultMaxAutoPrepare = 50;

    public static void Configure(DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseNpgsql(WithDefaults(connectionString), npgsql => npgsql.ExecutionStrategy(d => new UnavailabilityTranslation(d)));

    /// <summary>The most connections this process's pool holds for <paramref name="connectionString"/>, defaults applied.</summary>
    public static int PoolSizeOf(string connectionString) => new NpgsqlConnectionStringBuilder(WithDefaults(connectionString)).MaxPoolSize;

    /// <summary>The pool cap, connect timeout and automatic preparation above, unless the connection string sets its own.</summary>
    private static string WithDefaults(string connectionString)
    {
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!(given.ContainsKey("Maximum Pool Size") || given.ContainsKey("Max Pool Size") || given.ContainsKey("MaxPoolSize")))
        {
            builder.MaxPoolSize = DefaultMaxPoolSize;
        }

        if (!given.ContainsKey("Timeout"))
        {
            builder.Timeout = DefaultConnectTimeoutSeconds;
        }

        if (!(given.ContainsKey("Max Auto Prepare") || given.ContainsKey("MaxAutoPrepare")))
        {
            builder.MaxAutoPrepare = DefaultMaxAutoPrepare;
        }

        return builder.ConnectionString;
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTimestampConverter>();
}
