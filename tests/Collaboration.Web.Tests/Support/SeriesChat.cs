namespace Collaboration.Web.Tests.Support;

/// <summary>
/// A group chat whose moderator created the built-in series there by chat command (so the bot holds the chat's
/// reference), with a participant and a second chat member who has not joined; item ids read from the console.
/// </summary>
public sealed class SeriesChat(WebHost host, TeamsActivities chat, TeamsUser moderator, TeamsUser participant, TeamsUser attendee)
{
    public const string Template = "rdz-salzlandkreis";

    public TeamsActivities Chat => chat;

    public TeamsUser Moderator => moderator;

    public TeamsUser Participant => participant;

    /// <summary>A member of the chat who moderates nothing.</summary>
    public TeamsUser Attendee => attendee;

    public static async Task<SeriesChat> CreateAsync(WebHost host, string? meetingId = null)
    {
        ArgumentNullException.ThrowIfNull(host);
        var (moderator, participant, attendee) = (TeamsUser.Create("Maria Moderatorin"), TeamsUser.Create("Paul Teilnehmer"), TeamsUser.Create("Anna Anwesend"));
        var chat = host.NewChat(meetingId, moderator, participant, attendee);
        await host.SayAsync(chat, moderator, "serie anlegen " + Template);
        return new SeriesChat(host, chat, moderator, participant, attendee);
    }

    /// <summary>The console as the moderator sees it (asserting it answers 200).</summary>
    public async Task<JsonNode> ConsoleAsync()
    {
        var console = await host.GetAsync("/console", moderator, chat);
        Assert.True(console.Status == System.Net.HttpStatusCode.OK, console.Text);
        return console.Json!;
    }

    public async Task<string> ItemIdAsync(int forum, string key) =>
        (string)(await ConsoleAsync())["forums"]!.AsArray().Single(f => (int)f!["number"]! == forum)!["items"]!.AsArray().Single(i => (string?)i!["key"] == key)!["id"]!;

    /// <summary>The participant joins the series through the API (group "kommune").</summary>
    public async Task OnboardAsync(TeamsUser user)
    {
        var joined = await host.PostAsync("/onboard", user, chat, new JsonObject { ["group"] = "kommune", ["organisation"] = "Stadt Bernburg" });
        Assert.True(joined.Status == System.Net.HttpStatusCode.OK, joined.Text);
    }
}
