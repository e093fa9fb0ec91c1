using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using Azure.Core;
using Collaboration.Forums.Ports;
using Collaboration.GraphSync.Archive;
using Collaboration.GraphSync.Benchmarks;
using Collaboration.GraphSync.Hosting;
using Collaboration.Reports.Building;
using Collaboration.Fakes.Graph;
using Collaboration.Fakes.Images;
using Collaboration.Seeding;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

// Usage: dotnet run -c Release --project graph-sync/Collaboration.GraphSync.Benchmarks [-- --participants 10000 --latency-ms 20]
var arguments = BenchmarkArguments.Parse(args, Console.Out, Console.Error, out var parseExit);
if (arguments is null)
{
    return parseExit;
}

var participants = arguments.Participants;

const string Site = "contoso.sharepoint.com,site-guid,web-guid";
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancel.Cancel(); };
var work = Directory.CreateTempSubdirectory("graph-sync-benchmark-");
try
{
    await using var graph = await FakeGraphService.StartAsync(cancel.Token);

    // A theme whose logo is a photo-sized PNG, as a corporate design may ship: it takes the deck (and the report) over
    // 4 MiB, past the simple-upload limit, so they travel as upload sessions the way large files do.
    await File.WriteAllBytesAsync(Path.Combine(work.FullName, "logo.png"), NoisePng.Create(1300, 1100, seed: 1), cancel.Token);
    await File.WriteAllTextAsync(Path.Combine(work.FullName, "theme.json"), "{ \"logo\": \"logo.png\" }", cancel.Token);

    var asOf = new DateTimeOffset(2026, 6, 30, 12, 0, 0, TimeSpan.Zero);
    var store = SimulatedSeries.Create(participants, seed: 20260630, start: asOf.AddDays(-60));
    var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, ContentRootPath = work.FullName });
    builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["GraphSync:BaseUrl"] = graph.BaseUrl,
        ["GraphSync:DriveId"] = "drive-graph-sync",
        ["GraphSync:SiteId"] = Site,
        ["GraphSync:ListId"] = "needs-graph-sync",
        ["GraphSync:ReportTheme"] = Path.Combine(work.FullName, "theme.json"),
    });
    builder.Services.AddSingleton<IForumStore>(store);
    builder.Services.AddSingleton<TokenCredential, FakeTokenCredential>();
    // The archive's parts without the outbox worker: the benchmark calls the uploader and the list writer itself.
    builder.Services.AddGraphArchive();
    using var host = builder.Build();
    var services = host.Services;
    var options = services.GetRequiredService<IOptions<GraphSyncOptions>>();
    var clients = services.GetRequiredService<GraphClients>();

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{DateTime.UtcNow:yyyy-MM-dd} · {Environment.ProcessorCount} cores · {RuntimeInformation.OSDescription} · .NET {Environment.Version} · Microsoft.Graph {typeof(Microsoft.Graph.GraphServiceClient).Assembly.GetName().Version} · fake Graph on loopback in the same process · {arguments.LatencyMs} ms added per HTTP request"));

    // Warm-up: both strategies once on a small series, so neither pays the JIT in the measured runs.
    var small = SimulatedSeries.Create(60, seed: 1, start: asOf.AddDays(-60));
    var smallBuilder = new ForumArchiveBuilder(small, new ArchiveDocuments(new SeriesReportBuilder(small, TimeProvider.System), options, NullLogger<ArchiveDocuments>.Instance));
    var warm = await smallBuilder.BuildAsync(small.Series, small.Series.FindForum(1)!, cancel.Token);
    await Ours(warm, small.Series.Id, "warm-up");
    BenchmarkLists.Provision(graph, Site, "needs-warm-naive");
    var warmNaive = new NaiveArchiver(clients, "drive-warm-naive", Site, "needs-warm-naive");
    await warmNaive.UploadAsync(warm, cancel.Token);
    await warmNaive.WriteNeedsAsync(warm, small.Series.Id, 1, cancel.Token);

    if (arguments.LatencyMs > 0)
    {
        // A round trip to Graph for every HTTP request (a batch is one); the loopback alone has next to none.
        graph.Inject(GraphFault.Delayed(TimeSpan.FromMilliseconds(arguments.LatencyMs)), int.MaxValue, r => !r.InBatch);
    }

    var clock = Stopwatch.StartNew();
    var archive = await services.GetRequiredService<ForumArchiveBuilder>().BuildAsync(store.Series, store.Series.FindForum(1)!, cancel.Token);
    var bytes = archive.Files.Sum(f => (long)f.Content.Length);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{participants:N0} participants, forum 1: {archive.Needs.Count:N0} needs; archive built in {clock.Elapsed.TotalSeconds:0.0} s: {string.Join(", ", archive.Files.Select(f => $"{f.Name} {f.Content.Length / 1024.0 / 1024.0:0.00} MiB"))}"));

    var rows = new List<Measurement> { await Ours(archive, store.Series.Id, "graph-sync") };
    BenchmarkLists.Provision(graph, Site, "needs-naive");
    var naive = new NaiveArchiver(clients, "drive-naive", Site, "needs-naive");
    rows.Add(await Naive(naive, "naive"));
    rows.Add(await Ours(archive, store.Series.Id, "graph-sync, re-archive unchanged"));
    rows.Add(await Naive(naive, "naive, run again"));
    ResultTable.Print(Console.Out, rows, bytes, archive.Needs.Count);
    return 0;

    async Task<Measurement> Ours(ForumArchive forumArchive, Guid seriesId, string variant)
    {
        var uploader = services.GetRequiredService<DriveUploader>();
        var writer = services.GetRequiredService<NeedsListWriter>();
        var (files, fileRequests) = await Timed(async () =>
        {
            foreach (var file in forumArchive.Files)
            {
                await uploader.UploadAsync($"{forumArchive.Folder}/{file.Name}", file.Content, cancel.Token);
            }
        });
        var (list, listRequests) = await Timed(() => writer.WriteAsync(seriesId, 1, forumArchive.Needs, cancel.Token));
        return new Measurement(variant, files, fileRequests, list, listRequests, ItemsOfForum(options.Value.ListId, seriesId));
    }

    async Task<Measurement> Naive(NaiveArchiver archiver, string variant)
    {
        var (files, fileRequests) = await Timed(() => archiver.UploadAsync(archive, cancel.Token));
        var (list, listRequests) = await Timed(() => archiver.WriteNeedsAsync(archive, store.Series.Id, 1, cancel.Token));
        return new Measurement(variant, files, fileRequests, list, listRequests, ItemsOfForum("needs-naive", store.Series.Id));
    }

    int ItemsOfForum(string listId, Guid seriesId) =>
        graph.ListItems(Site, listId).Count(i => i["ForumKey"].GetString() == NeedsListPlan.ForumKeyOf(seriesId, 1));

    // Wall time and the HTTP requests the fake received (a batch counts once; its inner requests are not HTTP requests).
    async Task<(TimeSpan Elapsed, int Requests)> Timed(Func<Task> run)
    {
        GC.Collect();
        var before = graph.Requests.Count(r => !r.InBatch);
        var watch = Stopwatch.StartNew();
        await run();
        watch.Stop();
        return (watch.Elapsed, graph.Requests.Count(r => !r.InBatch) - before);
    }
}
finally
{
    work.Delete(recursive: true);
}
