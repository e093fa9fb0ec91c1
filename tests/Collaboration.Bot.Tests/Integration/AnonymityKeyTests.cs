using Collaboration.Forums.Participants;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Collaboration.Bot.Tests.Integration;

/// <summary>
/// The real host at start: it records its anonymity key's check value in a new database and refuses to start with
/// another key or without the key the database was started with, instead of silently keying anonymous answers anew.
/// </summary>
public abstract class AnonymityKeyTests : IAsyncLifetime
{
    private static readonly string KeyA = Convert.ToBase64String([.. Enumerable.Range(1, 32).Select(i => (byte)i)]);
    private static readonly string KeyB = Convert.ToBase64String([.. Enumerable.Range(101, 32).Select(i => (byte)i)]);

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("anonymity-key-");
    private ThrowAwayStore _store = null!;

    protected string KeyFile => Path.Combine(_folder.FullName, "keys", "anonymity.key");

    public async Task InitializeAsync() => _store = await CreateStoreAsync();

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        _folder.Delete(recursive: true);
    }

    [Fact]
    public async Task First_start_records_the_check_value_of_its_key()
    {
        await using var host = Start(("Bot:AnonymitySecret", KeyA));

        var stored = await host.Services.GetRequiredService<IKeyCheckStore>().GetOrAddAsync(AnonymityKeyCheck.Name, "probe", CancellationToken.None);

        Assert.False(stored.Added);
        Assert.Equal(AnonymityKeyCheck.ValueFor(Convert.FromBase64String(KeyA)), stored.Value);
    }

    [Fact]
    public async Task A_restart_with_the_same_key_starts()
    {
        await using (Start(("Bot:AnonymitySecret", KeyA)))
        {
        }

        await using var again = Start(("Bot:AnonymitySecret", KeyA));

        Assert.NotNull(again.Services.GetRequiredService<IKeyCheckStore>());
    }

    [Fact]
    public async Task A_different_key_stops_the_host_with_a_message_naming_the_settings()
    {
        await using (Start(("Bot:AnonymitySecret", KeyA)))
        {
        }

        var message = StartFails(("Bot:AnonymitySecret", KeyB));

        Assert.Contains("not the one this database was started with", message, StringComparison.Ordinal);
        Assert.Contains("Bot:AnonymitySecret", message, StringComparison.Ordinal);
        Assert.Contains("Bot:AnonymityKeyFile", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_lost_key_file_stops_the_host_and_no_new_key_is_left_behind()
    {
        await using (Start(("Bot:AnonymityKeyFile", KeyFile)))
        {
        }

        var original = await File.ReadAllBytesAsync(KeyFile);
        File.Delete(KeyFile);

        var message = StartFails(("Bot:AnonymityKeyFile", KeyFile));

        Assert.Contains("The anonymity key is missing", message, StringComparison.Ordinal);
        Assert.Contains(KeyFile, message, StringComparison.Ordinal);
        Assert.False(File.Exists(KeyFile));

        // Restoring the file is the way back.
        await File.WriteAllBytesAsync(KeyFile, original);
        await using var restored = Start(("Bot:AnonymityKeyFile", KeyFile));
        Assert.NotNull(restored.Services.GetRequiredService<IKeyCheckStore>());
    }

    [Fact]
    public async Task A_key_file_is_created_at_first_start_readable_by_its_owner_only()
    {
        await using var host = Start(("Bot:AnonymityKeyFile", KeyFile));

        var key = await File.ReadAllBytesAsync(KeyFile);
        Assert.Equal(32, key.Length);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(KeyFile));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(Path.GetDirectoryName(KeyFile)!));
        }

        var stored = await host.Services.GetRequiredService<IKeyCheckStore>().GetOrAddAsync(AnonymityKeyCheck.Name, "probe", CancellationToken.None);
        Assert.Equal(AnonymityKeyCheck.ValueFor(key), stored.Value);
    }

    protected abstract Task<ThrowAwayStore> CreateStoreAsync();

    /// <summary>The host started on this test's database; disposing it stops it.</summary>
    protected WebApplicationFactory<Program> Start(params (string Key, string Value)[] settings)
    {
        var factory = Factory(settings);
        _ = factory.Server;
        return factory;
    }

    /// <summary>Starts the host expecting it to fail, and returns every message on the way up.</summary>
    protected string StartFails(params (string Key, string Value)[] settings) =>
        HostStart.Messages(HostStart.Failure(() => Factory(settings)));

    private WebApplicationFactory<Program> Factory((string Key, string Value)[] settings) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            // WebApplicationFactory runs in Development, where the explicit opt-in to run without an app id is honoured.
            web.UseSetting("Bot:AllowUnauthenticated", "true")
                .UseSetting("ForumStore:Provider", _store.Provider)
                .UseSetting("ForumStore:ConnectionString", _store.ConnectionString)
                .UseSetting("Logging:LogLevel:Default", "Warning")
                // Keeps the test away from the user's own configuration folder should a setting be missing.
                .UseSetting("Bot:AnonymityKeyFile", Path.Combine(_folder.FullName, "unused", "anonymity.key"));
            foreach (var (key, value) in settings)
            {
                web.UseSetting(key, value);
            }
        });
}

public sealed class AnonymityKeyOnSqliteTests : AnonymityKeyTests
{
    protected override Task<ThrowAwayStore> CreateStoreAsync() => Task.FromResult(ThrowAwayStore.Sqlite());
}

[Collection(PostgresFixture.Collection)]
public sealed class AnonymityKeyOnPostgresTests(PostgresFixture postgres) : AnonymityKeyTests
{
    protected override Task<ThrowAwayStore> CreateStoreAsync() => ThrowAwayStore.PostgresAsync(postgres);

    [Fact]
    public void Postgres_without_a_configured_key_refuses_to_start()
    {
        var message = StartFails(("Bot:AnonymityKeyFile", ""));

        Assert.Contains("PostgreSQL", message, StringComparison.Ordinal);
        Assert.Contains("Bot:AnonymitySecret", message, StringComparison.Ordinal);
        Assert.Contains("Bot:AnonymityKeyFile", message, StringComparison.Ordinal);
    }
}
