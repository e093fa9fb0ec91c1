namespace Collaboration.Bot.Tests.Meetings;

/// <summary>
/// A meeting's start offers its chat's series' next forum, its end the closing of the open one: once per event,
/// however often Teams delivers it; the button is the overview's, so the gate checks whoever presses it.
/// </summary>
public abstract class MeetingEventsTests : BotTest
{
    private static readonly DateTimeOffset Start = new(2026, 12, 5, 14, 0, 0, TimeSpan.Zero);

    private readonly TeamsUser _creator = TeamsUser.Create("Maria Moderatorin");
    private readonly TeamsUser _organiser = TeamsUser.Create("Olga Organisatorin");
    private readonly TeamsUser _attendee = TeamsUser.Create("Anton Teilnehmer");

    [Fact]
    public async Task Meeting_start_delivered_twice_offers_the_next_forum_once()
    {
        var meeting = await MeetingWithSeriesAsync();

        await DeliverAsync(meeting, MeetingChat.StartEvent, Start);
        await DeliverAsync(meeting, MeetingChat.StartEvent, Start);

        var offer = Assert.Single(Offers(Bot, meeting, "Forum 1 starten?"));
        Assert.Equal("1", CardReader.ActionData(offer, "startForum")["forum"]?.ToString());
    }

    [Fact]
    public async Task Meeting_end_delivered_twice_offers_to_close_the_open_forum_once()
    {
        var meeting = await MeetingWithSeriesAsync();
        await meeting.SayAsync(Bot, _creator, "forum starten 1");

        await DeliverAsync(meeting, MeetingChat.EndEvent, Start.AddHours(2));
        await DeliverAsync(meeting, MeetingChat.EndEvent, Start.AddHours(2));

        Assert.Single(Offers(Bot, meeting, "Forum 1 schließen?"));
        Assert.Empty(Offers(Bot, meeting, "Forum 1 starten?"));
    }

    [Fact]
    public async Task The_next_occurrence_of_a_recurring_meeting_offers_again()
    {
        var meeting = await MeetingWithSeriesAsync();

        await DeliverAsync(meeting, MeetingChat.StartEvent, Start);
        await DeliverAsync(meeting, MeetingChat.StartEvent, Start.AddDays(7));

        Assert.Equal(2, Offers(Bot, meeting, "Forum 1 starten?").Count);
    }

    [Fact]
    public async Task The_offers_button_refuses_an_attendee_and_starts_the_forum_for_the_organiser()
    {
        var meeting = await MeetingWithSeriesAsync();
        await DeliverAsync(meeting, MeetingChat.StartEvent, Start);
        var data = CardReader.ActionData(Assert.Single(Offers(Bot, meeting, "Forum 1 starten?")), "startForum");

        var refused = await meeting.ExecuteAsync(Bot, _attendee, "startForum", (JsonObject)data.DeepClone());
        var started = await meeting.ExecuteAsync(Bot, _organiser, "startForum", (JsonObject)data.DeepClone());

        Assert.Contains("Moderatorinnen und Moderatoren", CardReader.Text(refused), StringComparison.Ordinal);
        Assert.DoesNotContain("Moderatorinnen und Moderatoren", CardReader.Text(started), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_meeting_chat_without_a_series_gets_no_offer()
    {
        var meeting = MeetingChat.Create(Bot, (_organiser, "Organizer"));

        await DeliverAsync(meeting, MeetingChat.StartEvent, Start);

        Assert.Equal(0, Bot.Connector.SendsTo(meeting.Chat.ConversationId));
    }

    private async Task<MeetingChat> MeetingWithSeriesAsync()
    {
        var meeting = MeetingChat.Create(Bot, (_organiser, "Organizer"), (_attendee, "Attendee"), (_creator, "Presenter"));
        Assert.NotEmpty(await meeting.SayAsync(Bot, _creator, "serie anlegen " + BuiltInSeries.Name));
        return meeting;
    }

    private async Task DeliverAsync(MeetingChat meeting, string name, DateTimeOffset at)
    {
        using var response = await Bot.PostAsync(meeting.Event(_organiser, name, at));
        Assert.True(response.IsSuccessStatusCode, $"{name} answered {(int)response.StatusCode}");
    }

    internal static IReadOnlyList<JsonNode> Offers(BotHost bot, MeetingChat meeting, string title) =>
        [.. bot.Connector.ReceivedActivities
            .Where(a => a.ConversationId == meeting.Chat.ConversationId && a.Operation is ConnectorOperation.Send or ConnectorOperation.Reply)
            .SelectMany(a => BotHost.Cards(a.Activity.GetRawText()))
            .Where(c => CardReader.Text(c).Contains(title, StringComparison.Ordinal))];
}

public sealed class MeetingEventsOnSqliteTests : MeetingEventsTests
{
    protected override Task<ThrowAwayStore> CreateStoreAsync() => Task.FromResult(ThrowAwayStore.Sqlite());
}

[Collection(PostgresFixture.Collection)]
public sealed class MeetingEventsOnPostgresTests(PostgresFixture postgres) : MeetingEventsTests
{
    protected override Task<ThrowAwayStore> CreateStoreAsync() => ThrowAwayStore.PostgresAsync(postgres);
}

/// <summary>Two bot instances on one PostgreSQL database both get the same meeting event: one offer in the chat.</summary>
[Collection(PostgresFixture.Collection)]
public sealed class MeetingEventsOnTwoHostsTests(PostgresFixture postgres)
{
    [Fact]
    public async Task One_event_delivered_to_two_instances_posts_one_offer()
    {
        await using var store = await ThrowAwayStore.PostgresAsync(postgres);
        await using var first = await BotHost.StartAsync(store);
        await using var second = await BotHost.StartAsync(store, connector: first.Connector);
        var organiser = TeamsUser.Create("Olga Organisatorin");
        var meeting = MeetingChat.Create(first, (organiser, "Organizer"));
        Assert.NotEmpty(await meeting.SayAsync(first, organiser, "serie anlegen " + BuiltInSeries.Name));
        var start = meeting.Event(organiser, MeetingChat.StartEvent, new DateTimeOffset(2026, 12, 5, 14, 0, 0, TimeSpan.Zero));

        var responses = await Task.WhenAll(first.PostAsync((JsonObject)start.DeepClone()), second.PostAsync((JsonObject)start.DeepClone()));

        Assert.All(responses, r => Assert.True(r.IsSuccessStatusCode));
        Array.ForEach(responses, r => r.Dispose());
        Assert.Single(MeetingEventsTests.Offers(first, meeting, "Forum 1 starten?"));
    }
}
