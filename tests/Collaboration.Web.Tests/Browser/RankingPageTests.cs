using static Microsoft.Playwright.Assertions;

namespace Collaboration.Web.Tests.Browser;

/// <summary>A ranking on the answer page (one labelled select per place) and on the stage (Borda bars).</summary>
[Collection(BrowserPages.Name)]
public sealed class RankingPageTests() : BrowserTest("ranking")
{
    [Fact]
    public async Task An_option_on_two_places_is_refused_on_the_page_and_the_corrected_order_is_sent_best_first()
    {
        var api = new ContractApi()
            .On("GET /items/i-rangfolge", ContractSamples.AnswerView(RankingSamples.Form()))
            .On("POST /items/i-rangfolge/answer", new JsonObject { ["saved"] = true, ["changed"] = true, ["item"] = RankingSamples.Result() });

        var page = await OpenAsync($"/tab/answer?item=i-rangfolge&{LocalModerator}", api);
        await Expect(page.GetByRole(AriaRole.Group, new() { Name = "Welche Leistungen soll das Zentrum zuerst anbieten?" })).ToBeVisibleAsync();
        await page.GetByLabel("1. Platz").SelectOptionAsync("schulung");
        await page.GetByLabel("2. Platz").SelectOptionAsync("schulung");
        await page.GetByRole(AriaRole.Button, new() { Name = "Antwort senden" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("„Schulungen“ steht auf mehr als einem Platz. Jede Option darf nur einmal vorkommen.");
        Assert.Empty(api.CallsTo("POST /items/i-rangfolge/answer"));
        await Browser.ScreenshotAsync(page, "ranking-twice");

        await page.GetByLabel("2. Platz").SelectOptionAsync("beratung");
        await page.GetByLabel("3. Platz").SelectOptionAsync("foerder");
        await page.GetByRole(AriaRole.Button, new() { Name = "Antwort senden" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Danke" })).ToHaveTextAsync("Danke, Ihre Antwort ist gespeichert.");
        ContractApi.AssertJson("""{"ranking":["schulung","beratung","foerder"]}""", api.CallsTo("POST /items/i-rangfolge/answer").Single().Json!);
        Assert.Empty(Browser.ConsoleErrors);
    }

    [Theory]
    [InlineData("default")]
    [InlineData("contrast")]
    public async Task The_ranking_form_with_an_earlier_answer_passes_axe_in_English(string theme)
    {
        var api = new ContractApi()
            .On("GET /items/i-rangfolge", ContractSamples.AnswerView(RankingSamples.Form(), new JsonObject { ["ranking"] = new JsonArray("plattform", "beratung") }));

        var page = await OpenAsync($"/tab/answer?item=i-rangfolge&lang=en&{LocalModerator}", api, theme);

        await Expect(page.GetByLabel("Place 1")).ToHaveValueAsync("plattform");
        await Expect(page.GetByLabel("Place 2")).ToHaveValueAsync("beratung");
        await Expect(page.GetByLabel("Place 3")).ToHaveValueAsync(string.Empty);
        await Expect(page.GetByText("Rank up to 3 options: place 1 matters most to you.")).ToBeVisibleAsync();
        await PageBrowser.AssertAccessibleAsync(page, $"answer ranking ({theme})");
        await Browser.ScreenshotAsync(page, $"ranking-form-{theme}");
    }

    [Fact]
    public async Task The_stage_shows_Borda_bars_with_a_table_alternative()
    {
        var api = new ContractApi()
            .On("GET /results?item=i-rangfolge", ContractSamples.Results(RankingSamples.Result()))
            .OnLive("item=i-rangfolge", RankingSamples.Result());

        var page = await OpenAsync($"/tab/stage?item=i-rangfolge&{LocalModerator}", api);

        var article = page.Locator("article[data-item='i-rangfolge']");
        await Expect(article.Locator(".bar").First).ToContainTextAsync("Digitalberatung");
        await Expect(article.Locator("table.alternative thead")).ToContainTextAsync("Borda-Punkte");
        await Expect(article.GetByRole(AriaRole.Row, new() { Name = "Digitalberatung" })).ToContainTextAsync("25");
        await PageBrowser.AssertAccessibleAsync(page, "stage ranking");
        await Browser.ScreenshotAsync(page, "ranking-stage");
    }
}
