using Collaboration.Fakes.Cards;
using Collaboration.Fakes.Graph;

namespace Collaboration.EndToEnd.Tests.Stack;

/// <summary>
/// One scenario's world: a bot on its own database, a Playground, and one Chromium page, all torn down afterwards.
/// Screenshots, the Playground log and the bot log land in artifacts/e2e/&lt;scenario&gt;/; when the scenario fails,
/// its message names them.
/// </summary>
internal static class ForumScenario
{
    private const string OutboxPollInterval = "Outbox:PollInterval";

    public static Task RunAsync(string name, Func<PlaygroundPage, Task> scenario) =>
        RunAsync(name, withGraphSync: false, (ui, _) => scenario(ui));

    /// <summary>
    /// As <see cref="RunAsync(string, Func{PlaygroundPage, Task})"/>, with graph-sync beside the bot as a process of
    /// its own on the same database, archiving into a fake Graph with a managed identity token from a fake identity
    /// endpoint, as it would run next to the bot in a tenant.
    /// </summary>
    public static Task RunWithGraphSyncAsync(string name, Func<PlaygroundPage, FakeGraphService, Task> scenario) =>
        RunAsync(name, withGraphSync: true, (ui, graph) => scenario(ui, graph!));

    private static async Task RunAsync(string name, bool withGraphSync, Func<PlaygroundPage, FakeGraphService?, Task> scenario)
    {
        Chromium.Require();
        var repoRoot = RepositoryRoot.Find();
        var artifacts = Path.Combine(repoRoot, "artifacts", "e2e", name);
        if (Directory.Exists(artifacts))
        {
            Directory.Delete(artifacts, recursive: true);
        }

        Directory.CreateDirectory(artifacts);
        var work = Directory.CreateTempSubdirectory("forum-e2e-");
        var playgroundLog = Path.Combine(artifacts, "playground.log");
        var database = $"Data Source={Path.Combine(work.FullName, "forums.db")}";
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        try
        {
            await using var bot = await BotProcess.StartAsync(
                new BotProcessOptions
                {
                    StoreProvider = "Sqlite",
                    StoreConnectionString = database,
                    LogPath = Path.Combine(artifacts, "bot.log"),
                    Environment = "Development",
                    Settings = new Dictionary<string, string>
                    {
                        // Votes update the shared card at most this often; short so that a scenario does not wait 2 s per vote.
                        ["Bot:CardUpdateInterval"] = "00:00:00.500",
                        // The links card after an archive waits for the bot's outbox worker; poll it often.
                        [OutboxPollInterval] = "00:00:00.500",
                    },
                },
                timeout.Token);
            await using var archive = withGraphSync ? await GraphSyncStack.StartAsync(database, artifacts, timeout.Token) : null;
            var (playground, url) = await PlaygroundServer.StartAsync(
                repoRoot, bot.MessagesEndpoint, work.FullName, playgroundLog, Path.Combine(artifacts, "playground.out"), timeout.Token);
            await using var playgroundProcess = playground;
            using var playwright = await Playwright.CreateAsync();
            await using var browser = await Chromium.LaunchAsync(playwright);
            var browserPage = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1400, Height = 1000 } });
            var users = await UserSwitch.InstallAsync(browserPage, Path.Combine(artifacts, "card-actions.jsonl"));
            var page = new PlaygroundPage(browserPage, url, users, artifacts);
            await browserPage.GotoAsync(url.ToString(), new() { WaitUntil = WaitUntilState.NetworkIdle });
            try
            {
                await scenario(page, archive?.Graph);
                await page.ScreenshotAsync("end");
            }
            catch (Exception failure)
            {
                await TryScreenshotAsync(page);
                throw new ScenarioFailedException(
                    $"Scenario '{name}' failed as {page.CurrentUser.Name}: {failure.Message}\n" +
                    $"Screenshots: {artifacts}\nPlayground log: {playgroundLog}\nBot log: {Path.Combine(artifacts, "bot.log")}",
                    failure);
            }
        }
        catch (Exception failure) when (failure is not ScenarioFailedException)
        {
            // Start-up failed (bot, Playground, Chromium, node): the logs say why.
            throw new ScenarioFailedException(
                $"Scenario '{name}' could not start: {failure.Message}\nLogs: {artifacts}", failure);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static async Task TryScreenshotAsync(PlaygroundPage page)
    {
        try
        {
            await page.ScreenshotAsync("failure");
        }
        catch (PlaywrightException)
        {
            // The page itself broke; the failure message still names the logs, which say why.
        }
    }
}
