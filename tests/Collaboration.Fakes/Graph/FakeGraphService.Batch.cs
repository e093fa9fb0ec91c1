using System.Text;

namespace Collaboration.Fakes.Graph;

/// <summary>
/// JSON batching: POST /$batch with up to 20 requests, each run as if it had come alone and answered in
/// responses[] with its id, status, headers and body. Faults are taken per sub-request (they are recorded with
/// <see cref="GraphRequest.InBatch"/>), so a batch can answer 200 while some of its requests got 429 with Retry-After.
/// </summary>
public sealed partial class FakeGraphService
{
    /// <summary>Graph's limit of requests in one JSON batch.</summary>
    public const int MaxBatchRequests = 20;

    private async Task BatchAsync(HttpContext context, byte[] body)
    {
        using var document = JsonDocument.Parse(body);
        if (!document.RootElement.TryGetProperty("requests", out var requests) || requests.ValueKind != JsonValueKind.Array)
        {
            await ErrorAsync(context, 400, "BadRequest", "Invalid batch payload format.");
            return;
        }

        if (requests.GetArrayLength() > MaxBatchRequests)
        {
            await ErrorAsync(context, 400, "BadRequest", $"Invalid batch payload format. The number of requests in the batch exceeds {MaxBatchRequests}.");
            return;
        }

        var responses = new List<object>();
        foreach (var request in requests.EnumerateArray())
        {
            responses.Add(await RunSubRequestAsync(context, request));
        }

        await JsonAsync(context, 200, new { responses });
    }

    private async Task<object> RunSubRequestAsync(HttpContext outer, JsonElement request)
    {
        var id = request.GetProperty("id").GetString()!;
        var method = request.GetProperty("method").GetString()!;
        var url = request.GetProperty("url").GetString()!;
        var split = url.IndexOf('?', StringComparison.Ordinal);
        var path = "/v1.0" + PathString.FromUriComponent(split < 0 ? url : url[..split]).Value;
        var query = split < 0 ? string.Empty : url[split..];
        var body = request.TryGetProperty("body", out var content) ? Encoding.UTF8.GetBytes(content.GetRawText()) : [];

        var seen = new GraphRequest(method, path, query, 0, body.Length, InBatch: true);
        var fault = TakeFault(seen);
        if (fault is { Kind: not (GraphFaultKind.Throttled or GraphFaultKind.Unavailable or GraphFaultKind.Unauthorized) })
        {
            // A delay, a reset or a late 504 belongs to the batch's own HTTP exchange; inject it on the $batch request.
            throw new NotSupportedException($"A {fault.Kind} fault cannot be injected into a request inside a $batch.");
        }

        if (fault is not null)
        {
            var faulted = new DefaultHttpContext();
            faulted.Response.Body = new MemoryStream();
            await WriteFaultAsync(faulted, fault);
            Record(seen with { Status = faulted.Response.StatusCode });
            return SubResponse(id, faulted);
        }

        var sub = new DefaultHttpContext();
        sub.Request.Method = method;
        sub.Request.Path = path;
        sub.Request.QueryString = new QueryString(query);
        // The batch was authenticated as a whole; its requests run with the caller's token.
        sub.Request.Headers.Authorization = outer.Request.Headers.Authorization;
        if (request.TryGetProperty("headers", out var headers))
        {
            foreach (var header in headers.EnumerateObject())
            {
                sub.Request.Headers[header.Name] = header.Value.GetString();
            }
        }

        sub.Response.Body = new MemoryStream();
        await RouteAsync(sub, body);
        Record(seen with { Status = sub.Response.StatusCode });
        return SubResponse(id, sub);
    }

    private static Dictionary<string, object> SubResponse(string id, HttpContext answered)
    {
        var response = new Dictionary<string, object>
        {
            ["id"] = id,
            ["status"] = answered.Response.StatusCode,
            ["headers"] = answered.Response.Headers.Where(h => h.Key != "Content-Length").ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.Ordinal),
        };
        var bytes = ((MemoryStream)answered.Response.Body).ToArray();
        if (bytes.Length > 0)
        {
            response["body"] = JsonSerializer.Deserialize<JsonElement>(bytes);
        }

        return response;
    }
}
