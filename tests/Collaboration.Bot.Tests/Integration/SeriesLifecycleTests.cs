namespace Collaboration.Bot.Tests.Integration;

/// <summary>A moderator sets up a series and starts its first forum by chat command.</summary>
public abstract class SeriesLifecycleTests : BotTest
{
    private readonly TeamsUser _moderator = TeamsUser.Create("Maria Moderatorin");

    [Fact]
    public async Task Creating_a_series_posts_a_card_naming_it_and_starting_forum_1_posts_each_of_its_items()
    {
        var chat = Bot.NewChat();

        var created = await Bot.SayAsync(chat, _moderator, "serie anlegen " + BuiltInSeries.Name);
        var started = await Bot.SayAsync(chat, _moderator, "forum starten 1");

        Assert.Contains(created, posted => posted.Text.Contains(BuiltInSeries.Template.Title!.De!, StringComparison.Ordinal));
        var itemCards = started.Where(posted => posted.ItemId is not null).ToList();
        var forum1 = BuiltInSeries.Template.Forums.Single(f => f.Number == 1);
        Assert.Equal(forum1.Items.Count, itemCards.Count);
        Assert.Equal(forum1.Items.Count, itemCards.Select(posted => posted.ItemId).Distinct().Count());
        foreach (var item in forum1.Items)
        {
            Assert.Contains(itemCards, posted => posted.Text.Contains(item.Prompt!.De!, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task A_series_created_in_one_channel_thread_is_found_from_another_thread_of_the_same_channel()
    {
        var channel = $"19:{Guid.NewGuid():N}@thread.tacv2";
        var firstThread = new TeamsActivities(Bot.Connector.ServiceUrl, channel + ";messageid=1700000000001");
        var otherThread = new TeamsActivities(Bot.Connector.ServiceUrl, channel + ";messageid=1700000000002");
        await Bot.SayAsync(firstThread, _moderator, "serie anlegen " + BuiltInSeries.Name);

        var status = await Bot.SayAsync(otherThread, _moderator, "status");

        Assert.Contains(BuiltInSeries.Template.Title!.De!, Assert.Single(status).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_participant_cannot_start_a_forum_and_is_told_so_politely()
    {
        var chat = Bot.NewChat();
        await Bot.SayAsync(chat, _moderator, "serie anlegen " + BuiltInSeries.Name);

        var refusal = await Bot.SayAsync(chat, TeamsUser.Create("Paul Teilnehmer"), "forum starten 1");

        Assert.Contains("Moderatorinnen und Moderatoren", Assert.Single(refusal).Text, StringComparison.Ordinal);
        var status = await Bot.SayAsync(chat, _moderator, "ergebnisse");
        Assert.Contains("Forum", Assert.Single(status).Text, StringComparison.Ordinal);
        var startedNow = await Bot.SayAsync(chat, _moderator, "forum starten 1");
        Assert.Equal(BuiltInSeries.Template.Forums[0].Items.Count, startedNow.Count(posted => posted.ItemId is not null));
    }
}

public sealed class SeriesLifecycleOnSqliteTests : SeriesLifecycleTests
{
    protected override Task<ThrowAwayStore> CreateStoreAsync() => Task.FromResult(ThrowAwayStore.Sqlite());
}

[Collection(PostgresFixture.Collection)]
public sealed class SeriesLifecycleOnPostgresTests(PostgresFixture postgres) : SeriesLifecycleTests
{
    protected override Task<ThrowAwayStore> CreateStoreAsync() => ThrowAwayStore.PostgresAsync(postgres);
}
