using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Collaboration.Forums.Store.Postgres;

internal sealed class PostgresForumDbContext(DbContextOptions<PostgresForumDbContext> options) : ForumDbContext(options)
{
    // Npgsql's default pool (100 connections) equals PostgreSQL's default max_connections, so a burst of card
    // clicks took every server slot and further turns failed with 53300 "too many clients". A smaller pool makes
    // a burst wait briefly for a free connection instead; a connection string that sets a pool size still wins.
    internal const int DefaultMaxPoolSize = 20;

    public static void Configure(DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseNpgsql(WithBoundedPool(connectionString));

    private static string WithBoundedPool(string connectionString)
    {
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        if (given.ContainsKey("Maximum Pool Size") || given.ContainsKey("Max Pool Size") || given.ContainsKey("MaxPoolSize"))
        {
            return connectionString;
        }

        return new NpgsqlConnectionStringBuilder(connectionString) { MaxPoolSize = DefaultMaxPoolSize }.ConnectionString;
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTimestampConverter>();
}
