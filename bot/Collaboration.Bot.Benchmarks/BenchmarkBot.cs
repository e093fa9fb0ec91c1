using Collaboration.Fakes.Cards;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace Collaboration.Bot.Benchmarks;

/// <summary>
/// The real bot host that every benchmark drives: on a SQLite file of its own in the temp folder (deleted afterwards),
/// taking the fake connector's unsigned activities (the factory's host is Development), with a fixed anonymity secret
/// and only warnings logged. A benchmark adds its own settings and runs against the factory.
/// </summary>
internal static class BenchmarkBot
{
    public static async Task<T> RunAsync<T>(string name, Action<IWebHostBuilder> settings, Func<WebApplicationFactory<Program>, Task<T>> run)
    {
        var database = Path.Combine(Path.GetTempPath(), $"{name}-{Guid.NewGuid():N}.db");
        try
        {
            // A test project gets the bot's content root from Mvc.Testing's build targets; a console program says it itself.
            Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_COLLABORATION_BOT", Path.Combine(RepositoryRoot.Find(), "bot", "Collaboration.Bot"));
            await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
            {
                web.UseSetting("Bot:AllowUnauthenticated", "true")
                    .UseSetting("ForumStore:Provider", "Sqlite")
                    .UseSetting("ForumStore:ConnectionString", $"Data Source={database}")
                    .UseSetting("Bot:AnonymitySecret", Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray()))
                    .UseSetting("Logging:LogLevel:Default", "Warning");
                settings(web);
            });
            return await run(factory);
        }
        finally
        {
            // Pooled connections keep the file open; without clearing them the delete fails on some systems.
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { database, database + "-wal", database + "-shm" }.Where(File.Exists))
            {
                File.Delete(file);
            }
        }
    }
}
