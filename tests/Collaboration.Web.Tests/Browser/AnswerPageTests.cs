using static Microsoft.Playwright.Assertions;

namespace Collaboration.Web.Tests.Browser;

/// <summary>The answer page: onboarding first when asked, the right inputs per kind, keyboard only, the server's verdict shown.</summary>
[Collection(BrowserPages.Name)]
public sealed class AnswerPageTests() : BrowserTest("answer")
{
    [Fact]
    public async Task A_participant_onboards_and_answers_with_the_keyboard_alone()
    {
        var onboarded = false;
        var api = new ContractApi()
            .On("GET /items/i-rolle", _ => CannedAnswer.Json(ContractSamples.AnswerView(ContractSamples.SingleChoiceForm(), onboarded: onboarded)))
            .On("POST /onboard", _ =>
            {
                onboarded = true;
                return CannedAnswer.Json(new JsonObject { ["ok"] = true });
            })
            .On("POST /items/i-rolle/answer", CannedAnswer.Json(new JsonObject { ["saved"] = true, ["changed"] = true, ["item"] = ContractSamples.ChoiceResult() }).AsHandler());

        var page = await OpenAsync($"/tab/answer?item=i-rolle&{LocalModerator}", api);
        await Expect(page.GetByLabel("Gruppe")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("Stadt Bernburg");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.GetByRole(AriaRole.Group, new() { Name = "Was sollte das Digitalisierungszentrum vor allem sein?" })).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByLabel("Beratungsstelle")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Antwort senden" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Danke" })).ToHaveTextAsync("Danke, Ihre Antwort ist gespeichert.");
        var onboarding = api.CallsTo("POST /onboard").Single().Json!;
        Assert.Equal("kommune", (string?)onboarding["group"]);
        Assert.Equal("Stadt Bernburg", (string?)onboarding["organisation"]);
        ContractApi.AssertJson("""{"choice":"vernetzung"}""", api.CallsTo("POST /items/i-rolle/answer").Single().Json!);
        await Browser.ScreenshotAsync(page, "answer-confirmed");
    }

    [Fact]
    public async Task The_earlier_answer_is_filled_in_and_the_servers_refusal_stands_next_to_the_kept_entries()
    {
        var api = new ContractApi()
            .On("GET /items/i-leistungen", ContractSamples.AnswerView(ContractSamples.PointsForm(), new JsonObject
            {
                ["points"] = new JsonObject { ["foerdermittelberatung"] = 6, ["coworking"] = 4 },
            }))
            .On("POST /items/i-leistungen/answer", _ => CannedAnswer.Error(400, "pointsOverBudget", "Sie haben 12 von 10 Punkten vergeben."));

        var page = await OpenAsync($"/tab/answer?item=i-leistungen&{LocalModerator}", api);

        await Expect(page.GetByLabel("Fördermittelberatung")).ToHaveValueAsync("6");
        await Expect(page.Locator("output")).ToHaveTextAsync("Noch 0 von 10 Punkten frei.");
        await page.GetByLabel("Coworking-Spaces").FillAsync("6");
        await Expect(page.Locator("output")).ToHaveTextAsync("2 Punkte zu viel vergeben.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Antwort senden" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Sie haben 12 von 10 Punkten vergeben.");
        await Expect(page.GetByLabel("Coworking-Spaces")).ToHaveValueAsync("6");
        ContractApi.AssertJson("""{"points":{"foerdermittelberatung":6,"coworking":6}}""", api.CallsTo("POST /items/i-leistungen/answer").Single().Json!);
    }

    [Fact]
    public async Task A_need_is_sent_with_kind_topic_text_and_a_key_that_makes_it_count_once()
    {
        var api = new ContractApi()
            .On("GET /items/i-bedarfe", ContractSamples.AnswerView(ContractSamples.NeedsForm()))
            .On("POST /items/i-bedarfe/needs", new JsonObject { ["saved"] = true });

        var page = await OpenAsync($"/tab/answer?item=i-bedarfe&{LocalModerator}", api);
        await page.GetByLabel("Hürde").CheckAsync();
        await page.GetByLabel("Thema").SelectOptionAsync("arbeiten-4-0");
        await page.GetByLabel("Beschreibung").FillAsync("Zu wenig Zeit für Schulungen");
        await page.GetByRole(AriaRole.Button, new() { Name = "Eintrag senden" }).ClickAsync();

        await Expect(page.GetByText("Danke, Ihr Eintrag ist gespeichert.")).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Beschreibung")).ToHaveValueAsync("");
        var need = api.CallsTo("POST /items/i-bedarfe/needs").Single().Json!;
        Assert.Equal("obstacle", (string?)need["kind"]);
        Assert.Equal("arbeiten-4-0", (string?)need["topic"]);
        Assert.Equal("Zu wenig Zeit für Schulungen", (string?)need["text"]);
        Assert.False(string.IsNullOrEmpty((string?)need["clientKey"]));
    }

    [Fact]
    public async Task A_matrix_is_a_table_of_radios_named_by_row_and_column()
    {
        var api = new ContractApi()
            .On("GET /items/i-rollen", ContractSamples.AnswerView(ContractSamples.MatrixForm(), new JsonObject { ["cells"] = new JsonObject { ["beratung"] = "zentrum" } }))
            .On("POST /items/i-rollen/answer", new JsonObject { ["saved"] = true, ["changed"] = true, ["item"] = ContractSamples.ChoiceResult() });

        var page = await OpenAsync($"/tab/answer?item=i-rollen&{LocalModerator}", api);
        await Expect(page.GetByLabel("Beratung: Zentrum")).ToBeCheckedAsync();
        await page.GetByLabel("IT-Betrieb: Landkreis").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Antwort senden" }).ClickAsync();

        await Expect(page.GetByText("Danke, Ihre Antwort ist geändert.")).ToBeVisibleAsync();
        ContractApi.AssertJson("""{"cells":{"beratung":"zentrum","betrieb":"landkreis"}}""", api.CallsTo("POST /items/i-rollen/answer").Single().Json!);
    }

    [Theory]
    [InlineData("default")]
    [InlineData("dark")]
    [InlineData("contrast")]
    public async Task Every_kind_of_form_passes_axe(string theme)
    {
        var forms = new[] { ContractSamples.SingleChoiceForm(), ContractSamples.RatingForm(), ContractSamples.PointsForm(), ContractSamples.MatrixForm(), ContractSamples.NeedsForm() };
        foreach (var form in forms)
        {
            var id = (string)form["id"]!;
            var api = new ContractApi().On($"GET /items/{id}", ContractSamples.AnswerView(form));
            var page = await OpenAsync($"/tab/answer?item={id}&{LocalModerator}", api, theme);
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync((string)form["title"]!);

            await PageBrowser.AssertAccessibleAsync(page, $"answer {form["kind"]} ({theme})");
            await Browser.ScreenshotAsync(page, $"answer-{form["kind"]}-{theme}");
            await page.Context.CloseAsync();
        }

        var onboarding = await OpenAsync($"/tab/answer?item=i-rolle&{LocalModerator}",
            new ContractApi().On("GET /items/i-rolle", ContractSamples.AnswerView(ContractSamples.SingleChoiceForm(), onboarded: false)), theme);
        await Expect(onboarding.GetByLabel("Gruppe")).ToBeVisibleAsync();
        await PageBrowser.AssertAccessibleAsync(onboarding, $"onboarding ({theme})");
        await Browser.ScreenshotAsync(onboarding, $"answer-onboarding-{theme}");
        Assert.Empty(Browser.ConsoleErrors);
    }
}
