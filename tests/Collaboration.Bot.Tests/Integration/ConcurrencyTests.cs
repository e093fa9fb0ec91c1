namespace Collaboration.Bot.Tests.Integration;

/// <summary>A room full of people pressing the same button at once, with Teams delivering some invokes twice.</summary>
public abstract class ConcurrencyTests : BotTest
{
    private const int Participants = 200;
    private const int Duplicates = 50;

    [Fact]
    public async Task Two_hundred_parallel_answers_with_duplicate_deliveries_count_two_hundred_respondents()
    {
        var forum = await RunningForum.StartAsync(Bot);
        var users = Enumerable.Range(0, Participants).Select(i => TeamsUser.Create($"Teilnehmende {i}")).ToList();
        await Task.WhenAll(users.Select(forum.OnboardAsync));
        var invokes = users.Select((u, i) => forum.RatingInvoke(u, "bedeutung", 1 + (i % 5))).ToList();

        // A redelivery is the same activity (same id) posted again, as Teams does when its first try timed out.
        var deliveries = invokes.Concat(invokes.Take(Duplicates).Select(i => (JsonObject)i.DeepClone())).ToList();
        var answers = await Task.WhenAll(deliveries.Select(invoke => Bot.InvokeAsync(forum.Chat, invoke)));

        Assert.All(answers, card => Assert.True(CardReader.Text(card).Contains("Ihre Antwort", StringComparison.Ordinal), CardReader.Text(card)));
        var results = await forum.SayAsync(forum.Moderator, "ergebnisse bedeutung");
        Assert.Contains($"Antwortende: {Participants}", Assert.Single(results).Text, StringComparison.Ordinal);
        await Bot.WaitForUpdateAsync(forum.Chat, forum.Item("bedeutung"), $"Antwortende: {Participants}", UpdateTimeout);
    }
}

public sealed class ConcurrencyOnSqliteTests : ConcurrencyTests
{
    protected override Task<ThrowAwayStore> CreateStoreAsync() => Task.FromResult(ThrowAwayStore.Sqlite());
}

[Collection(PostgresFixture.Collection)]
public sealed class ConcurrencyOnPostgresTests(PostgresFixture postgres) : ConcurrencyTests
{
    protected override Task<ThrowAwayStore> CreateStoreAsync() => ThrowAwayStore.PostgresAsync(postgres);
}
