using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Collaboration.Bot.Tests.Edge;

/// <summary>Authentication fails closed: a host that could not tell who is talking to it does not start.</summary>
public sealed class AuthenticationStartupTests
{
    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    [InlineData("Development")]
    public async Task Without_an_app_id_the_host_refuses_to_start_and_names_the_key(string environment)
    {
        await using var store = ThrowAwayStore.Sqlite();
        var refused = Assert.IsType<OptionsValidationException>(HostStart.Failure(() => EdgeHosts.Bare(store, environment, new Dictionary<string, string?>())));

        Assert.Contains("Bot:MicrosoftAppId is empty", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_opt_in_for_unauthenticated_runs_is_refused_outside_development()
    {
        await using var store = ThrowAwayStore.Sqlite();
        var refused = Assert.IsType<OptionsValidationException>(HostStart.Failure(() => EdgeHosts.Bare(store, "Production", new Dictionary<string, string?> { ["Bot:AllowUnauthenticated"] = "true" })));

        Assert.Contains("Bot:AllowUnauthenticated=true is honoured only in the Development environment", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_app_id_without_a_tenant_or_tenant_list_refuses_to_start()
    {
        await using var store = ThrowAwayStore.Sqlite();
        var settings = EdgeHosts.Authenticated();
        settings.Remove("Bot:MicrosoftAppTenantId");
        var refused = Assert.IsType<OptionsValidationException>(HostStart.Failure(() => EdgeHosts.Bare(store, "Production", settings)));

        Assert.Contains("Bot:MicrosoftAppTenantId and Bot:AllowedTenantIds are both empty", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_an_app_id_and_its_tenant_the_host_starts_and_refuses_a_request_without_a_token()
    {
        await using var store = ThrowAwayStore.Sqlite();
        await using var factory = EdgeHosts.Bare(store, "Production", EdgeHosts.Authenticated());
        using var client = factory.CreateClient();
        var chat = new TeamsActivities("https://smba.trafficmanager.net/emea/", "19:abc@thread.v2");
        using var body = new StringContent(chat.Message(TeamsUser.Create("Maria"), "hilfe").ToJsonString(), Encoding.UTF8, "application/json");

        using var response = await client.PostAsync(new Uri("/api/messages", UriKind.Relative), body);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task The_development_opt_in_starts_and_warns_in_the_log()
    {
        await using var store = ThrowAwayStore.Sqlite();
        var log = new LogRecorder();
        await using var factory = EdgeHosts.Bare(store, "Development", new Dictionary<string, string?> { ["Bot:AllowUnauthenticated"] = "true" }, log);

        using var client = factory.CreateClient();

        Assert.Contains(log.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("Authentication is OFF", StringComparison.Ordinal));
    }
}
