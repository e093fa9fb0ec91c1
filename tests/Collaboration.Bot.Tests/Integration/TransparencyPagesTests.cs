namespace Collaboration.Bot.Tests.Integration;

/// <summary>The privacy notice and the terms the manifest links to: served in German and English, filled from configuration, encoded.</summary>
public sealed class TransparencyPagesTests : IAsyncLifetime
{
    private const string Controller = "Landkreis <script>alert(1)</script> & \"Salzland\"";
    private ThrowAwayStore _store = null!;
    private BotHost _bot = null!;

    public async Task InitializeAsync()
    {
        _store = ThrowAwayStore.Sqlite();
        _bot = await BotHost.StartAsync(_store, new Dictionary<string, string?>
        {
            ["Transparency:Controller:De"] = Controller,
            ["Transparency:ProtectionOfficer:De"] = "Datenschutz, Karlsplatz 1, 06406 Bernburg",
            ["Transparency:ProtectionOfficer:En"] = "Data protection office, Karlsplatz 1, 06406 Bernburg",
        });
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _store.DisposeAsync();
    }

    [Theory]
    [InlineData("/privacy", "de-DE,de;q=0.9,en;q=0.5", "de", "Datenschutzhinweise zum Forum-Bot", "Datenschutz, Karlsplatz 1")]
    [InlineData("/privacy", "en-GB,en;q=0.8", "en", "Privacy notice of the forum bot", "Data protection office, Karlsplatz 1")]
    [InlineData("/privacy?lang=en", "de-DE", "en", "Privacy notice of the forum bot", "write \"my data\" to the bot")]
    [InlineData("/terms?lang=de", "en-US", "de", "Nutzungsbedingungen des Forum-Bots", "/privacy")]
    [InlineData("/terms", "en-US", "en", "Terms of use of the forum bot", "/privacy")]
    public async Task Page_answers_in_the_asked_language_with_the_configured_texts(string path, string acceptLanguage, string lang, string title, string expected)
    {
        using var response = await _bot.GetPageAsync(path, acceptLanguage);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains($"<html lang=\"{lang}\">", html, StringComparison.Ordinal);
        Assert.Contains($"<h1>{title}</h1>", html, StringComparison.Ordinal);
        Assert.Contains(System.Text.Encodings.Web.HtmlEncoder.Default.Encode(expected), html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Configured_text_is_html_encoded_and_a_missing_section_says_so()
    {
        using var response = await _bot.GetPageAsync("/privacy?lang=en", "en");
        var html = await response.Content.ReadAsStringAsync();

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Salzland&quot;", html, StringComparison.Ordinal);
        Assert.Contains("Not specified. The operator has to add this section", html, StringComparison.Ordinal);
        Assert.Contains("12 months", html, StringComparison.Ordinal);
    }
}
