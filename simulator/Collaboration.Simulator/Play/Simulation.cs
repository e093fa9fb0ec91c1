using System.Diagnostics;
using Collaboration.Simulator.Hosting;
using Collaboration.Simulator.Output;
using Collaboration.Simulator.Verify;
using Collaboration.Fakes.Connector;
using Collaboration.Fakes.Postgres;

namespace Collaboration.Simulator.Play;

/// <summary>
/// A whole run: the fake Bot Connector on loopback, the bot (started here, or the given endpoint), the series
/// played by the simulated participants, then the store compared with what was sent and the executive documents
/// written from it.
/// </summary>
internal static class Simulation
{
    public static async Task<SimulationResult> RunAsync(SimulationOptions options, TextWriter log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(log);
        var population = Population.Create(options.Participants, options.Seed);
        await using var connector = await FakeConnectorService.StartAsync(cancellationToken);
        await using var postgres = options.Endpoint is null && options.StoreKind == StoreKind.Postgres ? await PostgresServer.StartOrConnectAsync(cancellationToken) : null;
        await using var fleet = options.Endpoint is null
            ? await BotFleet.StartAsync(options.StoreKind, options.Instances, new DirectoryInfo(Path.Combine(options.Output.FullName, "work")), postgres, cancellationToken)
            : null;
        var endpoints = fleet?.Endpoints ?? [options.Endpoint!];
        var store = fleet?.Store ?? options.Store;
        var secret = fleet?.Secret ?? options.Secret;
        await log.WriteLineAsync($"bot: {string.Join(", ", endpoints)} on {store?.Provider ?? "an unknown store"}; connector: {connector.ServiceUrl}");

        var ledger = new Ledger();
        using var endpoint = new BotEndpoint(endpoints, options.Parallel * 2);
        var chat = new TeamsActivities(connector.ServiceUrl, $"19:sim-{Guid.NewGuid():N}@thread.v2");
        var run = new SeriesRun(new ChatSession(endpoint, connector, chat, ledger), population, options.Seed, options.Parallel, log);
        var clock = Stopwatch.StartNew();
        await run.PlayAsync(options.Forums, cancellationToken);
        clock.Stop();
        if (endpoints.Count > 1)
        {
            await log.WriteLineAsync("activities per instance: " + string.Join(", ", endpoint.Posted));
        }

        var seriesId = Guid.Parse(run.SeriesId!);

        StoreCheck? check = null;
        FileInfo? deck = null;
        FileInfo? report = null;
        if (store is not null)
        {
            using var reader = store.OpenReader();
            check = await StoreCheck.RunAsync(reader.Store, seriesId, ledger, population, secret, cancellationToken);
            if (options.WriteDocuments)
            {
                await log.WriteLineAsync("writing the executive deck and report …");
                (deck, report) = await ExecutiveDocuments.WriteAsync(reader.Store, seriesId, options.Output, $"{SeedTemplate.Name}-{options.Participants}", cancellationToken);
            }
        }

        return new SimulationResult(seriesId, options.Participants, clock.Elapsed, ledger.Activities, ledger.AnswersSent, ledger.Failures, ledger.Refusals,
            ledger.Problems, check, deck, report)
        {
            SentAnswers = ledger.Answers,
        };
    }
}
