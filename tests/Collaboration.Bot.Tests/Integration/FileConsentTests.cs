using DocumentFormat.OpenXml.Packaging;

namespace Collaboration.Bot.Tests.Integration;

/// <summary>
/// In a personal chat a moderator gets the deck and the report as Teams file consent cards; accepting one uploads the
/// file into the upload session Teams names, and the bot shows it with a file info card.
/// </summary>
public abstract class FileConsentTests : BotTest
{
    // The fake OneDrive runs on loopback: named as an upload host here, as a tenant's host would be.
    protected override IReadOnlyDictionary<string, string?>? Settings => new Dictionary<string, string?> { ["Bot:UploadHosts:0"] = "127.0.0.1" };

    private const string ConsentType = "application/vnd.microsoft.teams.card.file.consent";
    private const string InfoType = "application/vnd.microsoft.teams.card.file.info";

    [Fact]
    public async Task In_a_personal_chat_the_moderator_gets_two_file_consent_cards_instead_of_links()
    {
        var forum = await StartInPersonalChatAsync();

        var consents = await AskForFilesAsync(forum);

        Assert.Equal(["praesentation-hvb-runde.pptx", "ergebnisbericht.docx"], consents.Select(c => (string?)c["name"]));
        Assert.All(consents, c =>
        {
            Assert.True((long)c["content"]!["sizeInBytes"]! > 1000);
            Assert.False(string.IsNullOrWhiteSpace((string?)c["content"]!["description"]));
            Assert.NotNull(c["content"]!["acceptContext"]);
            Assert.NotNull(c["content"]!["declineContext"]);
        });
    }

    [Fact]
    public async Task Accepting_uploads_the_deck_and_shows_it_with_a_file_info_card()
    {
        var forum = await StartInPersonalChatAsync();
        var deck = (await AskForFilesAsync(forum))[0];
        var uploadUrl = Bot.Connector.NewUploadUrl();

        var (status, sent) = await Bot.SendAsync(forum.Chat, forum.Chat.FileConsent(forum.Moderator, "accept", deck["content"]!["acceptContext"], UploadInfo(uploadUrl, "praesentation-hvb-runde.pptx")));

        Assert.Equal(HttpStatusCode.OK, status);
        var upload = Assert.Single(Bot.Connector.Uploads);
        Assert.Equal(uploadUrl.Segments[^1], upload.Session);
        Assert.Equal($"bytes 0-{upload.Body.Length - 1}/{upload.Body.Length}", upload.ContentRange);
        using (var presentation = PresentationDocument.Open(new MemoryStream(upload.Body), false))
        {
            Assert.True(presentation.PresentationPart!.SlideParts.Count() > 3);
        }

        var info = Assert.Single(sent, a => (string?)a["contentType"] == InfoType);
        Assert.Equal("https://contoso-my.sharepoint.com/personal/maria/Documents/praesentation-hvb-runde.pptx", (string?)info["contentUrl"]);
        Assert.Equal("praesentation-hvb-runde.pptx", (string?)info["name"]);
        Assert.Equal("1A2B3C", (string?)info["content"]!["uniqueId"]);
        Assert.Equal("pptx", (string?)info["content"]!["fileType"]);
        Assert.Contains(sent, a => CardText(a).Contains("OneDrive", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Accepting_the_report_uploads_a_word_document()
    {
        var forum = await StartInPersonalChatAsync();
        var report = (await AskForFilesAsync(forum))[1];

        var (status, _) = await Bot.SendAsync(forum.Chat, forum.Chat.FileConsent(forum.Moderator, "accept", report["content"]!["acceptContext"], UploadInfo(Bot.Connector.NewUploadUrl(), "ergebnisbericht.docx")));

        Assert.Equal(HttpStatusCode.OK, status);
        using var word = WordprocessingDocument.Open(new MemoryStream(Assert.Single(Bot.Connector.Uploads).Body), false);
        Assert.Contains("Regionales Digitalisierungszentrum", word.MainDocumentPart!.Document!.InnerText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_forged_context_uploads_nothing_and_gets_a_polite_answer()
    {
        var forum = await StartInPersonalChatAsync();
        var genuine = (await AskForFilesAsync(forum))[0]["content"]!["acceptContext"]!.AsObject();
        var otherSignature = genuine.DeepClone().AsObject();
        otherSignature["sig"] = new string('0', 64);
        var longerLife = genuine.DeepClone().AsObject();
        longerLife["expires"] = (long)genuine["expires"]! + 3600;
        JsonNode[] forgeries = [otherSignature, longerLife, JsonValue.Create("not a claim"), new JsonObject { ["shelf"] = "../../etc", ["file"] = "passwd" }];

        foreach (var forged in forgeries)
        {
            var (status, sent) = await Bot.SendAsync(forum.Chat, forum.Chat.FileConsent(forum.Moderator, "accept", forged, UploadInfo(Bot.Connector.NewUploadUrl(), "x.pptx")));

            Assert.Equal(HttpStatusCode.OK, status);
            Assert.DoesNotContain(sent, a => (string?)a["contentType"] == InfoType);
            Assert.Contains(sent, a => CardText(a).Contains("neu an", StringComparison.Ordinal));
        }

        Assert.Empty(Bot.Connector.Uploads);
    }

    [Theory]
    [InlineData("https://upload.evil.example/session/1")]
    [InlineData("https://contoso.sharepoint.com.evil.example/session/1")]
    [InlineData("http://contoso-my.sharepoint.com/personal/upload")]
    [InlineData("ftp://127.0.0.1/upload")]
    public async Task An_upload_address_outside_the_upload_hosts_gets_nothing_and_a_polite_answer(string uploadUrl)
    {
        var forum = await StartInPersonalChatAsync();
        var deck = (await AskForFilesAsync(forum))[0];

        var (status, sent) = await Bot.SendAsync(forum.Chat, forum.Chat.FileConsent(forum.Moderator, "accept", deck["content"]!["acceptContext"], UploadInfo(new Uri(uploadUrl), "x.pptx")));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.DoesNotContain(sent, a => (string?)a["contentType"] == InfoType);
        Assert.Contains(sent, a => CardText(a).Contains("nicht ablegen", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_fake_onedrive_under_another_name_than_the_listed_one_gets_nothing()
    {
        var forum = await StartInPersonalChatAsync();
        var deck = (await AskForFilesAsync(forum))[0];
        var sameServerOtherName = new Uri(Bot.Connector.NewUploadUrl().ToString().Replace("127.0.0.1", "localhost", StringComparison.Ordinal));

        var (status, sent) = await Bot.SendAsync(forum.Chat, forum.Chat.FileConsent(forum.Moderator, "accept", deck["content"]!["acceptContext"], UploadInfo(sameServerOtherName, "x.pptx")));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Empty(Bot.Connector.Uploads);
        Assert.Contains(sent, a => CardText(a).Contains("nicht ablegen", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Declining_gets_a_polite_note_and_uploads_nothing()
    {
        var forum = await StartInPersonalChatAsync();
        var deck = (await AskForFilesAsync(forum))[0];

        var (status, sent) = await Bot.SendAsync(forum.Chat, forum.Chat.FileConsent(forum.Moderator, "decline", deck["content"]!["declineContext"], uploadInfo: null));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("nicht gespeichert", CardText(Assert.Single(sent)), StringComparison.Ordinal);
        Assert.Empty(Bot.Connector.Uploads);
    }

    [Fact]
    public async Task In_a_group_chat_the_files_still_come_as_links()
    {
        var forum = await RunningForum.StartAsync(Bot);

        var (_, sent) = await Bot.SendAsync(forum.Chat, forum.Chat.Message(forum.Moderator, "bericht"));

        Assert.DoesNotContain(sent, a => (string?)a["contentType"] == ConsentType);
        // The links come in the moderator's own view of the card (see ExecutiveLinksVisibilityTests).
        Assert.NotNull(Assert.Single(sent)["content"]!["refresh"]);
        Assert.Equal(2, ExecutiveLinks.Of(await ExecutiveLinks.ForModeratorAsync(Bot, forum)).Count);
    }

    private async Task<RunningForum> StartInPersonalChatAsync()
    {
        var forum = await RunningForum.StartAsync(Bot, Bot.NewPersonalChat());
        var participant = TeamsUser.Create("Paula Teilnehmerin");
        await forum.OnboardAsync(participant);
        await forum.RateAsync(participant, "bedeutung", 4);
        return forum;
    }

    private async Task<List<JsonNode>> AskForFilesAsync(RunningForum forum)
    {
        var (status, sent) = await Bot.SendAsync(forum.Chat, forum.Chat.Message(forum.Moderator, "bericht"));
        Assert.Equal(HttpStatusCode.OK, status);
        var consents = sent.Where(a => (string?)a["contentType"] == ConsentType).ToList();
        Assert.Equal(2, consents.Count);
        return consents;
    }

    private static JsonObject UploadInfo(Uri uploadUrl, string name) => new()
    {
        ["name"] = name,
        ["uploadUrl"] = uploadUrl.ToString(),
        ["contentUrl"] = "https://contoso-my.sharepoint.com/personal/maria/Documents/" + name,
        ["uniqueId"] = "1A2B3C",
        ["fileType"] = Path.GetExtension(name).TrimStart('.'),
    };

    private static string CardText(JsonNode attachment) =>
        (string?)attachment["contentType"] == BotHost.AdaptiveCardType ? CardReader.Text(attachment["content"]!) : string.Empty;
}

public sealed class FileConsentOnSqliteTests : FileConsentTests
{
    protected override Task<ThrowAwayStore> CreateStoreAsync() => Task.FromResult(ThrowAwayStore.Sqlite());
}

[Collection(PostgresFixture.Collection)]
public sealed class FileConsentOnPostgresTests(PostgresFixture postgres) : FileConsentTests
{
    protected override Task<ThrowAwayStore> CreateStoreAsync() => ThrowAwayStore.PostgresAsync(postgres);
}
