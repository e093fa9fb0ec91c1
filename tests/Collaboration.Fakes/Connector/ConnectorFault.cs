using System.Net;

namespace Collaboration.Fakes.Connector;

/// <summary>An error answer the fake gives instead of handling a request.</summary>
/// <param name="Status">429, 500, 502, ...</param>
/// <param name="RetryAfter">Sent as a <c>Retry-After</c> header in whole seconds when set.</param>
public sealed record ConnectorFault(HttpStatusCode Status, TimeSpan? RetryAfter = null)
{
    /// <summary>Teams' throttling answer.</summary>
    public static ConnectorFault Throttled(TimeSpan retryAfter) => new(HttpStatusCode.TooManyRequests, retryAfter);
}
