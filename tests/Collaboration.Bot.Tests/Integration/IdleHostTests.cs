using Collaboration.Forums.Store.Diagnostics;
using Microsoft.Extensions.Time.Testing;

namespace Collaboration.Bot.Tests.Integration;

/// <summary>
/// Issue #17, item 4: a bot nobody uses keeps looking for work (fan-outs, outbox jobs) but writes nothing, so it never
/// takes SQLite's one write lock from a vote and leaves PostgreSQL's WAL alone. Time passes on a fake clock.
/// </summary>
public abstract class IdleHostTests
{
    // Real time a step waits for the workers to look after the clock moved. A look missed (the worker had not yet
    // set its timer when the clock moved) only costs this wait; the assertions count looks, not time.
    private static readonly TimeSpan LookWait = TimeSpan.FromMilliseconds(500);

    protected abstract Task<ThrowAwayStore> CreateStoreAsync();

    [Fact]
    public async Task An_idle_bot_keeps_looking_for_work_and_writes_nothing_in_ten_minutes()
    {
        await using var store = await CreateStoreAsync();
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var bot = await BotHost.StartAsync(store, new Dictionary<string, string?>
        {
            ["FanOut:PollInterval"] = "00:00:01",
            ["Outbox:PollInterval"] = "00:00:10",
        }, services => services.AddSingleton<TimeProvider>(clock));
        var commands = bot.Services.GetRequiredService<StoreCommands>();
        // Started (migrations, the anonymity key check and the workers' first rounds) once the workers look again.
        await AdvanceAsync(clock, commands, TimeSpan.FromSeconds(5));
        var writesBefore = commands.Writes;

        var looks = 0;
        var end = clock.GetUtcNow() + TimeSpan.FromMinutes(10);
        while (clock.GetUtcNow() < end)
        {
            looks += await AdvanceAsync(clock, commands, TimeSpan.FromSeconds(10)) ? 1 : 0;
        }

        // The workers ran all along (a step of ten fake seconds passes ten poll intervals of the fan-out worker).
        Assert.True(looks >= 10, $"the workers looked after only {looks} of 60 steps");
        Assert.Equal(writesBefore, commands.Writes);
    }

    /// <summary>Moves the clock on and waits (briefly, in real time) until a worker reads the store; whether one did.</summary>
    private static async Task<bool> AdvanceAsync(FakeTimeProvider clock, StoreCommands commands, TimeSpan step)
    {
        var readsBefore = commands.Reads;
        clock.Advance(step);
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (commands.Reads <= readsBefore && waited.Elapsed < LookWait)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(5));
        }

        return commands.Reads > readsBefore;
    }
}

public sealed class IdleHostOnSqliteTests : IdleHostTests
{
    protected override Task<ThrowAwayStore> CreateStoreAsync() => Task.FromResult(ThrowAwayStore.Sqlite());
}

[Collection(PostgresFixture.Collection)]
public sealed class IdleHostOnPostgresTests(PostgresFixture postgres) : IdleHostTests
{
    protected override Task<ThrowAwayStore> CreateStoreAsync() => ThrowAwayStore.PostgresAsync(postgres);
}
