using System.Diagnostics.Metrics;
using Collaboration.Fakes.Connector;
using Collaboration.Fakes.Postgres;
using Collaboration.Forums.Ports;

namespace Collaboration.Web.Tests.Api;

/// <summary>
/// Answers on the answer page are the cards' use case: one stored answer per person and item whichever way it came,
/// the same refusals, and the item's posted card follows the vote.
/// </summary>
public abstract class AnswerTests : WebTest
{
    [Fact]
    public async Task An_answer_on_the_page_and_one_on_the_card_by_the_same_person_are_stored_once()
    {
        var series = await StartedAsync();
        var item = await series.ItemIdAsync(1, "rolle-zentrum");

        var onPage = await Host.PostAsync($"/items/{item}/answer", series.Participant, series.Chat, new JsonObject { ["choice"] = "beratung" });
        await Host.ExecuteAsync(series.Chat, series.Participant, "answer", new JsonObject { ["itemId"] = item, ["in.choice"] = "vernetzung" });
        var shown = await Host.GetAsync($"/items/{item}", series.Participant, series.Chat);

        Assert.Equal(HttpStatusCode.OK, onPage.Status);
        Assert.True((bool)onPage.Json!["saved"]!);
        Assert.True((bool)onPage.Json["changed"]!);
        Assert.Equal(1, await Host.Services.GetRequiredService<IForumStore>().CountResponsesAsync(Guid.Parse(item), CancellationToken.None));
        Assert.Equal("vernetzung", (string?)shown.Json!["mine"]!["choice"]);
        Assert.True((bool)shown.Json["onboarded"]!);
    }

    [Fact]
    public async Task The_same_answer_again_changes_nothing_and_says_so()
    {
        var series = await StartedAsync();
        var item = await series.ItemIdAsync(1, "bedeutung");

        await Host.PostAsync($"/items/{item}/answer", series.Participant, series.Chat, new JsonObject { ["value"] = 4 });
        var again = await Host.PostAsync($"/items/{item}/answer", series.Participant, series.Chat, new JsonObject { ["value"] = 4 });

        Assert.Equal(HttpStatusCode.OK, again.Status);
        Assert.False((bool)again.Json!["changed"]!);
        // One answer is below the series' threshold: the live item shows no figure at all.
        Assert.Equal(3, (int?)again.Json["item"]!["withheldBelow"]);
        Assert.Empty(again.Json["item"]!["bars"]!.AsArray());
        Assert.Equal(1, await Host.Services.GetRequiredService<IForumStore>().CountResponsesAsync(Guid.Parse(item), CancellationToken.None));
    }

    [Fact]
    public async Task An_answer_on_the_page_refreshes_the_questions_card_in_the_chat()
    {
        var series = await StartedAsync();
        var item = await series.ItemIdAsync(1, "rolle-zentrum");
        var others = new[] { TeamsUser.Create("Erika Eins"), TeamsUser.Create("Otto Zwei") };
        Host.Teams.AddChat(series.Chat.ConversationId, members: others);
        foreach (var user in others.Append(series.Participant))
        {
            await series.OnboardAsync(user);
            var saved = await Host.PostAsync($"/items/{item}/answer", user, series.Chat, new JsonObject { ["choice"] = "beratung" });
            Assert.Equal(HttpStatusCode.OK, saved.Status);
        }

        // Three answers reach the threshold: the posted card is updated in place to show them.
        var updates = await Host.Connector.WaitForAsync(
            a => a.Operation == ConnectorOperation.Update && a.ConversationId == series.Chat.ConversationId && a.Activity.GetRawText().Contains("Antwortende: 3", StringComparison.Ordinal),
            1, TimeSpan.FromSeconds(30));
        Assert.Single(updates);
    }

    [Fact]
    public async Task A_wrong_answer_is_refused_as_on_the_card_and_a_closed_question_with_409()
    {
        var series = await StartedAsync();
        var item = await series.ItemIdAsync(1, "bedeutung");

        var outOfRange = await Host.PostAsync($"/items/{item}/answer", series.Participant, series.Chat, new JsonObject { ["value"] = 9 }, "en");
        await Host.PostAsync($"/items/{item}/close", series.Moderator, series.Chat);
        var closed = await Host.PostAsync($"/items/{item}/answer", series.Participant, series.Chat, new JsonObject { ["value"] = 3 });

        Assert.Equal((HttpStatusCode.BadRequest, "RatingOutOfRange"), (outOfRange.Status, outOfRange.Code));
        Assert.Contains("1", outOfRange.Message, StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode.Conflict, "ItemNotOpen"), (closed.Status, closed.Code));
        Assert.Equal(0, await Host.Services.GetRequiredService<IForumStore>().CountResponsesAsync(Guid.Parse(item), CancellationToken.None));
    }

    [Fact]
    public async Task Needs_are_filed_once_per_client_key_and_supported()
    {
        var series = await StartedAsync();
        var item = await series.ItemIdAsync(1, "bedarfe");
        var need = new JsonObject { ["kind"] = "Need", ["topic"] = "smart-mobility", ["text"] = "Rufbus-App für den Landkreis", ["clientKey"] = "k-1" };

        var filed = await Host.PostAsync($"/items/{item}/needs", series.Participant, series.Chat, need);
        var again = await Host.PostAsync($"/items/{item}/needs", series.Participant, series.Chat, need.DeepClone());
        var stored = await Host.Services.GetRequiredService<IForumStore>().GetNeedsAsync(Guid.Parse(item), CancellationToken.None);
        await series.OnboardAsync(series.Attendee);
        var supported = await Host.PostAsync($"/needs/{stored[0].Id}/support", series.Attendee, series.Chat);

        Assert.Equal(HttpStatusCode.OK, filed.Status);
        Assert.Equal(HttpStatusCode.OK, again.Status);
        Assert.Single(stored);
        Assert.Equal(HttpStatusCode.OK, supported.Status);
        Assert.Single(await Host.Services.GetRequiredService<IForumStore>().GetNeedSupportsAsync(Guid.Parse(item), CancellationToken.None));
    }

    [Fact]
    public async Task Votes_and_supports_on_the_page_are_counted_for_the_dashboards_like_the_cards()
    {
        var series = await StartedAsync();
        var choice = await series.ItemIdAsync(1, "rolle-zentrum");
        var needs = await series.ItemIdAsync(1, "bedarfe");
        using var counted = new HostCounters(Host.Services.GetRequiredService<IMeterFactory>());

        await Host.PostAsync($"/items/{choice}/answer", series.Participant, series.Chat, new JsonObject { ["choice"] = "beratung" });
        await Host.PostAsync($"/items/{needs}/needs", series.Participant, series.Chat,
            new JsonObject { ["kind"] = "Need", ["topic"] = "smart-mobility", ["text"] = "Rufbus-App", ["clientKey"] = "k-1" });
        var need = Assert.Single(await Host.Services.GetRequiredService<IForumStore>().GetNeedsAsync(Guid.Parse(needs), CancellationToken.None));
        await series.OnboardAsync(series.Attendee);
        await Host.PostAsync($"/needs/{need.Id}/support", series.Attendee, series.Chat);
        await Host.PostAsync($"/needs/{need.Id}/support", series.Attendee, series.Chat);

        // The choice and the (first) support are votes; the choice and the need are answers; a support twice counts once.
        Assert.Equal(2, counted.Total("collaboration.votes"));
        Assert.Equal(2, counted.Total("collaboration.answers"));
    }

    private async Task<SeriesChat> StartedAsync()
    {
        var series = await SeriesChat.CreateAsync(Host);
        var started = await Host.PostAsync("/forums/1/start", series.Moderator, series.Chat);
        Assert.Equal(HttpStatusCode.OK, started.Status);
        await series.OnboardAsync(series.Participant);
        return series;
    }
}

public sealed class AnswerOnSqliteTests : AnswerTests
{
    protected override Task<ThrowAwayStore> CreateStoreAsync() => Task.FromResult(ThrowAwayStore.Sqlite());
}

[Collection(PostgresFixture.Collection)]
public sealed class AnswerOnPostgresTests(PostgresFixture postgres) : AnswerTests
{
    protected override Task<ThrowAwayStore> CreateStoreAsync() => ThrowAwayStore.PostgresAsync(postgres);
}

/// <summary>Counters of one host's meters (by its meter factory), so tests running beside it do not count.</summary>
internal sealed class HostCounters : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly Dictionary<string, long> _totals = [];

    public HostCounters(IMeterFactory hostMeters)
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (ReferenceEquals(instrument.Meter.Scope, hostMeters))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, _, _) =>
        {
            lock (_totals)
            {
                _totals[instrument.Name] = _totals.GetValueOrDefault(instrument.Name) + value;
            }
        });
        _listener.Start();
    }

    public long Total(string instrument)
    {
        lock (_totals)
        {
            return _totals.GetValueOrDefault(instrument);
        }
    }

    public void Dispose() => _listener.Dispose();
}
