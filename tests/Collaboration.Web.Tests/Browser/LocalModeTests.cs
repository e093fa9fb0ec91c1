namespace Collaboration.Web.Tests.Browser;

/// <summary>
/// Outside Teams a page runs only when the host allows local sign-in; otherwise it asks to be opened in Teams, in the
/// language of ?lang=, and calls no API but the sign-in mode.
/// </summary>
[Collection(BrowserPages.Name)]
public sealed class LocalModeTests() : BrowserTest("local-mode-refused", allowLocalSignIn: false)
{
    [Theory]
    [InlineData("/tab/console?user=u1&name=Maria&conversation=c1", "Bitte in Microsoft Teams öffnen", "de")]
    [InlineData("/tab/stage?user=u1&name=Maria&conversation=c1&lang=en", "Please open in Teams", "en")]
    [InlineData("/tab/answer?item=1&user=u1&conversation=c1", "Bitte in Microsoft Teams öffnen", "de")]
    [InlineData("/tab/config?lang=en", "Please open in Teams", "en")]
    public async Task Without_local_sign_in_a_page_outside_Teams_asks_to_be_opened_in_Teams(string path, string heading, string language)
    {
        var page = await Browser.NewPageAsync();
        var apiCalls = new List<string>();
        page.Request += (_, request) =>
        {
            if (request.Url.Contains("/api/forum/", StringComparison.Ordinal))
            {
                apiCalls.Add(new Uri(request.Url).AbsolutePath);
            }
        };

        await page.GotoAsync(Host.Page(path).ToString());

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(heading);
        Assert.Equal(language, await page.GetAttributeAsync("html", "lang"));
        Assert.All(apiCalls, call => Assert.Equal("/api/forum/sign-in-mode", call));
    }
}
