using Collaboration.Seeding;
using Collaboration.Forums.Participants;
using Collaboration.Simulator.Hosting;
using Collaboration.Fakes.Connector;
using Collaboration.Fakes.Postgres;
using Collaboration.Fakes.Processes;

namespace Collaboration.Simulator.Bench;

/// <summary>
/// Benchmark 1, vote ingestion: N participants answer one question at the same moment through the real endpoint.
/// Per size, in one run: the bare Bot Framework bot (same SDK, fixed card, no storage), then the product bot on
/// SQLite and on PostgreSQL, each on a fresh database. Participants are onboarded before the bursts (not measured);
/// warm-up rounds on another question run until the time per round stops falling (<see cref="SteadyWarmUp"/>), the
/// same rule for every bot, so the bursts measure a bot in its steady state rather than its JIT's first seconds.
/// Each size is measured in several bursts (<see cref="BurstCount"/>), each by voters voting for the first time,
/// and summarised by the median burst (<see cref="BurstSeries"/>).
/// </summary>
internal sealed class VoteBenchmark(int seed, int inFlight, int warmUpRounds, int bursts, DirectoryInfo work, TextWriter log)
{
    private const int WarmUp = 200;
    private const string VotedItem = "bedeutung";
    private const string WarmUpItem = "chancen-mobilitaet";

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
            await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{size} votes: {voters.Bursts} bursts per bot, each by {size} voters voting for the first time"));
            results.Add(await BaselineAsync(connector, voters, cancellationToken));
            foreach (var store in stores)
            {
                results.Add(await ProductAsync(connector, postgres, store, voters, cancellationToken));
            }
        }

        return results;
    }

    private async Task<BurstSeries> BaselineAsync(FakeConnectorService connector, BurstVoters voters, CancellationToken cancellationToken)
    {
        var size = voters.Size;
        var log_ = Path.Combine(work.FullName, string.Create(CultureInfo.InvariantCulture, $"baseline-{size}.log"));
        await using var bot = await BotProcess.StartAsync(
            new BotProcessOptions { Project = BotProjects.Baseline, LogPath = log_, Settings = new Dictionary<string, string> { ["Logging__LogLevel__Default"] = "Warning" } },
            cancellationToken);
        using var endpoint = new BotEndpoint([bot.MessagesEndpoint], Connections(size));
        var chat = NewChat(connector);
        var data = new JsonObject { [CardData.ItemId] = Guid.NewGuid().ToString() };
        static bool Ok(EndpointAnswer a) => a.Card is not null;
        await WarmUpAsync("bare bot", endpoint, [.. voters.WarmUp.Select(p => Vote(chat, p, data, 3))], Ok, cancellationToken);
        var fired = await FireAsync(endpoint, chat, voters, data, Ok, cancellationToken);
        return Report(new BurstSeries("bare bot", size, [.. fired.Select(f => Report(new BurstResult("bare bot", size, f.Wall, f.Latencies, f.Confirmed.Count(c => c), null, 0)))]));
    }

    private async Task<BurstSeries> ProductAsync(FakeConnectorService connector, PostgresServer? postgres, StoreKind store, BurstVoters voters, CancellationToken cancellationToken)
    {
        var size = voters.Size;
        var target = store == StoreKind.Sqlite ? "bot, SQLite" : "bot, PostgreSQL";
        await using var fleet = await BotFleet.StartAsync(store, 1, work, postgres, cancellationToken);
        using var endpoint = new BotEndpoint(fleet.Endpoints, Connections(size));
        var chat = NewChat(connector);
        var session = new ChatSession(endpoint, connector, chat, new Ledger());
        var run = new SeriesRun(session, [], seed, 1, TextWriter.Null);
        await run.CreateSeriesAsync(cancellationToken);
        var items = await run.StartForumAsync(1, cancellationToken);
        var voted = items.Single(i => i.Item.Key == VotedItem).Shared.Button(CardVerb.Answer)!.Data;
        var warm = items.Single(i => i.Item.Key == WarmUpItem).Shared.Button(CardVerb.Answer)!.Data;

        await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{store}: onboarding {voters.Everyone.Count} participants …"));
        await Parallel.ForEachAsync(voters.Everyone, new ParallelOptions { MaxDegreeOfParallelism = 32, CancellationToken = cancellationToken }, async (who, token) =>
        {
            var joined = await session.ExecuteAsync(who.User, CardVerb.Onboard.Wire(), new JsonObject
            {
                [CardData.SeriesId] = run.SeriesId,
                [CardInput.Group.Id()] = who.GroupKey,
                [CardInput.Organisation.Id()] = who.Organisation,
            }, token);
            if (joined?.Confirms != true)
            {
                throw new InvalidOperationException($"Onboarding {who.User.Name} failed: {joined?.Notice}");
            }
        });

        static bool Saved(EndpointAnswer a) => a.Card is { } card && CardForm.Read(card).Confirms;
        await WarmUpAsync(store.ToString(), endpoint, [.. voters.WarmUp.Select(p => Vote(chat, p, warm, 3))], Saved, cancellationToken);
        var fired = await FireAsync(endpoint, chat, voters, voted, Saved, cancellationToken);

        // Every confirmed vote of every burst must be in the store under its voter: the item is anonymous, so the
        // respondent keys are recomputed with the bots' secret.
        using var reader = fleet.Store.OpenReader();
        var seriesId = Guid.Parse(run.SeriesId!);
        var item = (await reader.Store.GetSeriesAsync(seriesId, cancellationToken))!.Forums[0].FindItem(VotedItem)!;
        var storedKeys = (await reader.Store.GetResponsesAsync(item.Id, cancellationToken)).Select(r => r.RespondentKey).ToHashSet(StringComparer.Ordinal);
        var keys = new RespondentKeys(fleet.Secret);
        var keyOf = (await reader.Store.GetParticipantsAsync(seriesId, cancellationToken)).ToDictionary(p => p.UserId, p => keys.For(item, p), StringComparer.Ordinal);
        bool IsStored(SimParticipant who) => keyOf.TryGetValue(who.User.AadObjectId, out var key) && storedKeys.Contains(key);
        var series = new BurstSeries(target, size, [.. fired.Select((f, burst) =>
        {
            var stored = voters.Burst(burst).Select(IsStored).ToList();
            var lost = stored.Where((isStored, i) => f.Confirmed[i] && !isStored).Count();
            return Report(new BurstResult(target, size, f.Wall, f.Latencies, f.Confirmed.Count(c => c), stored.Count(s => s), lost));
        })]);
        if (storedKeys.Count != series.Stored)
        {
            await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  {target}: {storedKeys.Count} respondents stored for the item, {series.Stored} of them the bursts' voters"));
        }

        return Report(series);
    }

    /// <summary>Fires the bursts one after another, each by its own voters.</summary>
    private async Task<List<(TimeSpan Wall, TimeSpan[] Latencies, bool[] Confirmed)>> FireAsync(
        BotEndpoint endpoint, TeamsActivities chat, BurstVoters voters, JsonObject data, Func<EndpointAnswer, bool> confirmed, CancellationToken cancellationToken)
    {
        var fired = new List<(TimeSpan, TimeSpan[], bool[])>(voters.Bursts);
        for (var burst = 0; burst < voters.Bursts; burst++)
        {
            await Task.Delay(BeforeEachBurst, cancellationToken);
            fired.Add(await VoteBurst.FireAsync(endpoint, Votes(chat, voters.Burst(burst), data), Math.Min(inFlight, voters.Size), confirmed, cancellationToken));
        }

        return fired;
    }

    /// <summary>The warm-up voters vote again and again (each vote replaces their last) until the bot is steady.</summary>
    private async Task WarmUpAsync(string target, BotEndpoint endpoint, IReadOnlyList<JsonObject> votes, Func<EndpointAnswer, bool> confirmed, CancellationToken cancellationToken)
    {
        var (rounds, best) = await SteadyWarmUp.RunAsync(async token => (await VoteBurst.FireAsync(endpoint, votes, inFlight, confirmed, token)).Wall, warmUpRounds, cancellationToken);
        await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"  {target}: warm-up {rounds} rounds of {votes.Count} votes, best round {votes.Count / best.TotalSeconds:0} per s"));
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

    private static TeamsActivities NewChat(FakeConnectorService connector) => new(connector.ServiceUrl, $"19:bench-{Guid.NewGuid():N}@thread.v2");

    /// <summary>Client connections: enough for the burst, bounded so 10,000 votes do not need 10,000 sockets.</summary>
    private static int Connections(int size) => Math.Clamp(size, 16, 1000);

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
