using System.Diagnostics;
using Collaboration.Fakes.Telemetry;

namespace Collaboration.Bot.Tests.Integration;

/// <summary>
/// Issue #16, item 1: one vote through the real host, seen as an operator's collector would see it: the turn's span
/// holds the use case's, which holds the store's; the vote and its latency are counted; and nothing exported (span,
/// metric or log) names the voter, the moderator or the chat.
/// </summary>
public abstract class TelemetryTests : IAsyncLifetime
{
    private readonly TelemetryCapture _capture = new();
    private ThrowAwayStore _store = null!;
    private BotHost _bot = null!;

    public async Task InitializeAsync()
    {
        _store = await CreateStoreAsync();
        _bot = await BotHost.StartAsync(_store, TelemetryCapture.Settings, _capture.Register);
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _store.DisposeAsync();
    }

    protected abstract Task<ThrowAwayStore> CreateStoreAsync();

    [Fact]
    public async Task A_vote_is_traced_from_the_turn_through_the_use_case_to_the_store_and_counted_once()
    {
        var forum = await RunningForum.StartAsync(_bot);
        var voter = TeamsUser.Create("Erika Musterfrau");
        await forum.OnboardAsync(voter);
        var before = _capture.CollectMetrics(_bot.Services);

        await forum.RateAsync(voter, "bedeutung", 4);

        var useCase = Assert.Single(_capture.Spans, s => s.DisplayName == "usecase Answer");
        var trace = _capture.Spans.Where(s => s.TraceId == useCase.TraceId).ToList();
        var turn = Assert.Single(trace, s => s.DisplayName == "turn invoke");
        Assert.True(IsWithin(useCase, turn, trace), "the use case runs inside the turn");
        Assert.Contains(trace, s => (s.GetTagItem("db.system.name") ?? s.GetTagItem("db.system")) is not null && IsWithin(s, useCase, trace));
        Assert.Contains(trace, s => s.Kind == ActivityKind.Server && (string?)s.GetTagItem("http.route") == "/api/messages" && IsWithin(turn, s, trace));
        // The turn's log lines carry its trace id, so an operator finds them from the span.
        Assert.Contains(_capture.Logs, l => l.TraceId == turn.TraceId);

        var after = _capture.CollectMetrics(_bot.Services);
        Assert.Equal(1, TelemetryCapture.Sum(after, "collaboration.votes") - TelemetryCapture.Sum(before, "collaboration.votes"));
        var rating = new KeyValuePair<string, object?>("kind", "rating");
        Assert.Equal(1, TelemetryCapture.Sum(after, "collaboration.answers", rating) - TelemetryCapture.Sum(before, "collaboration.answers", rating));
        Assert.Equal(1, TelemetryCapture.Count(after, "collaboration.answer.duration") - TelemetryCapture.Count(before, "collaboration.answer.duration"));
    }

    [Fact]
    public async Task Nothing_exported_names_a_person_or_a_conversation()
    {
        var forum = await RunningForum.StartAsync(_bot);
        var voter = TeamsUser.Create("Erika Musterfrau");
        const string upn = "erika.musterfrau@salzlandkreis.example";
        await forum.OnboardAsync(voter);
        var vote = forum.RatingInvoke(voter, "bedeutung", 2);
        vote["from"]!["userPrincipalName"] = upn;
        await _bot.InvokeAsync(forum.Chat, vote);
        // The shared card's update goes to the Bot Connector with the conversation id in its path.
        await _bot.WaitForUpdateAsync(forum.Chat, forum.Item("bedeutung"), "Ergebnisse erscheinen ab 3 Antworten", TimeSpan.FromSeconds(10));
        await WaitForSpanAsync("card.update");

        var exported = _capture.ExportedText(_capture.CollectMetrics(_bot.Services)).ToList();

        string[] personal =
        [
            voter.Name, voter.Id, voter.AadObjectId, forum.Moderator.Name, forum.Moderator.Id, forum.Moderator.AadObjectId, upn,
            forum.Chat.ConversationId, forum.Chat.ConversationId.Split(':', '@')[1],
        ];
        foreach (var value in personal)
        {
            Assert.DoesNotContain(exported, t => t.Contains(value, StringComparison.OrdinalIgnoreCase));
        }

        // What is exported instead: the connector call's URL as a template an operator can still group by.
        Assert.Contains(exported, t => t.StartsWith("url.full=", StringComparison.Ordinal) && t.Contains("/v3/conversations/{id}/activities/{id}", StringComparison.Ordinal));
    }

    // The connector has the update before the bot has read the answer and ended the span.
    private async Task WaitForSpanAsync(string name)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (!_capture.Spans.Any(s => s.DisplayName == name))
        {
            Assert.True(DateTime.UtcNow < deadline, $"No span {name} ended.");
            await Task.Delay(50);
        }
    }

    private static bool IsWithin(Activity span, Activity ancestor, IReadOnlyList<Activity> trace)
    {
        for (var parent = span.ParentSpanId; parent != default;)
        {
            if (parent == ancestor.SpanId)
            {
                return true;
            }

            var next = trace.FirstOrDefault(s => s.SpanId == parent);
            if (next is null)
            {
                return false;
            }

            parent = next.ParentSpanId;
        }

        return false;
    }
}

[Collection(TelemetryCollectionDefinition.Name)]
public sealed class TelemetryOnSqliteTests : TelemetryTests
{
    protected override Task<ThrowAwayStore> CreateStoreAsync() => Task.FromResult(ThrowAwayStore.Sqlite());
}

[Collection(TelemetryCollectionDefinition.Name)]
public sealed class TelemetryOnPostgresTests(PostgresFixture postgres) : TelemetryTests
{
    protected override Task<ThrowAwayStore> CreateStoreAsync() => ThrowAwayStore.PostgresAsync(postgres);
}
