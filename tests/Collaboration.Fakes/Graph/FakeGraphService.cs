using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;

namespace Collaboration.Fakes.Graph;

/// <summary>
/// A loopback fake of the parts of Microsoft Graph v1.0 that graph-sync uses, with their URL shapes, status codes and
/// JSON: driveItem content PUT, createUploadSession and its upload URL (chunk PUTs with Content-Range, status GET),
/// SharePoint list columns (GET, POST, PATCH) and list items (filtered and paged GET, POST, PATCH of fields, DELETE),
/// and JSON batching (POST /$batch). It keeps files as bytes and list items as fields, and injects faults (429/503
/// with Retry-After, 401, connection resets, delays) into chosen requests, also into single requests of a batch.
/// </summary>
public sealed partial class FakeGraphService : IAsyncDisposable
{
    /// <summary>Graph's rule for upload session chunks other than the last.</summary>
    public const int ChunkMultiple = 320 * 1024;

    private readonly Lock _gate = new();
    private int _held;
    private readonly Dictionary<string, byte[]> _files = new(StringComparer.Ordinal);
    private readonly Dictionary<string, UploadSession> _sessions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<ListItem>> _lists = new(StringComparer.Ordinal);
    private readonly List<(Func<GraphRequest, bool> When, GraphFault Fault, int Left)> _faults = [];
    private readonly List<GraphRequest> _requests = [];
    private WebApplication? _app;
    private int _nextId;

    private FakeGraphService()
    {
    }

    /// <summary>The Graph root with version, e.g. http://127.0.0.1:5123/v1.0, for GraphServiceClient's base URL.</summary>
    public string BaseUrl { get; private set; } = string.Empty;

    private string Origin { get; set; } = string.Empty;

    public static async Task<FakeGraphService> StartAsync(CancellationToken cancellationToken = default)
    {
        var fake = new FakeGraphService();
        var app = LoopbackApp.Create(options => options.Limits.MaxRequestBodySize = null);
        app.Run(fake.HandleAsync);
        fake.Origin = await LoopbackApp.StartAsync(app, cancellationToken);
        fake._app = app;
        fake.BaseUrl = fake.Origin + "/v1.0";
        return fake;
    }

    /// <summary>Requests a <see cref="GraphFault.Delayed"/> fault holds right now: received, not yet handled or dropped.</summary>
    public int HeldRequests => Volatile.Read(ref _held);

    /// <summary>Every request so far, in arrival order, faulted ones included.</summary>
    public IReadOnlyList<GraphRequest> Requests
    {
        get
        {
            lock (_gate)
            {
                return [.. _requests];
            }
        }
    }

    /// <summary>Answers the next <paramref name="times"/> requests that match <paramref name="when"/> (all when null) with <paramref name="fault"/>.</summary>
    public void Inject(GraphFault fault, int times = 1, Func<GraphRequest, bool>? when = null)
    {
        lock (_gate)
        {
            _faults.Add((when ?? (_ => true), fault, times));
        }
    }

    /// <summary>The stored bytes of a file of a drive, by its path under the root (no leading slash), or null.</summary>
    public byte[]? GetFile(string driveId, string path)
    {
        lock (_gate)
        {
            return _files.GetValueOrDefault(FileKey(driveId, path));
        }
    }

    /// <summary>The webUrl the fake gives the driveItem of a file, as SharePoint would: the site's document library and the path.</summary>
    public static Uri WebUrl(string driveId, string path) =>
        new($"https://contoso.sharepoint.com/sites/archive/{Uri.EscapeDataString(driveId)}/{string.Join('/', path.Trim('/').Split('/').Select(Uri.EscapeDataString))}");

    /// <summary>The paths of a drive's files, sorted.</summary>
    public IReadOnlyList<string> FilePaths(string driveId)
    {
        lock (_gate)
        {
            var prefix = driveId + ":";
            return [.. _files.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal)).Select(k => k[prefix.Length..]).Order(StringComparer.Ordinal)];
        }
    }

    /// <summary>The fields of every item of a list, in creation order.</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, JsonElement>> ListItems(string siteId, string listId)
    {
        lock (_gate)
        {
            return [.. ItemsOf(ListKey(siteId, listId)).Select(i => (IReadOnlyDictionary<string, JsonElement>)new Dictionary<string, JsonElement>(i.Fields))];
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var body = new MemoryStream();
        await request.Body.CopyToAsync(body, context.RequestAborted);
        var seen = new GraphRequest(request.Method, request.Path.Value ?? "/", request.QueryString.Value ?? string.Empty, 0, body.Length);
        var fault = TakeFault(seen);
        if (fault is { Kind: GraphFaultKind.Delayed })
        {
            Interlocked.Increment(ref _held);
            try
            {
                await Task.Delay(fault.Wait, context.RequestAborted);
            }
            finally
            {
                Interlocked.Decrement(ref _held);
            }
        }

        if (fault is { Kind: GraphFaultKind.Throttled or GraphFaultKind.Unavailable or GraphFaultKind.Unauthorized or GraphFaultKind.Forbidden })
        {
            await WriteFaultAsync(context, fault);
        }
        else if (fault is { Kind: GraphFaultKind.GatewayTimeout })
        {
            await RouteUnheardAsync(context, body.ToArray());
            context.Response.Clear();
            await ErrorAsync(context, StatusCodes.Status504GatewayTimeout, "gatewayTimeout", "Injected by the test, after the request was handled.");
        }
        else if (fault is { Kind: GraphFaultKind.Reset })
        {
            await RouteUnheardAsync(context, body.ToArray());
            Record(seen with { Status = 0 });
            context.Abort();
            return;
        }
        else
        {
            await RouteAsync(context, body.ToArray());
        }

        Record(seen with { Status = context.Response.StatusCode });
    }

    /// <summary>Does the request's work but keeps its answer from the client, who hears of it only what the fault says.</summary>
    private async Task RouteUnheardAsync(HttpContext context, byte[] body)
    {
        var real = context.Response.Body;
        context.Response.Body = Stream.Null;
        await RouteAsync(context, body);
        context.Response.Body = real;
    }

    private GraphFault? TakeFault(GraphRequest request)
    {
        lock (_gate)
        {
            var index = _faults.FindIndex(f => f.Left > 0 && f.When(request));
            if (index < 0)
            {
                return null;
            }

            var (when, fault, left) = _faults[index];
            _faults[index] = (when, fault, left - 1);
            return fault;
        }
    }

    private void Record(GraphRequest request)
    {
        lock (_gate)
        {
            _requests.Add(request);
        }
    }

    private static Task WriteFaultAsync(HttpContext context, GraphFault fault)
    {
        var (status, code) = fault.Kind switch
        {
            GraphFaultKind.Throttled => (StatusCodes.Status429TooManyRequests, "TooManyRequests"),
            GraphFaultKind.Unavailable => (StatusCodes.Status503ServiceUnavailable, "serviceNotAvailable"),
            GraphFaultKind.Forbidden => (StatusCodes.Status403Forbidden, "accessDenied"),
            _ => (StatusCodes.Status401Unauthorized, "InvalidAuthenticationToken"),
        };
        if (fault.Kind is GraphFaultKind.Throttled or GraphFaultKind.Unavailable)
        {
            context.Response.Headers.RetryAfter = ((int)Math.Ceiling(fault.Wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }

        return ErrorAsync(context, status, code, "Injected by the test.");
    }

    private async Task RouteAsync(HttpContext context, byte[] body)
    {
        var path = context.Request.Path.Value ?? "/";
        var method = context.Request.Method;
        if (UploadPath().Match(path) is { Success: true } upload)
        {
            // Upload URLs are pre-authenticated; Graph may refuse a bearer token on them.
            if (context.Request.Headers.Authorization.Count > 0)
            {
                await ErrorAsync(context, 401, "unauthenticated", "Do not send an Authorization header to an upload URL.");
                return;
            }

            await (method switch
            {
                "PUT" => UploadChunkAsync(context, upload.Groups["id"].Value, body),
                "GET" => UploadStatusAsync(context, upload.Groups["id"].Value),
                _ => ErrorAsync(context, 405, "invalidRequest", "Method not allowed."),
            });
            return;
        }

        if (!context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.Ordinal))
        {
            await ErrorAsync(context, 401, "InvalidAuthenticationToken", "Access token is empty.");
            return;
        }

        if (path == "/v1.0/$batch" && method == "POST")
        {
            await BatchAsync(context, body);
        }
        else if (DriveContentPath().Match(path) is { Success: true } content && method == "PUT")
        {
            var (created, item) = StoreFile(content.Groups["drive"].Value, content.Groups["path"].Value, body);
            await JsonAsync(context, created ? 201 : 200, item);
        }
        else if (DriveSessionPath().Match(path) is { Success: true } session && method == "POST")
        {
            await CreateSessionAsync(context, session.Groups["drive"].Value, session.Groups["path"].Value);
        }
        else if (ListPath().Match(path) is { Success: true } list)
        {
            await ListRequestAsync(context, method, list, body);
        }
        else
        {
            await ErrorAsync(context, 400, "BadRequest", $"Resource not found for the segment '{path}'.");
        }
    }

    /// <summary>A list's items or columns, one item or column, or an item's fields: what the path names and the method asks.</summary>
    private Task ListRequestAsync(HttpContext context, string method, Match list, byte[] body)
    {
        var key = ListKey(list.Groups["site"].Value, list.Groups["list"].Value);
        var id = list.Groups["id"];
        return (list.Groups["collection"].Value, id.Success, list.Groups["fields"].Success, method) switch
        {
            ("items", false, _, "GET") => QueryItemsAsync(context, key),
            ("items", false, _, "POST") => CreateItemAsync(context, key, body),
            ("items", true, true, "PATCH") => PatchFieldsAsync(context, key, id.Value, body),
            ("items", true, false, "DELETE") => DeleteItemAsync(context, key, id.Value),
            ("columns", false, _, "GET") => ListColumnsAsync(context, key),
            ("columns", false, _, "POST") => CreateColumnAsync(context, key, body),
            ("columns", true, false, "PATCH") => PatchColumnAsync(context, key, id.Value, body),
            (_, false, _, _) => ErrorAsync(context, 405, "invalidRequest", "Method not allowed."),
            _ => ErrorAsync(context, 400, "BadRequest", $"Resource not found for the segment '{context.Request.Path}'."),
        };
    }

    private static readonly string[] FromStart = ["0-"];

    private (bool Created, object Item) StoreFile(string drive, string path, byte[] content)
    {
        lock (_gate)
        {
            var created = _files.TryAdd(FileKey(drive, path), content);
            _files[FileKey(drive, path)] = content;
            return (created, DriveItem(drive, path, content.Length));
        }
    }

    private static Dictionary<string, object?> DriveItem(string drive, string path, long size)
    {
        var slash = path.LastIndexOf('/');
        return new Dictionary<string, object?>
        {
            ["id"] = ItemId(drive, path),
            ["name"] = path[(slash + 1)..],
            ["size"] = size,
            ["webUrl"] = WebUrl(drive, path).AbsoluteUri,
            ["file"] = new { mimeType = "application/octet-stream" },
            ["parentReference"] = new { driveId = drive, path = "/drive/root:/" + (slash < 0 ? string.Empty : path[..slash]) },
        };
    }

    private static Task JsonAsync(HttpContext context, int status, object value)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(JsonSerializer.Serialize(value));
    }

    private static Task ErrorAsync(HttpContext context, int status, string code, string message) =>
        JsonAsync(context, status, new { error = new { code, message, innerError = new { date = "2026-01-01T00:00:00", requestId = Guid.Empty } } });

    private static string FileKey(string drive, string path) => $"{drive}:{path.Trim('/')}";

    private static string ListKey(string site, string list) => $"{site}/{list}";

    private static string ItemId(string drive, string path) =>
        Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(FileKey(drive, path))))[..16];

    [GeneratedRegex("^/upload/(?<id>[0-9a-f]+)$")]
    private static partial Regex UploadPath();

    [GeneratedRegex("^/v1\\.0/drives/(?<drive>[^/]+)/root:/(?<path>.+):/content$")]
    private static partial Regex DriveContentPath();

    [GeneratedRegex("^/v1\\.0/drives/(?<drive>[^/]+)/root:/(?<path>.+):/createUploadSession$")]
    private static partial Regex DriveSessionPath();

    [GeneratedRegex("^/v1\\.0/sites/(?<site>[^/]+)/lists/(?<list>[^/]+)/(?<collection>items|columns)(?:/(?<id>[^/]+)(?<fields>/fields)?)?$")]
    private static partial Regex ListPath();

    [GeneratedRegex("^bytes (\\d+)-(\\d+)/(\\d+)$")]
    private static partial Regex ContentRange();

    [GeneratedRegex("^fields/(?<field>\\w+) eq (?:'(?<text>(?:[^']|'')*)'|(?<number>-?\\d+))$")]
    private static partial Regex FieldFilter();

    private sealed record UploadSession(string Drive, string Path)
    {
        public MemoryStream Received { get; } = new();
    }

    private sealed record ListItem(string Id, Dictionary<string, JsonElement> Fields);
}
