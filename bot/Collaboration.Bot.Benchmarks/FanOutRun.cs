using Collaboration.Forums.Delivery;
using Collaboration.Fakes.Connector;
using Collaboration.Forums.Ports;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Collaboration.Bot.Benchmarks;

/// <summary>
/// One fan-out through the real bot host (HTTP in, SQLite store, the fan-out worker) to a chat of N members in the
/// rate-limiting fake connector. Every 100th member cannot be reached (403). The clock runs from the moderator's
/// "privat" to the summary card, so roster reading and the last member's send are inside it.
/// </summary>
internal static class FanOutRun
{
    private const string Item = "bedeutung";

    public static Task<FanOutResult> RunAsync(FanOutArguments arguments, CancellationToken cancellationToken) =>
        BenchmarkBot.RunAsync(
            "bot-benchmark",
            web => web
                .UseSetting("FanOut:TenantLimits:0:Count", arguments.TenantRate.ToString(CultureInfo.InvariantCulture))
                .UseSetting("FanOut:TenantLimits:0:Window", "00:00:01")
                .UseSetting("FanOut:PollInterval", "00:00:00.100"),
            factory => RunAsync(arguments, factory, cancellationToken));

    private static async Task<FanOutResult> RunAsync(FanOutArguments arguments, WebApplicationFactory<Program> factory, CancellationToken cancellationToken)
    {
        await using var connector = await FakeConnectorService.StartAsync(cancellationToken);
        using var client = factory.CreateClient();

        var chat = new TeamsActivities(connector.ServiceUrl, $"19:{Guid.NewGuid():N}@thread.v2");
        var moderator = TeamsUser.Create("Moderation");
        await SayAsync(client, chat, moderator, "serie anlegen rdz-salzlandkreis", cancellationToken);
        await SayAsync(client, chat, moderator, "forum starten 1", cancellationToken);

        var members = Enumerable.Range(1, arguments.Members)
            .Select(i => Guid.NewGuid().ToString())
            .Select((id, i) => new ConnectorMember("29:" + id, $"Mitglied {i + 1:D5}", id))
            .ToList();
        connector.AddMembers(chat.ConversationId, members);
        var unreachable = members.Where((_, i) => i % 100 == 99).ToList();
        unreachable.ForEach(m => connector.MakeUnreachable(m.Id));
        connector.EnforceLimits(ConnectorLimits.WithTenantRate(arguments.TenantRate));

        // The moderator's command alone first, with the same limits enforced: the baseline of the ratio.
        var alone = arguments.Commands > 0
            ? await CommandLatency.MeasureAsync(client, chat, moderator, arguments.Commands, cancellationToken)
            : [];

        var before = connector.Requests.Count;
        var clock = Stopwatch.StartNew();
        await SayAsync(client, chat, moderator, "privat " + Item, cancellationToken);
        var expected = TimeSpan.FromSeconds(arguments.Members * 2.0 / arguments.TenantRate);

        // During: once a quarter of the members (at most 1,000) have their cards, so the fan-out runs at full pace.
        var underWay = Math.Min(arguments.Members / 4, 1000) * 2;
        var during = arguments.Commands > 0
            ? CommandLatency.MeasureDuringAsync(client, chat, moderator, arguments.Commands, () => connector.Requests.Count - before >= underWay, cancellationToken)
            : Task.FromResult<IReadOnlyList<TimeSpan>>([]);
        await connector.WaitForAsync(
            a => a.ConversationId == chat.ConversationId && a.Operation is ConnectorOperation.Send or ConnectorOperation.Reply && a.Activity.GetRawText().Contains("Privat verschickt", StringComparison.Ordinal),
            1,
            expected * 10 + TimeSpan.FromMinutes(5),
            cancellationToken);
        clock.Stop();
        var commandsWithin = during.IsCompleted;
        var commands = new CommandTimes(alone, await during, commandsWithin);

        var requests = connector.Requests.Skip(before).ToList();
        var received = members.Except(unreachable).Select(m => connector.PersonalConversationOf(m.Id) is { } c ? connector.SendsTo(c) : 0).ToList();
        var reported = (await RecipientsAsync(factory.Services, chat.ConversationId, cancellationToken)).Count(r => r.State == RecipientState.Unreachable);

        return new FanOutResult(
            arguments.Members,
            unreachable.Count,
            arguments.TenantRate,
            clock.Elapsed,
            requests.Count(r => r.StatusCode != (int)HttpStatusCode.TooManyRequests),
            requests.Count(r => r.StatusCode == (int)HttpStatusCode.TooManyRequests),
            received.Count(n => n > 1),
            received.Count(n => n == 0),
            reported,
            commands);
    }

    /// <summary>The recipients of the item's fan-out as the store holds them, found through the chat's series.</summary>
    private static async Task<IReadOnlyList<FanOutRecipient>> RecipientsAsync(IServiceProvider services, string chat, CancellationToken cancellationToken)
    {
        var seriesId = await services.GetRequiredService<IConversationStore>().GetBoundSeriesAsync(chat, cancellationToken);
        var series = seriesId is null ? null : await services.GetRequiredService<IForumStore>().GetSeriesAsync(seriesId.Value, cancellationToken);
        var item = series?.OpenForum?.FindItem(Item);
        var fanOuts = services.GetRequiredService<IFanOutStore>();
        var fanOut = item is null ? null : await fanOuts.GetLatestAsync(item.Id, FanOutKind.Item, cancellationToken);
        return fanOut is null ? [] : await fanOuts.GetRecipientsAsync(fanOut.Id, cancellationToken);
    }

    private static async Task SayAsync(HttpClient client, TeamsActivities chat, TeamsUser moderator, string text, CancellationToken cancellationToken)
    {
        var activity = chat.Message(moderator, text);
        using var content = new StringContent(activity.ToJsonString(), Encoding.UTF8, new MediaTypeHeaderValue("application/json"));
        using var response = await client.PostAsync(new Uri("/api/messages", UriKind.Relative), content, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"\"{text}\" answered {(int)response.StatusCode}.");
        }
    }
}
