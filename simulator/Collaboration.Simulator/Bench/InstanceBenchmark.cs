using Collaboration.Simulator.Hosting;
using Collaboration.Simulator.Output;

namespace Collaboration.Simulator.Bench;

/// <summary>
/// Benchmark 3, several instances: forum 1 played by the same seeded participants twice on PostgreSQL, once against
/// two bot processes on one database with every request going to the next process in turn (a simple round-robin
/// balancer), once against one process. The results must be identical: every option's count and every
/// respondent's answers and needs (supports are left out: who supports what depends on what a card shows at the
/// moment of the click).
/// </summary>
internal static class InstanceBenchmark
{
    public static async Task<bool> RunAsync(int participants, int seed, int parallel, DirectoryInfo output, TextWriter log, CancellationToken cancellationToken)
    {
        var c = CultureInfo.InvariantCulture;
        var runs = new List<(int Instances, SimulationResult Result)>();
        foreach (var instances in new[] { 2, 1 })
        {
            await log.WriteLineAsync(string.Create(c, $"== {instances} instance(s) on one PostgreSQL database, {participants} participants, seed {seed}"));
            var options = new SimulationOptions(participants, seed, parallel, Forums: 1, new DirectoryInfo(Path.Combine(output.FullName, string.Create(c, $"instances-{instances}"))),
                StoreKind.Postgres, instances, WriteDocuments: false);
            var result = await Simulation.RunAsync(options, log, cancellationToken);
            Summary.Write(result, log);
            runs.Add((instances, result));
        }

        var (two, one) = (runs[0].Result.Check!, runs[1].Result.Check!);
        var sameCounts = two.CountsFingerprint == one.CountsFingerprint;
        var sameRespondents = two.RespondentsFingerprint == one.RespondentsFingerprint;
        await log.WriteLineAsync();
        await log.WriteLineAsync($"two instances: counts {two.CountsFingerprint}, respondents {two.RespondentsFingerprint} ({runs[0].Result.Duration.TotalSeconds:0.0} s)");
        await log.WriteLineAsync($"one instance:  counts {one.CountsFingerprint}, respondents {one.RespondentsFingerprint} ({runs[1].Result.Duration.TotalSeconds:0.0} s)");
        var passed = sameCounts && sameRespondents && runs.All(r => r.Result.Passed);
        await log.WriteLineAsync(passed ? "IDENTICAL: the same answers per option and per respondent, nothing lost." : "DIFFERENT: see above.");
        return passed;
    }
}
