using System.Text;
using static Microsoft.Playwright.Assertions;

namespace Collaboration.Web.Tests.Browser.Addin;

/// <summary>
/// The pane's flow inside PowerPoint, with <see cref="FakeOffice"/> in place of office.js: Office's language and dark
/// theme, single sign-on on every call, insert after the selected slide only once the server answered, the placed
/// results with their state from /check, and a refresh that replaces only the outdated slide.
/// </summary>
[Collection(BrowserPages.Name)]
public sealed class TaskPaneInPowerPointTests() : BrowserTest("addin-powerpoint")
{
    private const string Item = "0b1c2d3e-4f50-4617-8283-94a5b6c7d8e9";
    private const string Old = "0000000000000001";
    private const string New = "00000000000000ff";

    private static JsonObject Tags(string itemId, string hash) => new()
    {
        ["COLLABORATION_SERIES"] = AddinSamples.SeriesId, ["COLLABORATION_ITEM"] = itemId,
        ["COLLABORATION_ASOF"] = "2026-12-01T10:00:00Z", ["COLLABORATION_HASH"] = hash,
    };

    private static string Deck(string title, JsonObject tags) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(new JsonObject { ["slides"] = new JsonArray(new JsonObject { ["title"] = title, ["tags"] = tags }) }.ToJsonString()));

    private static JsonObject Series()
    {
        var series = AddinSamples.Series();
        series["series"]![0]!["forums"]![0]!["items"]!.AsArray().Add(ContractSamples.Summary(Item, "bedeutung-alt", "Bedeutung (eingefügt)", "rating", "closed", 7));
        return series;
    }

    private async Task<IPage> OpenInPowerPointAsync(ContractApi api, JsonArray slides, string language = "en-US", string background = "#262626")
    {
        var page = await Browser.NewPageAsync(theme: "dark", width: 360, height: 900);
        await api.InstallAsync(page);
        await page.RouteAsync("**/addin/lib/office.js", route => route.FulfillAsync(new()
        {
            Status = 200, ContentType = "text/javascript", Body = FakeOffice.PowerPoint(language, background, slides.ToJsonString()),
        }));
        await page.GotoAsync(Host.Page("/addin/taskpane").ToString());
        return page;
    }

    [Fact]
    public async Task In_PowerPoint_the_pane_inserts_after_the_selected_slide_and_refreshes_only_the_outdated_one()
    {
        var handMade = new JsonObject { ["id"] = "1#", ["title"] = "Eigene Folie", ["tags"] = new JsonObject { ["OWNER"] = "referat-3" } };
        var placed = new JsonObject { ["id"] = "2#", ["title"] = "Bedeutung (alt)", ["tags"] = Tags(Item, Old) };
        var checks = 0;
        var api = new ContractApi("/api/addin")
            .On("GET /config", AddinSamples.Config(local: false))
            .On("GET /series", Series())
            .On("POST /slides", call => CannedAnswer.Json(call.Json!["itemIds"] is JsonArray ids && (string?)ids[0] == Item
                ? new JsonObject { ["document"] = Deck("Bedeutung (neu)", Tags(Item, New)), ["sources"] = new JsonArray() }
                : new JsonObject { ["document"] = Deck("Rolle des Zentrums", Tags("11111111-2222-4333-8444-555555555555", Old)), ["sources"] = new JsonArray(new JsonObject()) }))
            .On("POST /check", call =>
            {
                checks++;
                var asked = call.Json!["placed"]!.AsArray();
                return CannedAnswer.Json(new JsonObject
                {
                    ["states"] = new JsonArray([.. asked.Select(p => (JsonNode)new JsonObject
                    {
                        ["seriesId"] = (string?)p!["seriesId"], ["itemId"] = (string?)p["itemId"],
                        ["state"] = (string?)p["hash"] == Old && (string?)p["itemId"] == Item ? "outdated" : "current",
                    })]),
                });
            });

        var page = await OpenInPowerPointAsync(api, [handMade, placed]);

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Forum results");
        Assert.Equal("dark", await page.GetAttributeAsync("html", "data-theme"));
        await Expect(page.GetByText("This add-in runs in PowerPoint or Word")).ToHaveCountAsync(0);
        var placedList = page.Locator("section.addin-placed");
        await Expect(placedList.Locator("li[data-state='outdated']")).ToContainTextAsync("Bedeutung (eingefügt)");
        Assert.Equal("Bearer sso-token", api.CallsTo("GET /series").Single().Header("Authorization"));

        // Insert: the whole forum 1 goes in after the selected (hand-made) slide.
        await page.GetByRole(AriaRole.Button, new() { Name = "Insert slides" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Checked: 1 of 2 outdated.");
        var titles = await page.EvaluateAsync<string[]>("() => window.__deck.slides.map((s) => s.title)");
        Assert.Equal(["Eigene Folie", "Rolle des Zentrums", "Bedeutung (alt)"], titles);
        ContractApi.AssertJson($$"""{"seriesId":"{{AddinSamples.SeriesId}}","forum":1}""", api.CallsTo("POST /slides")[0].Json!);
        await PageBrowser.AssertAccessibleAsync(page, "add-in pane in PowerPoint (dark)");
        await Browser.ScreenshotAsync(page, "taskpane-powerpoint-dark-en");

        // Refresh: only the outdated slide is replaced, in its place; the hand-made and the current one stay.
        await placedList.GetByRole(AriaRole.Button, new() { Name = "Refresh Bedeutung (eingefügt)" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Refreshed: 1.");
        titles = await page.EvaluateAsync<string[]>("() => window.__deck.slides.map((s) => s.title)");
        Assert.Equal(["Eigene Folie", "Rolle des Zentrums", "Bedeutung (neu)"], titles);
        ContractApi.AssertJson($$"""{"seriesId":"{{AddinSamples.SeriesId}}","itemIds":["{{Item}}"]}""", api.CallsTo("POST /slides")[1].Json!);
        await Expect(placedList.Locator("li[data-state='outdated']")).ToHaveCountAsync(0);
        Assert.True(checks >= 3);
        Assert.Empty(Browser.ConsoleErrors);
    }

    [Fact]
    public async Task A_refused_insert_leaves_the_deck_untouched_and_says_why_in_Office_language()
    {
        var api = new ContractApi("/api/addin")
            .On("GET /config", AddinSamples.Config(local: false))
            .On("GET /series", Series())
            .On("POST /check", new JsonObject { ["states"] = new JsonArray() })
            .On("POST /slides", _ => CannedAnswer.Error(403, "NotModerator", "Sie moderieren diese Reihe nicht."));

        var page = await OpenInPowerPointAsync(api, [new JsonObject { ["id"] = "1#", ["title"] = "Eigene Folie", ["tags"] = new JsonObject() }], "de-DE", "#ffffff");

        await page.GetByRole(AriaRole.Button, new() { Name = "Folien einfügen" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Sie moderieren diese Reihe nicht.");
        Assert.Equal("default", await page.GetAttributeAsync("html", "data-theme"));
        var titles = await page.EvaluateAsync<string[]>("() => window.__deck.slides.map((s) => s.title)");
        Assert.Equal(["Eigene Folie"], titles);
    }
}
