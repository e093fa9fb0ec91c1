using Azure.Core;
using Collaboration.Forums.Retries;
using Microsoft.Graph;
using Microsoft.Kiota.Authentication.Azure;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware;

namespace Collaboration.GraphSync.Graph;

/// <summary>
/// The Graph client and the plain client for upload-session chunks, both on the SDK's middleware pipeline with our
/// <see cref="GraphRetryHandler"/> in place of the SDK's retry handler, so per-request retries wait by the shared
/// <see cref="RetryPolicy"/>. Upload URLs are pre-authenticated and must not get a bearer token, hence the second client
/// without the authentication provider.
/// </summary>
internal sealed class GraphClients : IDisposable
{
    private const string Scope = "https://graph.microsoft.com/.default";
    private readonly HttpClient _graphHttp;

    public GraphClients(TokenCredential credential, GraphSyncOptions options, TimeProvider time, Jitter jitter, HttpMessageHandler? finalHandler = null,
        CollaborationMetrics? metrics = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var baseUrl = options.BaseUrl.TrimEnd('/');
        _graphHttp = GraphClientFactory.Create(Handlers(options, time, jitter, metrics), finalHandler: finalHandler ?? new SocketsHttpHandler());
        // Tokens go only to the configured Graph host, never to a host a response might point at.
        var auth = new AzureIdentityAuthenticationProvider(credential, [new Uri(baseUrl).Host], scopes: Scope);
        Graph = new GraphServiceClient(_graphHttp, auth, baseUrl);
        Uploads = GraphClientFactory.Create(Handlers(options, time, jitter, metrics), finalHandler: finalHandler ?? new SocketsHttpHandler());
    }

    public GraphServiceClient Graph { get; }

    public HttpClient Uploads { get; }

    private static List<DelegatingHandler> Handlers(GraphSyncOptions options, TimeProvider time, Jitter jitter, CollaborationMetrics? metrics)
    {
        var handlers = GraphClientFactory.CreateDefaultHandlers().ToList();
        var index = handlers.FindIndex(h => h is RetryHandler);
        var retry = new GraphRetryHandler(GraphRetryHandler.PolicyFor(options), jitter, time);
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
