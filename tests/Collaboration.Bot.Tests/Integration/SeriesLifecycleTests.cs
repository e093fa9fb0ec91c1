using Collaboration.Bot.Tests.Integration.Support;
using Collaboration.TestSupport.Postgres;
using Xunit;

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

        Assert.Contains(created, card => CardReader.Text(card).Contains(BuiltInSeries.Template.Title!.De!, StringComparison.Ordinal));
        var itemCards = started.Where(card => CardReader.DataValues(card, "itemId").Count > 0).ToList();
        var forum1 = BuiltInSeries.Template.Forums.Single(f => f.Number == 1);
        Assert.Equal(forum1.Items.Count, itemCards.Count);
        Assert.Equal(forum1.Items.Count, itemCards.Select(card => CardReader.DataValues(card, "itemId").Single()).Distinct().Count());
        foreach (var item in forum1.Items)
        {
            Assert.Contains(itemCards, card => CardReader.Text(card).Contains(item.Prompt!.De!, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task A_participant_cannot_start_a_forum_and_is_told_so_politely()
    {
        var chat = Bot.NewChat();
        await Bot.SayAsync(chat, _moderator, "serie anlegen " + BuiltInSeries.Name);

        var refusal = await Bot.SayAsync(chat, TeamsUser.Create("Paul Teilnehmer"), "forum starten 1");

        Assert.Contains("Moderatorinnen und Moderatoren", CardReader.Text(Assert.Single(refusal)), StringComparison.Ordinal);
        var status = await Bot.SayAsync(chat, _moderator, "ergebnisse");
        Assert.Contains("Forum", CardReader.Text(Assert.Single(status)), StringComparison.Ordinal);
        var startedNow = await Bot.SayAsync(chat, _moderator, "forum starten 1");
        Assert.Equal(BuiltInSeries.Template.Forums[0].Items.Count, startedNow.Count(card => CardReader.DataValues(card, "itemId").Count > 0));
    }
}

public sealed class SeriesLifecycleOnSqliteTests : SeriesLifecycleTests
{
    protected override Task<BotStore> CreateStoreAsync() => Task.FromResult(BotStore.Sqlite());
}

[Collection(PostgresFixture.Collection)]
public sealed class SeriesLifecycleOnPostgresTests(PostgresFixture postgres) : SeriesLifecycleTests
{
    protected override Task<BotStore> CreateStoreAsync() => BotStore.PostgresAsync(postgres);
}
