namespace Collaboration.EndToEnd.Tests.Scenarios;

public sealed class NoSeriesTakeover
{
    [Fact]
    public Task A_second_user_who_tries_to_take_over_the_chats_series_is_refused_and_the_moderator_keeps_it() =>
        ForumScenario.RunAsync("no-series-takeover", async ui =>
        {
            await ui.OpenChatAsync(PlaygroundChat.ForumPreparation);
            await ui.MentionBotAsync("create series rdz-salzlandkreis");
            await ui.ExpectTextAsync("is created and linked to this chat");

            await ui.ActAsAsync(MockUser.Jonas);
            await ui.MentionBotAsync("create series rdz-salzlandkreis");
            await ui.ExpectTextAsync("Only its moderators can link it to a new series.");
            await ui.ScreenshotAsync("takeover-refused");
            Assert.Equal(1, await ui.Page.GetByText("is created and linked to this chat").CountAsync());
        });
}
