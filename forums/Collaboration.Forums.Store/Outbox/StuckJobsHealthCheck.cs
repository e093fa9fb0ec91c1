using System.Globalization;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Collaboration.Forums.Store.Outbox;

/// <summary>
/// Reports outbox jobs that failed and wait for a retry, or gave up: the host stays up (Degraded, not Unhealthy),
/// but an operator looking at the health endpoint sees that follow-up work (archives, links cards) is not getting done.
/// </summary>
internal sealed class StuckJobsHealthCheck(IOutbox outbox) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var stuck = await outbox.ListStuckAsync(cancellationToken);
        if (stuck.Count == 0)
        {
            return HealthCheckResult.Healthy("No outbox job is waiting after a failure.");
        }

        var poisoned = stuck.Count(e => e.Poison);
        var data = new Dictionary<string, object>
        {
            ["waiting"] = stuck.Count - poisoned,
            ["poisoned"] = poisoned,
            ["oldest"] = stuck.Min(e => e.CreatedAt).ToString("O", CultureInfo.InvariantCulture),
        };
        return HealthCheckResult.Degraded(
            string.Create(CultureInfo.InvariantCulture, $"{stuck.Count} outbox job(s) failed: {poisoned} gave up, {stuck.Count - poisoned} wait for a retry."),
            data: data);
    }
}
