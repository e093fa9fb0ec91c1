using System.IO.Compression;
using static Microsoft.Playwright.Assertions;

namespace Collaboration.EndToEnd.Tests.Scenarios;

public sealed class ExecutiveDeckForModerator
{
    [Fact]
    public Task The_moderator_asks_for_the_executive_deck_and_downloads_it_from_the_card() =>
        ForumScenario.RunAsync("executive-deck", async ui =>
        {
            await ForumActions.StartForumOneAsync(ui);

            await ui.MentionBotAsync("report");
            var card = ui.Card("Documents for the round of chief administrative officers");
            await Expect(card).ToBeVisibleAsync(new() { Timeout = PlaygroundPage.Timeout });

            // The chat sees a card without links; Teams refreshes it for the moderator who asked. Where the host does
            // not refresh on its own, the moderator's button asks for the same view.
            var show = card.GetByRole(AriaRole.Button, new() { Name = "Show the links (moderators)" });
            if (await card.GetByRole(AriaRole.Link, new() { Name = "Download the deck" }).CountAsync() == 0 && await show.CountAsync() > 0)
            {
                await show.ClickAsync();
            }

            await Expect(card.GetByRole(AriaRole.Link, new() { Name = "Download the deck" })).ToBeVisibleAsync(new() { Timeout = PlaygroundPage.Timeout });
            await ui.ScreenshotAsync("files-offered", card);

            // The button opens the signed link in a new window, as Teams would; the file behind it must be a deck.
            var requested = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
            ui.Page.Context.Request += (_, request) =>
            {
                if (request.Url.Contains("/downloads/", StringComparison.Ordinal))
                {
                    requested.TrySetResult(request.Url);
                }
            };
            // Adaptive Cards render an Action.OpenUrl with the role "link", not "button".
            await card.GetByRole(AriaRole.Link, new() { Name = "Download the deck" }).ClickAsync();
            var link = await requested.Task.WaitAsync(TimeSpan.FromMilliseconds(PlaygroundPage.Timeout));
            using var http = new HttpClient();
            var deck = await http.GetByteArrayAsync(new Uri(link));
            using var zip = new ZipArchive(new MemoryStream(deck), ZipArchiveMode.Read);
            Assert.Contains(zip.Entries, e => e.FullName == "ppt/presentation.xml");
            Assert.Contains(zip.Entries, e => e.FullName == "ppt/slides/slide1.xml");
        });
}
