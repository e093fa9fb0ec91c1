using Collaboration.Fakes.Graph;
using static Microsoft.Playwright.Assertions;

namespace Collaboration.EndToEnd.Tests.Scenarios;

public sealed class ArchiveToSharePoint
{
    // The series' language is German, so are the report's and deck's names; the link buttons speak the chat's English.
    private const string Need = "Digitale Bauakte für alle Ämter";

    private static readonly string[] ArchivedFiles = ["Ergebnisbericht.docx", "Ergebnispräsentation.pptx", "needs.csv", "responses.csv", "results.json"];

    [Fact]
    public Task Closing_a_forum_archives_it_through_graph_sync_and_the_chat_gets_the_links() =>
        ForumScenario.RunWithGraphSyncAsync("archive-to-sharepoint", async (ui, graph) =>
        {
            await ForumActions.StartForumOneAsync(ui, ForumActions.NeedsPrompt);
            // Three people file: a needs collection with fewer is withheld from every output, SharePoint included.
            await ForumActions.FileNeedAsync(ui, MockUser.Jonas, Need, kind: null, topic: null, shown: false);
            await ForumActions.FileNeedAsync(ui, MockUser.Lena, "Offenes WLAN in allen Rathäusern", kind: null, topic: null, shown: false);
            await ForumActions.FileNeedAsync(ui, MockUser.Tobias, "Gemeinsame Fortbildungen zur E-Akte", kind: null, topic: null);
            await ui.ActAsAsync(MockUser.Maria);

            await ui.MentionBotAsync("close forum 1");

            // graph-sync (another process) archives the forum; the bot then posts the links into this chat.
            var card = ui.Card("The results of forum 1 are filed in SharePoint");
            await Expect(card).ToBeVisibleAsync(new() { Timeout = PlaygroundPage.Timeout });
            await ui.ScreenshotAsync("archive-links", card);
            var paths = graph.FilePaths(ArchiveTarget.DriveId);
            Assert.Equal(ArchivedFiles, paths.Select(p => p[(p.LastIndexOf('/') + 1)..]).Order(StringComparer.Ordinal));
            foreach (var path in paths)
            {
                var name = path[(path.LastIndexOf('/') + 1)..];
                var link = card.GetByRole(AriaRole.Link, new() { Name = "Open " + name });
                await Expect(link).ToBeVisibleAsync();
            }

            // Each need is an item of the SharePoint list, once.
            var items = graph.ListItems(ArchiveTarget.SiteId, ArchiveTarget.ListId);
            Assert.Equal(3, items.Count);
            Assert.Single(items, item => item["NeedText"].GetString() == Need);
        });
}
