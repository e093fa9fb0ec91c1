namespace Collaboration.Fakes.Connector;

/// <summary>
/// Rate limits the fake enforces the way Teams does: at most Count requests in any Window, per conversation (thread)
/// and across the tenant. <see cref="Teams"/> holds the values Microsoft documents in "Optimize your bot with rate
/// limiting in Teams" (https://learn.microsoft.com/en-us/microsoftteams/platform/bots/how-to/rate-limit).
/// </summary>
public sealed record ConnectorLimits(IReadOnlyList<(int Count, TimeSpan Window)> PerConversation, IReadOnlyList<(int Count, TimeSpan Window)> PerTenant)
{
    public static ConnectorLimits Teams { get; } = new(
        [(7, TimeSpan.FromSeconds(1)), (8, TimeSpan.FromSeconds(2)), (60, TimeSpan.FromSeconds(30)), (1800, TimeSpan.FromHours(1))],
        [(50, TimeSpan.FromSeconds(1))]);

    /// <summary>The same thread limits with a tenant budget of <paramref name="perSecond"/> requests per second (for a benchmark that should not take an hour).</summary>
    public static ConnectorLimits WithTenantRate(int perSecond) => Teams with { PerTenant = [(perSecond, TimeSpan.FromSeconds(1))] };
}
