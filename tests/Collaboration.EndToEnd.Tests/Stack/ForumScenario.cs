using Collaboration.EndToEnd.Tests.Playground;
using Collaboration.TestSupport.Cards;
using Collaboration.TestSupport.Processes;
using Microsoft.Playwright;

namespace Collaboration.EndToEnd.Tests.Stack;

/// <summary>
/// One scenario's world: a bot on its own database, a Playground, and one Chromium page, all torn down afterwards.
/// Screenshots, the Playground log and the bot log land in artifacts/e2e/&lt;scenario&gt;/; when the scenario fails,
/// its message names them.
/// </summary>
internal static class ForumScenario
{
    // Debian's Chromium as the platform notes start it headless; Playwright never downloads a browser here.
    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    public static async Task RunAsync(string name, Func<PlaygroundPage, Task> scenario)
    {
        RequiredTools.RequireChromium();
        var repoRoot = RepositoryRoot.Find();
        var artifacts = Path.Combine(repoRoot, "artifacts", "e2e", name);
        if (Directory.Exists(artifacts))
        {
            Directory.Delete(artifacts, recursive: true);
        }

        Directory.CreateDirectory(artifacts);
        var work = Directory.CreateTempSubdirectory("forum-e2e-");
        var playgroundLog = Path.Combine(artifacts, "playground.log");
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        try
        {
            await using var bot = await BotProcess.StartAsync(
                new BotProcessOptions
                {
                    StoreProvider = "Sqlite",
                    StoreConnectionString = $"Data Source={Path.Combine(work.FullName, "forums.db")}",
                    LogPath = Path.Combine(artifacts, "bot.log"),
                    Environment = "Development",
                    // Votes update the shared card at most this often; short so that a scenario does not wait 2 s per vote.
                    Settings = new Dictionary<string, string> { ["Bot:CardUpdateInterval"] = "00:00:00.500" },
                },
                timeout.Token);
            var (playground, url) = await PlaygroundServer.StartAsync(
                repoRoot, bot.MessagesEndpoint, work.FullName, playgroundLog, Path.Combine(artifacts, "playground.out"), timeout.Token);
            await using var playgroundProcess = playground;
            using var playwright = await Playwright.CreateAsync();
            await using var browser = await playwright.Chromium.LaunchAsync(new()
            {
                ExecutablePath = RequiredTools.Chromium,
                Headless = true,
                Args = ChromiumArgs,
            });
            var browserPage = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1400, Height = 1000 } });
            var users = await UserSwitch.InstallAsync(browserPage, Path.Combine(artifacts, "card-actions.jsonl"));
            var page = new PlaygroundPage(browserPage, url, users, artifacts);
            await browserPage.GotoAsync(url.ToString(), new() { WaitUntil = WaitUntilState.NetworkIdle });
            try
            {
                await scenario(page);
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
