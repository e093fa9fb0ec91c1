using System.Globalization;

namespace Collaboration.Bot.Benchmarks;

/// <summary>
/// <c>--members N</c> (default 10,000) and <c>--tenant-rate R</c>: the tenant's requests per second that both the
/// fake connector enforces and the bot is told (default 50, the value Teams documents; 10,000 members then take about
/// seven minutes).
/// </summary>
internal sealed record FanOutArguments(int Members, int TenantRate)
{
    public static FanOutArguments? Parse(IReadOnlyList<string> args)
    {
        var members = 10_000;
        var rate = 50;
        for (var i = 0; i < args.Count; i += 2)
        {
            if (i + 1 >= args.Count || !int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < 1)
            {
                return null;
            }

            switch (args[i])
            {
                case "--members" when value <= 100_000:
                    members = value;
                    break;
                case "--tenant-rate" when value <= 10_000:
                    rate = value;
                    break;
                default:
                    return null;
            }
        }

        return new FanOutArguments(members, rate);
    }
}
