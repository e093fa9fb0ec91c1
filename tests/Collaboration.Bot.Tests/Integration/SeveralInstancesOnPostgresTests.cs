using Azure.Core.Pipeline;
using Azure.Security.KeyVault.Secrets;
using Collaboration.Bot.Hosting;
using Collaboration.Fakes.Graph;
using Collaboration.Fakes.KeyVault;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.Extensions.Time.Testing;

namespace Collaboration.Bot.Tests.Integration;

/// <summary>
/// Issue #16, item 2: two bot instances on one PostgreSQL database behind a load balancer. Whatever one instance hands
/// out works through the other, and both hold the same anonymity key, from configuration or a Key Vault.
/// (Without a configured key PostgreSQL refuses to start: <see cref="AnonymityKeyOnPostgresTests"/>.)
/// </summary>
[Collection(PostgresFixture.Collection)]
public sealed class SeveralInstancesOnPostgresTests(PostgresFixture postgres) : IAsyncLifetime
{
    private ThrowAwayStore? _store;

    private ThrowAwayStore Store => _store ?? throw new InvalidOperationException("The store is made in InitializeAsync.");

    public async Task InitializeAsync() => _store = await ThrowAwayStore.PostgresAsync(postgres);

    public async Task DisposeAsync() => await Store.DisposeAsync();

    [Fact]
    public async Task A_download_link_made_by_one_instance_downloads_from_the_other()
    {
        await using var first = await BotHost.StartAsync(Store);
        await using var second = await BotHost.StartAsync(Store, connector: first.Connector);
        var forum = await RunningForum.StartAsync(first);
        await forum.RateAsync(forum.Moderator, "bedeutung", 4);

        var links = ExecutiveLinks.Of(await ExecutiveLinks.ForModeratorAsync(first, forum));
        using var deck = await second.GetAsync(links[0]);
        using var report = await second.GetAsync(links[1]);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (deck.StatusCode, report.StatusCode));
        using (var presentation = PresentationDocument.Open(new MemoryStream(await deck.Content.ReadAsByteArrayAsync()), false))
        {
            Assert.True(presentation.PresentationPart!.SlideParts.Count() > 3);
        }

        using var word = WordprocessingDocument.Open(new MemoryStream(await report.Content.ReadAsByteArrayAsync()), false);
        Assert.Contains("Regionales Digitalisierungszentrum", word.MainDocumentPart!.Document!.InnerText, StringComparison.Ordinal);
        // In the shared database, not in an instance's folder.
        Assert.Equal(2, (await DatabaseDump.ReadAsync(Store)).Rows("shared_files").Count);
    }

    [Fact]
    public async Task An_expired_link_answers_a_german_and_english_page_on_the_other_instance_not_an_error()
    {
        await using var first = await BotHost.StartAsync(Store);
        // The second instance's clock stands two hours later: past the link's hour.
        var later = new FakeTimeProvider(DateTimeOffset.UtcNow.AddHours(2));
        await using var second = await BotHost.StartAsync(Store, connector: first.Connector, services: s => s.AddSingleton<TimeProvider>(later));
        var forum = await RunningForum.StartAsync(first);

        var link = ExecutiveLinks.Of(await ExecutiveLinks.ForModeratorAsync(first, forum))[0];
        using var expired = await second.GetAsync(link);

        Assert.Equal(HttpStatusCode.Gone, expired.StatusCode);
        Assert.StartsWith("text/plain", expired.Content.Headers.ContentType?.ToString(), StringComparison.Ordinal);
        var page = await expired.Content.ReadAsStringAsync();
        Assert.Contains("Dieser Link ist abgelaufen", page, StringComparison.Ordinal);
        Assert.Contains("This link has expired", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Instances_reading_one_key_vault_share_the_anonymity_key_from_it()
    {
        var key = Enumerable.Range(100, 32).Select(i => (byte)i).ToArray();
        var vault = new FakeKeyVault(new Uri("https://forum-test.vault.azure.net/"), new Dictionary<string, (string, bool)>
        {
            ["Bot--AnonymitySecret"] = (Convert.ToBase64String(key), true),
            ["Bot--PublicBaseUrl"] = ("https://disabled.example.org/", false),
        });

        await using var first = await BotHost.StartAsync(Store, configuration: config => config.Add(SourceOf(vault)));
        // The second start passes the key check that the first recorded: the same key, or it would refuse.
        await using var second = await BotHost.StartAsync(Store, connector: first.Connector, configuration: config => config.Add(SourceOf(vault)));

        Assert.Equal(key, first.Services.GetRequiredService<BotSecret>().Value);
        Assert.Equal(key, second.Services.GetRequiredService<BotSecret>().Value);
        Assert.Null(first.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<BotOptions>>().Value.PublicBaseUrl);
        Assert.Equal(2, vault.Reads);
    }

    private static KeyVaultSecretsSource SourceOf(FakeKeyVault vault) =>
        new(new SecretClient(vault.Address, new FakeTokenCredential(), new SecretClientOptions { Transport = new HttpClientTransport(vault) }));
}
