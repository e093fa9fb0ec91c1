using System.Collections.Concurrent;
using static Microsoft.Playwright.Assertions;

namespace Collaboration.Web.Tests.Browser.Addin;

/// <summary>
/// The Office add-in's task pane in Chromium, outside Office: it loads Office.js from our host, says that it runs in
/// PowerPoint or Word, and in local mode its choice of series, forum and questions and its preview work, in German and
/// English, without serious accessibility findings. The add-in API answers in the contract's shapes (addin-contract.md).
/// </summary>
[Collection(BrowserPages.Name)]
public sealed class TaskPaneTests() : BrowserTest("addin")
{
    private const string PaneModerator = "user=moderator-1&name=Maria%20Moderatorin";

    private async Task<IPage> OpenPaneAsync(string query, ContractApi api, ConcurrentQueue<string>? requested = null)
    {
        var page = await Browser.NewPageAsync(width: 360, height: 900);
        if (requested is not null)
        {
            page.Request += (_, request) => requested.Enqueue(request.Url);
        }

        await api.InstallAsync(page);
        await page.GotoAsync(Host.Page("/addin/taskpane?" + query).ToString());
        return page;
    }

    [Fact]
    public async Task Outside_Office_the_pane_says_it_runs_in_PowerPoint_or_Word_and_choice_and_preview_still_work()
    {
        var api = AddinSamples.Api(ContractSamples.RatingResult(), ContractSamples.ChoiceResult());
        var requested = new ConcurrentQueue<string>();

        var page = await OpenPaneAsync(PaneModerator, api, requested);

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dieses Add-in läuft in PowerPoint oder Word" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Forenergebnisse");
        await Expect(page.GetByLabel("Reihe")).ToContainTextAsync("Regionales Digitalisierungszentrum Salzlandkreis");
        await page.GetByLabel("Forum", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Forum 1: Chancen, Bedarfe und Erwartungen" });
        await page.GetByLabel("Rolle des Zentrums").CheckAsync();
        await Expect(page.GetByLabel("Das ganze Forum")).Not.ToBeCheckedAsync();
        await page.GetByLabel("Bedeutung der Digitalisierung").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Vorschau" }).ClickAsync();

        var preview = page.Locator("section.addin-preview");
        await Expect(preview.GetByRole(AriaRole.Heading, new() { Name = "Vorschau" })).ToBeVisibleAsync();
        await Expect(preview.Locator("article[data-item='i-bedeutung']")).ToContainTextAsync("Mittelwert 3,86");
        await Expect(preview.Locator("article[data-item='i-rolle']").GetByRole(AriaRole.Row, new() { Name = "Beratungsstelle" })).ToContainTextAsync("75");
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Vorschau mit 2 Ergebnissen geladen.");
        // Outside Office nothing can be inserted, so nothing offers it.
        await Expect(page.GetByRole(AriaRole.Button, new() { NameRegex = new("einfügen") })).ToHaveCountAsync(0);

        var sent = api.CallsTo("POST /preview").Single();
        ContractApi.AssertJson($$"""{"seriesId":"{{AddinSamples.SeriesId}}","itemIds":["i-bedeutung","i-rolle"]}""", sent.Json!);
        Assert.Equal("moderator-1", sent.Header("X-Local-User"));
        Assert.Equal("de", sent.Header("Accept-Language"));
        Assert.Contains(requested, url => new Uri(url).AbsolutePath == "/addin/lib/office.js");
        Assert.All(requested, url => Assert.True(new Uri(url).IsLoopback, $"the pane asked for {url}"));
        await PageBrowser.AssertAccessibleAsync(page, "add-in pane outside Office (de)");
        await Browser.ScreenshotAsync(page, "taskpane-outside-office-de");
        Assert.Empty(Browser.ConsoleErrors);
    }

    [Fact]
    public async Task In_English_the_whole_forum_is_previewed_and_the_notice_is_in_English()
    {
        var api = AddinSamples.Api(ContractSamples.PointsResult());

        var page = await OpenPaneAsync(PaneModerator + "&lang=en", api);

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "This add-in runs in PowerPoint or Word" })).ToBeVisibleAsync();
        Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));
        await page.GetByLabel("Forum", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Forum 2: Leistungsspektrum, Rollen und Aufgaben" });
        await Expect(page.GetByLabel("The whole forum")).ToBeCheckedAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Preview" }).ClickAsync();

        await Expect(page.Locator("article[data-item='i-leistungen']")).ToContainTextAsync("Fördermittelberatung");
        var sent = api.CallsTo("POST /preview").Single();
        ContractApi.AssertJson($$"""{"seriesId":"{{AddinSamples.SeriesId}}","forum":2}""", sent.Json!);
        Assert.Equal("en", sent.Header("Accept-Language"));
        await PageBrowser.AssertAccessibleAsync(page, "add-in pane outside Office (en)");
        await Browser.ScreenshotAsync(page, "taskpane-outside-office-en");
    }

    [Fact]
    public async Task Without_local_sign_in_outside_Office_the_pane_says_where_it_runs_and_asks_for_nothing_else()
    {
        var api = new ContractApi("/api/addin").On("GET /config", AddinSamples.Config(local: false));

        var page = await OpenPaneAsync(PaneModerator, api);

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dieses Add-in läuft in PowerPoint oder Word" })).ToBeVisibleAsync();
        await Expect(page.GetByText("Ohne Office-Anmeldung ist hier nichts abrufbar.")).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Reihe")).ToHaveCountAsync(0);
        Assert.Equal(["GET /config"], api.Calls.Select(c => $"{c.Method} {c.Path}"));
    }

    [Fact]
    public async Task A_throttled_preview_says_so_with_when_to_try_again_and_shows_no_results()
    {
        var page = await OpenPaneAsync(PaneModerator, AddinSamples.Api());
        // Routed after the contract API, so this answer wins: ContractApi sends no Retry-After header.
        await page.RouteAsync("**/api/addin/preview", route => route.FulfillAsync(new()
        {
            Status = 429, ContentType = "application/json", Body = """{"code":"tooManyRequests","message":"Zu viele Anfragen."}""",
            Headers = new Dictionary<string, string> { ["Retry-After"] = "30" },
        }));

        await page.GetByRole(AriaRole.Button, new() { Name = "Vorschau" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Zu viele Anfragen. Bitte in 30 Sekunden erneut versuchen.");
        await Expect(page.Locator("section.addin-preview article")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Office_js_with_its_PowerPoint_and_Word_host_scripts_comes_from_our_host_and_may_be_cached()
    {
        foreach (var path in new[] { "/addin/lib/office.js", "/addin/lib/powerpoint-web-16.00.js", "/addin/lib/word-win32-16.01.js", "/addin/lib/de-de/office_strings.js" })
        {
            using var response = await Host.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode}");
            Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
            Assert.True(response.Headers.CacheControl?.MaxAge > TimeSpan.Zero, path);
        }

        using var pane = await Host.GetAsync("/addin/taskpane");
        var html = await pane.Content.ReadAsStringAsync();
        Assert.Contains("src=\"/addin/lib/office.js\"", html, StringComparison.Ordinal);
        var policy = string.Join(' ', pane.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("*.officeapps.live.com", policy, StringComparison.Ordinal);
        Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
        using var underTab = await Host.GetAsync("/tab/addin/taskpane");
        Assert.Equal(HttpStatusCode.NotFound, underTab.StatusCode);
    }

    [Fact]
    public async Task The_add_in_texts_have_the_same_keys_in_German_and_English_and_every_key_used_exists()
    {
        var page = await Browser.NewPageAsync();
        await page.GotoAsync(Host.Page("/addin/addin.css").ToString());
        var keys = await page.EvaluateAsync<Dictionary<string, string[]>>(
            """
            async () => {
              const de = (await import('/addin/strings.de.js')).default;
              const en = (await import('/addin/strings.en.js')).default;
              const pages = (await import('/tab/js/strings.de.js')).default;
              return { de: Object.keys(de).sort(), en: Object.keys(en).sort(), all: [...Object.keys(de), ...Object.keys(pages)] };
            }
            """);
        Assert.Equal(keys["de"], keys["en"]);

        var assembly = typeof(Collaboration.Web.WebExtensions).Assembly;
        var missing = new List<string>();
        foreach (var script in assembly.GetManifestResourceNames().Where(n => n.StartsWith("tab/addin/", StringComparison.Ordinal)
            && n.EndsWith(".js", StringComparison.Ordinal) && !n.StartsWith("tab/addin/lib/", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(script)!);
            var text = await reader.ReadToEndAsync();
            missing.AddRange(System.Text.RegularExpressions.Regex.Matches(text, @"\bt\('([a-zA-Z]+\.[a-zA-Z.]+)'")
                .Select(m => m.Groups[1].Value).Where(key => !keys["all"].Contains(key)).Select(key => $"{script}: {key}"));
        }

        Assert.Empty(missing);
    }
}
