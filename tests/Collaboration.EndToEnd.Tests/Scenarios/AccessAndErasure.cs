using System.Text.Json.Nodes;
using static Microsoft.Playwright.Assertions;

namespace Collaboration.EndToEnd.Tests.Scenarios;

/// <summary>
/// The data subject's rights in Teams: a participant asks for her data and then deletes it in her personal chat with
/// the bot, and the results of the question she answered by name lose her answer.
/// </summary>
public sealed class AccessAndErasure
{
    // rdz-salzlandkreis.yaml, forum 1 item "rolle-zentrum": single choice, not anonymous; the template's k is 3.
    private const string ItemKey = "rolle-zentrum";
    private const string Prompt = "What should the digitalisation centre be first and foremost?";
    private const string Advisory = "Advisory service";
    private const string Network = "Network and hub";
    private const string Withheld = ForumActions.Withheld;

    [Fact]
    public Task A_participant_exports_her_data_then_erases_it_and_the_results_count_one_answer_fewer() =>
        ForumScenario.RunAsync("access-and-erasure", async ui =>
        {
            await ForumActions.StartForumOneAsync(ui, Prompt);

            // Maria, the moderator, answers too: only she can type in the Playground's personal chat (see SendAsync).
            var votes = new[] { (MockUser.Maria, Advisory), (MockUser.Jonas, Advisory), (MockUser.Lena, Network), (MockUser.Tobias, Advisory) };
            for (var i = 0; i < votes.Length; i++)
            {
                var (user, choice) = votes[i];
                await ui.ActAsAsync(user);
                var card = ui.Card(Prompt);
                await ForumActions.ChooseAsync(ui, card, choice);
                await ForumActions.AnswerButton(card).ClickAsync();
                await ForumActions.OnboardAsync(ui, ForumActions.MunicipalityGroup, "Gemeinde " + user.Name);
                await ExpectSharedCardAsync(ui, i + 1 < 3 ? Withheld : $"Results · respondents: {i + 1}");
            }

            await ForumActions.ExpectBarsAsync(ui.Card(Prompt), (Advisory, 3), (Network, 1));
            await ui.ScreenshotAsync("four-answers");

            // Access (Art. 15, 20): the summary card and a JSON file with her profile and her named answer.
            await ui.ActAsAsync(MockUser.Maria);
            await ui.OpenChatAsync(PlaygroundChat.Personal);
            await ui.SendAsync("my data");
            var summary = ui.Card("Your stored data");
            await Expect(summary).ToBeVisibleAsync(new() { Timeout = PlaygroundPage.Timeout });
            await PlaygroundPage.ExpectInAsync(summary, "Answers with your name");
            await PlaygroundPage.ExpectInAsync(summary, "Maria Moderatorin, Gemeinde Maria Moderatorin");
            await PlaygroundPage.ExpectInAsync(summary, "Answers to anonymous questions are stored without your id");
            var download = summary.GetByRole(AriaRole.Link, new() { Name = "Download the file" });
            await Expect(download).ToBeVisibleAsync();
            await ui.ScreenshotAsync("my-data", summary);
            var export = await DownloadAsync(ui, download);
            var answers = export["namedAnswers"]!.AsArray();
            Assert.Equal(ItemKey, Assert.Single(answers)!["itemKey"]!.GetValue<string>());
            Assert.Equal("Maria Moderatorin", Assert.Single(export["profiles"]!.AsArray())!["displayName"]!.GetValue<string>());

            // Erasure (Art. 17): the confirmation card, then the receipt.
            await ui.SendAsync("delete my data");
            var confirm = ui.Card("Delete your data?");
            await Expect(confirm).ToBeVisibleAsync(new() { Timeout = PlaygroundPage.Timeout });
            await ui.ScreenshotAsync("confirm-erasure", confirm);
            await confirm.GetByRole(AriaRole.Button, new() { Name = "Delete for good" }).ClickAsync();
            await ui.ExpectTextAsync("Deleted: 1 sign-up(s), 1 answer(s)");
            await ui.ScreenshotAsync("erased");

            // Asked again, nothing of hers is left in the store.
            await ui.SendAsync("my data");
            await ui.ExpectTextAsync("Nothing is stored about you.");
            await ui.ScreenshotAsync("my-data-after-erasure");

            // Back in the group chat the question's results count three answers; her "Advisory service" is gone: the
            // erasure refreshes the posted cards of the series' open forums, and "results KEY" computes them anew.
            await ui.OpenChatAsync(PlaygroundChat.ForumPreparation);
            await ExpectSharedCardAsync(ui, "Results · respondents: 3");
            await ui.ScreenshotAsync("shared-card-after-erasure", ui.Card(Prompt));
            await ui.MentionBotAsync("results " + ItemKey);
            await ui.ExpectTextAsync("Results · respondents: 3");
            var results = ui.Page.Locator(".ac-adaptiveCard").Filter(new() { HasText = "Results · respondents: 3" }).Last;
            await ForumActions.ExpectBarsAsync(results, (Advisory, 2), (Network, 1));
            await ui.ScreenshotAsync("results-after-erasure", results);
        });

    /// <summary>The shared card (the one with "My answer") is back, updated in place, and shows <paramref name="text"/>.</summary>
    private static async Task ExpectSharedCardAsync(PlaygroundPage ui, string text)
    {
        var card = ui.Card(Prompt);
        await Expect(card.GetByRole(AriaRole.Button, new() { Name = "My answer" })).ToBeVisibleAsync(new() { Timeout = PlaygroundPage.Timeout });
        await PlaygroundPage.ExpectInAsync(card, text);
    }

    /// <summary>Opens the card's link as Teams would (a new window) and reads the signed file behind it.</summary>
    private static async Task<JsonObject> DownloadAsync(PlaygroundPage ui, ILocator link)
    {
        var requested = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        ui.Page.Context.Request += (_, request) =>
        {
            if (request.Url.Contains("/downloads/", StringComparison.Ordinal))
            {
                requested.TrySetResult(request.Url);
            }
        };
        await link.ClickAsync();
        var url = await requested.Task.WaitAsync(TimeSpan.FromMilliseconds(PlaygroundPage.Timeout));
        using var http = new HttpClient();
        return JsonNode.Parse(await http.GetStringAsync(new Uri(url)))!.AsObject();
    }
}
