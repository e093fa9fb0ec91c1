using System.Diagnostics;
using Collaboration.Bot.Tests.Faults.Support;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace Collaboration.Bot.Tests.Faults;

/// <summary>
/// The bot process dies with SIGKILL while a thousand people vote, and is started again on the same database. A vote
/// that got its success card must be stored, exactly once; whoever's click failed votes again and is counted once.
/// Both databases run in this one class (in the PostgreSQL collection), one after the other: each run keeps both
/// cores busy, and two at once would only make each slower.
/// </summary>
[Collection(PostgresFixture.Collection)]
public sealed class KillDuringVotingTests(PostgresFixture postgres, ITestOutputHelper output)
{
    private const int Voters = 1000;
    private const int InFlight = 32;
    private const int KillAfterVotes = Voters / 3;

    // A guard against a hang, far above what a loaded 2-core machine needs; nothing here measures speed.
    private static readonly TimeSpan Deadline = TimeSpan.FromMinutes(6);

    [Fact]
    public async Task On_SQLite_votes_confirmed_before_a_SIGKILL_survive_it_and_every_voter_ends_with_exactly_one_vote()
    {
        await using var store = ThrowAwayStore.Sqlite();
        await KillMidVotingAsync(store, AssertSqliteSurvivedAsync);
    }

    [Fact]
    public async Task On_PostgreSQL_votes_confirmed_before_a_SIGKILL_survive_it_and_every_voter_ends_with_exactly_one_vote()
    {
        await using var store = await ThrowAwayStore.PostgresAsync(postgres);
        await KillMidVotingAsync(store, _ => Task.CompletedTask);
    }

    private async Task KillMidVotingAsync(ThrowAwayStore store, Func<ThrowAwayStore, Task> assertSurvivedKill)
    {
        using var deadline = new CancellationTokenSource(Deadline);
        var clock = Stopwatch.StartNew();
        var logPath = Path.Combine(Path.GetTempPath(), $"collab-kill-{Guid.NewGuid():N}.log");
        await using var bot = await RemoteBot.StartAsync(store, logPath, new Dictionary<string, string> { ["Bot:CardUpdateInterval"] = "00:00:00.500" });
        var forum = await RemoteForum.StartAsync(bot);
        var crowd = new VotingCrowd(bot, forum, Voters);

        var load = crowd.TryOnceAsync(crowd.Voters, InFlight, deadline.Token);
        while (crowd.VotedCount < KillAfterVotes && !load.IsCompleted)
        {
            await Task.Delay(10, deadline.Token);
        }

        bot.Process.Kill();
        var confirmedBeforeKill = crowd.Voters.Where(v => v.Voted).ToDictionary(v => v.User.AadObjectId, v => v.Choice, StringComparer.Ordinal);
        output.WriteLine($"{clock.Elapsed}: killed after {confirmedBeforeKill.Count} confirmed votes (bot log {logPath})");
        Assert.True(confirmedBeforeKill.Count < Voters, "the load ended before the kill; the test would prove nothing");

        // What is on disk right after the crash, read by another process before the bot runs again.
        await assertSurvivedKill(store);
        var storedAtCrash = (await StoredVotes.ReadAsync(store)).ToDictionary(r => r.UserId, r => r.Choice, StringComparer.Ordinal);
        Assert.All(confirmedBeforeKill, vote => Assert.Equal(vote.Value, storedAtCrash.GetValueOrDefault(vote.Key)));

        await bot.Process.RestartAsync(deadline.Token);
        await load;
        output.WriteLine($"{clock.Elapsed}: restarted; {crowd.VotedCount} voted in the first pass");
        await crowd.RetryUntilAllVotedAsync(rounds: 10, InFlight, deadline.Token);
        output.WriteLine($"{clock.Elapsed}: answers seen by the voters: {crowd.Summary}");

        Assert.Empty(crowd.NotVoted);
        var stored = await StoredVotes.ReadAsync(store);
        Assert.Equal(Voters, stored.Count);
        Assert.Equal(Voters, stored.Select(r => r.UserId).Distinct(StringComparer.Ordinal).Count());
        var chosen = crowd.Voters.ToDictionary(v => v.User.AadObjectId, v => v.Choice, StringComparer.Ordinal);
        Assert.All(stored, row => Assert.Equal(chosen[row.UserId], row.Choice));

        // The shared card catches up by itself after the restart, although the pending update died with the process.
        await bot.Connector.WaitForAsync(
            a => a.Operation == ConnectorOperation.Update && a.ActivityId == forum.Poll.ActivityId
                && BotHost.Cards(a.Activity.GetRawText()).Any(c => CardReader.Text(c).Contains($"Antwortende: {Voters}", StringComparison.Ordinal)),
            1,
            TimeSpan.FromMinutes(1),
            deadline.Token);

        // Kept only when the test fails, for diagnosis.
        File.Delete(logPath);
    }

    /// <summary>
    /// SIGKILL leaves the write-ahead log and its shared-memory index behind, not checkpointed. Committed transactions
    /// are in the WAL (written before the commit returned; synchronous=NORMAL risks them only on an OS crash), and the
    /// next connection replays it. The file must pass SQLite's integrity check after that replay.
    /// </summary>
    private static async Task AssertSqliteSurvivedAsync(ThrowAwayStore store)
    {
        var file = new SqliteConnectionStringBuilder(store.ConnectionString).DataSource;
        Assert.True(File.Exists(file + "-wal"), "the killed bot left no WAL file behind: it was not killed mid-work");
        Assert.Equal("ok", await StoredVotes.SqliteIntegrityAsync(store));
    }
}
