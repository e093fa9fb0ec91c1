namespace Collaboration.Bot.Tests.Meetings;

/// <summary>
/// In a meeting's chat bound to a series, the meeting's organiser and presenters moderate as Teams reports their roles
/// (Bot:MeetingModerators); attendees never do, and a role in one meeting means nothing in another chat.
/// </summary>
public abstract class MeetingModerationTests : BotTest
{
    private const string Refusal = "Moderatorinnen und Moderatoren";

    private readonly TeamsUser _creator = TeamsUser.Create("Maria Moderatorin");
    private readonly TeamsUser _organiser = TeamsUser.Create("Olga Organisatorin");
    private readonly TeamsUser _presenter = TeamsUser.Create("Pia Präsentatorin");
    private readonly TeamsUser _attendee = TeamsUser.Create("Anton Teilnehmer");
    private IReadOnlyList<JsonNode> _created = [];

    [Fact]
    public async Task The_organiser_starts_a_forum_by_command_in_the_meeting_chat()
    {
        var meeting = await MeetingWithSeriesAsync(Bot);

        var started = await meeting.SayAsync(Bot, _organiser, "forum starten 1");

        Assert.DoesNotContain(started, c => CardReader.Text(c).Contains(Refusal, StringComparison.Ordinal));
        Assert.Contains(started, c => CardReader.DataValues(c, "itemId").Count > 0);
        Assert.Equal(1, Bot.Connector.ParticipantRequests);
    }

    [Fact]
    public async Task A_presenter_moderates_and_Teams_is_asked_once_for_several_actions()
    {
        var meeting = await MeetingWithSeriesAsync(Bot);

        var started = await meeting.SayAsync(Bot, _presenter, "forum starten 1");
        var closed = await meeting.SayAsync(Bot, _presenter, "forum schließen 1");

        Assert.DoesNotContain(started.Concat(closed), c => CardReader.Text(c).Contains(Refusal, StringComparison.Ordinal));
        Assert.Equal(1, Bot.Connector.ParticipantRequests);
    }

    [Fact]
    public async Task A_presenter_sends_a_question_privately_to_every_member_of_the_meeting_chat()
    {
        var meeting = await MeetingWithSeriesAsync(Bot);
        Assert.NotEmpty(await meeting.SayAsync(Bot, _creator, "forum starten 1"));

        var sent = await meeting.SayAsync(Bot, _presenter, "privat bedeutung");

        Assert.DoesNotContain(sent, c => CardReader.Text(c).Contains(Refusal, StringComparison.Ordinal));
        Assert.Contains(sent, c => CardReader.Text(c).Contains("geht jetzt einzeln an jedes Mitglied", StringComparison.Ordinal));
    }

    [Fact]
    public async Task When_Teams_cannot_tell_the_role_the_organiser_is_refused_and_the_next_try_asks_again()
    {
        var meeting = await MeetingWithSeriesAsync(Bot);
        Bot.Connector.FailNextRequests(1, new ConnectorFault(HttpStatusCode.Forbidden));

        var refused = Assert.Single(await meeting.SayAsync(Bot, _organiser, "forum starten 1"));
        var started = await meeting.SayAsync(Bot, _organiser, "forum starten 1");

        Assert.Contains(Refusal, CardReader.Text(refused), StringComparison.Ordinal);
        Assert.DoesNotContain(started, c => CardReader.Text(c).Contains(Refusal, StringComparison.Ordinal));
        Assert.Equal(2, Bot.Connector.ParticipantRequests);
    }

    [Fact]
    public async Task An_attendee_is_refused_with_the_not_moderator_card()
    {
        var meeting = await MeetingWithSeriesAsync(Bot);

        var refused = Assert.Single(await meeting.SayAsync(Bot, _attendee, "forum starten 1"));

        Assert.Contains(Refusal, CardReader.Text(refused), StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_meeting_moderators_off_the_organiser_is_refused_and_Teams_is_not_asked()
    {
        await using var store = await CreateStoreAsync();
        await using var host = await BotHost.StartAsync(store, new Dictionary<string, string?> { ["Bot:MeetingModerators"] = "None" });
        var meeting = await MeetingWithSeriesAsync(host);

        var refused = Assert.Single(await meeting.SayAsync(host, _organiser, "forum starten 1"));

        Assert.Contains(Refusal, CardReader.Text(refused), StringComparison.Ordinal);
        Assert.Equal(0, host.Connector.ParticipantRequests);
    }

    [Fact]
    public async Task A_presenter_of_one_meeting_gains_nothing_in_another_chat()
    {
        await MeetingWithSeriesAsync(Bot);
        var plainChat = Bot.NewChat();
        await Bot.SayAsync(plainChat, _creator, "serie anlegen " + BuiltInSeries.Name);
        var otherMeeting = MeetingChat.Create(Bot, (_creator, "Organizer"), (_presenter, "Attendee"));
        await otherMeeting.SayAsync(Bot, _creator, "serie anlegen " + BuiltInSeries.Name);

        var inPlainChat = Assert.Single(await Bot.SayAsync(plainChat, _presenter, "forum starten 1"));
        var inOtherMeeting = Assert.Single(await otherMeeting.SayAsync(Bot, _presenter, "forum starten 1"));

        Assert.Contains(Refusal, inPlainChat.Text, StringComparison.Ordinal);
        Assert.Contains(Refusal, CardReader.Text(inOtherMeeting), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_vote_by_an_attendee_never_asks_Teams_for_a_role()
    {
        var meeting = await MeetingWithSeriesAsync(Bot);
        var started = await meeting.SayAsync(Bot, _creator, "forum starten 1");
        var (seriesId, items) = BuiltInSeries.ReadForumOne([.. _created.Select(c => new PostedCard("-", c))], [.. started.Select(c => new PostedCard("-", c))]);

        await meeting.ExecuteAsync(Bot, _attendee, "onboard", new() { ["seriesId"] = seriesId, ["in.group"] = "kommune", ["in.organisation"] = "Stadt Bernburg" });
        var answered = await meeting.ExecuteAsync(Bot, _attendee, "answer", new() { ["itemId"] = items["bedeutung"].ItemId, ["in.rating"] = "4" });

        Assert.Contains("Ihre Antwort: 4", CardReader.Text(answered), StringComparison.Ordinal);
        Assert.Equal(0, Bot.Connector.ParticipantRequests);
    }

    /// <summary>A meeting with one person of each role, whose chat has the built-in series (created by its moderator, not the organiser).</summary>
    private async Task<MeetingChat> MeetingWithSeriesAsync(BotHost host)
    {
        var meeting = MeetingChat.Create(host, (_organiser, "Organizer"), (_presenter, "Presenter"), (_attendee, "Attendee"), (_creator, "Attendee"));
        _created = await meeting.SayAsync(host, _creator, "serie anlegen " + BuiltInSeries.Name);
        Assert.NotEmpty(_created);
        return meeting;
    }
}

public sealed class MeetingModerationOnSqliteTests : MeetingModerationTests
{
    protected override Task<ThrowAwayStore> CreateStoreAsync() => Task.FromResult(ThrowAwayStore.Sqlite());
}

[Collection(PostgresFixture.Collection)]
public sealed class MeetingModerationOnPostgresTests(PostgresFixture postgres) : MeetingModerationTests
{
    protected override Task<ThrowAwayStore> CreateStoreAsync() => ThrowAwayStore.PostgresAsync(postgres);
}
