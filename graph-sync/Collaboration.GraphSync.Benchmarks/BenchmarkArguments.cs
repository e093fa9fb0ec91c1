using System.CommandLine;

namespace Collaboration.GraphSync.Benchmarks;

/// <summary><c>[--participants N] [--latency-ms M]</c>: the simulated series' size and a network round trip added to every HTTP request.</summary>
internal sealed record BenchmarkArguments(int Participants, int LatencyMs)
{
    /// <summary>
    /// The arguments, or null when there is nothing to run: then <paramref name="exitCode"/> is 0 after --help and
    /// non-zero after an error, which System.CommandLine has written to <paramref name="error"/> with the usage.
    /// </summary>
    public static BenchmarkArguments? Parse(string[] args, TextWriter output, TextWriter error, out int exitCode)
    {
        var participants = new Option<int>("--participants") { Description = "Participants of the simulated series (60 to 100000).", DefaultValueFactory = _ => 10_000 };
        participants.Validators.Add(r =>
        {
            if (r.GetValue(participants) is < 60 or > 100_000)
            {
                r.AddError("--participants must be from 60 to 100000.");
            }
        });
        var latency = new Option<int>("--latency-ms") { Description = "Milliseconds added to every HTTP request to Graph, as a network round trip (0 to 1000).", DefaultValueFactory = _ => 0 };
        latency.Validators.Add(r =>
        {
            if (r.GetValue(latency) is < 0 or > 1000)
            {
                r.AddError("--latency-ms must be from 0 to 1000.");
            }
        });

        var root = new RootCommand("Archives forum 1 of a simulated series into a loopback fake Graph the way graph-sync does and the naive way, and prints time and Graph requests of both.")
        {
            participants, latency,
        };
        BenchmarkArguments? parsed = null;
        root.SetAction(parse => parsed = new BenchmarkArguments(parse.GetValue(participants), parse.GetValue(latency)));
        exitCode = root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return parsed;
    }
}
