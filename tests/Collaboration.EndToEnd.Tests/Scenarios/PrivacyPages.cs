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
    private const string ControllerDe = "Landkreis <b>Salzland</b> & \"Kreis\" <script>window.__pwned = 1</script>\nKarlsplatz 37, 06406 Bernburg (Saale)";
    private const string ControllerEn = "Salzland <i>District</i> & Co. <img src=x onerror=\"window.__pwned = 1\">\nKarlsplatz 37, 06406 Bernburg (Saale), Germany";
    private const string OfficerDe = "Datenschutzbeauftragte des Landkreises, datenschutz@kreis-slk.example";
    private const string OfficerEn = "District data-protection officer, datenschutz@kreis-slk.example";
    private const string PurposesDe = "Beteiligungsforen zum Regionalen Digitalisierungszentrum";
    private const string PurposesEn = "Participation forums on the regional digitalisation centre";
    private const string LegalBasisDe = "Art. 6 Abs. 1 lit. e DSGVO i. V. m. § 4 KVG LSA";
    private const string LegalBasisEn = "GDPR Art. 6 (1) e with § 4 KVG LSA";
    private const string RecipientsDe = "Microsoft Ireland Operations Ltd. als Auftragsverarbeiter (Teams, SharePoint)";
    private const string RecipientsEn = "Microsoft Ireland Operations Ltd. as processor (Teams, SharePoint)";
    private const string AuthorityDe = "Landesbeauftragter für den Datenschutz Sachsen-Anhalt";

    [Fact]
    public Task The_privacy_notice_shows_the_configured_controller_officer_purposes_legal_basis_recipients_and_retention_in_German_and_English() =>
        RunAsync("privacy", async (bot, browser, shots) =>
        {
            var german = await OpenAsync(browser, new Uri(bot.BaseUrl, "privacy"), "de-DE");
            await ExpectPageAsync(german, "de", "Datenschutzhinweise zum Forum-Bot",
            [
                ("Verantwortliche Stelle", [ControllerDe.Split('\n')[0], "Karlsplatz 37, 06406 Bernburg (Saale)"]),
                ("Datenschutzbeauftragte Person", [OfficerDe]),
                ("Zwecke der Verarbeitung", [PurposesDe]),
                ("Welche Daten gespeichert werden", ["Ihr Name aus Teams"]),
                ("Anonyme Fragen", ["ohne Ihre Kennung gespeichert"]),
                ("Rechtsgrundlage", [LegalBasisDe]),
                ("Empfänger und Auftragsverarbeiter", [RecipientsDe]),
                ("Speicherdauer", ["12 Monate nach dem Schließen ihres letzten Forums"]),
                ("Ihre Rechte", ["„meine daten“", "„daten löschen“"]),
                ("Beschwerde bei der Aufsichtsbehörde", [AuthorityDe]),
            ]);
            await shots.TakeAsync(german, "privacy-de");

            // Accept-Language de, and the page's own link to the other version (?lang=en) switches the language.
            await german.GetByRole(AriaRole.Link, new() { Name = "English version" }).ClickAsync();
            await ExpectPageAsync(german, "en", "Privacy notice of the forum bot",
            [
                ("Controller", [ControllerEn.Split('\n')[0], "Karlsplatz 37, 06406 Bernburg (Saale), Germany"]),
                ("Data-protection officer", [OfficerEn]),
                ("Purposes of the processing", [PurposesEn]),
                ("What is stored", ["your name from Teams"]),
                ("Anonymous questions", ["stored without your id"]),
                ("Legal basis", [LegalBasisEn]),
                ("Recipients and processors", [RecipientsEn]),
                ("Retention", ["12 months after its last forum closed"]),
                ("Your rights", ["\"my data\"", "\"delete my data\""]),
                // No English text configured: the German one stands rather than a gap.
                ("Complaint to the supervisory authority", [AuthorityDe]),
            ]);
            Assert.Contains("lang=en", german.Url, StringComparison.Ordinal);
            await shots.TakeAsync(german, "privacy-en");
        });

    [Fact]
    public Task The_terms_name_the_configured_provider_and_link_the_privacy_notice_in_German_and_English() =>
        RunAsync("terms", async (bot, browser, shots) =>
        {
            var german = await OpenAsync(browser, new Uri(bot.BaseUrl, "terms"), "de-DE");
            await ExpectPageAsync(german, "de", "Nutzungsbedingungen des Forum-Bots",
            [
                ("Anbieter", [ControllerDe.Split('\n')[0]]),
                ("Leistung", ["Die Teilnahme ist freiwillig."]),
                ("Verhalten", ["keine personenbezogenen Daten Dritter"]),
                ("Datenschutz", ["/privacy"]),
            ]);
            await shots.TakeAsync(german, "terms-de");

            // An English browser gets the English terms without asking.
            var english = await OpenAsync(browser, new Uri(bot.BaseUrl, "terms"), "en-US");
            await ExpectPageAsync(english, "en", "Terms of use of the forum bot",
            [
                ("Provider", [ControllerEn.Split('\n')[0]]),
                ("Service", ["Taking part is voluntary."]),
                ("Conduct", ["personal data of others"]),
                ("Privacy", ["/privacy"]),
            ]);
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
    private static async Task ExpectPageAsync(IPage page, string language, string title, (string Heading, string[] Texts)[] sections)
    {
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
                    Settings = new Dictionary<string, string>
                    {
                        ["Transparency:Controller:De"] = ControllerDe,
                        ["Transparency:Controller:En"] = ControllerEn,
                        ["Transparency:ProtectionOfficer:De"] = OfficerDe,
                        ["Transparency:ProtectionOfficer:En"] = OfficerEn,
                        ["Transparency:Purposes:De"] = PurposesDe,
                        ["Transparency:Purposes:En"] = PurposesEn,
                        ["Transparency:LegalBasis:De"] = LegalBasisDe,
                        ["Transparency:LegalBasis:En"] = LegalBasisEn,
                        ["Transparency:Recipients:De"] = RecipientsDe,
                        ["Transparency:Recipients:En"] = RecipientsEn,
                        ["Transparency:SupervisoryAuthority:De"] = AuthorityDe,
                    },
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
}
