using Collaboration.Forums.Ports;

namespace Collaboration.Web.Tests.Api;

/// <summary>
/// The one gate from the web's side: the conversation the page names counts only with Teams' word that the user is
/// in it, ids must belong to that chat's series, and moderators' actions stay theirs. A refusal stores nothing.
/// </summary>
public sealed class GateTests : WebTest
{
    [Fact]
    public async Task Someone_Teams_does_not_list_in_the_chat_is_refused_with_403()
    {
        var series = await SeriesChat.CreateAsync(Host);
        var stranger = TeamsUser.Create("Fremde Person");

        var me = await Host.GetAsync("/me", stranger, series.Chat, "en");
        var console = await Host.GetAsync("/console", stranger, series.Chat);

        Assert.Equal(HttpStatusCode.Forbidden, me.Status);
        Assert.Equal("NotMember", me.Code);
        Assert.Equal("You are not a member of this chat, or the forum bot is not in this chat.", me.Message);
        Assert.Equal(HttpStatusCode.Forbidden, console.Status);
    }

    [Fact]
    public async Task A_request_without_a_conversation_is_refused_with_400()
    {
        var series = await SeriesChat.CreateAsync(Host);

        var me = await Host.ApiAsync(HttpMethod.Get, "/me", series.Moderator, chat: null);

        Assert.Equal(HttpStatusCode.BadRequest, me.Status);
        Assert.Equal("NoConversation", me.Code);
    }

    [Fact]
    public async Task Another_chats_item_is_refused_with_403_and_nothing_is_stored()
    {
        var ours = await SeriesChat.CreateAsync(Host);
        var theirs = await SeriesChat.CreateAsync(Host);
        await Host.PostAsync("/forums/1/start", theirs.Moderator, theirs.Chat);
        var theirItem = await theirs.ItemIdAsync(1, "rolle-zentrum");
        await ours.OnboardAsync(ours.Participant);

        var answer = await Host.PostAsync($"/items/{theirItem}/answer", ours.Participant, ours.Chat, new JsonObject { ["choice"] = "beratung" });
        var close = await Host.PostAsync($"/items/{theirItem}/close", ours.Moderator, ours.Chat);
        var unknown = await Host.PostAsync($"/items/{Guid.NewGuid()}/answer", ours.Participant, ours.Chat, new JsonObject { ["choice"] = "beratung" });

        Assert.Equal(HttpStatusCode.Forbidden, answer.Status);
        Assert.Equal("NotThisChatsSeries", answer.Code);
        Assert.Equal(HttpStatusCode.Forbidden, close.Status);
        // An id that names nothing is refused exactly like another chat's: the page learns nothing about other series.
        Assert.Equal((answer.Status, answer.Code), (unknown.Status, unknown.Code));
        var store = Host.Services.GetRequiredService<IForumStore>();
        Assert.Equal(0, await store.CountResponsesAsync(Guid.Parse(theirItem), CancellationToken.None));
        Assert.Equal("open", (string?)(await theirs.ConsoleAsync())["forums"]![0]!["items"]!.AsArray().Single(i => (string?)i!["key"] == "rolle-zentrum")!["status"]);
    }

    [Theory]
    [InlineData("GET", "/console")]
    [InlineData("POST", "/forums/1/start")]
    [InlineData("POST", "/forums/1/close")]
    [InlineData("GET", "/forums/2/carry-over")]
    [InlineData("POST", "/forums/2/carry-over")]
    public async Task A_member_who_does_not_moderate_is_refused_the_console(string method, string path)
    {
        var series = await SeriesChat.CreateAsync(Host);

        var refused = await Host.ApiAsync(new HttpMethod(method), path, series.Attendee, series.Chat, method == "POST" ? new JsonObject() : null);

        Assert.Equal(HttpStatusCode.Forbidden, refused.Status);
        Assert.Equal("NotModerator", refused.Code);
        Assert.StartsWith("Das dürfen nur Moderatorinnen und Moderatoren", refused.Message, StringComparison.Ordinal);
        Assert.Equal("planned", (string?)(await series.ConsoleAsync())["forums"]![0]!["status"]);
    }

    [Fact]
    public async Task A_member_who_does_not_moderate_is_refused_opening_closing_and_pushing_an_item()
    {
        var series = await SeriesChat.CreateAsync(Host, meetingId: "meeting-1");
        await Host.PostAsync("/forums/1/start", series.Moderator, series.Chat);
        var item = await series.ItemIdAsync(1, "bedeutung");

        var close = await Host.PostAsync($"/items/{item}/close", series.Attendee, series.Chat);
        var push = await Host.PostAsync($"/items/{item}/push", series.Attendee, series.Chat);

        Assert.Equal((HttpStatusCode.Forbidden, "NotModerator"), (close.Status, close.Code));
        Assert.Equal((HttpStatusCode.Forbidden, "NotModerator"), (push.Status, push.Code));
        Assert.Empty(Host.Teams.Pushes);
    }

    protected override Task<ThrowAwayStore> CreateStoreAsync() => Task.FromResult(ThrowAwayStore.Sqlite());
}
