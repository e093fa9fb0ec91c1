using static Microsoft.Playwright.Assertions;

namespace Collaboration.EndToEnd.Tests.Playground;

/// <summary>The steps of a forum that several scenarios share, in the English the Playground's en-US turns get.</summary>
internal static class ForumActions
{
    public const string Template = "rdz-salzlandkreis";

    // rdz-salzlandkreis.yaml, forum 1 item "bedarfe" (kind needs, maxLength 500).
    public const string NeedsPrompt = "Quick poll: what does your organisation need, what do you expect of the centre, what do you wish for and what stands in the way?";
    public const string NeedsText = "Your entry (at most 500 characters)";
    public const string MunicipalityGroup = "Municipality (town/community)";

    /// <summary>What a shared card shows in place of results below the template's smallest group (k = 3).</summary>
    public const string Withheld = "Results appear from 3 answers on";

    /// <summary>
    /// The moderator (the Playground's current user) opens the forum preparation chat, creates the seed's series there
    /// and starts forum 1; with <paramref name="firstCard"/>, until the card of that prompt is visible.
    /// </summary>
    public static async Task StartForumOneAsync(PlaygroundPage ui, string? firstCard = null)
    {
        await ui.OpenChatAsync(PlaygroundChat.ForumPreparation);
        await ui.MentionBotAsync("create series " + Template);
        await ui.ExpectTextAsync("is created and linked to this chat");
        await ui.ScreenshotAsync("series-created");
        await ui.MentionBotAsync("start forum 1");
        await ui.ExpectTextAsync("Forum 1 \"Opportunities, needs and expectations\" has started.");
        if (firstCard is not null)
        {
            await Expect(ui.Card(firstCard)).ToBeVisibleAsync(new() { Timeout = PlaygroundPage.Timeout });
        }
    }

    /// <summary>
    /// Answers the onboarding card a first answer brings up; its Save submits the pending answer, and the item card
    /// comes back saying so.
    /// </summary>
    public static async Task OnboardAsync(PlaygroundPage ui, string group, string organisation)
    {
        var card = ui.Card("About you");
        await Expect(card).ToBeVisibleAsync(new() { Timeout = PlaygroundPage.Timeout });
        await card.GetByText(group, new() { Exact = true }).Last.ClickAsync();
        await card.GetByLabel("Organisation").Last.FillAsync(organisation);
        await ui.ScreenshotAsync("onboarding-" + ui.CurrentUser.Id);
        await card.GetByRole(AriaRole.Button, new() { Name = "Save" }).Last.ClickAsync();
    }

    /// <summary>Picks an option of a single-choice (radio) input in <paramref name="card"/> and checks that it took.</summary>
    public static async Task ChooseAsync(PlaygroundPage ui, ILocator card, string option)
    {
        await ui.WaitForCardsToSettleAsync();
        await card.GetByRole(AriaRole.Radio, new() { Name = option, Exact = true }).Last.CheckAsync();
    }

    /// <summary>Picks an option of a compact choice input, which the Playground renders as a combobox with a popup list.</summary>
    public static async Task SelectAsync(PlaygroundPage ui, ILocator card, string label, string option)
    {
        await card.GetByRole(AriaRole.Combobox, new() { Name = label, Exact = true }).Last.ClickAsync();
        await ui.Page.GetByRole(AriaRole.Option, new() { Name = option, Exact = true }).Last.ClickAsync();
        await Expect(card.GetByRole(AriaRole.Combobox, new() { Name = label, Exact = true }).Last).ToHaveValueAsync(option);
    }

    /// <summary>The answer button of an item card: "Submit answer" on the shared card, "Change answer" on one's own.</summary>
    public static ILocator AnswerButton(ILocator card) =>
        card.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^(Submit answer|Change answer)$") }).Last;

    /// <summary>A first entry: the user onboards on the way, and the entry appears in the card's ranking.</summary>
    /// <param name="shown">
    /// Whether the shared card lists the entries once this one is in: from three people who filed on (below that the
    /// card shows no entries, so nobody's need can be told apart).
    /// </param>
    public static async Task FileNeedAsync(PlaygroundPage ui, MockUser user, string text, string? kind, string? topic, bool shown = true)
    {
        await ui.ActAsAsync(user);
        await ui.WaitForCardsToSettleAsync();
        var card = ui.Card(NeedsPrompt);
        if (kind is not null)
        {
            await SelectAsync(ui, card, "Kind", kind);
        }

        if (topic is not null)
        {
            await SelectAsync(ui, card, "Topic", topic);
        }

        await card.GetByLabel(NeedsText).Last.FillAsync(text);
        await card.GetByRole(AriaRole.Button, new() { Name = "Submit entry" }).Last.ClickAsync();
        await OnboardAsync(ui, MunicipalityGroup, "Gemeinde " + user.Name);

        // The thank-you card lasts only until the bot's update of the shared card; the ranking there is what stays.
        await ui.ScreenshotAsync("need-" + user.Id);
        await PlaygroundPage.ExpectInAsync(ui.Card(NeedsPrompt), shown ? AsShownInTextBlock(text) : "Results appear from 3 answers on");
    }

    /// <summary>The Playground renders Chart.HorizontalBar with one image per bar named "label, value".</summary>
    public static async Task ExpectBarsAsync(ILocator card, params (string Label, int Count)[] bars)
    {
        foreach (var (label, count) in bars)
        {
            await Expect(card.GetByRole(AriaRole.Img, new() { Name = $"{label}, {count}", Exact = true }))
                .ToBeVisibleAsync(new() { Timeout = PlaygroundPage.Timeout });
        }
    }

    /// <summary>
    /// The bot puts an invisible WORD JOINER after "&amp;" in a participant's text in a TextBlock, so that no HTML
    /// entity can form (see CardText); the text reads the same.
    /// </summary>
    public static string AsShownInTextBlock(string text) => text.Replace("&", "&\u2060", StringComparison.Ordinal);
}
