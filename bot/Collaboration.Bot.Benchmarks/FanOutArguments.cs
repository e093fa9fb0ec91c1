namespace Collaboration.Bot.Benchmarks;

/// <summary>
/// <c>--members N</c> (default 10,000) and <c>--tenant-rate R</c>: the tenant's requests per second that both the
/// fake connector enforces and the bot is told (default 50, the value Teams documents; 10,000 members then take about
/// seven minutes). <c>--commands C</c>: a moderator's command sent C times alone and C times during the fan-out, to
/// compare their latency (0: the fan-out alone).
/// </summary>
internal sealed record FanOutArguments(int Members, int TenantRate, int Commands = 0);
