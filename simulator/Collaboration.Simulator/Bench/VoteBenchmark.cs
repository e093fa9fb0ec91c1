using Collaboration.Seeding;
using Collaboration.Simulator.Hosting;
using Collaboration.Fakes.Connector;
using Collaboration.Fakes.Postgres;

namespace Collaboration.Simulator.Bench;

/// <summary>
/// Benchmark 1, vote ingestion: N participants answer one question at the same moment through the real endpoint.
/// Per size, in one run: the bare Bot Framework bot (same SDK, fixed card, no storage) and the product bot on SQLite
/// and on PostgreSQL, each on a fresh database. Participants are onboarded before the bursts (not measured); warm-up
/// rounds on another question run until the time per round stops falling (<see cref="SteadyWarmUp"/>), the same rule
/// for every bot, so the bursts measure a bot in its steady state rather than its JIT's first seconds.
/// Each size is measured in several bursts (<see cref="BurstCount"/>), each by voters voting for the first time, and
/// summarised by the median burst (<see cref="BurstSeries"/>). The bots take turns burst by burst: bare bot, SQLite,
/// PostgreSQL, bare bot, … Run one bot's bursts after the other's, a ratio compared phases a minute apart, and
/// whatever else the machine did in one phase (the bare bot's own rate for 1,000 votes moved between 3,075 and 6,661
/// per second in the same hour) went into the ratio as if the product bot had caused it.
/// </summary>
internal sealed class VoteBenchmark(int seed, int inFlight, int warmUpRounds, int bursts, DirectoryInfo work, TextWriter log)
{
    private const int WarmUp = 200;

    // Before every burst, the first included, the same for every bot: longer than the product bot's
    // Bot:CardUpdateInterval (2 s by default), so the shared card update the warm-up or the last burst scheduled has
    // run and the voter card's results snapshot has expired, and every burst meets the bot in the same state (its
    // first vote reads the item's results afresh). With 300 ms the update of one burst landed inside a later one, and
    // without a pause the first burst followed the warm-up's last round at once and was the slowest of eleven.
    private static readonly TimeSpan BeforeEachBurst = TimeSpan.FromSeconds(2.5);

    public async Task<IReadOnlyList<BurstSeries>> RunAsync(IReadOnlyList<int> sizes, IReadOnlyList<StoreKind> stores, CancellationToken cancellationToken)
    {
        await using var connector = await FakeConnectorService.StartAsync(cancellationToken);
        await using var postgres = stores.Contains(StoreKind.Postgres) ? await PostgresServer.StartOrConnectAsync(cancellationToken) : null;
        var results = new List<BurstSeries>();
        foreach (var size in sizes)
        {
            var voters = BurstVoters.Create(size, BurstCount.For(size, bursts), WarmUp, seed);
            await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{size} votes: {voters.Bursts} bursts per bot, each by {size} voters voting for the first time, the bots taking turns"));
            var targets = new List<VoteTarget>();
            try
            {
                // Each bot is warmed up right after its start, so whatever its start and onboarding leave running in
                // the background runs during its own warm-up and not during another bot's.
                targets.Add(await BareBotTarget.StartAsync(connector, size, work, cancellationToken));
                await WarmUpAsync(targets[^1], voters, cancellationToken);
                foreach (var store in stores)
                {
                    targets.Add(await ProductBotTarget.StartAsync(connector, postgres, store, voters, seed, work, log, cancellationToken));
                    await WarmUpAsync(targets[^1], voters, cancellationToken);
                }

                results.AddRange(await MeasureAsync(targets, voters, cancellationToken));
            }
            finally
            {
                foreach (var target in targets)
                {
                    await target.DisposeAsync();
                }
            }
        }

        return results;
    }

    private async Task<List<BurstSeries>> MeasureAsync(List<VoteTarget> targets, BurstVoters voters, CancellationToken cancellationToken)
    {
        // One more warm-up round each, in the bursts' order, right before them: the bot warmed first has idled while
        // the others started, and an idle runtime gives back thread-pool threads it would have to grow again.
        foreach (var target in targets)
        {
            await VoteBurst.FireAsync(target.Endpoint, WarmUpVotes(target, voters), inFlight, target.Confirms, cancellationToken);
        }

        var fired = targets.Select(_ => new List<FiredBurst>(voters.Bursts)).ToList();
        for (var burst = 0; burst < voters.Bursts; burst++)
        {
            for (var t = 0; t < targets.Count; t++)
            {
                await Task.Delay(BeforeEachBurst, cancellationToken);
                fired[t].Add(await VoteBurst.FireAsync(
                    targets[t].Endpoint, Votes(targets[t].Chat, voters.Burst(burst), targets[t].Voted), Math.Min(inFlight, voters.Size), targets[t].Confirms, cancellationToken));
            }
        }

        var series = new List<BurstSeries>(targets.Count);
        for (var t = 0; t < targets.Count; t++)
        {
            var summary = await targets[t].SummariseAsync(voters, fired[t], cancellationToken);
            foreach (var burst in summary.Bursts)
            {
                Report(burst);
            }

            series.Add(Report(summary));
        }

        return series;
    }

    private static List<JsonObject> WarmUpVotes(VoteTarget target, BurstVoters voters) => [.. voters.WarmUp.Select(p => Vote(target.Chat, p, target.WarmUp, 3))];

    /// <summary>The warm-up voters vote again and again (each vote replaces their last) until the bot is steady.</summary>
    private async Task WarmUpAsync(VoteTarget target, BurstVoters voters, CancellationToken cancellationToken)
    {
        var votes = WarmUpVotes(target, voters);
        var (rounds, best) = await SteadyWarmUp.RunAsync(async token => (await VoteBurst.FireAsync(target.Endpoint, votes, inFlight, target.Confirms, token)).Wall, warmUpRounds, cancellationToken);
        await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"  {target.Name}: warm-up {rounds} rounds of {votes.Count} votes, best round {votes.Count / best.TotalSeconds:0} per s"));
    }

    /// <summary>Each participant rates on the scale; the value follows from the seed and their index.</summary>
    private List<JsonObject> Votes(TeamsActivities chat, IReadOnlyList<SimParticipant> people, JsonObject data) =>
        [.. people.Select(p => Vote(chat, p, data, 1 + (int)(StableHash.Unit(seed.ToString(CultureInfo.InvariantCulture), p.User.Id) * 5)))];

    private static JsonObject Vote(TeamsActivities chat, SimParticipant who, JsonObject data, int rating)
    {
        var merged = (JsonObject)data.DeepClone();
        merged[CardInput.Rating.Id()] = rating.ToString(CultureInfo.InvariantCulture);
        return chat.Execute(who.User, CardVerb.Answer.Wire(), merged);
    }

    private BurstResult Report(BurstResult result)
    {
        var latency = new LatencyStats(result.Latencies);
        log.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {result.Target,-16} {result.Votes,6} votes: {result.Throughput,7:0} per s, p50 {latency.Percentile(50).TotalMilliseconds,6:0} ms, p99 {latency.Percentile(99).TotalMilliseconds,6:0} ms, confirmed {result.Confirmed}, stored {result.Stored?.ToString(CultureInfo.InvariantCulture) ?? "-"}, confirmed but not stored {result.Lost}"));
        return result;
    }

    private BurstSeries Report(BurstSeries series)
    {
        log.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {series.Target,-16} {series.Votes,6} votes, median burst of {series.Bursts.Count}: {series.Throughput,7:0} per s ({series.SlowestThroughput:0}–{series.FastestThroughput:0}), pooled p50 {series.Latency.Percentile(50).TotalMilliseconds:0} ms, p99 {series.Latency.Percentile(99).TotalMilliseconds:0} ms, unconfirmed {series.Unconfirmed}, confirmed but not stored {series.Lost}"));
        return series;
    }
}
