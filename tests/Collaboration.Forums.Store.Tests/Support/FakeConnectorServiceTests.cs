using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Collaboration.Fakes.Connector;

namespace Collaboration.Forums.Store.Tests.Support;

// Lives here until the bot's test project uses the fake; it checks the wire format the bot will see.
public sealed class FakeConnectorServiceTests : IAsyncLifetime, IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);
    private FakeConnectorService _connector = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeConnectorService.StartAsync();
        _http = new HttpClient { BaseAddress = new Uri(_connector.ServiceUrl) };
    }

    public async Task DisposeAsync() => await _connector.DisposeAsync();

    public void Dispose() => _http.Dispose();

    [Fact]
    public async Task A_sent_activity_gets_an_id_and_an_update_replaces_it()
    {
        var conversation = Uri.EscapeDataString("19:abc@thread.tacv2;messageid=1");
        using var sent = await _http.PostAsJsonAsync($"v3/conversations/{conversation}/activities", new { type = "message", text = "Hallo" });
        var id = (await sent.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;

        using var updated = await _http.PutAsJsonAsync($"v3/conversations/{conversation}/activities/{id}", new { type = "message", text = "Geändert" });

        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        var received = await _connector.WaitForAsync(a => a.Type == "message", 2, Timeout);
        Assert.Equal([ConnectorOperation.Send, ConnectorOperation.Update], received.Select(r => r.Operation));
        Assert.Equal("Geändert", _connector.GetActivity("19:abc@thread.tacv2;messageid=1", id)!.Value.GetProperty("text").GetString());
    }

    [Fact]
    public async Task Paged_roster_hands_out_members_page_by_page()
    {
        _connector.AddMembers("conv", new ConnectorMember("29:1", "Maria Moderatorin"), new ConnectorMember("29:2", "Jonas Becker"), new ConnectorMember("29:3", "Lena Schmidt"));

        var first = await _http.GetFromJsonAsync<JsonElement>("v3/conversations/conv/pagedmembers?pageSize=2");
        var token = first.GetProperty("continuationToken").GetString();
        var second = await _http.GetFromJsonAsync<JsonElement>($"v3/conversations/conv/pagedmembers?pageSize=2&continuationToken={Uri.EscapeDataString(token!)}");

        Assert.Equal(2, first.GetProperty("members").GetArrayLength());
        Assert.Equal("Lena Schmidt", second.GetProperty("members")[0].GetProperty("name").GetString());
        Assert.False(second.TryGetProperty("continuationToken", out _));
    }

    [Fact]
    public async Task Injected_throttling_answers_429_with_retry_after_then_recovers()
    {
        _connector.FailNextRequests(1, ConnectorFault.Throttled(TimeSpan.FromSeconds(2)));

        using var throttled = await _http.PostAsJsonAsync("v3/conversations/c/activities", new { type = "message" });
        using var accepted = await _http.PostAsJsonAsync("v3/conversations/c/activities", new { type = "message" });

        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(2), throttled.Headers.RetryAfter?.Delta);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Single(await _connector.WaitForActivitiesAsync(_ => true, 1, Timeout));
    }

    [Fact]
    public async Task Waiting_for_more_than_arrived_times_out_with_a_description()
    {
        var error = await Assert.ThrowsAsync<TimeoutException>(() => _connector.WaitForActivitiesAsync(_ => true, 1, TimeSpan.FromMilliseconds(100)));

        Assert.Contains("got 0", error.Message, StringComparison.Ordinal);
    }
}
