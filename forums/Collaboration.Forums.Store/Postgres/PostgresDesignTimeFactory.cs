using Microsoft.EntityFrameworkCore.Design;

namespace Collaboration.Forums.Store.Postgres;

/// <summary>For <c>dotnet ef migrations add ... --context PostgresForumDbContext</c>; no server is contacted.</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresForumDbContext>
{
    public PostgresForumDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<PostgresForumDbContext>();
        PostgresForumDbContext.Configure(builder, "Host=localhost;Database=forums_design_time");
        return new PostgresForumDbContext(builder.Options);
    }
}
