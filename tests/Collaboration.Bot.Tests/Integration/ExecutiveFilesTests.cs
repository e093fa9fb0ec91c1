using DocumentFormat.OpenXml.Packaging;

namespace Collaboration.Bot.Tests.Integration;

/// <summary>A moderator asks for the executive deck and report and downloads them through the links on the card only they see.</summary>
public abstract class ExecutiveFilesTests : BotTest
{
    [Fact]
    public async Task The_moderator_gets_links_to_a_deck_and_a_report_that_open_as_office_documents()
    {
        var forum = await RunningForum.StartAsync(Bot);
        var participant = TeamsUser.Create("Paula Teilnehmerin");
        await forum.OnboardAsync(participant);
        await forum.RateAsync(participant, "bedeutung", 5);

        var card = await ExecutiveLinks.ForModeratorAsync(Bot, forum);

        var links = ExecutiveLinks.Of(card);
        Assert.Equal(2, links.Count);
        using var deck = await Bot.GetAsync(links[0]);
        using var report = await Bot.GetAsync(links[1]);
        Assert.Equal(HttpStatusCode.OK, deck.StatusCode);
        Assert.Equal(HttpStatusCode.OK, report.StatusCode);
        using (var presentation = PresentationDocument.Open(new MemoryStream(await deck.Content.ReadAsByteArrayAsync()), false))
        {
            Assert.True(presentation.PresentationPart!.SlideParts.Count() > 3);
        }

        using var word = WordprocessingDocument.Open(new MemoryStream(await report.Content.ReadAsByteArrayAsync()), false);
        Assert.Contains("Regionales Digitalisierungszentrum", word.MainDocumentPart!.Document!.InnerText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_download_is_an_attachment_that_no_cache_keeps_and_its_link_lives_an_hour()
    {
        var forum = await RunningForum.StartAsync(Bot);
        var before = DateTimeOffset.UtcNow;

        var link = ExecutiveLinks.Of(await ExecutiveLinks.ForModeratorAsync(Bot, forum))[0];
        using var deck = await Bot.GetAsync(link);

        Assert.Equal(HttpStatusCode.OK, deck.StatusCode);
        Assert.True(deck.Headers.CacheControl?.NoStore, "Cache-Control: no-store");
        Assert.Equal("nosniff", Assert.Single(deck.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("attachment", deck.Content.Headers.ContentDisposition?.DispositionType);
        var expires = DateTimeOffset.FromUnixTimeSeconds(long.Parse(System.Web.HttpUtility.ParseQueryString(link.Query)["expires"]!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.InRange(expires - before, TimeSpan.FromMinutes(59), TimeSpan.FromMinutes(61));
    }

    [Fact]
    public async Task A_refused_link_is_not_cached_either()
    {
        var forum = await RunningForum.StartAsync(Bot);
        var link = ExecutiveLinks.Of(await ExecutiveLinks.ForModeratorAsync(Bot, forum))[0];

        using var tampered = await Bot.GetAsync(new Uri(link.ToString().Replace("sig=", "sig=0", StringComparison.Ordinal)));

        Assert.Equal(HttpStatusCode.NotFound, tampered.StatusCode);
        Assert.True(tampered.Headers.CacheControl?.NoStore, "Cache-Control: no-store");
    }

    [Fact]
    public async Task A_participant_cannot_ask_for_the_files()
    {
        var forum = await RunningForum.StartAsync(Bot);

        var refusal = await forum.SayAsync(TeamsUser.Create("Paul Teilnehmer"), "bericht");

        Assert.Contains("Moderatorinnen und Moderatoren", Assert.Single(refusal).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_link_with_a_changed_signature_or_file_finds_nothing()
    {
        var forum = await RunningForum.StartAsync(Bot);
        var link = ExecutiveLinks.Of(await ExecutiveLinks.ForModeratorAsync(Bot, forum))[0];

        using var tampered = await Bot.GetAsync(new Uri(link.ToString().Replace("sig=", "sig=0", StringComparison.Ordinal)));
        using var otherFile = await Bot.GetAsync(new Uri(link.ToString().Replace(".pptx", ".docx", StringComparison.Ordinal)));

        Assert.Equal(HttpStatusCode.NotFound, tampered.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherFile.StatusCode);
    }
}

public sealed class ExecutiveFilesOnSqliteTests : ExecutiveFilesTests
{
    protected override Task<ThrowAwayStore> CreateStoreAsync() => Task.FromResult(ThrowAwayStore.Sqlite());
}

[Collection(PostgresFixture.Collection)]
public sealed class ExecutiveFilesOnPostgresTests(PostgresFixture postgres) : ExecutiveFilesTests
{
    protected override Task<ThrowAwayStore> CreateStoreAsync() => ThrowAwayStore.PostgresAsync(postgres);
}
