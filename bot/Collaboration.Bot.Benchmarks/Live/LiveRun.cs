using System.Text.Json.Nodes;
using Collaboration.Bot.Wire;
using Collaboration.Forums.Application;
using Collaboration.Fakes.Connector;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Collaboration.Bot.Benchmarks.Live;

/// <summary>
/// The live results benchmark. The real bot host on Kestrel (SQLite) with N viewers streaming one question's live
/// results over real HTTP, while V participants vote on it through card invokes (16 at a time). For every vote: the
/// time from its being stored (the bot answered its invoke) until every viewer has seen a count that includes it (the i-th vote to be stored is in every
/// state with at least i respondents; below the series' smallest group the count is withheld, so the first votes
/// show with the third). Then the same viewers on a bare SSE broadcast of a fixed payload, sent at the same pace.
/// </summary>
internal static class LiveRun
{
    private const string Item = "bedeutung";
    private const int VotesInFlight = 16;
    private static readonly TimeSpan ConnectTimeout = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan ProgressInterval = TimeSpan.FromSeconds(5);

    public static Task<LiveResult> RunAsync(LiveArguments arguments, CancellationToken cancellationToken) =>
        BenchmarkBot.RunAsync(
            "live-benchmark",
            web => web
                .UseSetting("Web:AllowLocalSignIn", "true")
                .UseSetting("Bot:AnyoneMayCreateSeries", "true"),
            factory => RunAsync(arguments, factory, cancellationToken));

    private static async Task<LiveResult> RunAsync(LiveArguments arguments, WebApplicationFactory<Program> factory, CancellationToken cancellationToken)
    {
        await using var connector = await FakeConnectorService.StartAsync(cancellationToken);
        // An explicit loopback listener on port 0: Kestrel picks a free port (UseKestrel(0) would mean the default 5000).
        factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = int.MaxValue })
        {
            BaseAddress = ServerAddress(factory.Services),
            Timeout = Timeout.InfiniteTimeSpan,
        };

        var chat = new TeamsActivities(connector.ServiceUrl, $"19:{Guid.NewGuid():N}@thread.v2");
        var moderator = TeamsUser.Create("Moderation");
        await PostAsync(client, chat.Message(moderator, "serie anlegen rdz-salzlandkreis"), cancellationToken);
        await PostAsync(client, chat.Message(moderator, "forum starten 1"), cancellationToken);
        var series = await factory.Services.GetRequiredService<ConversationScope>().BoundAsync(chat.ConversationId, cancellationToken)
            ?? throw new InvalidOperationException("The series was not created.");
        var itemId = series.OpenForum!.FindItem(Item)!.Id;

        var viewers = Enumerable.Range(1, arguments.Viewers).Select(i => TeamsUser.Create($"Zuschauer {i:D4}")).ToList();
        connector.AddMembers(chat.ConversationId, viewers.Select(v => new ConnectorMember(v.Id, v.Name, v.AadObjectId, TenantId: TeamsActivities.TenantId)));
        var voters = Enumerable.Range(1, arguments.Votes).Select(i => TeamsUser.Create($"Teilnehmende {i:D4}")).ToList();
        await ForEachAsync(voters, voter => PostAsync(client, chat.Execute(voter, CardVerb.Onboard.Wire(), new JsonObject
        {
            [CardData.SeriesId] = series.Id.ToString(),
            [CardInput.Group.Id()] = "kommune",
            [CardInput.Organisation.Id()] = "Stadt Bernburg",
        }), cancellationToken), cancellationToken);

        // The product: N viewers of the item's live stream, then V votes.
        var (live, liveBytes) = await ConnectAsync(arguments, "respondents", v => Request(client, $"/api/forum/live?item={itemId}", chat, viewers[v]), client, cancellationToken);
        var sent = new List<long>(arguments.Votes);
        var voting = Stopwatch.StartNew();
        await ForEachAsync(voters, async voter =>
        {
            await PostAsync(client, chat.Execute(voter, CardVerb.Answer.Wire(), new JsonObject { [CardData.ItemId] = itemId.ToString(), [CardInput.Rating.Id()] = "4" }), cancellationToken);
            lock (sent)
            {
                // When the bot answered the invoke the vote was stored; in that order, the i-th is in every count of at least i.
                sent.Add(Stopwatch.GetTimestamp());
            }
        }, cancellationToken);
        voting.Stop();
        var liveLatencies = await LatenciesAsync(live, sent, cancellationToken);

        // The baseline: the same number of viewers on a bare broadcast, at the pace the votes came.
        await using var bare = await BareBroadcast.StartAsync(payloadBytes: 400);
        var (baseline, bareBytes) = await ConnectAsync(arguments, "seq", _ => new HttpRequestMessage(HttpMethod.Get, new Uri(bare.Address, "/bare")), client, cancellationToken);
        var broadcasts = new List<long>(arguments.Votes);
        var pace = voting.Elapsed / arguments.Votes;
        var clock = Stopwatch.StartNew();
        for (var seq = 1; seq <= arguments.Votes; seq++)
        {
            if (pace * seq - clock.Elapsed is { } ahead && ahead > TimeSpan.Zero)
            {
                await Task.Delay(ahead, cancellationToken);
            }

            broadcasts.Add(Stopwatch.GetTimestamp());
            bare.Broadcast(seq);
        }

        var bareLatencies = await LatenciesAsync(baseline, broadcasts, cancellationToken);
        return new LiveResult(arguments.Viewers, arguments.Votes, voting.Elapsed,
            new LiveSide("live results (product)", liveLatencies, liveBytes, live.ConnectTook), new LiveSide("bare SSE broadcast", bareLatencies, bareBytes, baseline.ConnectTook));
    }

    /// <returns>The connected viewers (each has its first event) and the managed memory each added, clients included.</returns>
    private static async Task<(Viewing Viewing, double BytesPerViewer)> ConnectAsync(
        LiveArguments arguments, string counter, Func<int, HttpRequestMessage> request, HttpClient client, CancellationToken cancellationToken)
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var viewers = Enumerable.Range(0, arguments.Viewers).Select(_ => new SseViewer(arguments.Votes, counter)).ToList();
        var running = viewers.Select((v, i) => v.RunAsync(client, request(i), stop.Token)).ToList();
        var connecting = Stopwatch.StartNew();
        var all = Task.WhenAll(viewers.Select(v => v.Connected));
        // A progress line every few seconds: with many viewers connecting takes a while, and a stall shows as a count that stops.
        while (await Task.WhenAny(all, Task.Delay(ProgressInterval, cancellationToken)) != all)
        {
            if (connecting.Elapsed > ConnectTimeout)
            {
                throw new TimeoutException(string.Create(CultureInfo.InvariantCulture, $"Only {viewers.Count(v => v.Connected.IsCompletedSuccessfully)} of {viewers.Count} viewers had their first event after {ConnectTimeout.TotalMinutes} minutes."));
            }

            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"connecting: {viewers.Count(v => v.Connected.IsCompletedSuccessfully)} of {viewers.Count} viewers have their first event"));
        }

        await all;
        connecting.Stop();
        var after = GC.GetTotalMemory(forceFullCollection: true);
        return (new Viewing(viewers, running, stop, connecting.Elapsed), (after - before) / (double)arguments.Viewers);
    }

    private static async Task<IReadOnlyList<double>> LatenciesAsync(Viewing viewing, List<long> sent, CancellationToken cancellationToken)
    {
        await Task.WhenAll(viewing.Viewers.Select(v => v.Complete)).WaitAsync(TimeSpan.FromMinutes(5), cancellationToken);
        await viewing.Stop.CancelAsync();
        try
        {
            await Task.WhenAll(viewing.Running);
        }
        catch (OperationCanceledException)
        {
            // The viewers were told to stop.
        }

        viewing.Stop.Dispose();
        return [.. sent.Select((start, i) => Math.Max(0, Stopwatch.GetElapsedTime(start, viewing.Viewers.Max(v => v.FirstSeen(i + 1))).TotalMilliseconds))];
    }

    /// <summary>Where Kestrel listens (port 0 let it pick a free one), as loopback.</summary>
    public static Uri ServerAddress(IServiceProvider services)
    {
        var address = new Uri(services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());
        return new Uri($"http://127.0.0.1:{address.Port}/");
    }

    private static HttpRequestMessage Request(HttpClient client, string pathAndQuery, TeamsActivities chat, TeamsUser user)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(client.BaseAddress!, pathAndQuery));
        request.Headers.Add("X-Local-User", user.AadObjectId);
        request.Headers.Add("X-Local-Name", user.Name);
        request.Headers.Add("X-Conversation-Id", chat.ConversationId);
        request.Headers.AcceptLanguage.ParseAdd("de");
        return request;
    }

    private static async Task ForEachAsync<T>(IEnumerable<T> items, Func<T, Task> action, CancellationToken cancellationToken) =>
        await Parallel.ForEachAsync(items, new ParallelOptions { MaxDegreeOfParallelism = VotesInFlight, CancellationToken = cancellationToken }, async (item, _) => await action(item));

    private static async Task PostAsync(HttpClient client, JsonObject activity, CancellationToken cancellationToken)
    {
        using var content = new StringContent(activity.ToJsonString(), Encoding.UTF8, new MediaTypeHeaderValue("application/json"));
        using var response = await client.PostAsync(new Uri("/api/messages", UriKind.Relative), content, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"An activity answered {(int)response.StatusCode}."));
        }
    }

    private sealed record Viewing(IReadOnlyList<SseViewer> Viewers, IReadOnlyList<Task> Running, CancellationTokenSource Stop, TimeSpan ConnectTook);
}
