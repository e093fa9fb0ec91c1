using System.Globalization;

namespace Collaboration.GraphSync.Benchmarks;

/// <summary><c>[--participants N] [--latency-ms M]</c>: the simulated series' size and a network round trip added to every HTTP request.</summary>
internal sealed record BenchmarkArguments(int Participants, int LatencyMs)
{
    public const string Usage = "Usage: graph-sync-benchmarks [--participants N] [--latency-ms M]   (N from 60 to 100000, default 10000; M from 0 to 1000, default 0)";

    /// <summary>The arguments, or null when they are not understood.</summary>
    public static BenchmarkArguments? Parse(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var parsed = new BenchmarkArguments(10_000, 0);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            if (!int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                return null;
            }

            parsed = args[i] switch
            {
                "--participants" when value is >= 60 and <= 100_000 => parsed with { Participants = value },
                "--latency-ms" when value <= 1000 => parsed with { LatencyMs = value },
                _ => null,
            };
            if (parsed is null)
            {
                return null;
            }
        }

        return args.Length % 2 == 0 ? parsed : null;
    }
}
