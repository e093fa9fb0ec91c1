namespace Collaboration.Web.Tests.Browser;

/// <summary>Every page's shell passes axe in Teams' light, dark and high-contrast themes; screenshots of each go to the artifacts.</summary>
[Collection(BrowserPages.Name)]
public sealed class ShellAccessibilityTests : IAsyncLifetime
{
    private PageHost? _host;
    private PageBrowser? _browser;

    public async Task InitializeAsync()
    {
        _host = await PageHost.StartAsync(allowLocalSignIn: false);
        _browser = await PageBrowser.LaunchAsync("shell");
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }

    [Theory]
    [InlineData("default")]
    [InlineData("dark")]
    [InlineData("contrast")]
    public async Task Every_page_shell_has_no_serious_accessibility_violation(string theme)
    {
        foreach (var name in new[] { "config", "console", "stage", "answer" })
        {
            var page = await _browser!.NewPageAsync(theme);
            await page.GotoAsync(_host!.Page($"/tab/{name}?theme={theme}").ToString());
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Bitte in Microsoft Teams öffnen");

            Assert.Equal(theme, await page.GetAttributeAsync("html", "data-theme"));
            await PageBrowser.AssertAccessibleAsync(page, $"{name} ({theme})");
            await _browser.ScreenshotAsync(page, $"{name}-{theme}");
            await page.Context.CloseAsync();
        }

        Assert.Empty(_browser!.ConsoleErrors);
    }
}
