namespace Collaboration.Web.Tests.Api.Addin;

/// <summary>
/// A series run in a Teams chat, as the add-in later finds it: forum 1 started, "rolle-zentrum" answered by three
/// people (two "beratung", one "vernetzung": at the threshold k = 3, so shown) and "bedeutung" by one (withheld).
/// </summary>
internal sealed record AddinScenario(SeriesChat Chat, string SeriesId, string Shown, string Withheld)
{
    public TeamsUser Moderator => Chat.Moderator;

    public static async Task<AddinScenario> CreateAsync(WebHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        var chat = await SeriesChat.CreateAsync(host);
        var started = await host.PostAsync("/forums/1/start", chat.Moderator, chat.Chat);
        Assert.True(started.Status == HttpStatusCode.OK, started.Text);
        var console = await chat.ConsoleAsync();
        var shown = await chat.ItemIdAsync(1, "rolle-zentrum");
        var withheld = await chat.ItemIdAsync(1, "bedeutung");
        var choices = new[] { (chat.Moderator, "beratung"), (chat.Participant, "beratung"), (chat.Attendee, "vernetzung") };
        foreach (var (user, choice) in choices)
        {
            await chat.OnboardAsync(user);
            await AnswerAsync(host, chat, user, shown, new JsonObject { ["choice"] = choice });
        }

        await AnswerAsync(host, chat, chat.Participant, withheld, new JsonObject { ["value"] = 4 });
        return new AddinScenario(chat, (string)console["series"]!["id"]!, shown, withheld);
    }

    public static async Task AnswerAsync(WebHost host, SeriesChat chat, TeamsUser user, string item, JsonObject answer)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(chat);
        var saved = await host.PostAsync($"/items/{item}/answer", user, chat.Chat, answer);
        Assert.True(saved.Status == HttpStatusCode.OK, saved.Text);
    }
}
