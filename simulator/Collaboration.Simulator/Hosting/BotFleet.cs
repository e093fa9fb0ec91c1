using System.Security.Cryptography;
using Collaboration.Fakes.Postgres;
using Collaboration.Fakes.Processes;

namespace Collaboration.Simulator.Hosting;

/// <summary>
/// One or more processes of the product bot on one fresh database, sharing one anonymity secret (as several
/// instances must). The bots' logs and the SQLite file live in the work folder.
/// </summary>
internal sealed class BotFleet : IAsyncDisposable
{
    private BotFleet(StoreTarget store, byte[] secret, List<BotProcess> bots)
    {
        Store = store;
        Secret = secret;
        Bots = bots;
    }

    public StoreTarget Store { get; }

    public byte[] Secret { get; }

    public IReadOnlyList<BotProcess> Bots { get; }

    public IReadOnlyList<Uri> Endpoints => [.. Bots.Select(b => b.MessagesEndpoint)];

    /// <param name="postgres">The server for <see cref="StoreKind.Postgres"/>; a database of its own is created on it.</param>
    public static async Task<BotFleet> StartAsync(StoreKind kind, int instances, DirectoryInfo work, PostgresServer? postgres, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        work.Create();
        var name = "sim_" + Guid.NewGuid().ToString("N")[..12];
        var store = kind == StoreKind.Postgres
            ? new StoreTarget("Postgres", await (postgres ?? throw new ArgumentNullException(nameof(postgres))).CreateDatabaseAsync(name, cancellationToken))
            : StoreTarget.SqliteFile(Path.Combine(work.FullName, name + ".db"));
        var secret = RandomNumberGenerator.GetBytes(32);
        var settings = new Dictionary<string, string>(store.BotSettings, StringComparer.Ordinal)
        {
            ["Bot__AnonymitySecret"] = Convert.ToBase64String(secret),
            ["Logging__LogLevel__Default"] = "Warning",
        };
        var bots = new List<BotProcess>();
        try
        {
            // One after the other: the first migrates the database, the others find it migrated.
            for (var i = 0; i < instances; i++)
            {
                var log = Path.Combine(work.FullName, string.Create(CultureInfo.InvariantCulture, $"{name}-bot{i + 1}.log"));
                bots.Add(await BotProcess.StartAsync(new BotProcessOptions { Project = BotProjects.Product, LogPath = log, Settings = settings }, cancellationToken));
            }
        }
        catch
        {
            await DisposeAllAsync(bots);
            throw;
        }

        return new BotFleet(store, secret, bots);
    }

    public async ValueTask DisposeAsync() => await DisposeAllAsync(Bots);

    private static async Task DisposeAllAsync(IEnumerable<BotProcess> bots)
    {
        foreach (var bot in bots)
        {
            await bot.DisposeAsync();
        }
    }
}
