using Collaboration.Fakes.Connector;
using Collaboration.Fakes.Processes;
using Collaboration.Simulator.Hosting;

namespace Collaboration.Simulator.Bench;

/// <summary>The baseline: a bare Bot Framework bot on the same SDK that answers every vote with one fixed card and stores nothing.</summary>
internal sealed class BareBotTarget : VoteTarget
{
    public const string Label = "bare bot";

    private readonly BotProcess _bot;

    private BareBotTarget(BotProcess bot, BotEndpoint endpoint, TeamsActivities chat, JsonObject data)
        : base(Label, endpoint, chat, data, data) => _bot = bot;

    public static async Task<BareBotTarget> StartAsync(FakeConnectorService connector, int size, DirectoryInfo work, CancellationToken cancellationToken)
    {
        var bot = await BotProcess.StartAsync(
            new BotProcessOptions
            {
                Project = BotProjects.Baseline,
                LogPath = Path.Combine(work.FullName, string.Create(CultureInfo.InvariantCulture, $"baseline-{size}.log")),
                Settings = new Dictionary<string, string> { ["Logging__LogLevel__Default"] = "Warning" },
            },
            cancellationToken);
        return new BareBotTarget(bot, new BotEndpoint([bot.MessagesEndpoint], Connections(size)), NewChat(connector),
            new JsonObject { [CardData.ItemId] = Guid.NewGuid().ToString() });
    }

    public override bool Confirms(EndpointAnswer answer) => answer.Card is not null;

    public override Task<BurstSeries> SummariseAsync(BurstVoters voters, IReadOnlyList<FiredBurst> fired, CancellationToken cancellationToken) =>
        Task.FromResult(new BurstSeries(Label, voters.Size, [.. fired.Select(f => new BurstResult(Label, voters.Size, f.Wall, f.Latencies, f.ConfirmedCount, null, 0))]));

    public override async ValueTask DisposeAsync()
    {
        Endpoint.Dispose();
        await _bot.DisposeAsync();
    }
}
