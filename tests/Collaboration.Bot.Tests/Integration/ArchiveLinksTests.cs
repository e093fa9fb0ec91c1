using Azure.Core;
using Collaboration.Fakes.Graph;

namespace Collaboration.Bot.Tests.Integration;

/// <summary>
/// The bot host with graph-sync switched on, Graph pointed at a loopback fake: closing a forum archives its files to
/// SharePoint, and then the forum's chat gets a card with a link to each file.
/// </summary>
public sealed class ArchiveLinksTests : IAsyncLifetime
{
    private const string DriveId = ArchiveTarget.DriveId;
    private static readonly string[] ArchivedNames = ["Ergebnisbericht.docx", "Ergebnispräsentation.pptx", "needs.csv", "responses.csv", "results.json"];

    private readonly ThrowAwayStore _store = ThrowAwayStore.Sqlite();
    private FakeGraphService _graph = null!;
    private BotHost _bot = null!;

    public async Task InitializeAsync()
    {
        _graph = await FakeGraphService.StartAsync();
        _bot = await BotHost.StartAsync(
            _store,
            new Dictionary<string, string?>
            {
                ["GraphSync:Enabled"] = "true",
                ["GraphSync:BaseUrl"] = _graph.BaseUrl,
                ["GraphSync:DriveId"] = DriveId,
                ["GraphSync:SiteId"] = ArchiveTarget.SiteId,
                ["GraphSync:ListId"] = ArchiveTarget.ListId,
                ["GraphSync:Credential"] = "ManagedIdentity",
                ["Outbox:BaseBackoff"] = "00:00:00",
                ["Outbox:PollInterval"] = "00:00:00.100",
            },
            services => services.AddSingleton<TokenCredential, FakeTokenCredential>());
    }

    [Theory]
    [InlineData("de-DE", "Die Ergebnisse von Forum 1 sind in SharePoint abgelegt")]
    [InlineData("en-US", "The results of forum 1 are filed in SharePoint")]
    public async Task Closing_a_forum_posts_the_sharepoint_links_of_its_archive_into_the_chat(string locale, string title)
    {
        // The chat's language is the locale the series was set up in, so the series is created in that chat.
        var chat = _bot.NewChat(locale);
        var moderator = TeamsUser.Create("Maria Moderatorin");
        await _bot.SayAsync(chat, moderator, "serie anlegen " + BuiltInSeries.Name);
        await _bot.SayAsync(chat, moderator, "forum starten 1");

        await _bot.SayAsync(chat, moderator, "forum schließen 1");

        var posted = await _bot.Connector.WaitForAsync(
            a => a.ConversationId == chat.ConversationId && a.Operation is ConnectorOperation.Send or ConnectorOperation.Reply
                && BotHost.Cards(a.Activity.GetRawText()).Any(c => CardReader.Text(c).Contains(title, StringComparison.Ordinal)),
            1,
            TimeSpan.FromSeconds(30));
        var card = Assert.Single(BotHost.Cards(posted[0].Activity.GetRawText()));
        var paths = _graph.FilePaths(DriveId);
        Assert.Equal(ArchivedNames, paths.Select(p => p[(p.LastIndexOf('/') + 1)..]).Order(StringComparer.Ordinal));
        Assert.All(paths, p => Assert.Contains("/01 ", p, StringComparison.Ordinal));
        Assert.All(paths, p => Assert.NotNull(_graph.GetFile(DriveId, p)));
        Assert.Equal(
            paths.Select(p => FakeGraphService.WebUrl(DriveId, p).AbsoluteUri).Order(StringComparer.Ordinal),
            LinksOf(card).Order(StringComparer.Ordinal));
    }

    private static IEnumerable<string> LinksOf(JsonNode card) =>
        CardReader.Elements(card, "Action.OpenUrl").Select(a => (string)a["url"]!);

    public async Task DisposeAsync()
    {
        try
        {
            await _bot.AssertEveryCardValidAsync();
        }
        finally
        {
            await _bot.DisposeAsync();
            await _graph.DisposeAsync();
            await _store.DisposeAsync();
        }
    }
}
