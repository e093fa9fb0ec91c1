using Collaboration.Fakes.Connector;
using static Microsoft.Playwright.Assertions;

namespace Collaboration.Web.Tests.Browser;

/// <summary>
/// The scenario end to end on the real host and API, in local mode: a moderator steers forum 1 from the console
/// in a meeting's chat and pushes a question; three people answer, two on the answer page and one through the card;
/// the stage view shows every vote as it arrives (the test waits for the content, never for a time). Then two needs
/// filed as different kinds are merged, and the carry-over takes the one merged need into forum 2.
/// </summary>
[Collection(BrowserPages.Name)]
public sealed class ForumInMeetingScenario() : BrowserTest("forum-in-meeting")
{
    private const string MeetingId = "MCMxOTptZWV0aW5nX3NjZW5hcmlvQHRocmVhZC52Mg==";

    private readonly TeamsUser _moderator = TeamsUser.Create("Maria Moderatorin");
    private readonly TeamsUser _anna = TeamsUser.Create("Anna Amt");
    private readonly TeamsUser _bernd = TeamsUser.Create("Bernd Bauamt");
    private readonly TeamsUser _carla = TeamsUser.Create("Carla Kämmerei");
    private string? _conversation;

    [Fact]
    public async Task Moderator_pushes_a_question_three_people_answer_and_the_stage_shows_each_vote_then_a_merged_need_reaches_forum_2()
    {
        var chat = Host.NewChat();
        _conversation = chat.ConversationId;
        // A meeting's chat: its organiser moderates, the others attend; Teams' participant API answers their roles.
        Host.Connector.AddMeeting(MeetingId, chat.ConversationId, new[] { (_moderator, "Organizer"), (_anna, "Attendee"), (_bernd, "Attendee"), (_carla, "Attendee") }
            .Select(p => new MeetingParticipant(new ConnectorMember(p.Item1.Id, p.Item1.Name, p.Item1.AadObjectId, TenantId: TeamsActivities.TenantId), p.Item2)));
        await Host.PostAsync(InMeeting(chat.Message(_moderator, "serie anlegen rdz-salzlandkreis")));

        // The moderator starts forum 1 from the console and pushes the question about the centre's role.
        var console = await OpenLocalAsync("/tab/console", _moderator);
        var forumOne = console.Locator("section[data-forum='1']");
        await forumOne.GetByRole(AriaRole.Button, new() { Name = "Forum starten" }).ClickAsync();
        await console.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Forum starten" }).ClickAsync();
        await Expect(forumOne.Locator(".forum-status")).ToHaveTextAsync("(läuft)");
        var role = console.Locator("li[data-key='rolle-zentrum']");
        var itemId = await role.GetAttributeAsync("data-item") ?? throw new InvalidOperationException("The console names no item id.");
        await role.GetByRole(AriaRole.Button, new() { Name = "In Besprechung senden" }).ClickAsync();
        await Expect(console.GetByRole(AriaRole.Status)).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^An [1-9][0-9]* Teilnehmende gesendet"));
        await Browser.ScreenshotAsync(console, "1-console-pushed");

        var stage = await OpenLocalAsync($"/tab/stage?item={itemId}", _moderator);
        var result = stage.Locator($"article[data-item='{itemId}']");
        await Expect(result).ToBeVisibleAsync();
        await Browser.ScreenshotAsync(stage, "2-stage-empty");

        // Below the series' threshold (k = 3) the stage, like every card, shows no number; the third vote shows them all.
        await AnswerOnPageAsync(_anna, itemId, "Beratungsstelle");
        await AnswerOnPageAsync(_bernd, itemId, "Beratungsstelle");
        await Expect(result).ToContainTextAsync("Ergebnisse ab 3 Antworten");
        await Browser.ScreenshotAsync(stage, "3-stage-withheld");
        await Host.PostAsync(InMeeting(chat.Execute(_carla, "onboard", new JsonObject
        {
            ["seriesId"] = await SeriesIdAsync(console), ["in.group"] = "kommune", ["in.organisation"] = "Stadt Bernburg",
        })));
        await Host.PostAsync(InMeeting(chat.Execute(_carla, "answer", new JsonObject { ["itemId"] = itemId, ["in.choice"] = "vernetzung" })));
        await Expect(result.Locator(".respondents")).ToHaveTextAsync("3 Antworten", new() { Timeout = 20_000 });
        await Expect(result.GetByRole(AriaRole.Row, new() { Name = "Beratungsstelle" })).ToContainTextAsync("2");
        await Expect(result.GetByRole(AriaRole.Row, new() { Name = "Netzwerk und Vernetzungsstelle" })).ToContainTextAsync("1");
        await Browser.ScreenshotAsync(stage, "4-stage-three-votes");

        // Two needs that mean the same, filed as a need and a wish, become one before forum 2 takes the top needs.
        var needsItem = await console.Locator("li[data-key='bedarfe']").GetAttributeAsync("data-item");
        await SubmitNeedAsync(chat, _anna, needsItem!, "Need", "Breitband in allen Ortsteilen");
        await SubmitNeedAsync(chat, _bernd, needsItem!, "Wish", "Schnelles Internet überall");
        // A third person's need: below k the needs are not listed at all, as on the cards.
        await SubmitNeedAsync(chat, _carla, needsItem!, "Obstacle", "Fehlende Fachkräfte");
        await console.ReloadAsync();
        await console.Locator("li[data-key='bedarfe']").GetByRole(AriaRole.Button, new() { Name = "Bedarfe zusammenführen" }).ClickAsync();
        var merge = console.GetByRole(AriaRole.Form, new() { NameRegex = new("^Bedarfe zusammenführen") });
        await merge.GetByRole(AriaRole.Checkbox, new() { NameRegex = new("Breitband in allen Ortsteilen") }).CheckAsync();
        await merge.GetByRole(AriaRole.Checkbox, new() { NameRegex = new("Schnelles Internet überall") }).CheckAsync();
        await merge.GetByRole(AriaRole.Radio, new() { Name = "Breitband in allen Ortsteilen bleibt" }).CheckAsync();
        await merge.GetByRole(AriaRole.Button, new() { Name = "Zusammenführen", Exact = true }).ClickAsync();
        await Expect(console.Locator(".sources")).ToContainTextAsync("Schnelles Internet überall");
        await Browser.ScreenshotAsync(console, "5-console-merged");

        await forumOne.GetByRole(AriaRole.Button, new() { Name = "Forum schließen" }).ClickAsync();
        await console.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Forum schließen" }).ClickAsync();
        await Expect(forumOne.Locator(".forum-status")).ToHaveTextAsync("(abgeschlossen)");
        await console.Locator("section[data-forum='2']").GetByRole(AriaRole.Button, new() { Name = "Übernahme aus dem Vorforum …" }).ClickAsync();
        var preview = console.GetByRole(AriaRole.Dialog, new() { Name = "Übernahme in Forum 2" });
        await Expect(preview).ToContainTextAsync("Breitband in allen Ortsteilen");
        await Expect(preview).Not.ToContainTextAsync("Schnelles Internet überall");
        await Browser.ScreenshotAsync(console, "6-carry-over-preview");
        await preview.GetByRole(AriaRole.Button, new() { Name = "Übernehmen" }).ClickAsync();
        await Expect(preview).ToHaveCountAsync(0);
        await Expect(console.GetByRole(AriaRole.Alert)).ToBeEmptyAsync();
    }

    private async Task<IPage> OpenLocalAsync(string path, TeamsUser user)
    {
        var page = await Browser.NewPageAsync();
        var separator = path.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        var query = $"user={Uri.EscapeDataString(user.AadObjectId)}&name={Uri.EscapeDataString(user.Name)}&conversation={Uri.EscapeDataString(_conversation!)}";
        await page.GotoAsync(Host.Page(path + separator + query).ToString());
        return page;
    }

    private async Task AnswerOnPageAsync(TeamsUser user, string itemId, string choice)
    {
        var page = await OpenLocalAsync($"/tab/answer?item={itemId}", user);
        var group = page.GetByLabel("Gruppe");
        await Expect(group).ToBeVisibleAsync();
        await group.SelectOptionAsync("kommune");
        var organisation = page.GetByLabel("Organisation", new() { Exact = true });
        if (await organisation.CountAsync() > 0)
        {
            await organisation.FillAsync("Gemeinde Bördeland");
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Weiter" }).ClickAsync();
        await page.GetByLabel(choice).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Antwort senden" }).ClickAsync();
        await Expect(page.GetByText("Danke, Ihre Antwort ist gespeichert.")).ToBeVisibleAsync();
        await Browser.ScreenshotAsync(page, $"answer-{user.Name.Split(' ')[0].ToLowerInvariant()}");
        await page.Context.CloseAsync();
    }

    private async Task SubmitNeedAsync(TeamsActivities chat, TeamsUser user, string itemId, string kind, string text) =>
        await Host.PostAsync(InMeeting(chat.Execute(user, "submitNeed", new JsonObject
        {
            ["itemId"] = itemId, ["clientKey"] = Guid.NewGuid().ToString("N"),
            ["in.needKind"] = kind, ["in.needTopic"] = "smart-mobility", ["in.needText"] = text,
        })));

    private static async Task<string> SeriesIdAsync(IPage console) =>
        await console.EvaluateAsync<string>("""
            async () => {
              const q = new URLSearchParams(location.search);
              const r = await fetch('/api/forum/me', { headers: { 'X-Local-User': q.get('user'), 'X-Local-Name': q.get('name'), 'X-Conversation-Id': q.get('conversation') } });
              return (await r.json()).series.id;
            }
            """);

    /// <summary>An activity as Teams sends it from a meeting's chat: channelData names the meeting.</summary>
    private static JsonObject InMeeting(JsonObject activity)
    {
        var channelData = activity["channelData"]!.AsObject();
        channelData["meeting"] = new JsonObject { ["id"] = MeetingId };
        return activity;
    }
}
