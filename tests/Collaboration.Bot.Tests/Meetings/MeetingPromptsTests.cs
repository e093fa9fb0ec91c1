using Collaboration.Web.Teams;

namespace Collaboration.Bot.Tests.Meetings;

/// <summary>
/// The web app's two Teams ports as the bot's host answers them: who is a member of a chat (with the chat's meeting),
/// and the targeted in-meeting notification that opens the answer page for everyone but the moderator.
/// </summary>
public abstract class MeetingPromptsTests : BotTest
{
    private readonly TeamsUser _moderator = TeamsUser.Create("Maria Moderatorin");

    [Fact]
    public async Task Push_notifies_every_member_but_the_moderator_once_in_chunks_of_ten_with_the_answer_page()
    {
        var attendees = Enumerable.Range(1, 12).Select(i => TeamsUser.Create($"Teilnehmende {i}")).ToList();
        var meeting = await MeetingWithForumAsync(attendees);
        var member = await FindMemberAsync(meeting.Chat.ConversationId, _moderator.AadObjectId);
        var (series, item) = await FirstItemAsync();
        var answerPage = new Uri($"https://forum.example.org/tab/answer?item={item.Id}");

        var result = await Prompts.PushAsync(member!, series, item, answerPage, CancellationToken.None);

        var notifications = Bot.Connector.MeetingNotifications;
        Assert.Equal(new MeetingPromptResult(12, 0), result);
        Assert.Equal([10, 2], notifications.Select(n => n.Recipients.Count));
        Assert.Equal(attendees.Select(a => a.Id).Order(), notifications.SelectMany(n => n.Recipients).Order());
        Assert.All(notifications, n => Assert.Equal(meeting.MeetingId, n.MeetingId));
        Assert.All(notifications, n => Assert.Equal(answerPage.AbsoluteUri, n.Url));
        var surface = notifications[0].Body.GetProperty("value").GetProperty("surfaces")[0];
        Assert.Equal("meetingStage", surface.GetProperty("surface").GetString());
        Assert.Equal("task", surface.GetProperty("contentType").GetString());
    }

    [Fact]
    public async Task Members_Teams_cannot_notify_are_counted_as_failed()
    {
        var meeting = await MeetingWithForumAsync([TeamsUser.Create("Anton Teilnehmer")]);
        var notInMeeting = TeamsUser.Create("Nora Nachzüglerin");
        Bot.Connector.AddMembers(meeting.Chat.ConversationId, MeetingChat.Member(notInMeeting));
        var member = await FindMemberAsync(meeting.Chat.ConversationId, _moderator.AadObjectId);
        var (series, item) = await FirstItemAsync();

        var result = await Prompts.PushAsync(member!, series, item, new Uri("https://forum.example.org/tab/answer"), CancellationToken.None);

        Assert.Equal(new MeetingPromptResult(2, 1), result);
    }

    [Fact]
    public async Task A_member_of_a_meeting_chat_is_found_with_the_meeting_and_the_tenant()
    {
        var meeting = await MeetingWithForumAsync([]);

        var member = await FindMemberAsync(meeting.Chat.ConversationId, _moderator.AadObjectId);

        Assert.NotNull(member);
        Assert.Equal(meeting.MeetingId, member.MeetingId);
        Assert.Equal(_moderator.Id, member.TeamsUserId);
        Assert.Equal(_moderator.AadObjectId, member.User.Id);
        Assert.Equal(TeamsActivities.TenantId, member.TenantId);
        Assert.Equal(Collaboration.Forums.Access.ConversationKind.GroupChat, member.Kind);
    }

    [Fact]
    public async Task A_non_member_another_tenant_and_an_unknown_chat_get_no_member()
    {
        var meeting = await MeetingWithForumAsync([]);
        var conversations = Bot.Services.GetRequiredService<ITeamsConversations>();

        var stranger = await FindMemberAsync(meeting.Chat.ConversationId, Guid.NewGuid().ToString("D"));
        var otherTenant = await conversations.FindMemberAsync(meeting.Chat.ConversationId, _moderator.AadObjectId, Guid.NewGuid().ToString("D"), CancellationToken.None);
        var unknownChat = await FindMemberAsync("19:unknown@thread.v2", _moderator.AadObjectId);

        Assert.Null(stranger);
        Assert.Null(otherTenant);
        Assert.Null(unknownChat);
    }

    private IMeetingPrompts Prompts => Bot.Services.GetRequiredService<IMeetingPrompts>();

    private Task<ConversationMember?> FindMemberAsync(string conversationId, string objectId) =>
        Bot.Services.GetRequiredService<ITeamsConversations>().FindMemberAsync(conversationId, objectId, TeamsActivities.TenantId, CancellationToken.None);

    private async Task<MeetingChat> MeetingWithForumAsync(IReadOnlyList<TeamsUser> attendees)
    {
        var meeting = MeetingChat.Create(Bot, [(_moderator, "Organizer"), .. attendees.Select(a => (a, "Attendee"))]);
        Assert.NotEmpty(await meeting.SayAsync(Bot, _moderator, "serie anlegen " + BuiltInSeries.Name));
        Assert.NotEmpty(await meeting.SayAsync(Bot, _moderator, "forum starten 1"));
        return meeting;
    }

    private async Task<(ForumSeries Series, Collaboration.Forums.Items.ForumItem Item)> FirstItemAsync()
    {
        var forums = Bot.Services.GetRequiredService<ResultsService>();
        var series = (await forums.GetSeriesAsync(SeriesId(), CancellationToken.None)).Value!;
        return (series, series.Forums[0].Items[0]);
    }

    private Guid SeriesId() => Guid.Parse(
        Bot.Connector.ReceivedActivities.SelectMany(a => BotHost.Cards(a.Activity.GetRawText()))
            .SelectMany(c => CardReader.DataValues(c, "seriesId")).Distinct().Single());
}

public sealed class MeetingPromptsOnSqliteTests : MeetingPromptsTests
{
    protected override Task<ThrowAwayStore> CreateStoreAsync() => Task.FromResult(ThrowAwayStore.Sqlite());
}

[Collection(PostgresFixture.Collection)]
public sealed class MeetingPromptsOnPostgresTests(PostgresFixture postgres) : MeetingPromptsTests
{
    protected override Task<ThrowAwayStore> CreateStoreAsync() => ThrowAwayStore.PostgresAsync(postgres);
}
