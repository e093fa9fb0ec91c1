using static Microsoft.Playwright.Assertions;

namespace Collaboration.Web.Tests.Browser;

/// <summary>The moderator console: forums and items with their actions, confirmations, the merge view and the server's refusals.</summary>
[Collection(BrowserPages.Name)]
public sealed class ConsoleTests() : BrowserTest("console")
{
    private static ContractApi Moderator(bool inMeeting = true) => new ContractApi()
        .On("GET /me", ContractSamples.Me(moderator: true, inMeeting))
        .On("GET /console", ContractSamples.Console(inMeeting));

    [Fact]
    public async Task A_forum_starts_only_after_the_moderator_confirms()
    {
        var api = Moderator().On("POST /forums/2/start", ContractSamples.Console());
        var page = await OpenAsync($"/tab/console?{LocalModerator}", api);
        var forumTwo = page.Locator("section[data-forum='2']");

        await forumTwo.GetByRole(AriaRole.Button, new() { Name = "Forum starten" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Expect(dialog).ToContainTextAsync("Forum 2 „Leistungsspektrum, Rollen und Aufgaben“ jetzt starten?");
        await PageBrowser.AssertAccessibleAsync(page, "start confirmation");
        await page.Keyboard.PressAsync("Escape");
        await Expect(dialog).ToHaveCountAsync(0);
        Assert.Empty(api.CallsTo("POST /forums/2/start"));

        await forumTwo.GetByRole(AriaRole.Button, new() { Name = "Forum starten" }).ClickAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Forum starten" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Erledigt.");
        Assert.Single(api.CallsTo("POST /forums/2/start"));
    }

    [Fact]
    public async Task Pushing_a_question_is_offered_only_in_a_meeting_and_reports_the_recipients()
    {
        var api = Moderator().On("POST /items/i-bedeutung/push", new JsonObject { ["recipients"] = 3, ["failed"] = 1 });
        var page = await OpenAsync($"/tab/console?{LocalModerator}", api);

        await page.GetByRole(AriaRole.Button, new() { Name = "In Besprechung senden: Bedeutung der Digitalisierung" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("An 3 Teilnehmende gesendet, 1 nicht erreicht.");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Live anzeigen: Bedeutung der Digitalisierung" }))
            .ToHaveAttributeAsync("href", $"/tab/stage?{LocalModerator.Replace("%20", "+", StringComparison.Ordinal)}&theme=default&item=i-bedeutung");

        var outside = await OpenAsync($"/tab/console?{LocalModerator}", Moderator(inMeeting: false));
        await Expect(outside.GetByRole(AriaRole.Button, new() { Name = "Schließen: Bedeutung der Digitalisierung" })).ToBeVisibleAsync();
        await Expect(outside.GetByRole(AriaRole.Button, new() { Name = "In Besprechung senden: Bedeutung der Digitalisierung" })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Two_needs_are_merged_into_the_one_that_stays_and_the_merge_can_be_undone()
    {
        var api = Moderator()
            .On("GET /items/i-bedarfe/needs", ContractSamples.Needs())
            .On("POST /items/i-bedarfe/needs/merge", ContractSamples.Needs(merged: true))
            .On("POST /needs/n2/unmerge", ContractSamples.Needs());
        var page = await OpenAsync($"/tab/console?{LocalModerator}", api);

        await page.GetByRole(AriaRole.Button, new() { Name = "Bedarfe zusammenführen" }).ClickAsync();
        var merge = page.GetByRole(AriaRole.Form, new() { Name = "Bedarfe zusammenführen: Kurzabfrage Bedarfe" });
        await merge.GetByRole(AriaRole.Checkbox, new() { Name = "Breitband in allen Ortsteilen" }).CheckAsync();
        await merge.GetByRole(AriaRole.Checkbox, new() { Name = "Schnelles Internet überall" }).CheckAsync();
        await merge.GetByRole(AriaRole.Radio, new() { Name = "Breitband in allen Ortsteilen bleibt" }).CheckAsync();
        await merge.GetByLabel("Neuer Text (optional)").FillAsync("Breitband überall");
        await PageBrowser.AssertAccessibleAsync(page, "merge view");
        await Browser.ScreenshotAsync(page, "console-merge");
        await merge.GetByRole(AriaRole.Button, new() { Name = "Zusammenführen", Exact = true }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Die Bedarfe sind zusammengeführt.");
        await Expect(page.Locator(".sources")).ToContainTextAsync("Schnelles Internet überall");
        ContractApi.AssertJson("""{"keep":"n1","merge":["n2"],"text":"Breitband überall"}""", api.CallsTo("POST /items/i-bedarfe/needs/merge").Single().Json!);
        await Browser.ScreenshotAsync(page, "console-merged");

        await page.GetByRole(AriaRole.Button, new() { Name = "Zusammenführung aufheben: Schnelles Internet überall" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Die Zusammenführung ist aufgehoben.");
        await Expect(page.Locator(".sources")).ToHaveCountAsync(0);
        Assert.Single(api.CallsTo("POST /needs/n2/unmerge"));
    }

    [Fact]
    public async Task A_merge_without_a_need_that_stays_is_explained_and_not_sent()
    {
        var api = Moderator().On("GET /items/i-bedarfe/needs", ContractSamples.Needs());
        var page = await OpenAsync($"/tab/console?{LocalModerator}", api);

        await page.GetByRole(AriaRole.Button, new() { Name = "Bedarfe zusammenführen" }).ClickAsync();
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Breitband in allen Ortsteilen" }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Zusammenführen", Exact = true }).ClickAsync();

        await Expect(page.GetByText("Wählen Sie mindestens zwei Bedarfe und den, der bleibt.")).ToBeVisibleAsync();
        Assert.Empty(api.CallsTo("POST /items/i-bedarfe/needs/merge"));
    }

    [Fact]
    public async Task The_carry_over_is_previewed_before_anything_is_stored()
    {
        var preview = new JsonObject
        {
            ["items"] = new JsonArray(new JsonObject
            {
                ["itemId"] = "i-leistungen", ["key"] = "leistungen", ["title"] = "Leistungen des Zentrums",
                ["from"] = new JsonObject { ["forum"] = 1, ["itemKey"] = "bedarfe" },
                ["choices"] = new JsonArray(new JsonObject { ["label"] = "Breitband überall", ["score"] = 5 }),
            }),
        };
        var api = Moderator().On("GET /forums/2/carry-over", preview).On("POST /forums/2/carry-over", ContractSamples.Console());
        var page = await OpenAsync($"/tab/console?{LocalModerator}", api);

        await page.GetByRole(AriaRole.Button, new() { Name = "Übernahme aus dem Vorforum …" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "Übernahme in Forum 2" });
        await Expect(dialog).ToContainTextAsync("Breitband überall (5)");
        Assert.Empty(api.CallsTo("POST /forums/2/carry-over"));
        await Browser.ScreenshotAsync(page, "console-carry-over");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Übernehmen" }).ClickAsync();

        await Expect(dialog).ToHaveCountAsync(0);
        Assert.Single(api.CallsTo("POST /forums/2/carry-over"));
    }

    [Fact]
    public async Task The_servers_refusal_is_read_out_as_an_alert()
    {
        var api = Moderator().On("POST /items/i-rolle/open", _ => CannedAnswer.Error(409, "forumClosed", "Forum 1 ist geschlossen."));
        var page = await OpenAsync($"/tab/console?{LocalModerator}", api);

        await page.GetByRole(AriaRole.Button, new() { Name = "Öffnen: Rolle des Zentrums" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Forum 1 ist geschlossen.");
    }

    [Fact]
    public async Task A_participant_who_does_not_moderate_sees_the_live_results_instead()
    {
        var api = new ContractApi()
            .On("GET /me", ContractSamples.Me(moderator: false))
            .On("GET /results?forum=current", ContractSamples.Results(ContractSamples.ChoiceResult()))
            .OnLive("forum=current", ContractSamples.ChoiceResult());
        var page = await OpenAsync($"/tab/console?{LocalModerator}", api);

        await Expect(page.GetByText("Nur Moderierende steuern die Forumsreihe.")).ToBeVisibleAsync();
        await Expect(page.Locator("article[data-item='i-rolle']")).ToBeVisibleAsync();
        Assert.Empty(api.CallsTo("GET /console"));
    }

    [Theory]
    [InlineData("default")]
    [InlineData("dark")]
    [InlineData("contrast")]
    public async Task The_console_passes_axe(string theme)
    {
        var page = await OpenAsync($"/tab/console?{LocalModerator}", Moderator(), theme);
        await Expect(page.Locator("section[data-forum='1']")).ToBeVisibleAsync();

        await PageBrowser.AssertAccessibleAsync(page, $"console ({theme})");
        await Browser.ScreenshotAsync(page, $"console-{theme}");
        Assert.Empty(Browser.ConsoleErrors);
    }
}
