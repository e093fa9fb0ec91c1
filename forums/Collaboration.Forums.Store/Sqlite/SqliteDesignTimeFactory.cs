using Microsoft.EntityFrameworkCore.Design;

namespace Collaboration.Forums.Store.Sqlite;

/// <summary>For <c>dotnet ef migrations add ... --context SqliteForumDbContext</c>; no database is opened.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteForumDbContext>
{
    public SqliteForumDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<SqliteForumDbContext>();
        SqliteForumDbContext.Configure(builder, "Data Source=design-time.db");
        return new SqliteForumDbContext(builder.Options);
    }
}
