namespace Collaboration.Web.Tests.Browser;

/// <summary>Every page's shell passes axe in Teams' light, dark and high-contrast themes; screenshots of each go to the artifacts.</summary>
[Collection(BrowserPages.Name)]
public sealed class ShellAccessibilityTests() : BrowserTest("shell", allowLocalSignIn: false)
{
    [Theory]
    [InlineData("default")]
    [InlineData("dark")]
    [InlineData("contrast")]
    public async Task Every_page_shell_has_no_serious_accessibility_violation(string theme)
    {
        foreach (var name in new[] { "config", "console", "stage", "answer" })
        {
            var page = await Browser.NewPageAsync(theme);
            await page.GotoAsync(Host.Page($"/tab/{name}?theme={theme}").ToString());
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Bitte in Microsoft Teams öffnen");

            Assert.Equal(theme, await page.GetAttributeAsync("html", "data-theme"));
            await PageBrowser.AssertAccessibleAsync(page, $"{name} ({theme})");
            await Browser.ScreenshotAsync(page, $"{name}-{theme}");
            await page.Context.CloseAsync();
        }

        Assert.Empty(Browser.ConsoleErrors);
    }
}
