using static Microsoft.Playwright.Assertions;

namespace Collaboration.EndToEnd.Tests.Scenarios;

public sealed class NeedsAndPoints
{
    // rdz-salzlandkreis.yaml, forum 1 item "bedarfe" (kind needs, maxLength 500) and forum 2 item "leistungen" (points, budget 10).
    private const string NeedsPrompt = ForumActions.NeedsPrompt;
    private const string NeedsText = ForumActions.NeedsText;
    private const string PointsPrompt = "Distribute 10 points across the services the centre should offer.";

    private const string BusNeed = "Rufbus-App für alle Gemeinden";
    private const string PrivacyObstacle = "Datenschutz-Beratung für Ämter & Bürger – Übergänge, Größe, Äußerungen 🛡️🚀";
    private const string CoworkingWish = "Coworking im Dorf mit Glasfaser";

    /// <summary>The obstacle's start, enough to find it as a label (the points inputs) and as a ranked entry.</summary>
    private const string PrivacyLabel = "Datenschutz-Beratung für Ämter";
    private const string Withheld = ForumActions.Withheld;

    [Fact]
    public Task Needs_collected_in_forum_1_become_the_top_options_of_forum_2s_points() =>
        ForumScenario.RunAsync("needs-and-points", async ui =>
        {
            await ForumActions.StartForumOneAsync(ui, NeedsPrompt);

            // Playground 0.2.28 quirk: once a card has been updated in place, every compact choice input in it opens
            // the popup list of the first one ever opened there (Kind), so later entries can change only the kind.
            // The first entry goes in on the freshly posted card and changes both.
            await ForumActions.FileNeedAsync(ui, MockUser.Jonas, BusNeed, kind: "Requirement", topic: "Work 4.0", shown: false);
            await ForumActions.FileNeedAsync(ui, MockUser.Lena, PrivacyObstacle, kind: "Obstacle", topic: null, shown: false);
            await ForumActions.FileNeedAsync(ui, MockUser.Tobias, CoworkingWish, kind: "Wish", topic: null);
            await PlaygroundPage.ExpectInAsync(ui.Card(NeedsPrompt), "Need: 0 · Requirement: 1 · Wish: 1 · Obstacle: 1");
            await PlaygroundPage.ExpectInAsync(ui.Card(NeedsPrompt), "Requirement · Work 4.0");
            await PlaygroundPage.ExpectInAsync(ui.Card(NeedsPrompt), "Obstacle · Smart mobility in rural areas");
            await ui.ScreenshotAsync("three-needs");

            // Too long: the bot says so and hands the text back in the box, so nothing typed is lost.
            var tooLong = string.Join(' ', Enumerable.Repeat("Breitband für jede Schule im Landkreis.", 13));
            Assert.True(tooLong.Length > 500);
            await ui.ActAsAsync(MockUser.Sabine);
            var card = ui.Card(NeedsPrompt);
            await ui.WaitForCardsToSettleAsync();
            await card.GetByLabel(NeedsText).Last.FillAsync(tooLong);
            await card.GetByRole(AriaRole.Button, new() { Name = "Submit entry" }).Last.ClickAsync();
            await ForumActions.OnboardAsync(ui, "Company", "Weber Logistik");
            await ui.ExpectTextAsync("Your text is too long: at most 500 characters.");
            await Expect(ui.Card(NeedsPrompt).GetByLabel(NeedsText).Last).ToHaveValueAsync(tooLong);
            await ui.ScreenshotAsync("too-long-kept", ui.Page.GetByText("Your text is too long").Last);

            // Support ranks Lena's obstacle first.
            await ui.ActAsAsync(MockUser.Jonas);
            await SupportAsync(ui, PrivacyLabel, supporters: 2);
            await ui.ActAsAsync(MockUser.Tobias);
            await SupportAsync(ui, PrivacyLabel, supporters: 3);
            await ui.ScreenshotAsync("supported");

            await ui.ActAsAsync(MockUser.Maria);
            await ui.MentionBotAsync("close forum 1");
            await ui.ExpectTextAsync("Forum 1 \"Opportunities, needs and expectations\" is closed.");
            await ui.MentionBotAsync("start forum 2");
            await ui.ExpectTextAsync("Forum 2 \"Service spectrum, roles and tasks\" has started.");
            var points = ui.Card(PointsPrompt);
            await Expect(points).ToBeVisibleAsync(new() { Timeout = PlaygroundPage.Timeout });
            foreach (var need in new[] { PrivacyLabel, BusNeed, CoworkingWish })
            {
                await Expect(points.GetByLabel(need).Last).ToBeVisibleAsync();
            }

            await ui.ScreenshotAsync("forum-2-points-card", points.GetByText(PointsPrompt));

            // Below three respondents the shared card shows no figures, only when they will appear.
            await DistributeAsync(ui, MockUser.Jonas, (PrivacyLabel, 6), (BusNeed, 4));
            await PlaygroundPage.ExpectInAsync(ui.Card(PointsPrompt), Withheld);
            await ui.ScreenshotAsync("points-jonas");
            await DistributeAsync(ui, MockUser.Lena, (PrivacyLabel, 10));
            await PlaygroundPage.ExpectInAsync(ui.Card(PointsPrompt), Withheld);

            await DistributeAsync(ui, MockUser.Tobias, (CoworkingWish, 7), ("Coworking spaces", 5));
            await ui.ExpectTextAsync("You gave 12 points; at most 10 are possible. Please redistribute.");
            await ui.ScreenshotAsync("too-many-points", ui.Page.GetByText("You gave 12 points").Last);
            await PlaygroundPage.ExpectInAsync(ui.Card(PointsPrompt), Withheld);
        });

    private static async Task SupportAsync(PlaygroundPage ui, string need, int supporters)
    {
        await ui.WaitForCardsToSettleAsync();
        // The item's help tells people to support entries with "Me too"; the button says the same. The innermost
        // block that holds both the entry and such a button is the entry's row (document order puts it last).
        var support = ui.Page.GetByRole(AriaRole.Button, new() { Name = "👍 Me too" });
        var row = ui.Card(NeedsPrompt).Locator("div").Filter(new() { HasText = need }).Filter(new() { Has = support }).Last;
        await row.GetByRole(AriaRole.Button, new() { Name = "👍 Me too" }).ClickAsync();
        await PlaygroundPage.ExpectInAsync(ui.Card(NeedsPrompt), "Obstacle · Smart mobility in rural areas · " + supporters + " supporters");
    }

    private static async Task DistributeAsync(PlaygroundPage ui, MockUser user, params (string Option, int Points)[] points)
    {
        await ui.ActAsAsync(user);
        await ui.WaitForCardsToSettleAsync();
        var card = ui.Card(PointsPrompt);

        // The previous voter's own card (prefilled with their points) gives way to the shared, empty one.
        await Expect(card.GetByRole(AriaRole.Button, new() { Name = "My answer" })).ToBeVisibleAsync(new() { Timeout = PlaygroundPage.Timeout });
        await ui.WaitForCardsToSettleAsync();
        foreach (var (option, value) in points)
        {
            await card.GetByRole(AriaRole.Spinbutton, new() { Name = option }).Last.FillAsync(value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        await ForumActions.AnswerButton(card).ClickAsync();
    }
}
