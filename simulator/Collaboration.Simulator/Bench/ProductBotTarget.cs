using Collaboration.Fakes.Connector;
using Collaboration.Fakes.Postgres;
using Collaboration.Forums.Participants;
using Collaboration.Seeding;
using Collaboration.Simulator.Hosting;

namespace Collaboration.Simulator.Bench;

/// <summary>
/// The product bot on a fresh database: a series with its first forum open, every voter of every burst onboarded
/// (not measured), the bursts' votes on one item, the warm-up's on another. Afterwards every confirmed vote is traced
/// to the store under its voter.
/// </summary>
internal sealed class ProductBotTarget : VoteTarget
{
    private const string VotedItem = "bedeutung";
    private const string WarmUpItem = "chancen-mobilitaet";

    private readonly BotFleet _fleet;
    private readonly Guid _seriesId;
    private readonly TextWriter _log;

    private ProductBotTarget(string name, BotFleet fleet, BotEndpoint endpoint, TeamsActivities chat, Guid seriesId, JsonObject voted, JsonObject warmUp, TextWriter log)
        : base(name, endpoint, chat, voted, warmUp) => (_fleet, _seriesId, _log) = (fleet, seriesId, log);

    public static async Task<ProductBotTarget> StartAsync(
        FakeConnectorService connector, PostgresServer? postgres, StoreKind store, BurstVoters voters, int seed, DirectoryInfo work, TextWriter log, CancellationToken cancellationToken)
    {
        var name = store == StoreKind.Sqlite ? "bot, SQLite" : "bot, PostgreSQL";
        var fleet = await BotFleet.StartAsync(store, 1, work, postgres, cancellationToken);
        var endpoint = new BotEndpoint(fleet.Endpoints, Connections(voters.Size));
        try
        {
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

            return new ProductBotTarget(name, fleet, endpoint, chat, Guid.Parse(run.SeriesId!), voted, warm, log);
        }
        catch
        {
            endpoint.Dispose();
            await fleet.DisposeAsync();
            throw;
        }
    }

    public override bool Confirms(EndpointAnswer answer) => answer.Card is { } card && CardForm.Read(card).Confirms;

    /// <summary>
    /// Every confirmed vote of every burst must be in the store under its voter: the item is anonymous, so the
    /// respondent keys are recomputed with the bots' secret.
    /// </summary>
    public override async Task<BurstSeries> SummariseAsync(BurstVoters voters, IReadOnlyList<FiredBurst> fired, CancellationToken cancellationToken)
    {
        using var reader = _fleet.Store.OpenReader();
        var item = (await reader.Store.GetSeriesAsync(_seriesId, cancellationToken))!.Forums[0].FindItem(VotedItem)!;
        var storedKeys = (await reader.Store.GetResponsesAsync(item.Id, cancellationToken)).Select(r => r.RespondentKey).ToHashSet(StringComparer.Ordinal);
        var keys = new RespondentKeys(_fleet.Secret);
        var keyOf = (await reader.Store.GetParticipantsAsync(_seriesId, cancellationToken)).ToDictionary(p => p.UserId, p => keys.For(item, p), StringComparer.Ordinal);
        bool IsStored(SimParticipant who) => keyOf.TryGetValue(who.User.AadObjectId, out var key) && storedKeys.Contains(key);
        var series = new BurstSeries(Name, voters.Size, [.. fired.Select((f, burst) =>
        {
            var stored = voters.Burst(burst).Select(IsStored).ToList();
            var lost = stored.Where((isStored, i) => f.Confirmed[i] && !isStored).Count();
            return new BurstResult(Name, voters.Size, f.Wall, f.Latencies, f.ConfirmedCount, stored.Count(s => s), lost);
        })]);
        if (storedKeys.Count != series.Stored)
        {
            await _log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  {Name}: {storedKeys.Count} respondents stored for the item, {series.Stored} of them the bursts' voters"));
        }

        return series;
    }

    public override async ValueTask DisposeAsync()
    {
        Endpoint.Dispose();
        await _fleet.DisposeAsync();
    }
}
