using Collaboration.Forums.Store.Diagnostics;

namespace Collaboration.Bot.Tests.Integration;

/// <summary>
/// Issue #17, item 1: what a vote costs the store, counted in statements. Before its batch a warm vote reads nothing:
/// the conversation's binding, the series and the voter's participant row are this instance's kept copies, checked
/// where the vote is written. Votes are written in batches (group commit); each batch checks once per item that it is
/// still open and its series at the snapshot's revision (PostgreSQL first locks the series row: two statements), that
/// its voters' rows are unchanged and that its conversations are still bound to the series (PostgreSQL: one statement
/// each for the batch; SQLite: one per voter and one per conversation, in process). PostgreSQL writes a batch's votes
/// with one statement, SQLite with one per vote (in process, no round trip to save). Counted, not timed; background
/// work that would read meanwhile is set far apart.
/// </summary>
public abstract class VoteCostTests : BotTest
{
    private const int Voters = 12;

    /// <summary>
    /// Statements a batch of votes for one item from one chat adds to reading: SQLite the open check and the binding's
    /// check; PostgreSQL the series lock and the voters' lock (its checks are part of the one statement that writes).
    /// </summary>
    protected abstract int ReadsPerBatch { get; }

    /// <summary>Statements each vote reads: none before its batch (on SQLite its voter's check in the batch).</summary>
    protected abstract int ReadsPerVote { get; }

    /// <summary>Whether a batch's votes are written with one statement (else one per vote).</summary>
    protected abstract bool OneWritePerBatch { get; }

    protected override IReadOnlyDictionary<string, string?>? Settings => new Dictionary<string, string?>
    {
        // The shared card's refresh, the voter's totals and the workers' polls would otherwise read during the count.
        ["Bot:CardUpdateInterval"] = "00:10:00",
        ["FanOut:PollInterval"] = "00:10:00",
        ["Outbox:PollInterval"] = "01:00:00",
    };

    [Fact]
    public async Task A_warm_vote_reads_nothing_before_its_batch_which_checks_what_it_was_decided_on_and_every_vote_is_stored()
    {
        var forum = await RunningForum.StartAsync(Bot);
        var voters = Enumerable.Range(1, Voters).Select(i => TeamsUser.Create($"Wählerin {i}")).ToList();
        foreach (var voter in voters)
        {
            await forum.OnboardAsync(voter);
        }

        // The first vote reads the item's totals for the voter's card (then kept for the card update interval).
        await forum.RateAsync(voters[0], "bedeutung", 3);
        var commands = Bot.Services.GetRequiredService<StoreCommands>();
        var (reads, writes) = (commands.Reads, commands.Writes);

        var cards = await Task.WhenAll(voters.Select((voter, i) => forum.RateAsync(voter, "bedeutung", 1 + (i % 5))));

        Assert.All(cards, card => Assert.Contains("Ihre Antwort", CardReader.Text(card), StringComparison.Ordinal));
        // However the votes fell into batches (one batch of twelve, or twelve of one), the checks come whole per batch.
        var batchReads = commands.Reads - reads - (ReadsPerVote * Voters);
        Assert.InRange(batchReads, ReadsPerBatch, ReadsPerBatch * Voters);
        Assert.Equal(0, batchReads % ReadsPerBatch);
        Assert.Equal(OneWritePerBatch ? batchReads / ReadsPerBatch : Voters, commands.Writes - writes);
    }
}

public sealed class VoteCostOnSqliteTests : VoteCostTests
{
    protected override int ReadsPerBatch => 2;

    protected override int ReadsPerVote => 1;

    protected override bool OneWritePerBatch => false;

    protected override Task<ThrowAwayStore> CreateStoreAsync() => Task.FromResult(ThrowAwayStore.Sqlite());
}

[Collection(PostgresFixture.Collection)]
public sealed class VoteCostOnPostgresTests(PostgresFixture postgres) : VoteCostTests
{
    protected override int ReadsPerBatch => 2;

    protected override int ReadsPerVote => 0;

    protected override bool OneWritePerBatch => true;

    protected override Task<ThrowAwayStore> CreateStoreAsync() => ThrowAwayStore.PostgresAsync(postgres);
}
