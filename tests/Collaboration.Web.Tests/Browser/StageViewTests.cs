using static Microsoft.Playwright.Assertions;

namespace Collaboration.Web.Tests.Browser;

/// <summary>The live results page draws every kind of result legibly, with a table for screen readers, and follows the stream.</summary>
[Collection(BrowserPages.Name)]
public sealed class StageViewTests() : BrowserTest("stage")
{
    private static ContractApi AllKinds()
    {
        var items = new[]
        {
            ContractSamples.ChoiceResult(), ContractSamples.RatingResult(), ContractSamples.PointsResult(), ContractSamples.NeedsResult(),
            ContractSamples.MatrixResult(), ContractSamples.WithheldResult(), ContractSamples.TextResult(),
        };
        return new ContractApi()
            .On("GET /results?forum=current", ContractSamples.Results(items))
            .OnLive("forum=current", items);
    }

    [Theory]
    [InlineData("default")]
    [InlineData("dark")]
    [InlineData("contrast")]
    public async Task Every_kind_of_result_is_drawn_with_a_table_alternative_and_passes_axe(string theme)
    {
        var page = await OpenAsync($"/tab/stage?{LocalModerator}", AllKinds(), theme);

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Chancen, Bedarfe und Erwartungen");
        var choice = page.Locator("article[data-item='i-rolle']");
        await Expect(choice.GetByRole(AriaRole.Table)).ToContainTextAsync("Beratungsstelle");
        await Expect(choice.GetByRole(AriaRole.Row, new() { Name = "Beratungsstelle" })).ToContainTextAsync("75");
        await Expect(choice.Locator(".bars")).ToHaveAttributeAsync("aria-hidden", "true");
        await Expect(page.Locator("article[data-item='i-bedeutung']")).ToContainTextAsync("Mittelwert 3,86");
        await Expect(page.Locator("article[data-item='i-huerden']")).ToContainTextAsync("Ergebnisse ab 5 Antworten");
        await Expect(page.Locator("article[data-item='i-huerden'] .bars")).ToHaveCountAsync(0);
        await Expect(page.Locator("article[data-item='i-bedarfe'] li").First).ToContainTextAsync("Bedarf");
        await Expect(page.Locator("article[data-item='i-modelle'] table.matrix")).ToContainTextAsync("Eigenbetrieb4,22,82,1");
        await Expect(page.Locator("article[data-item='i-text']")).ToContainTextAsync("4 Antworten");

        await PageBrowser.AssertAccessibleAsync(page, $"stage ({theme})");
        await Browser.ScreenshotAsync(page, $"stage-{theme}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ergebnisse als Tabelle zeigen" }).ClickAsync();
        await Expect(choice.Locator("table.alternative")).ToBeVisibleAsync();
        await PageBrowser.AssertAccessibleAsync(page, $"stage with tables ({theme})");
        await Browser.ScreenshotAsync(page, $"stage-tables-{theme}");
        Assert.Empty(Browser.ConsoleErrors);
    }

    [Fact]
    public async Task A_vote_on_the_live_stream_moves_the_bar_and_is_announced_politely()
    {
        var api = new ContractApi()
            .On("GET /results?item=i-rolle", ContractSamples.Results(ContractSamples.ChoiceResult(3, 1)))
            .OnLive("item=i-rolle", ContractSamples.ChoiceResult(4, 1));

        var page = await OpenAsync($"/tab/stage?item=i-rolle&{LocalModerator}", api);

        var choice = page.Locator("article[data-item='i-rolle']");
        await Expect(choice.GetByRole(AriaRole.Row, new() { Name = "Beratungsstelle" })).ToContainTextAsync("4");
        await Expect(choice.Locator(".respondents")).ToHaveTextAsync("5 Antworten");
        await Expect(page.Locator("[aria-live='polite']")).ToHaveTextAsync("Rolle des Zentrums: 5 Antworten");
        var live = api.CallsTo("GET /live?item=i-rolle")[0];
        Assert.Equal("moderator-1", live.Header("X-Local-User"));
        Assert.Equal("19:sample@thread.v2", live.Header("X-Conversation-Id"));
        Assert.Equal("de", live.Header("Accept-Language"));
        Assert.Equal("text/event-stream", live.Header("Accept"));
    }

    [Fact]
    public async Task In_English_a_withheld_item_says_from_how_many_responses_results_show()
    {
        var api = new ContractApi()
            .On("GET /results?forum=current", ContractSamples.Results(ContractSamples.WithheldResult()))
            .OnLive("forum=current", ContractSamples.WithheldResult());

        var page = await OpenAsync($"/tab/stage?lang=en&{LocalModerator}", api);

        await Expect(page.Locator("article[data-item='i-huerden']")).ToContainTextAsync("Results from 5 responses");
        Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));
        Assert.Equal("en", api.CallsTo("GET /results?forum=current")[0].Header("Accept-Language"));
    }

    [Fact]
    public async Task A_refusal_of_the_results_is_shown_as_an_alert_in_the_users_language()
    {
        var api = new ContractApi().On("GET /results?forum=current", _ => CannedAnswer.Error(403, "notMember", "Sie sind nicht Mitglied dieses Chats."));

        var page = await OpenAsync($"/tab/stage?{LocalModerator}", api);

        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Sie sind nicht Mitglied dieses Chats.");
    }
}
