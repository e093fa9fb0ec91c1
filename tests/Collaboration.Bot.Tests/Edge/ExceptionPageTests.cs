using System.Text;
using Collaboration.Bot.Hosting;

namespace Collaboration.Bot.Tests.Edge;

/// <summary>
/// If an exception ever escapes a request (the malformed corpus shows none does), a real Kestrel host outside
/// Development answers a bare 500 that reveals nothing; only Development shows the developer exception page.
/// </summary>
public sealed class ExceptionPageTests
{
    private const string Deliberate = "deliberate failure of the test";

    [Fact]
    public async Task Outside_development_an_escaped_exception_is_a_bare_500()
    {
        var (status, body) = await PostWithFailingGuardAsync("Production", EdgeHosts.Authenticated());

        Assert.Equal(HttpStatusCode.InternalServerError, status);
        Assert.DoesNotContain(Deliberate, body, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", body, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_development_the_exception_page_shows_the_failure()
    {
        var (status, body) = await PostWithFailingGuardAsync("Development", new Dictionary<string, string?> { ["Bot:AllowUnauthenticated"] = "true" });

        Assert.Equal(HttpStatusCode.InternalServerError, status);
        Assert.Contains(Deliberate, body, StringComparison.Ordinal);
    }

    private static async Task<(HttpStatusCode Status, string Body)> PostWithFailingGuardAsync(string environment, IReadOnlyDictionary<string, string?> settings)
    {
        await using var store = ThrowAwayStore.Sqlite();
        await using var factory = EdgeHosts.Bare(store, environment, settings, services: services =>
            services.AddSingleton<ActivityRequestGuard>(_ => throw new InvalidOperationException(Deliberate)));
        factory.UseKestrel(0);
        factory.StartServer();
        using var client = factory.CreateClient();
        var chat = new TeamsActivities("https://smba.trafficmanager.net/emea/", "19:abc@thread.v2");
        using var content = new StringContent(chat.Message(TeamsUser.Create("Maria"), "hilfe").ToJsonString(), Encoding.UTF8, "application/json");

        using var response = await client.PostAsync(new Uri("/api/messages", UriKind.Relative), content);

        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
