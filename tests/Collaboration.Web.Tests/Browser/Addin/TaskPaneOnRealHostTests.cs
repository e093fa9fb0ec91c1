using static Microsoft.Playwright.Assertions;

namespace Collaboration.Web.Tests.Browser.Addin;

/// <summary>
/// The task pane outside Office against the real host and its add-in API (local mode): a moderator's series, created
/// in a Teams chat by command, is offered with its forums and questions, and the preview shows what the cards would.
/// Someone who moderates nothing is offered no series.
/// </summary>
[Collection(BrowserPages.Name)]
public sealed class TaskPaneOnRealHostTests() : BrowserTest("addin-real-host")
{
    private readonly TeamsUser _moderator = TeamsUser.Create("Maria Moderatorin");

    private async Task<IPage> OpenPaneAsync(TeamsUser user, string language = "de")
    {
        var page = await Browser.NewPageAsync(width: 360, height: 900);
        var query = $"user={Uri.EscapeDataString(user.AadObjectId)}&name={Uri.EscapeDataString(user.Name)}&lang={language}";
        await page.GotoAsync(Host.Page("/addin/taskpane?" + query).ToString());
        return page;
    }

    [Theory]
    [InlineData("de", "Reihe", "Vorschau", "Noch keine Antworten.")]
    [InlineData("en", "Series", "Preview", "No responses yet.")]
    public async Task A_moderators_series_from_the_chat_is_offered_and_its_questions_previewed(string language, string seriesLabel, string preview, string noAnswers)
    {
        var chat = Host.NewChat();
        await Host.PostAsync(chat.Message(_moderator, "serie anlegen rdz-salzlandkreis"));

        var page = await OpenPaneAsync(_moderator, language);

        var series = page.GetByLabel(seriesLabel);
        await Expect(series).ToBeVisibleAsync();
        await Expect(series.Locator("option")).ToHaveCountAsync(1);
        var questions = page.Locator(".addin-questions input[type=checkbox]");
        await Expect(questions.First).ToBeVisibleAsync();
        await questions.First.CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = preview }).ClickAsync();

        // The first question of the built-in series, in the pane's language, as the server's live view renders it.
        var result = page.Locator("section.addin-preview article");
        await Expect(result).ToHaveCountAsync(1);
        await Expect(result.GetByRole(AriaRole.Heading, new() { Level = 3 })).ToHaveTextAsync(await page.Locator(".addin-questions label").First.InnerTextAsync());
        await Expect(result).ToContainTextAsync(noAnswers);
        Assert.Equal(await questions.First.GetAttributeAsync("value"), await result.GetAttributeAsync("data-item"));
        await PageBrowser.AssertAccessibleAsync(page, $"add-in pane on the real host ({language})");
        await Browser.ScreenshotAsync(page, $"taskpane-real-host-{language}");
        Assert.Empty(Browser.ConsoleErrors);
    }

    [Fact]
    public async Task Someone_who_moderates_no_series_is_offered_none()
    {
        var chat = Host.NewChat();
        await Host.PostAsync(chat.Message(_moderator, "serie anlegen rdz-salzlandkreis"));

        var page = await OpenPaneAsync(TeamsUser.Create("Paul Teilnehmer"));

        await Expect(page.GetByText("Sie moderieren keine Forenreihe.")).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Reihe")).ToHaveCountAsync(0);
    }
}
