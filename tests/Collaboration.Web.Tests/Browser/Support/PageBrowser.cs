using Collaboration.Browser;
using Collaboration.Fakes.Cards;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace Collaboration.Web.Tests.Browser.Support;

/// <summary>
/// Debian's Chromium (<see cref="Chromium"/>) driven by Playwright, one per test, with the
/// checks every page test makes: axe finds nothing serious or critical, and a screenshot per page and theme goes to
/// artifacts/web/&lt;test&gt;/.
/// </summary>
internal sealed class PageBrowser : IAsyncDisposable
{
    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private PageBrowser(IPlaywright playwright, IBrowser browser, string artifacts)
    {
        _playwright = playwright;
        _browser = browser;
        Artifacts = artifacts;
    }

    /// <summary>artifacts/web/&lt;name&gt;/.</summary>
    public string Artifacts { get; }

    public static async Task<PageBrowser> LaunchAsync(string name)
    {
        // Not emptied: the tests of one class share the folder, and each screenshot replaces its own earlier one.
        var artifacts = Path.Combine(RepositoryRoot.Find(), "artifacts", "web", name);
        Directory.CreateDirectory(artifacts);
        var playwright = await Playwright.CreateAsync();
        var browser = await Chromium.LaunchAsync(playwright);
        return new PageBrowser(playwright, browser, artifacts);
    }

    /// <summary>A new page (its own context); in the contrast theme the OS is said to force colours, as Windows does.</summary>
    public async Task<IPage> NewPageAsync(string theme = "default", int width = 1280, int height = 900)
    {
        var context = await _browser.NewContextAsync(new()
        {
            ViewportSize = new() { Width = width, Height = height },
            ColorScheme = theme == "default" ? ColorScheme.Light : ColorScheme.Dark,
            ForcedColors = theme == "contrast" ? ForcedColors.Active : ForcedColors.None,
        });
        // Nothing leaves the machine: teams-js asks Microsoft's CDN for its list of host origins, which is answered
        // here by a refusal (it then uses its built-in list, as it would offline).
        await context.RouteAsync("**/*", route => IsLoopback(route.Request.Url) ? route.ContinueAsync() : route.AbortAsync("blockedbyclient"));
        var page = await context.NewPageAsync();
        page.Console += (_, message) =>
        {
            // Chromium logs every failed request (the refused CDN call, an API answering 404) as an error of its own;
            // what counts here is what the pages' scripts report.
            if (message.Type == "error" && !message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal))
            {
                ConsoleErrors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => ConsoleErrors.Add(error);
        return page;
    }

    private static bool IsLoopback(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.IsLoopback || uri.Scheme is "data" or "blob" or "about");

    /// <summary>Uncaught script errors and console.error lines of every page, for a test to assert there were none of its own.</summary>
    public List<string> ConsoleErrors { get; } = [];

    /// <summary>axe (WCAG 2.1 A and AA rules) on the page as it is; fails on any serious or critical violation.</summary>
    public static async Task AssertAccessibleAsync(IPage page, string what)
    {
        ArgumentNullException.ThrowIfNull(page);
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
        });
        var grave = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(grave.Count == 0, $"{what}: axe found " + string.Join("; ", grave.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}")));
    }

    public async Task ScreenshotAsync(IPage page, string name)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Artifacts, name + ".png"), FullPage = true });
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
