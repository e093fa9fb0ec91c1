using System.Diagnostics;

namespace Collaboration.Simulator.Bench;

/// <summary>
/// Fires prepared invokes at an endpoint, at most <c>inFlight</c> at a time (all of them at once by default, as when a
/// whole room clicks together), and measures each invoke from the moment it may go until its response arrived.
/// </summary>
internal static class VoteBurst
{
    /// <returns>The burst's duration, and for each invoke (in order) its latency and whether it was confirmed.</returns>
    public static async Task<FiredBurst> FireAsync(
        BotEndpoint endpoint, IReadOnlyList<JsonObject> invokes, int inFlight, Func<EndpointAnswer, bool> confirmed, CancellationToken cancellationToken)
    {
        using var gate = new SemaphoreSlim(inFlight);
        var clock = Stopwatch.StartNew();
        var results = await Task.WhenAll(invokes.Select(async invoke =>
        {
            await gate.WaitAsync(cancellationToken);
            try
            {
                var answer = await endpoint.PostAsync(invoke, cancellationToken);
                return (answer.Latency, Ok: confirmed(answer));
            }
            finally
            {
                gate.Release();
            }
        }));
        clock.Stop();
        return new FiredBurst(clock.Elapsed, [.. results.Select(r => r.Latency)], [.. results.Select(r => r.Ok)]);
    }
}
