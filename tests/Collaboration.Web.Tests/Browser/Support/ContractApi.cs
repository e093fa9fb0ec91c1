using System.Collections.Concurrent;
using System.Text.Json;

namespace Collaboration.Web.Tests.Browser.Support;

/// <summary>
/// The pages' API (/api/forum/…) answered in the browser with the contract's shapes (web-contract.md), so that a test
/// can check what a page shows for an answer and what it sends, independent of the server's state. The pages
/// themselves still come from the real host. Every request is recorded with its headers and body. The add-in pane's
/// API (/api/addin/…, addin-contract.md) is answered the same way with <paramref name="basePath"/> "/api/addin".
/// </summary>
internal sealed class ContractApi(string basePath = "/api/forum")
{
    private readonly ConcurrentDictionary<string, Func<ApiCall, CannedAnswer>> _answers = new(StringComparer.Ordinal);

    public ConcurrentQueue<ApiCall> Calls { get; } = new();

    /// <summary>Answers "METHOD /path" (path below the base path, query included) with JSON and a status.</summary>
    public ContractApi On(string methodAndPath, JsonNode body, int status = 200) => On(methodAndPath, _ => new CannedAnswer(status, body.ToJsonString(), "application/json"));

    public ContractApi On(string methodAndPath, Func<ApiCall, CannedAnswer> answer)
    {
        _answers[methodAndPath] = answer;
        return this;
    }

    /// <summary>The live stream: one "results" event per item, then the stream ends (the page reconnects later).</summary>
    public ContractApi OnLive(string query, params JsonNode[] items) =>
        On("GET /live?" + query, _ => new CannedAnswer(200, string.Concat(items.Select(i => $"event: results\ndata: {i.ToJsonString()}\n\n")) + ": ping\n\n", "text/event-stream"));

    public async Task InstallAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.RouteAsync($"**{basePath}/**", async route =>
        {
            var request = route.Request;
            var uri = new Uri(request.Url);
            var path = uri.AbsolutePath[basePath.Length..] + uri.Query;
            var call = new ApiCall(request.Method, path, await request.AllHeadersAsync(), request.PostData);
            Calls.Enqueue(call);
            var answer = _answers.TryGetValue($"{request.Method} {path}", out var handler)
                ? handler(call)
                : new CannedAnswer(404, """{"code":"notFound","message":"Nicht gefunden."}""", "application/json");
            await route.FulfillAsync(new() { Status = answer.Status, ContentType = answer.ContentType, Body = answer.Body });
        });
    }

    /// <summary>The body a page sent equals <paramref name="expected"/> as JSON (property order and escaping aside).</summary>
    public static void AssertJson(string expected, JsonNode actual) =>
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), actual), $"expected {expected}, sent {actual?.ToJsonString()}");

    /// <summary>The calls made to "METHOD /path" so far.</summary>
    public IReadOnlyList<ApiCall> CallsTo(string methodAndPath) => [.. Calls.Where(c => $"{c.Method} {c.Path}" == methodAndPath)];
}

internal sealed record ApiCall(string Method, string Path, IReadOnlyDictionary<string, string> Headers, string? Body)
{
    public JsonNode? Json => Body is null ? null : JsonNode.Parse(Body);

    public string? Header(string name) => Headers.TryGetValue(name.ToLowerInvariant(), out var value) ? value : null;
}

internal sealed record CannedAnswer(int Status, string Body, string ContentType)
{
    public static CannedAnswer Json(JsonNode body, int status = 200) => new(status, body.ToJsonString(), "application/json");

    public Func<ApiCall, CannedAnswer> AsHandler() => _ => this;

    public static CannedAnswer Error(int status, string code, string message) =>
        new(status, JsonSerializer.Serialize(new { code, message }), "application/json");
}
