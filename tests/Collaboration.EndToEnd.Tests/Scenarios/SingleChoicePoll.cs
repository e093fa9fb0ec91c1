using static Microsoft.Playwright.Assertions;

namespace Collaboration.EndToEnd.Tests.Scenarios;

public sealed class SingleChoicePoll
{
    private const string Prompt = "What should the digitalisation centre be first and foremost?";
    private const string Advisory = "Advisory service";
    private const string Network = "Network and hub";

    [Fact]
    public Task Three_participants_answer_in_the_card_and_the_shared_results_follow_a_changed_answer() =>
        ForumScenario.RunAsync("single-choice-poll", async ui =>
        {
            await ForumActions.StartForumOneAsync(ui, Prompt);
            await ui.ScreenshotAsync("forum-1-started");

            // The Playground shows one view for everybody: the voter's own card (the invoke response) stands until the
            // bot's coalesced update of the shared card replaces it, which may take less time than a check. So each
            // voter's own choice is checked through "My answer" once the shared card is back; that card then stays
            // until the next voter answers on it (with "Change answer" instead of "Submit answer": same action).
            var votes = new[] { (MockUser.Jonas, Advisory), (MockUser.Lena, Network), (MockUser.Tobias, Advisory) };
            for (var i = 0; i < votes.Length; i++)
            {
                var (user, choice) = votes[i];
                await ui.ActAsAsync(user);
                var card = ui.Card(Prompt);
                await ForumActions.ChooseAsync(ui, card, choice);
                await ForumActions.AnswerButton(card).ClickAsync();
                await ForumActions.OnboardAsync(ui, "Municipality (town/community)", "Gemeinde " + user.Name);
                await ExpectSharedResultsAsync(ui, respondents: i + 1);
                await ShowMyAnswerAsync(ui, choice);
            }

            await ForumActions.ExpectBarsAsync(ui.Card(Prompt), (Advisory, 2), (Network, 1));
            await ui.ScreenshotAsync("three-answers");

            // A changed answer moves the split and keeps the number of respondents.
            await ui.ActAsAsync(MockUser.Tobias);
            var shared = ui.Card(Prompt);
            await ForumActions.ChooseAsync(ui, shared, Network);
            await ForumActions.AnswerButton(shared).ClickAsync();
            await ExpectSharedResultsAsync(ui, respondents: 3);
            await ForumActions.ExpectBarsAsync(ui.Card(Prompt), (Advisory, 1), (Network, 2));
            await ui.ScreenshotAsync("results-after-change");
            await ShowMyAnswerAsync(ui, Network);
        });

    /// <summary>The current user presses "My answer" on the shared card and sees their own choice.</summary>
    private static async Task ShowMyAnswerAsync(PlaygroundPage ui, string choice)
    {
        await ui.WaitForCardsToSettleAsync();
        await ui.Card(Prompt).GetByRole(AriaRole.Button, new() { Name = "My answer" }).ClickAsync();
        await ui.ExpectTextAsync("Your answer: " + choice);
        await ui.ScreenshotAsync("my-answer-" + ui.CurrentUser.Id);
    }

    /// <summary>
    /// The shared card (the one with "My answer") is back, updated in place with the results; below the template's
    /// minimum of 3 respondents it shows no numbers, only when they will appear.
    /// </summary>
    private static async Task ExpectSharedResultsAsync(PlaygroundPage ui, int respondents)
    {
        var card = ui.Card(Prompt);
        await Expect(card.GetByRole(AriaRole.Button, new() { Name = "My answer" })).ToBeVisibleAsync(new() { Timeout = PlaygroundPage.Timeout });
        await PlaygroundPage.ExpectInAsync(card, respondents < 3 ? "Results appear from 3 answers on" : $"Results · respondents: {respondents}");
    }
}
