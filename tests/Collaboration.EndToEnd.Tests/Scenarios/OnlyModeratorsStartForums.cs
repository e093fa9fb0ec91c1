namespace Collaboration.EndToEnd.Tests.Scenarios;

public sealed class OnlyModeratorsStartForums
{
    [Fact]
    public Task A_participant_who_tries_to_start_a_forum_is_refused_politely() =>
        ForumScenario.RunAsync("participant-cannot-start-forum", async ui =>
        {
            await ui.OpenChatAsync(PlaygroundChat.ForumPreparation);
            await ui.MentionBotAsync("create series rdz-salzlandkreis");
            await ui.ExpectTextAsync("is created and linked to this chat");
            await ui.ScreenshotAsync("series-created");

            await ui.ActAsAsync(MockUser.Jonas);
            await ui.MentionBotAsync("start forum 1");
            await ui.ExpectTextAsync("Only moderators of this forum series may do that.");
            await ui.ScreenshotAsync("participant-refused");
            Assert.Equal(0, await ui.Page.GetByText("has started").CountAsync());
        });
}
