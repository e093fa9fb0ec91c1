using System.CommandLine;
using Collaboration.Simulator.Bench;
using Collaboration.Simulator.Hosting;
using Collaboration.Simulator.Output;

namespace Collaboration.Simulator.Cli;

/// <summary>
/// <c>simulate [--participants N] [--seed S] [--parallel P] [--store sqlite|postgres] [--endpoint URL] [--out DIR]</c>,
/// plus the benchmarks <c>bench-votes</c> and <c>bench-instances</c>.
/// </summary>
internal static class SimulatorCommands
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, CancellationToken cancellationToken)
    {
        var participants = new Option<int>("--participants") { Description = "Simulated participants.", DefaultValueFactory = _ => 60 };
        var seed = new Option<int>("--seed") { Description = "Seed of every random choice: the same seed gives the same people and answers.", DefaultValueFactory = _ => 2026 };
        var parallel = new Option<int>("--parallel") { Description = "Participants acting at the same time.", DefaultValueFactory = _ => 16 };
        var forums = new Option<int>("--forums") { Description = "How many of the series' forums to play (1–3).", DefaultValueFactory = _ => 3 };
        var store = new Option<StoreKind>("--store") { Description = "Database of the bot the simulator starts.", DefaultValueFactory = _ => StoreKind.Sqlite };
        var endpoint = new Option<string?>("--endpoint") { Description = "A running bot's /api/messages (started without an app id) instead of starting one." };
        endpoint.Validators.Add(r =>
        {
            if (r.GetValue(endpoint) is { } text && !Uri.TryCreate(text, UriKind.Absolute, out _))
            {
                r.AddError($"--endpoint must be an absolute URL such as http://127.0.0.1:3978/api/messages, not '{text}'.");
            }
        });
        var storeProvider = new Option<string?>("--store-provider") { Description = "With --endpoint: that bot's ForumStore:Provider, to compare and write the documents." };
        var storeConnection = new Option<string?>("--store-connection") { Description = "With --endpoint: that bot's ForumStore:ConnectionString." };
        var secret = new Option<string?>("--anonymity-secret") { Description = "With --endpoint: that bot's Bot:AnonymitySecret (base64), to trace anonymous answers." };
        var output_ = new Option<DirectoryInfo>("--out") { Description = "Folder for the deck, the report and the bot's files.", DefaultValueFactory = _ => new DirectoryInfo(Path.Combine("artifacts", "simulator")) };
        forums.Validators.Add(r => { if (r.GetValue(forums) is < 1 or > 3) { r.AddError("--forums must be 1, 2 or 3."); } });
        participants.Validators.Add(r => { if (r.GetValue(participants) < 1) { r.AddError("--participants must be at least 1."); } });
        parallel.Validators.Add(r => { if (r.GetValue(parallel) < 1) { r.AddError("--parallel must be at least 1."); } });

        var root = new RootCommand("Plays the seed's forum series against the bot's real endpoint with simulated participants.")
        {
            participants, seed, parallel, forums, store, endpoint, storeProvider, storeConnection, secret, output_,
        };
        root.SetAction(async (parse, token) =>
        {
            var given = parse.GetValue(endpoint) is { } address ? new Uri(address, UriKind.Absolute) : null;
            var target = parse.GetValue(storeConnection) is { } connection ? new StoreTarget(parse.GetValue(storeProvider) ?? "Sqlite", connection) : null;
            var options = new SimulationOptions(
                parse.GetValue(participants), parse.GetValue(seed), parse.GetValue(parallel), parse.GetValue(forums), parse.GetValue(output_)!,
                parse.GetValue(store), Endpoint: given, Store: target,
                Secret: parse.GetValue(secret) is { } text ? Convert.FromBase64String(text) : null);
            var result = await Simulation.RunAsync(options, output, token);
            Summary.Write(result, output);
            return result.Passed ? 0 : 1;
        });

        root.Subcommands.Add(BenchVotes(seed, output));
        root.Subcommands.Add(BenchInstances(seed, parallel, output));
        var configuration = new InvocationConfiguration { Output = output };
        return await root.Parse(args).InvokeAsync(configuration, cancellationToken);
    }

    private static Command BenchVotes(Option<int> seed, TextWriter output)
    {
        var sizes = new Option<string>("--sizes") { Description = "Comma-separated numbers of voters.", DefaultValueFactory = _ => "100,1000,10000" };
        var stores = new Option<string>("--stores") { Description = "Comma-separated stores: sqlite, postgres.", DefaultValueFactory = _ => "sqlite,postgres" };
        var inFlight = new Option<int>("--in-flight") { Description = "Most invokes under way at once (default: all voters at once).", DefaultValueFactory = _ => int.MaxValue };
        var work = new Option<DirectoryInfo>("--out") { Description = "Folder for the bots' logs and SQLite files.", DefaultValueFactory = _ => new DirectoryInfo(Path.Combine("artifacts", "bench-votes")) };
        var warmUp = new Option<int>("--warm-up-rounds") { Description = "Rounds of 200 warm-up votes per bot after its start, before the bursts (default 0: until the time per round stops falling, at least 10; 1 measures a bot just after its start).", DefaultValueFactory = _ => 0 };
        warmUp.Validators.Add(r => { if (r.GetValue(warmUp) < 0) { r.AddError("--warm-up-rounds must be 0 (until steady) or more."); } });
        var bursts = new Option<int>("--bursts") { Description = "Bursts per size and bot, each by voters voting for the first time; the median burst is reported (default 0: enough for about 1,000 votes per size, at least 5, odd).", DefaultValueFactory = _ => 0 };
        bursts.Validators.Add(r => { if (r.GetValue(bursts) is var n && (n < 0 || (n > 0 && n % 2 == 0))) { r.AddError("--bursts must be 0 (automatic) or an odd number, so that the median is one burst."); } });
        var command = new Command("bench-votes", "Benchmark 1: N voters answer one question at once; the product bot on SQLite and PostgreSQL beside a bare Bot Framework bot.")
        {
            seed, sizes, stores, inFlight, work, warmUp, bursts,
        };
        command.SetAction(async (parse, token) =>
        {
            var sizeList = parse.GetValue(sizes)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList();
            var storeList = parse.GetValue(stores)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(s => Enum.Parse<StoreKind>(s, ignoreCase: true)).ToList();
            await output.WriteLineAsync($"bench-votes {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores");
            var folder = parse.GetValue(work)!;
            folder.Create();
            var results = await new VoteBenchmark(parse.GetValue(seed), parse.GetValue(inFlight), parse.GetValue(warmUp), parse.GetValue(bursts), folder, output).RunAsync(sizeList, storeList, token);
            VoteTable.Write(results, output);
            return results.All(r => r.Lost == 0) ? 0 : 1;
        });
        return command;
    }

    private static Command BenchInstances(Option<int> seed, Option<int> parallel, TextWriter output)
    {
        var participants = new Option<int>("--participants") { Description = "Simulated participants.", DefaultValueFactory = _ => 1000 };
        var work = new Option<DirectoryInfo>("--out") { Description = "Folder for the bots' logs.", DefaultValueFactory = _ => new DirectoryInfo(Path.Combine("artifacts", "bench-instances")) };
        var command = new Command("bench-instances", "Benchmark 3: two bot processes on one PostgreSQL database behind a round-robin, against one process; results must be identical.")
        {
            seed, parallel, participants, work,
        };
        command.SetAction(async (parse, token) =>
            await InstanceBenchmark.RunAsync(parse.GetValue(participants), parse.GetValue(seed), parse.GetValue(parallel), parse.GetValue(work)!, output, token) ? 0 : 1);
        return command;
    }
}
