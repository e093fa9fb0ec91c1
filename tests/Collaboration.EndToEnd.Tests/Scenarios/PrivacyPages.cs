using Collaboration.Fakes.Cards;
using static Microsoft.Playwright.Assertions;

namespace Collaboration.EndToEnd.Tests.Scenarios;

/// <summary>
/// The privacy notice and the terms that the manifest links, as a browser shows them: the built bot serves them filled
/// from its "Transparency" settings, in German or English, with every configured text encoded. Full-page screenshots land in
/// artifacts/e2e/privacy-pages/.
/// </summary>
public sealed class PrivacyPages
{
    private const string Scenario = "privacy-pages";

    // An operator's texts, one of them hostile: markup in a setting must show as text, never run or format.
    private static readonly Configured Controller = new("Controller",
        "Landkreis <b>Salzland</b> & \"Kreis\" <script>window.__pwned = 1</script>\nKarlsplatz 37, 06406 Bernburg (Saale)",
        "Salzland <i>District</i> & Co. <img src=x onerror=\"window.__pwned = 1\">\nKarlsplatz 37, 06406 Bernburg (Saale), Germany");
    private static readonly Configured Officer = new("ProtectionOfficer",
        "Datenschutzbeauftragte des Landkreises, datenschutz@kreis-slk.example", "District data-protection officer, datenschutz@kreis-slk.example");
    private static readonly Configured Purposes = new("Purposes",
        "Beteiligungsforen zum Regionalen Digitalisierungszentrum", "Participation forums on the regional digitalisation centre");
    private static readonly Configured LegalBasis = new("LegalBasis", "Art. 6 Abs. 1 lit. e DSGVO i. V. m. § 4 KVG LSA", "GDPR Art. 6 (1) e with § 4 KVG LSA");
    private static readonly Configured Recipients = new("Recipients",
        "Microsoft Ireland Operations Ltd. als Auftragsverarbeiter (Teams, SharePoint)", "Microsoft Ireland Operations Ltd. as processor (Teams, SharePoint)");

    // No English text configured: the English page shows the German one rather than a gap.
    private static readonly Configured Authority = new("SupervisoryAuthority", "Landesbeauftragter für den Datenschutz Sachsen-Anhalt", En: null);

    [Fact]
    public Task The_privacy_notice_shows_the_configured_controller_officer_purposes_legal_basis_recipients_and_retention_in_German_and_English() =>
        RunAsync("privacy", async (bot, browser, shots) =>
        {
            var page = new ExpectedPage("Datenschutzhinweise zum Forum-Bot", "Privacy notice of the forum bot",
            [
                Section.Showing("Verantwortliche Stelle", "Controller", Controller),
                Section.Showing("Datenschutzbeauftragte Person", "Data-protection officer", Officer),
                Section.Showing("Zwecke der Verarbeitung", "Purposes of the processing", Purposes),
                new("Welche Daten gespeichert werden", "What is stored", ["Ihr Name aus Teams"], ["your name from Teams"]),
                new("Anonyme Fragen", "Anonymous questions", ["ohne Ihre Kennung gespeichert"], ["stored without your id"]),
                Section.Showing("Rechtsgrundlage", "Legal basis", LegalBasis),
                Section.Showing("Empfänger und Auftragsverarbeiter", "Recipients and processors", Recipients),
                new("Speicherdauer", "Retention", ["12 Monate nach dem Schließen ihres letzten Forums"], ["12 months after its last forum closed"]),
                new("Ihre Rechte", "Your rights", ["„meine daten“", "„daten löschen“"], ["\"my data\"", "\"delete my data\""]),
                Section.Showing("Beschwerde bei der Aufsichtsbehörde", "Complaint to the supervisory authority", Authority),
            ]);
            var german = await OpenAsync(browser, new Uri(bot.BaseUrl, "privacy"), "de-DE");
            await ExpectPageAsync(german, "de", page);
            await shots.TakeAsync(german, "privacy-de");

            // Accept-Language de, and the page's own link to the other version (?lang=en) switches the language.
            await german.GetByRole(AriaRole.Link, new() { Name = "English version" }).ClickAsync();
            await ExpectPageAsync(german, "en", page);
            Assert.Contains("lang=en", german.Url, StringComparison.Ordinal);
            await shots.TakeAsync(german, "privacy-en");
        });

    [Fact]
    public Task The_terms_name_the_configured_provider_and_link_the_privacy_notice_in_German_and_English() =>
        RunAsync("terms", async (bot, browser, shots) =>
        {
            var page = new ExpectedPage("Nutzungsbedingungen des Forum-Bots", "Terms of use of the forum bot",
            [
                new("Anbieter", "Provider", [Controller.FirstLine("de")], [Controller.FirstLine("en")]),
                new("Leistung", "Service", ["Die Teilnahme ist freiwillig."], ["Taking part is voluntary."]),
                new("Verhalten", "Conduct", ["keine personenbezogenen Daten Dritter"], ["personal data of others"]),
                new("Datenschutz", "Privacy", ["/privacy"], ["/privacy"]),
            ]);
            var german = await OpenAsync(browser, new Uri(bot.BaseUrl, "terms"), "de-DE");
            await ExpectPageAsync(german, "de", page);
            await shots.TakeAsync(german, "terms-de");

            // An English browser gets the English terms without asking.
            var english = await OpenAsync(browser, new Uri(bot.BaseUrl, "terms"), "en-US");
            await ExpectPageAsync(english, "en", page);
            await shots.TakeAsync(english, "terms-en");
        });

    private static async Task<IPage> OpenAsync(IBrowser browser, Uri url, string locale)
    {
        // The browser's locale sets Accept-Language, which the bot reads when no ?lang= is given.
        var context = await browser.NewContextAsync(new() { Locale = locale, ViewportSize = new() { Width = 1100, Height = 900 } });
        var page = await context.NewPageAsync();
        var response = await page.GotoAsync(url.ToString());
        Assert.NotNull(response);
        Assert.Equal(200, response.Status);
        return page;
    }

    /// <summary>The page's language, its one h1, its h2 sections in order, each with the texts it must show.</summary>
    private static async Task ExpectPageAsync(IPage page, string language, ExpectedPage expected)
    {
        var title = language == "de" ? expected.TitleDe : expected.TitleEn;
        var sections = expected.Sections.Select(s => language == "de" ? (Heading: s.HeadingDe, Texts: s.De) : (Heading: s.HeadingEn, Texts: s.En)).ToList();
        await Expect(page.Locator("h1")).ToHaveTextAsync(title);
        await Expect(page).ToHaveTitleAsync(title);
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", language);
        await Expect(page.Locator("h2")).ToHaveTextAsync(sections.Select(s => s.Heading).ToArray());
        foreach (var (heading, texts) in sections)
        {
            var section = page.Locator("section").Filter(new() { Has = page.Locator("h2", new() { HasTextString = heading }) });
            foreach (var text in texts)
            {
                await Expect(section.GetByText(text, new() { Exact = false })).ToBeVisibleAsync();
            }
        }

        // The hostile controller shows as text: no element, script or handler came from the settings.
        Assert.Equal(0, await page.Locator("main b, main i, main img, script").CountAsync());
        Assert.Null(await page.EvaluateAsync<int?>("() => window.__pwned ?? null"));
    }

    private static async Task RunAsync(string page, Func<BotProcess, IBrowser, Screenshots, Task> test)
    {
        var artifacts = Path.Combine(RepositoryRoot.Find(), "artifacts", "e2e", Scenario);
        Directory.CreateDirectory(artifacts);
        var work = Directory.CreateTempSubdirectory("privacy-e2e-");
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await using var bot = await BotProcess.StartAsync(
                new BotProcessOptions
                {
                    StoreProvider = "Sqlite",
                    StoreConnectionString = $"Data Source={Path.Combine(work.FullName, "forums.db")}",
                    LogPath = Path.Combine(artifacts, $"bot-{page}.log"),
                    Settings = new[] { Controller, Officer, Purposes, LegalBasis, Recipients, Authority }
                        .SelectMany(text => text.Settings).ToDictionary(StringComparer.Ordinal),
                },
                timeout.Token);
            using var playwright = await Playwright.CreateAsync();
            await using var browser = await Chromium.LaunchAsync(playwright);
            await test(bot, browser, new Screenshots(artifacts));
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    /// <summary>Full-page pictures, named after the page they show (both tests share the folder, so no numbering).</summary>
    private sealed class Screenshots(string folder)
    {
        public async Task TakeAsync(IPage page, string name) =>
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, name + ".png"), FullPage = true });
    }

    /// <summary>A text the operator configures under "Transparency:{Setting}:De" and ":En".</summary>
    private sealed record Configured(string Setting, string De, string? En)
    {
        public IEnumerable<KeyValuePair<string, string>> Settings =>
            En is null ? [new($"Transparency:{Setting}:De", De)] : [new($"Transparency:{Setting}:De", De), new($"Transparency:{Setting}:En", En)];

        /// <summary>What the page in <paramref name="language"/> shows: the German text where no English one is set.</summary>
        public string In(string language) => language == "en" ? En ?? De : De;

        public string FirstLine(string language) => In(language).Split('\n')[0];
    }

    /// <summary>A page in both languages: its title and its sections in order.</summary>
    private sealed record ExpectedPage(string TitleDe, string TitleEn, Section[] Sections);

    /// <summary>One h2 section, German and English: its heading and the texts it must show.</summary>
    private sealed record Section(string HeadingDe, string HeadingEn, string[] De, string[] En)
    {
        /// <summary>A section that shows a configured text, every line of it.</summary>
        public static Section Showing(string headingDe, string headingEn, Configured text) =>
            new(headingDe, headingEn, text.In("de").Split('\n'), text.In("en").Split('\n'));
    }
}
