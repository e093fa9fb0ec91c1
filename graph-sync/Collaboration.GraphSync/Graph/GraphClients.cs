using System.Net;
using Azure.Core;
using Microsoft.Graph;
using Microsoft.Kiota.Authentication.Azure;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;

namespace Collaboration.GraphSync.Graph;

/// <summary>
/// The Graph client and the plain client for upload-session chunks, both on the SDK's own middleware pipeline with its
/// retry handler (429 and 503 always, 504 for requests that may be sent twice; honouring Retry-After). Upload URLs are pre-authenticated and must not get a
/// bearer token, hence the second client without the authentication provider.
/// </summary>
internal sealed class GraphClients : IDisposable
{
    private const string Scope = "https://graph.microsoft.com/.default";
    private readonly HttpClient _graphHttp;

    public GraphClients(TokenCredential credential, GraphSyncOptions options, HttpMessageHandler? finalHandler = null, CollaborationMetrics? metrics = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var baseUrl = options.BaseUrl.TrimEnd('/');
        _graphHttp = GraphClientFactory.Create(Handlers(options, metrics), finalHandler: finalHandler ?? new SocketsHttpHandler());
        // Tokens go only to the configured Graph host, never to a host a response might point at.
        var auth = new AzureIdentityAuthenticationProvider(credential, [new Uri(baseUrl).Host], scopes: Scope);
        Graph = new GraphServiceClient(_graphHttp, auth, baseUrl);
        Uploads = GraphClientFactory.Create(Handlers(options, metrics), finalHandler: finalHandler ?? new SocketsHttpHandler());
    }

    public GraphServiceClient Graph { get; }

    public HttpClient Uploads { get; }

    private static List<DelegatingHandler> Handlers(GraphSyncOptions options, CollaborationMetrics? metrics)
    {
        var handlers = GraphClientFactory.CreateDefaultHandlers().ToList();
        var index = handlers.FindIndex(h => h is RetryHandler);
        var retry = new RetryHandler(new RetryHandlerOption
        {
            MaxRetry = options.HttpMaxRetries,
            // The handler asks this for every response, successes included (Kiota 2.x), so it must name the transient
            // statuses itself; the handler then waits Retry-After when Graph sends one. A 504 may come after the work
            // was done: a POST (a $batch of creates, a new item) sent again would create twice, so the job fails instead
            // and its re-run finds by need id what was written. GET, PUT and PATCH set the same state again.
            ShouldRetry = (_, _, response) => response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable
                || (response.StatusCode == HttpStatusCode.GatewayTimeout && response.RequestMessage?.Method != HttpMethod.Post),
        });
        if (index >= 0)
        {
            handlers[index] = retry;
        }
        else
        {
            handlers.Add(retry);
        }

        if (metrics is not null)
        {
            // Behind the retry handler: every attempt that goes on the wire is counted, and a repeated one as a retry.
            handlers.Insert(handlers.IndexOf(retry) + 1, new GraphRequestMetering(metrics));
        }

        return handlers;
    }

    public void Dispose()
    {
        _graphHttp.Dispose();
        Uploads.Dispose();
    }
}
