using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Collaboration.Simulator.Teams;

/// <summary>One answer of the bot's endpoint to a posted activity, with how long it took.</summary>
internal sealed record EndpointAnswer(HttpStatusCode Status, JsonNode? Body, TimeSpan Latency, string? Failure = null)
{
    /// <summary>The card of an invoke response (statusCode 200, an adaptive card), or null.</summary>
    public JsonNode? Card => Status == HttpStatusCode.OK && (int?)Body?["statusCode"] == 200 ? Body?["value"] : null;
}

/// <summary>
/// Posts activities to one or more bot endpoints over HTTP, round-robin when there are several (a simple load
/// balancer). Transport failures become answers with a failure text instead of exceptions, so a run can count them.
/// </summary>
internal sealed class BotEndpoint : IDisposable
{
    private readonly HttpClient _http;
    private readonly IReadOnlyList<Uri> _endpoints;
    private readonly long[] _posted;
    private long _next = -1;

    public BotEndpoint(IReadOnlyList<Uri> endpoints, int maxConnections)
    {
        ArgumentOutOfRangeException.ThrowIfZero(endpoints.Count);
        _endpoints = endpoints;
        _posted = new long[endpoints.Count];
        _http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = maxConnections, PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
        {
            Timeout = TimeSpan.FromSeconds(120),
        };
    }

    public IReadOnlyList<Uri> Endpoints => _endpoints;

    /// <summary>How many activities went to each endpoint, in the order of <see cref="Endpoints"/>.</summary>
    public IReadOnlyList<long> Posted => [.. _posted.Select(n => Interlocked.Read(ref n))];

    public async Task<EndpointAnswer> PostAsync(JsonObject activity, CancellationToken cancellationToken)
    {
        var index = (int)(Interlocked.Increment(ref _next) % _endpoints.Count);
        Interlocked.Increment(ref _posted[index]);
        var endpoint = _endpoints[index];
        using var content = new StringContent(activity.ToJsonString(), Encoding.UTF8, new MediaTypeHeaderValue("application/json"));
        var clock = Stopwatch.StartNew();
        try
        {
            using var response = await _http.PostAsync(endpoint, content, cancellationToken);
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            clock.Stop();
            var body = text.Length == 0 ? null : JsonNode.Parse(text);
            return new EndpointAnswer(response.StatusCode, body, clock.Elapsed);
        }
        catch (HttpRequestException e)
        {
            return new EndpointAnswer(0, null, clock.Elapsed, e.Message);
        }
        catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            return new EndpointAnswer(0, null, clock.Elapsed, "timeout: " + e.Message);
        }
        catch (System.Text.Json.JsonException e)
        {
            return new EndpointAnswer(0, null, clock.Elapsed, "not JSON: " + e.Message);
        }
    }

    public void Dispose() => _http.Dispose();
}
